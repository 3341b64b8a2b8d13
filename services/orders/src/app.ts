import {
  createServiceApp,
  dynamoInteger,
  dynamoNumber,
  IdSchema,
  itemSchema,
  type ResourceDefinition,
  type ServiceAppOptions,
  type Static,
  serviceByName,
  Type,
} from '@pik/service-kit';
import type { FastifyInstance } from 'fastify';

export const service = serviceByName('orders');

export const MAX_ORDER_LINES = 50;
export const MAX_LINE_QUANTITY = 1000;
export const MAX_UNIT_PRICE = 1_000_000;

const OrderLine = Type.Object(
  {
    sku: Type.String({ pattern: '^[A-Z0-9][A-Z0-9-]{2,31}$' }),
    quantity: dynamoInteger({ minimum: 1, maximum: MAX_LINE_QUANTITY }),
    unitPrice: dynamoNumber({ minimum: 0, maximum: MAX_UNIT_PRICE }),
  },
  { additionalProperties: false },
);

const Status = Type.Union([
  Type.Literal('pending'),
  Type.Literal('paid'),
  Type.Literal('shipped'),
  Type.Literal('cancelled'),
]);

const Currency = Type.Union([Type.Literal('EUR'), Type.Literal('USD'), Type.Literal('GBP')]);

/** POST /orders body: who orders what; the total and the initial status are the service's to set. */
export const OrderCreate = Type.Object(
  {
    customerId: IdSchema,
    currency: Currency,
    lines: Type.Array(OrderLine, { minItems: 1, maxItems: MAX_ORDER_LINES }),
  },
  { additionalProperties: false, title: 'OrderCreate' },
);
export type OrderCreate = Static<typeof OrderCreate>;

const OrderFields = Type.Object({
  ...OrderCreate.properties,
  total: dynamoNumber({
    minimum: 0,
    maximum: MAX_ORDER_LINES * MAX_LINE_QUANTITY * MAX_UNIT_PRICE,
    description: 'Sum of quantity x unitPrice, rounded to cents',
  }),
  status: Status,
});
export type OrderFields = Static<typeof OrderFields>;

/** An order's lines are fixed once placed; what changes is its status. */
export const OrderChanges = Type.Object({ status: Type.Optional(Status) });

export const Order = itemSchema(OrderFields, 'Order');

export function orderTotal(lines: OrderCreate['lines']): number {
  return Math.round(lines.reduce((sum, line) => sum + line.quantity * line.unitPrice, 0) * 100) / 100;
}

export const orderResource: ResourceDefinition<OrderCreate, OrderFields> = {
  service,
  createBody: OrderCreate,
  patchFields: OrderChanges,
  item: Order,
  prepareCreate: (body) => ({ ...body, total: orderTotal(body.lines), status: 'pending' }),
};

/** The orders service: orders under /orders. */
export function buildApp(options: ServiceAppOptions = {}): Promise<FastifyInstance> {
  return createServiceApp(orderResource, options);
}
