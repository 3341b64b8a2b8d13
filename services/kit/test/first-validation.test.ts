import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ResourceRepository } from '../src/resource/repository.js';
import { startTestStore, type TestStore, testBackends } from '../src/testing/index.js';

/**
 * The first validated request of a process loads TypeBox's compiler and is validated asynchronously;
 * every later one synchronously. A client must not be able to tell them apart.
 */
const [backend] = testBackends();
if (!backend) throw new Error('no test backend');

let store: TestStore;
let app: FastifyInstance | undefined;

/** An app on freshly loaded kit modules: its first validated request is a process's first. */
async function freshApp(): Promise<FastifyInstance> {
  vi.resetModules();
  const { buildWidgetApp } = await import('./widget-app.js');
  app = await buildWidgetApp(store);
  return app;
}

async function twice(target: FastifyInstance, request: InjectOptions) {
  const first = await target.inject(request);
  const second = await target.inject(request);
  return { first, second };
}

beforeAll(async () => {
  store = await startTestStore(backend, 'first-validation');
  const repository = new ResourceRepository({ doc: store.doc, tableName: store.tableName, scope: 'catalog' });
  await repository.create({ name: 'one', price: 1 });
  await repository.create({ name: 'two', price: 2 });
});
afterEach(async () => {
  await app?.close();
  app = undefined;
});
afterAll(async () => {
  await store?.close();
});

describe('the first validated request of a process', () => {
  it('converts query values like any later request (?limit=1 pages by one)', async () => {
    const { first, second } = await twice(await freshApp(), { method: 'GET', url: '/catalog?limit=1' });
    expect(first.statusCode).toBe(200);
    expect(first.json().items).toHaveLength(1);
    expect(typeof first.json().nextCursor).toBe('string');
    expect(first.json()).toEqual(second.json());
  });

  it('answers a bad body with the same 400 naming the field as a later request', async () => {
    const { first, second } = await twice(await freshApp(), {
      method: 'POST',
      url: '/catalog',
      payload: { name: 'x', price: 'cheap' },
    });
    expect(first.statusCode).toBe(400);
    expect(first.json()).toMatchObject({ code: 'VALIDATION_FAILED', field: 'price', location: 'body' });
    expect(first.json()).toEqual(second.json());
  });

  it('answers a bad query value with the same 400 naming the parameter as a later request', async () => {
    const { first, second } = await twice(await freshApp(), { method: 'GET', url: '/catalog?limit=abc' });
    expect(first.statusCode).toBe(400);
    expect(first.json()).toMatchObject({ field: 'limit', location: 'querystring' });
    expect(first.json()).toEqual(second.json());
  });
});
