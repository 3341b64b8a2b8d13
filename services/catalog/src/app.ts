import {
  createServiceApp,
  dynamoNumber,
  itemSchema,
  type ResourceDefinition,
  type ServiceAppOptions,
  type Static,
  serviceByName,
  Type,
} from '@pik/service-kit';
import type { FastifyInstance } from 'fastify';

export const service = serviceByName('catalog');

const Currency = Type.Union([Type.Literal('EUR'), Type.Literal('USD'), Type.Literal('GBP')], {
  description: 'ISO 4217 code',
});

const productFields = {
  sku: Type.String({
    pattern: '^[A-Z0-9][A-Z0-9-]{2,31}$',
    description: 'Stock keeping unit, e.g. SKU-00042',
  }),
  name: Type.String({ minLength: 1, maxLength: 200 }),
  description: Type.Optional(Type.String({ maxLength: 2000 })),
  price: dynamoNumber({ minimum: 0, maximum: 1_000_000, description: 'Unit price in `currency`' }),
  currency: Currency,
  category: Type.String({ minLength: 1, maxLength: 64 }),
};

/** POST /catalog body. Unknown fields are rejected with the field named. */
export const ProductCreate = Type.Object(productFields, {
  additionalProperties: false,
  title: 'ProductCreate',
});
export type ProductCreate = Static<typeof ProductCreate>;

/** Fields a PATCH may change; the SKU is the product's identity in orders and inventory, so it is fixed. */
export const ProductChanges = Type.Object({
  name: Type.Optional(productFields.name),
  description: Type.Optional(Type.Union([productFields.description, Type.Null()])),
  price: Type.Optional(productFields.price),
  currency: Type.Optional(Currency),
  category: Type.Optional(productFields.category),
});

export const Product = itemSchema(ProductCreate, 'Product');

export const productResource: ResourceDefinition<ProductCreate, ProductCreate> = {
  service,
  createBody: ProductCreate,
  patchFields: ProductChanges,
  item: Product,
};

/** The catalog service: products under /catalog. */
export function buildApp(options: ServiceAppOptions = {}): Promise<FastifyInstance> {
  return createServiceApp(productResource, options);
}
