import type { ItemChange } from '@pik/contracts';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { busPublisher } from '../src/http/change-events.js';
import { startTestStore, type TestStore, testBackends } from '../src/testing/index.js';
import { buildWidgetApp } from './widget-app.js';

const [backend] = testBackends();
if (!backend) throw new Error('no test backend');

let store: TestStore;
let app: FastifyInstance;
const published: ItemChange[] = [];
let failNext = false;

beforeAll(async () => {
  store = await startTestStore(backend, 'changes');
  app = await buildWidgetApp(store, {
    publishChanges: async (change) => {
      if (failNext) {
        failNext = false;
        throw new Error('bus down');
      }
      published.push(change);
    },
  });
});
afterAll(async () => {
  await app?.close();
  await store?.close();
});

describe('change events of the live feed', () => {
  it('publishes a create, an update and a delete with the item and when it was published', async () => {
    published.length = 0;
    const before = Date.now();
    const created = await app.inject({
      method: 'POST',
      url: '/catalog',
      payload: { name: 'feed', price: 3 },
    });
    const { id } = created.json() as { id: string };
    await app.inject({ method: 'PATCH', url: `/catalog/${id}`, payload: { version: 1, price: 4 } });
    await app.inject({ method: 'DELETE', url: `/catalog/${id}` });
    expect(published.map((c) => [c.service, c.id, c.change])).toEqual([
      ['catalog', id, 'created'],
      ['catalog', id, 'updated'],
      ['catalog', id, 'deleted'],
    ]);
    expect(published[1]?.item).toMatchObject({ id, price: 4, version: 2 });
    expect(published[2]?.item).toBeUndefined();
    expect(published[0]?.publishedAt).toBeGreaterThanOrEqual(before);
  });

  it('publishes nothing for reads, refused writes and idempotent replays', async () => {
    const headers = { 'idempotency-key': 'feed-key-1' };
    await app.inject({ method: 'POST', url: '/catalog', headers, payload: { name: 'once', price: 1 } });
    published.length = 0;
    await app.inject({ method: 'POST', url: '/catalog', headers, payload: { name: 'once', price: 1 } });
    await app.inject({ method: 'GET', url: '/catalog' });
    await app.inject({ method: 'POST', url: '/catalog', payload: { name: '' } });
    await app.inject({ method: 'DELETE', url: '/catalog/missing-id' });
    expect(published).toEqual([]);
  });

  it('still answers the write when the bus refuses the event', async () => {
    failNext = true;
    const created = await app.inject({
      method: 'POST',
      url: '/catalog',
      payload: { name: 'lost', price: 1 },
    });
    expect(created.statusCode).toBe(201);
  });

  it('publishes to no bus unless PIK_CHANGE_BUS names one', () => {
    expect(busPublisher({})).toBeUndefined();
    expect(busPublisher({ PIK_CHANGE_BUS: 'PikLiveFeedChanges' })).toBeTypeOf('function');
  });
});
