import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVICE_NAMES } from '../src/catalogue.js';
import { seed, seedData } from '../src/seed/index.js';
import { scanAll, startTestStore, type TestStore, testBackends } from '../src/testing/index.js';

const [backend] = testBackends();
if (!backend) throw new Error('no test backend');

let store: TestStore;
beforeAll(async () => {
  store = await startTestStore(backend, 'seed');
});
afterAll(async () => store?.close());

describe('seed', () => {
  it('is deterministic: the same scale gives the same data, ids and all', () => {
    expect(seedData(1)).toEqual(seedData(1));
    expect(seedData(2).catalog).toHaveLength(200);
    expect(seedData(1).orders).toHaveLength(200);
    const ids = new Set(SERVICE_NAMES.flatMap((name) => seedData(1)[name].map((item) => item.id)));
    expect(ids.size).toBe(500);
  });

  it('orders reference seeded customers and products, with consistent totals', () => {
    const data = seedData(1);
    const customers = new Set(data.customers.map((c) => c.id));
    const skus = new Set(data.catalog.map((p) => p.sku));
    for (const order of data.orders) {
      expect(customers.has(order.customerId as string)).toBe(true);
      const lines = order.lines as { sku: string; quantity: number; unitPrice: number }[];
      for (const line of lines) expect(skus.has(line.sku)).toBe(true);
      const total = Math.round(lines.reduce((s, l) => s + l.quantity * l.unitPrice, 0) * 100) / 100;
      expect(order.total).toBe(total);
    }
  });

  it('creates missing tables, and a re-run leaves exactly the same items', async () => {
    const tables = Object.fromEntries(SERVICE_NAMES.map((name) => [name, `${store.tableName}-${name}`]));
    const first = await seed({ endpoint: store.endpoint, scale: 1, tables });
    expect(first.map((r) => r.items)).toEqual([100, 100, 200, 100]);
    const snapshot = async () =>
      Promise.all(SERVICE_NAMES.map((name) => scanAll(store.doc, tables[name] as string)));
    const before = await snapshot();
    await seed({ endpoint: store.endpoint, scale: 1, tables });
    const after = await snapshot();
    expect(after).toEqual(before);
    expect(after.map((items) => items.length)).toEqual([100, 100, 200, 100]);
  });
});
