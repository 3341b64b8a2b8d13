import { RuntimeState } from '@pik/service-kit';
import { seedData } from '@pik/service-kit/seed';
import { schemaCheck, startTestStore, type TestStore, testBackends } from '@pik/service-kit/testing';
import { describeBadInput } from '@pik/service-kit/testing/bad-input';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, Customer, CustomerCreate } from '../src/app.js';

const [backend] = testBackends();
if (!backend) throw new Error('no test backend');

let store: TestStore;
let app: FastifyInstance;
const ada = { name: 'Ada Lovelace', email: 'ada@example.com', tier: 'standard' };

beforeAll(async () => {
  store = await startTestStore(backend, 'customers');
  app = await buildApp({ store, runtimeState: new RuntimeState('customers-test') });
});
afterAll(async () => {
  await app?.close();
  await store?.close();
});

describe('customers routes', () => {
  it('creates, reads, upgrades and deletes a customer', async () => {
    const created = await app.inject({ method: 'POST', url: '/customers', payload: ada });
    expect(created.statusCode).toBe(201);
    const customer = created.json();
    expect(schemaCheck(Customer)(customer)).toBe(true);
    expect((await app.inject({ method: 'GET', url: `/customers/${customer.id}` })).json()).toEqual(customer);
    const upgraded = await app.inject({
      method: 'PATCH',
      url: `/customers/${customer.id}`,
      payload: { version: 1, tier: 'gold' },
    });
    expect(upgraded.json()).toMatchObject({ tier: 'gold', version: 2, email: ada.email });
    expect(
      (await app.inject({ method: 'DELETE', url: `/customers/${customer.id}?version=2` })).statusCode,
    ).toBe(204);
    expect((await app.inject({ method: 'GET', url: `/customers/${customer.id}` })).statusCode).toBe(404);
  });

  it('lists customers page by page until the cursor runs out', async () => {
    for (let i = 0; i < 5; i++) {
      await app.inject({
        method: 'POST',
        url: '/customers',
        payload: { ...ada, email: `c${i}@example.com` },
      });
    }
    const ids: string[] = [];
    let url = '/customers?limit=2';
    for (;;) {
      const page = (await app.inject({ method: 'GET', url })).json();
      ids.push(...page.items.map((c: { id: string }) => c.id));
      if (!page.nextCursor) break;
      url = `/customers?limit=2&cursor=${page.nextCursor}`;
    }
    expect(ids.length).toBeGreaterThanOrEqual(5);
    expect([...ids].sort()).toEqual(ids);
  });

  it.each([
    ['an invalid email', { ...ada, email: 'ada-at-example' }, 'email'],
    ['an unknown tier', { ...ada, tier: 'platinum' }, 'tier'],
    ['a missing name', { email: ada.email, tier: 'gold' }, 'name'],
    ['an extra field', { ...ada, password: 'hunter2' }, 'password'],
  ])('rejects %s naming the field, table unchanged', async (_name, payload, field) => {
    const before = await store.snapshot();
    const response = await app.inject({ method: 'POST', url: '/customers', payload });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'VALIDATION_FAILED', field });
    expect(await store.snapshot()).toEqual(before);
  });

  it('a stale version is refused with 409 and the customer unchanged', async () => {
    const { id } = (await app.inject({ method: 'POST', url: '/customers', payload: ada })).json();
    await app.inject({ method: 'PATCH', url: `/customers/${id}`, payload: { version: 1, name: 'Ada King' } });
    const before = await store.snapshot();
    const stale = await app.inject({
      method: 'PATCH',
      url: `/customers/${id}`,
      payload: { version: 1, tier: 'gold' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ field: 'version', currentVersion: 2 });
    expect(await store.snapshot()).toEqual(before);
  });

  it('accepts every seeded customer as a valid create body and item', () => {
    const create = schemaCheck(CustomerCreate);
    const item = schemaCheck(Customer);
    for (const customer of seedData(1).customers) {
      const { id: _id, version: _v, createdAt: _c, updatedAt: _u, ...fields } = customer;
      expect(create(fields)).toBe(true);
      expect(item(customer)).toBe(true);
    }
  });
});

describeBadInput({
  basePath: '/customers',
  sampleBody: ada,
  app: () => app,
  store: () => store,
});
