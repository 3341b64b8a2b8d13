import type { FastifyInstance } from 'fastify';
import Type from 'typebox';
import { createServiceApp, type ServiceAppOptions } from '../src/app.js';
import { serviceByName } from '../src/catalogue.js';
import type { RuntimeState } from '../src/http/runtime-info.js';
import { dynamoNumber } from '../src/resource/numbers.js';
import type { ResourceDefinition } from '../src/resource/routes.js';
import { itemSchema } from '../src/resource/schemas.js';
import type { TestStore } from '../src/testing/index.js';

export const WIDGET_MAX_PRICE = 1_000_000;

/** A tiny resource that exercises every kit feature without depending on a service package. */
export const WidgetCreate = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 50 }),
    price: dynamoNumber({ minimum: 0, maximum: WIDGET_MAX_PRICE }),
    tags: Type.Optional(Type.Array(Type.String({ maxLength: 10 }), { maxItems: 5 })),
  },
  { additionalProperties: false },
);

export const widgetResource: ResourceDefinition<
  { name: string; price: number },
  { name: string; price: number }
> = {
  // The catalog descriptor gives the widget its base path (/catalog) and port.
  service: serviceByName('catalog'),
  createBody: WidgetCreate,
  patchFields: Type.Object({
    name: Type.Optional(WidgetCreate.properties.name),
    price: Type.Optional(WidgetCreate.properties.price),
  }),
  item: itemSchema(WidgetCreate, 'Widget'),
};

export function buildWidgetApp(
  store: TestStore,
  options: Omit<ServiceAppOptions, 'store'> & { runtimeState?: RuntimeState } = {},
): Promise<FastifyInstance> {
  return createServiceApp(widgetResource, { ...options, store });
}
