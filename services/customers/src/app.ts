import {
  createServiceApp,
  itemSchema,
  type ResourceDefinition,
  type ServiceAppOptions,
  type Static,
  serviceByName,
  Type,
} from '@pik/service-kit';
import type { FastifyInstance } from 'fastify';

export const service = serviceByName('customers');

const Tier = Type.Union([Type.Literal('standard'), Type.Literal('gold')]);

const customerFields = {
  name: Type.String({ minLength: 1, maxLength: 200 }),
  email: Type.String({ format: 'email', maxLength: 254 }),
  tier: Tier,
};

/** POST /customers body. Unknown fields are rejected with the field named. */
export const CustomerCreate = Type.Object(customerFields, {
  additionalProperties: false,
  title: 'CustomerCreate',
});
export type CustomerCreate = Static<typeof CustomerCreate>;

export const CustomerChanges = Type.Object({
  name: Type.Optional(customerFields.name),
  email: Type.Optional(customerFields.email),
  tier: Type.Optional(Tier),
});

export const Customer = itemSchema(CustomerCreate, 'Customer');

export const customerResource: ResourceDefinition<CustomerCreate, CustomerCreate> = {
  service,
  createBody: CustomerCreate,
  patchFields: CustomerChanges,
  item: Customer,
};

/** The customers service: customers under /customers. */
export function buildApp(options: ServiceAppOptions = {}): Promise<FastifyInstance> {
  return createServiceApp(customerResource, options);
}
