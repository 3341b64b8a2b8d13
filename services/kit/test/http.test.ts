import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RUNTIME_HEADERS, RuntimeState } from '../src/http/runtime-info.js';
import { ErrorResponse } from '../src/resource/schemas.js';
import { describeBadInput } from '../src/testing/bad-input.js';
import { schemaCheck, startTestStore, type TestStore, testBackends } from '../src/testing/index.js';
import { buildWidgetApp, WIDGET_MAX_PRICE } from './widget-app.js';

const [backend] = testBackends();
if (!backend) throw new Error('no test backend');

/** Responses are serialized with JSON.stringify, so this checks they match the documented schema. */
const isDocumentedError = schemaCheck(ErrorResponse);

let store: TestStore;
let app: FastifyInstance;
let existing: { id: string; version: number };

beforeAll(async () => {
  store = await startTestStore(backend, 'http');
  app = await buildWidgetApp(store, { runtimeState: new RuntimeState('test-instance') });
  const created = await app.inject({ method: 'POST', url: '/catalog', payload: { name: 'first', price: 1 } });
  existing = created.json();
  // a second version, so "version 1" is stale
  const patched = await app.inject({
    method: 'PATCH',
    url: `/catalog/${existing.id}`,
    payload: { version: 1, price: 2 },
  });
  existing = patched.json();
});
afterAll(async () => {
  await app?.close();
  await store?.close();
});

interface BadCase {
  name: string;
  request: () => InjectOptions;
  status: number;
  code: string;
  field: string;
}

const json = { 'content-type': 'application/json' };
const cases: BadCase[] = [
  {
    name: 'malformed JSON',
    request: () => ({ method: 'POST', url: '/catalog', headers: json, payload: '{"name": "x", ' }),
    status: 400,
    code: 'MALFORMED_JSON',
    field: 'body',
  },
  {
    name: 'empty JSON body',
    request: () => ({ method: 'POST', url: '/catalog', headers: json, payload: '' }),
    status: 400,
    code: 'MALFORMED_JSON',
    field: 'body',
  },
  {
    name: 'wrong type',
    request: () => ({ method: 'POST', url: '/catalog', payload: { name: 'x', price: 'cheap' } }),
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'price',
  },
  {
    name: 'numeric string is not coerced in a body',
    request: () => ({ method: 'POST', url: '/catalog', payload: { name: 'x', price: '12' } }),
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'price',
  },
  {
    name: 'missing field',
    request: () => ({ method: 'POST', url: '/catalog', payload: { price: 1 } }),
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'name',
  },
  {
    name: 'unknown field',
    request: () => ({ method: 'POST', url: '/catalog', payload: { name: 'x', price: 1, colour: 'red' } }),
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'colour',
  },
  {
    name: 'nested wrong type',
    request: () => ({ method: 'POST', url: '/catalog', payload: { name: 'x', price: 1, tags: ['ok', 5] } }),
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'tags/1',
  },
  {
    name: 'body over the limit',
    request: () => ({
      method: 'POST',
      url: '/catalog',
      headers: json,
      payload: JSON.stringify({ name: 'x', price: 1, pad: 'p'.repeat(70 * 1024) }),
    }),
    status: 413,
    code: 'BODY_TOO_LARGE',
    field: 'body',
  },
  {
    name: 'wrong content type',
    request: () => ({
      method: 'POST',
      url: '/catalog',
      headers: { 'content-type': 'text/plain' },
      payload: 'name=x',
    }),
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    field: 'content-type',
  },
  {
    name: 'form-encoded body',
    request: () => ({
      method: 'POST',
      url: '/catalog',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'name=x&price=1',
    }),
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    field: 'content-type',
  },
  {
    name: 'unknown id on get',
    request: () => ({ method: 'GET', url: '/catalog/00000000-0000-4000-8000-000000000000' }),
    status: 404,
    code: 'NOT_FOUND',
    field: 'id',
  },
  {
    name: 'unknown id on patch',
    request: () => ({
      method: 'PATCH',
      url: '/catalog/00000000-0000-4000-8000-000000000000',
      payload: { version: 1, price: 3 },
    }),
    status: 404,
    code: 'NOT_FOUND',
    field: 'id',
  },
  {
    name: 'malformed id',
    request: () => ({ method: 'GET', url: '/catalog/not-an-id' }),
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'id',
  },
  {
    name: 'stale version on patch',
    request: () => ({ method: 'PATCH', url: `/catalog/${existing.id}`, payload: { version: 1, price: 9 } }),
    status: 409,
    code: 'VERSION_CONFLICT',
    field: 'version',
  },
  {
    name: 'patch without version',
    request: () => ({ method: 'PATCH', url: `/catalog/${existing.id}`, payload: { price: 9 } }),
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'version',
  },
  {
    name: 'patch changing nothing',
    request: () => ({ method: 'PATCH', url: `/catalog/${existing.id}`, payload: { version: 2 } }),
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'body',
  },
  {
    name: 'stale version on delete',
    request: () => ({ method: 'DELETE', url: `/catalog/${existing.id}?version=1` }),
    status: 409,
    code: 'VERSION_CONFLICT',
    field: 'version',
  },
  {
    name: 'limit out of range',
    request: () => ({ method: 'GET', url: '/catalog?limit=1000' }),
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'limit',
  },
  {
    name: 'limit not a number',
    request: () => ({ method: 'GET', url: '/catalog?limit=ten' }),
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'limit',
  },
  {
    name: 'garbage cursor',
    request: () => ({ method: 'GET', url: '/catalog?cursor=definitely-not-ours' }),
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'cursor',
  },
  {
    name: 'PATCH with nothing to change',
    request: () => ({
      method: 'PATCH',
      url: `/catalog/${existing.id}`,
      payload: { version: existing.version },
    }),
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'body',
  },
  {
    name: 'a method the path does not answer to',
    request: () => ({ method: 'PUT', url: `/catalog/${existing.id}`, payload: { name: 'x', price: 1 } }),
    status: 405,
    code: 'METHOD_NOT_ALLOWED',
    field: 'method',
  },
  {
    name: 'bad idempotency key',
    request: () => ({
      method: 'POST',
      url: '/catalog',
      headers: { 'idempotency-key': 'has spaces' },
      payload: { name: 'x', price: 1 },
    }),
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'idempotency-key',
  },
  {
    name: 'unknown route',
    request: () => ({ method: 'GET', url: '/nowhere' }),
    status: 404,
    code: 'ROUTE_NOT_FOUND',
    field: 'url',
  },
  {
    name: 'prototype pollution attempt',
    request: () => ({
      method: 'POST',
      url: '/catalog',
      headers: json,
      payload: '{"name":"x","price":1,"__proto__":{"admin":true}}',
    }),
    status: 400,
    code: 'MALFORMED_JSON',
    field: 'body',
  },
];

