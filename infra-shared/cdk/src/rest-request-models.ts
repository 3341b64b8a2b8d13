import * as apigw from 'aws-cdk-lib/aws-apigateway';
import type { Construct } from 'constructs';
import { toDraft4Schema } from './json-schema-draft4.js';
import { pascalName } from './names.js';

/** A service's write bodies as its Fastify routes validate them (TypeBox / JSON Schema). */
export interface ServiceRequestSchemas {
  /** `POST /<svc>` body. */
  readonly create: unknown;
  /** `PATCH /<svc>/{id}` body. */
  readonly update: unknown;
}

/** Write-body schemas by service name: turns request validation on for those services. */
export type RequestSchemas = Readonly<Record<string, ServiceRequestSchemas>>;

/** The content type the models apply to; other types are not validated (API Gateway's rule) and the service answers 415. */
export const REQUEST_MODEL_CONTENT_TYPE = 'application/json';

/**
 * The service's create and update models (`AWS::ApiGateway::Model`, draft 4, converted from the schemas
 * Fastify validates with), named `<Service>Create` / `<Service>Update`.
 */
export function serviceRequestModels(
  scope: Construct,
  api: apigw.IRestApi,
  service: string,
  schemas: ServiceRequestSchemas,
): { create: apigw.IModel; update: apigw.IModel } {
  const name = pascalName(service);
  const model = (kind: 'Create' | 'Update', schema: unknown): apigw.IModel => {
    const cfn = new apigw.CfnModel(scope, `${name}${kind}Model`, {
      restApiId: api.restApiId,
      contentType: REQUEST_MODEL_CONTENT_TYPE,
      name: `${name}${kind}`,
      description: `pik ${service}: ${kind === 'Create' ? 'POST' : 'PATCH'} body (from the service's schema)`,
      schema: toDraft4Schema(schema),
    });
    const imported = apigw.Model.fromModelName(scope, `${name}${kind}ModelRef`, cfn.ref);
    return imported;
  };
  return { create: model('Create', schemas.create), update: model('Update', schemas.update) };
}

/** Method settings paths of a service's validated write methods (for per-service throttles). */
export function validatedMethodPaths(service: string): string[] {
  return [`/${service}/POST`, `/${service}/{proxy+}/PATCH`];
}
