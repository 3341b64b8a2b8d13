import {
  createServiceApp,
  dynamoInteger,
  itemSchema,
  type ResourceDefinition,
  type ServiceAppOptions,
  type Static,
  serviceByName,
  Type,
} from '@pik/service-kit';
import type { FastifyInstance } from 'fastify';

export const service = serviceByName('inventory');

const stockFields = {
  sku: Type.String({ pattern: '^[A-Z0-9][A-Z0-9-]{2,31}$' }),
  warehouse: Type.String({ pattern: '^[A-Z]{3}[0-9]$', description: 'Warehouse code, e.g. FRA1' }),
  quantity: dynamoInteger({ minimum: 0, maximum: 1_000_000, description: 'Units on hand' }),
};

/** POST /inventory body: one stock row per SKU and warehouse. */
export const StockCreate = Type.Object(stockFields, { additionalProperties: false, title: 'StockCreate' });
export type StockCreate = Static<typeof StockCreate>;

/** Stock is counted, not re-keyed: quantity and warehouse change, the SKU does not. */
export const StockChanges = Type.Object({
  quantity: Type.Optional(stockFields.quantity),
  warehouse: Type.Optional(stockFields.warehouse),
});

export const StockItem = itemSchema(StockCreate, 'StockItem');

export const stockResource: ResourceDefinition<StockCreate, StockCreate> = {
  service,
  createBody: StockCreate,
  patchFields: StockChanges,
  item: StockItem,
};

/** The inventory service: stock rows under /inventory. */
export function buildApp(options: ServiceAppOptions = {}): Promise<FastifyInstance> {
  return createServiceApp(stockResource, options);
}
