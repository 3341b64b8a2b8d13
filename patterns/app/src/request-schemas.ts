import type { RequestSchemas } from '@pik/cdk-constructs';
import { productResource } from '@pik/service-catalog';
import { customerResource } from '@pik/service-customers';
import { stockResource } from '@pik/service-inventory';
import { patchSchema, type ResourceDefinition } from '@pik/service-kit';
import { orderResource } from '@pik/service-orders';

/** Each service's write bodies exactly as its Fastify routes validate them (`registerResourceRoutes`). */
function writeSchemas(definition: ResourceDefinition<object, object>): RequestSchemas[string] {
  return { create: definition.createBody, update: patchSchema(definition.patchFields) };
}

const RESOURCES = [
  productResource,
  customerResource,
  stockResource,
  orderResource,
] as unknown as ResourceDefinition<object, object>[];

/** The services' create/update schemas by service name: the source of the REST patterns' API Gateway models. */
export const SERVICE_REQUEST_SCHEMAS: RequestSchemas = Object.fromEntries(
  RESOURCES.map((r) => [r.service.name, writeSchemas(r)]),
);

/** Whether the `pik:request-validation` context value turns validation on (`true` / `"true"`). */
export function requestValidationContext(value: unknown): boolean {
  if (value === undefined || value === null || value === false || value === 'false') return false;
  if (value === true || value === 'true') return true;
  throw new Error(`context pik:request-validation must be true or false, got '${String(value)}'`);
}