describe('bad input: a JSON error naming the field, and the table unchanged', () => {
  it.each(cases)('$name -> $status $code ($field)', async (testCase) => {
    const before = await store.snapshot();
    const response = await app.inject(testCase.request());
    expect(response.statusCode).toBe(testCase.status);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    const body = response.json();
    expect(body).toMatchObject({ statusCode: testCase.status, code: testCase.code, field: testCase.field });
    expect(isDocumentedError(body)).toBe(true);
    for (const header of Object.values(RUNTIME_HEADERS)) expect(response.headers[header]).toBeDefined();
    expect(await store.snapshot()).toEqual(before);
  });

  it('a validation error lists every issue, the first one named in message and field', async () => {
    const response = await app.inject({ method: 'POST', url: '/catalog', payload: { price: 'x', extra: 1 } });
    const body = response.json();
    expect(body.message).toBe('body/name is required');
    expect(body.issues).toEqual(
      expect.arrayContaining([
        { location: 'body', field: 'name', message: 'is required' },
        { location: 'body', field: 'extra', message: 'is not allowed' },
        { location: 'body', field: 'price', message: 'must be number' },
      ]),
    );
  });

  it('a number in the gap DynamoDB leaves around zero is named with the ranges it may take', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/catalog',
      payload: { name: 'x', price: 1e-200 },
    });
    expect(response.json()).toMatchObject({
      field: 'price',
      message: 'body/price must be <= 0 or >= 1e-130',
      issues: [{ location: 'body', field: 'price', message: 'must be <= 0 or >= 1e-130' }],
    });
  });

  it('a method a known path does not answer to is 405 listing the ones it does', async () => {
    const item = await app.inject({ method: 'PUT', url: `/catalog/${existing.id}`, payload: {} });
    const list = await app.inject({ method: 'DELETE', url: '/catalog/' });
    const unknown = await app.inject({ method: 'PUT', url: '/nowhere' });
    const query = await app.inject({ method: 'QUERY' as never, url: '/healthz' });
    expect([item.statusCode, item.headers.allow]).toEqual([405, 'GET, HEAD, PATCH, DELETE']);
    expect([list.statusCode, list.headers.allow]).toEqual([405, 'GET, HEAD, POST']);
    expect([unknown.statusCode, unknown.headers.allow]).toEqual([404, undefined]);
    expect([query.statusCode, query.headers.allow, query.json().code]).toEqual([
      405,
      'GET, HEAD',
      'METHOD_NOT_ALLOWED',
    ]);
  });

  it('a stale version tells the client the current version', async () => {
    const response = await app.inject({
      method: 'PATCH',
      url: `/catalog/${existing.id}`,
      payload: { version: 1, price: 9 },
    });
    expect(response.json().currentVersion).toBe(2);
  });
});

