import { RuntimeState } from '@pik/service-kit';
import { seedData } from '@pik/service-kit/seed';
import { schemaCheck, startTestStore, type TestStore, testBackends } from '@pik/service-kit/testing';
import { describeBadInput } from '@pik/service-kit/testing/bad-input';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, StockCreate, StockItem } from '../src/app.js';

const [backend] = testBackends();
if (!backend) throw new Error('no test backend');

let store: TestStore;
let app: FastifyInstance;
const row = { sku: 'SKU-00007', warehouse: 'DUB1', quantity: 12 };

beforeAll(async () => {
  store = await startTestStore(backend, 'inventory');
  app = await buildApp({ store, runtimeState: new RuntimeState('inventory-test') });
});
afterAll(async () => {
  await app?.close();
  await store?.close();
});

describe('inventory routes', () => {
  it('counts stock with conditional updates: two pickers at the same version, one wins', async () => {
    const { id } = (await app.inject({ method: 'POST', url: '/inventory', payload: row })).json();
    const [a, b] = await Promise.all([
      app.inject({ method: 'PATCH', url: `/inventory/${id}`, payload: { version: 1, quantity: 11 } }),
      app.inject({ method: 'PATCH', url: `/inventory/${id}`, payload: { version: 1, quantity: 10 } }),
    ]);
    expect([a?.statusCode, b?.statusCode].sort()).toEqual([200, 409]);
    const current = (await app.inject({ method: 'GET', url: `/inventory/${id}` })).json();
    expect(current.version).toBe(2);
    expect([10, 11]).toContain(current.quantity);
    expect(schemaCheck(StockItem)(current)).toBe(true);
  });

  it('moves stock to another warehouse but never changes the SKU', async () => {
    const { id } = (await app.inject({ method: 'POST', url: '/inventory', payload: row })).json();
    const moved = await app.inject({
      method: 'PATCH',
      url: `/inventory/${id}`,
      payload: { version: 1, warehouse: 'IAD1' },
    });
    expect(moved.json()).toMatchObject({ warehouse: 'IAD1', sku: row.sku, version: 2 });
    const before = await store.snapshot();
    const sku = await app.inject({
      method: 'PATCH',
      url: `/inventory/${id}`,
      payload: { version: 2, sku: 'SKU-1' },
    });
    expect(sku.statusCode).toBe(400);
    expect(sku.json()).toMatchObject({ field: 'sku' });
    expect(await store.snapshot()).toEqual(before);
  });

  it.each([
    ['a negative quantity', { ...row, quantity: -1 }, 'quantity'],
    ['a fractional quantity', { ...row, quantity: 2.5 }, 'quantity'],
    ['a quantity as text', { ...row, quantity: '12' }, 'quantity'],
    ['a malformed warehouse', { ...row, warehouse: 'dublin' }, 'warehouse'],
    ['a missing sku', { warehouse: 'DUB1', quantity: 1 }, 'sku'],
  ])('rejects %s naming the field, table unchanged', async (_name, payload, field) => {
    const before = await store.snapshot();
    const response = await app.inject({ method: 'POST', url: '/inventory', payload });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'VALIDATION_FAILED', field });
    expect(await store.snapshot()).toEqual(before);
  });

  it('deletes a stock row; a second delete is 404', async () => {
    const { id } = (await app.inject({ method: 'POST', url: '/inventory', payload: row })).json();
    expect((await app.inject({ method: 'DELETE', url: `/inventory/${id}` })).statusCode).toBe(204);
    const again = await app.inject({ method: 'DELETE', url: `/inventory/${id}` });
    expect(again.statusCode).toBe(404);
    expect(again.json()).toMatchObject({ field: 'id' });
  });

  it('accepts every seeded stock row as a valid create body and item', () => {
    const create = schemaCheck(StockCreate);
    const item = schemaCheck(StockItem);
    for (const stock of seedData(1).inventory) {
      const { id: _id, version: _v, createdAt: _c, updatedAt: _u, ...fields } = stock;
      expect(create(fields)).toBe(true);
      expect(item(stock)).toBe(true);
    }
  });
});

describeBadInput({
  basePath: '/inventory',
  sampleBody: row,
  integerField: { path: 'quantity', maximum: 1_000_000 },
  app: () => app,
  store: () => store,
});
