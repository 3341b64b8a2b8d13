import { RuntimeState } from '@pik/service-kit';
import { seedData } from '@pik/service-kit/seed';
import { schemaCheck, startTestStore, type TestStore, testBackends } from '@pik/service-kit/testing';
import { describeBadInput } from '@pik/service-kit/testing/bad-input';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, Product, ProductCreate } from '../src/app.js';

const [backend] = testBackends();
if (!backend) throw new Error('no test backend');

let store: TestStore;
let app: FastifyInstance;

const lamp = { sku: 'SKU-LAMP-1', name: 'Desk lamp', price: 39.9, currency: 'EUR', category: 'office' };

beforeAll(async () => {
  store = await startTestStore(backend, 'catalog');
  app = await buildApp({ store, runtimeState: new RuntimeState('catalog-test') });
});
afterAll(async () => {
  await app?.close();
  await store?.close();
});

describe('catalog routes', () => {
  it('creates a product and reads it back', async () => {
    const created = await app.inject({ method: 'POST', url: '/catalog', payload: lamp });
    expect(created.statusCode).toBe(201);
    const product = created.json();
    expect(product).toMatchObject({ ...lamp, version: 1 });
    expect(schemaCheck(Product)(product)).toBe(true);
    const read = await app.inject({ method: 'GET', url: `/catalog/${product.id}` });
    expect(read.json()).toEqual(product);
  });

  it('lists products one page at a time', async () => {
    for (let i = 0; i < 4; i++) {
      await app.inject({ method: 'POST', url: '/catalog', payload: { ...lamp, sku: `SKU-PAGE-${i}` } });
    }
    const first = await app.inject({ method: 'GET', url: '/catalog?limit=2' });
    expect(first.json().items).toHaveLength(2);
    const second = await app.inject({
      method: 'GET',
      url: `/catalog?limit=2&cursor=${first.json().nextCursor}`,
    });
    expect(second.statusCode).toBe(200);
    const ids = [...first.json().items, ...second.json().items].map((p: { id: string }) => p.id);
    expect(new Set(ids).size).toBe(4);
  });

  it('changes the price at the current version, and refuses a stale one without writing', async () => {
    const { id } = (await app.inject({ method: 'POST', url: '/catalog', payload: lamp })).json();
    const patched = await app.inject({
      method: 'PATCH',
      url: `/catalog/${id}`,
      payload: { version: 1, price: 35 },
    });
    expect(patched.json()).toMatchObject({ price: 35, version: 2 });
    const before = await store.snapshot();
    const stale = await app.inject({
      method: 'PATCH',
      url: `/catalog/${id}`,
      payload: { version: 1, price: 1 },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ field: 'version', currentVersion: 2 });
    expect(await store.snapshot()).toEqual(before);
  });

  it('does not let a PATCH change the SKU', async () => {
    const { id } = (await app.inject({ method: 'POST', url: '/catalog', payload: lamp })).json();
    const before = await store.snapshot();
    const response = await app.inject({
      method: 'PATCH',
      url: `/catalog/${id}`,
      payload: { version: 1, sku: 'X-1' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ field: 'sku' });
    expect(await store.snapshot()).toEqual(before);
  });

  it('removes an optional description with null', async () => {
    const { id } = (
      await app.inject({ method: 'POST', url: '/catalog', payload: { ...lamp, description: 'bright' } })
    ).json();
    const patched = await app.inject({
      method: 'PATCH',
      url: `/catalog/${id}`,
      payload: { version: 1, description: null },
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).not.toHaveProperty('description');
  });

  it('deletes a product; reading it then is 404', async () => {
    const { id } = (await app.inject({ method: 'POST', url: '/catalog', payload: lamp })).json();
    expect((await app.inject({ method: 'DELETE', url: `/catalog/${id}` })).statusCode).toBe(204);
    const gone = await app.inject({ method: 'GET', url: `/catalog/${id}` });
    expect(gone.statusCode).toBe(404);
    expect(gone.json()).toMatchObject({ field: 'id' });
  });

  it.each([
    ['currency not in the list', { ...lamp, currency: 'DOGE' }, 'currency'],
    ['negative price', { ...lamp, price: -1 }, 'price'],
    ['lower-case sku', { ...lamp, sku: 'sku-1' }, 'sku'],
    ['empty name', { ...lamp, name: '' }, 'name'],
  ])('rejects %s naming the field, table unchanged', async (_name, payload, field) => {
    const before = await store.snapshot();
    const response = await app.inject({ method: 'POST', url: '/catalog', payload });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'VALIDATION_FAILED', field });
    expect(await store.snapshot()).toEqual(before);
  });

  it('accepts every seeded product as a valid create body and item', () => {
    const create = schemaCheck(ProductCreate);
    const item = schemaCheck(Product);
    for (const product of seedData(1).catalog) {
      const { id: _id, version: _v, createdAt: _c, updatedAt: _u, ...fields } = product;
      expect(create(fields)).toBe(true);
      expect(item(product)).toBe(true);
    }
  });
});

describeBadInput({
  basePath: '/catalog',
  sampleBody: lamp,
  numberField: { path: 'price', maximum: 1_000_000 },
  app: () => app,
  store: () => store,
});
