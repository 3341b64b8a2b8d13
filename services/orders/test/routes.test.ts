import { RuntimeState } from '@pik/service-kit';
import { seedData } from '@pik/service-kit/seed';
import { schemaCheck, startTestStore, type TestStore, testBackends } from '@pik/service-kit/testing';
import { describeBadInput } from '@pik/service-kit/testing/bad-input';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildApp,
  MAX_LINE_QUANTITY,
  MAX_ORDER_LINES,
  MAX_UNIT_PRICE,
  Order,
  OrderCreate,
} from '../src/app.js';

const [backend] = testBackends();
if (!backend) throw new Error('no test backend');

let store: TestStore;
let app: FastifyInstance;
const order = {
  customerId: '6f1c2a9e-8d4b-5c3a-9e2f-1a2b3c4d5e6f',
  currency: 'EUR',
  lines: [
    { sku: 'SKU-00001', quantity: 3, unitPrice: 0.1 },
    { sku: 'SKU-00002', quantity: 1, unitPrice: 19.99 },
  ],
};

beforeAll(async () => {
  store = await startTestStore(backend, 'orders');
  app = await buildApp({ store, runtimeState: new RuntimeState('orders-test') });
});
afterAll(async () => {
  await app?.close();
  await store?.close();
});

describe('orders routes', () => {
  it('places an order: the service sets the total (to the cent) and the pending status', async () => {
    const created = await app.inject({ method: 'POST', url: '/orders', payload: order });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ ...order, total: 20.29, status: 'pending', version: 1 });
    expect(schemaCheck(Order)(created.json())).toBe(true);
  });

  it('a client cannot set the total or the status at creation', async () => {
    const before = await store.snapshot();
    for (const [field, value] of [
      ['total', 0],
      ['status', 'shipped'],
    ] as const) {
      const response = await app.inject({
        method: 'POST',
        url: '/orders',
        payload: { ...order, [field]: value },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ field });
    }
    expect(await store.snapshot()).toEqual(before);
  });

  it('moves an order through its statuses with conditional updates; lines cannot change', async () => {
    const { id } = (await app.inject({ method: 'POST', url: '/orders', payload: order })).json();
    const paid = await app.inject({
      method: 'PATCH',
      url: `/orders/${id}`,
      payload: { version: 1, status: 'paid' },
    });
    expect(paid.json()).toMatchObject({ status: 'paid', version: 2 });
    const before = await store.snapshot();
    const stale = await app.inject({
      method: 'PATCH',
      url: `/orders/${id}`,
      payload: { version: 1, status: 'cancelled' },
    });
    expect(stale.statusCode).toBe(409);
    const lines = await app.inject({
      method: 'PATCH',
      url: `/orders/${id}`,
      payload: { version: 2, lines: [] },
    });
    expect(lines.statusCode).toBe(400);
    expect(lines.json()).toMatchObject({ field: 'lines' });
    expect(await store.snapshot()).toEqual(before);
  });

  it.each([
    ['no lines', { ...order, lines: [] }, 'lines'],
    ['too many lines', { ...order, lines: Array(MAX_ORDER_LINES + 1).fill(order.lines[0]) }, 'lines'],
    ['a zero quantity', { ...order, lines: [{ ...order.lines[0], quantity: 0 }] }, 'lines/0/quantity'],
    [
      'a fractional quantity',
      { ...order, lines: [{ ...order.lines[0], quantity: 1.5 }] },
      'lines/0/quantity',
    ],
    ['an unknown line field', { ...order, lines: [{ ...order.lines[0], discount: 5 }] }, 'lines/0/discount'],
    ['a customer id that is no id', { ...order, customerId: 'bob' }, 'customerId'],
  ])('rejects %s naming the field, table unchanged', async (_name, payload, field) => {
    const before = await store.snapshot();
    const response = await app.inject({ method: 'POST', url: '/orders', payload });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'VALIDATION_FAILED', field });
    expect(await store.snapshot()).toEqual(before);
  });

  it('50 concurrent POSTs with one Idempotency-Key place exactly one order', async () => {
    const before = await store.snapshot();
    const responses = await Promise.all(
      Array.from({ length: 50 }, () =>
        app.inject({
          method: 'POST',
          url: '/orders',
          headers: { 'idempotency-key': 'checkout-42' },
          payload: order,
        }),
      ),
    );
    expect(new Set(responses.map((r) => r.statusCode))).toEqual(new Set([201]));
    expect(new Set(responses.map((r) => r.json().id)).size).toBe(1);
    const after = await store.snapshot();
    expect(after.length - before.length).toBe(2); // the order and its idempotency record
  });

  it('accepts every seeded order as a valid item whose lines make a valid create body', () => {
    const create = schemaCheck(OrderCreate);
    const item = schemaCheck(Order);
    for (const seeded of seedData(1).orders) {
      expect(item(seeded)).toBe(true);
      expect(create({ customerId: seeded.customerId, currency: seeded.currency, lines: seeded.lines })).toBe(
        true,
      );
    }
  });
});

describeBadInput({
  basePath: '/orders',
  sampleBody: order,
  numberField: { path: 'lines/0/unitPrice', maximum: MAX_UNIT_PRICE },
  integerField: { path: 'lines/0/quantity', maximum: MAX_LINE_QUANTITY },
  app: () => app,
  store: () => store,
});