describe('idempotent create over HTTP', () => {
  it('a retry answers 201 with the first item and marks the replay', async () => {
    const request = {
      method: 'POST' as const,
      url: '/catalog',
      headers: { 'idempotency-key': 'http-retry-1' },
      payload: { name: 'idem', price: 3 },
    };
    const first = await app.inject(request);
    const retry = await app.inject(request);
    expect(first.statusCode).toBe(201);
    expect(retry.statusCode).toBe(201);
    expect(retry.json()).toEqual(first.json());
    expect(first.headers['idempotency-replayed']).toBe('false');
    expect(retry.headers['idempotency-replayed']).toBe('true');
    expect(first.headers.location).toBe(`/catalog/${first.json().id}`);
  });

  it('the same key with another body is 422 naming the header, nothing written', async () => {
    await app.inject({
      method: 'POST',
      url: '/catalog',
      headers: { 'idempotency-key': 'http-reuse' },
      payload: { name: 'a', price: 1 },
    });
    const before = await store.snapshot();
    const reuse = await app.inject({
      method: 'POST',
      url: '/catalog',
      headers: { 'idempotency-key': 'http-reuse' },
      payload: { name: 'b', price: 1 },
    });
    expect(reuse.statusCode).toBe(422);
    expect(reuse.json()).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', field: 'idempotency-key' });
    expect(await store.snapshot()).toEqual(before);
  });
});

describe('runtime headers', () => {
  it('x-pik-cold is true on the first response of a process state only, on errors as on success', async () => {
    const state = new RuntimeState('fresh');
    const fresh = await buildWidgetApp(store, { runtimeState: state });
    await fresh.ready();
    const first = await fresh.inject({ method: 'GET', url: '/nowhere' });
    const second = await fresh.inject({ method: 'GET', url: '/healthz' });
    const third = await fresh.inject({ method: 'GET', url: '/catalog' });
    expect(first.statusCode).toBe(404);
    expect([first, second, third].map((r) => r.headers[RUNTIME_HEADERS.cold])).toEqual([
      'true',
      'false',
      'false',
    ]);
    for (const response of [first, second, third]) {
      expect(response.headers[RUNTIME_HEADERS.instance]).toBe('fresh');
      expect(Number(response.headers[RUNTIME_HEADERS.initMs])).toBeGreaterThan(0);
    }
    await fresh.close();
  });
});

describe('health', () => {
  it('/healthz answers without touching the store; /readyz checks the table', async () => {
    const lonely = await startTestStore(backend, 'health');
    const probeApp = await buildWidgetApp(lonely, { runtimeState: new RuntimeState('h') });
    expect((await probeApp.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);
    await lonely.close();
    const live = await probeApp.inject({ method: 'GET', url: '/healthz' });
    const ready = await probeApp.inject({ method: 'GET', url: '/readyz' });
    expect(live.statusCode).toBe(200);
    expect(live.json()).toEqual({ status: 'ok' });
    expect(ready.statusCode).toBe(503);
    expect(ready.json()).toMatchObject({ code: 'DATA_STORE_UNREACHABLE' });
    await probeApp.close();
  });
});

describeBadInput({
  basePath: '/catalog',
  sampleBody: { name: 'edge', price: 1 },
  numberField: { path: 'price', maximum: WIDGET_MAX_PRICE },
  app: () => app,
  store: () => store,
});
