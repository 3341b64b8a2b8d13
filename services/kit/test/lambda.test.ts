import type { Context } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createLambdaHandler, type LambdaHandler, withoutHttpApiStage } from '../src/entry/lambda.js';
import { RUNTIME_HEADERS } from '../src/http/runtime-info.js';
import {
  albEvent,
  EVENT_SHAPES,
  httpV2Event,
  lambdaContext,
  restV1Event,
  startTestStore,
  type TestStore,
  testBackends,
} from '../src/testing/index.js';
import { buildWidgetApp, widgetResource } from './widget-app.js';

const [backend] = testBackends();
if (!backend) throw new Error('no test backend');

let store: TestStore;
let handler: LambdaHandler;
const context = lambdaContext('widgets') as unknown as Context;

interface LambdaResult {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

beforeAll(async () => {
  store = await startTestStore(backend, 'lambda');
  vi.stubEnv('DYNAMODB_ENDPOINT', store.endpoint ?? '');
  vi.stubEnv('TABLE_NAME', store.tableName);
  vi.stubEnv('POWERTOOLS_METRICS_DISABLED', 'true');
  vi.stubEnv('POWERTOOLS_LOG_LEVEL', 'ERROR');
  handler = await createLambdaHandler(widgetResource.service, (options) => buildWidgetApp(store, options));
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await store?.close();
});

describe.each(Object.entries(EVENT_SHAPES))('%s events through the handler', (_shape, toEvent) => {
  it('creates, reads, lists and rejects like the HTTP server does', async () => {
    const created = (await handler(
      toEvent({ method: 'POST', path: '/catalog', body: { name: `via-${_shape}`, price: 4 } }),
      context,
    )) as LambdaResult;
    expect(created.statusCode).toBe(201);
    const item = JSON.parse(created.body);
    expect(item).toMatchObject({ name: `via-${_shape}`, version: 1 });
    for (const header of Object.values(RUNTIME_HEADERS)) expect(created.headers[header]).toBeDefined();

    const read = (await handler(
      toEvent({ method: 'GET', path: `/catalog/${item.id}` }),
      context,
    )) as LambdaResult;
    expect(read.statusCode).toBe(200);
    expect(JSON.parse(read.body)).toEqual(item);

    const page = (await handler(
      toEvent({ method: 'GET', path: '/catalog?limit=1' }),
      context,
    )) as LambdaResult;
    expect(page.statusCode).toBe(200);
    expect(JSON.parse(page.body).items).toHaveLength(1);

    const bad = (await handler(
      toEvent({ method: 'POST', path: '/catalog', body: { name: 'x', price: 'free' } }),
      context,
    )) as LambdaResult;
    expect(bad.statusCode).toBe(400);
    expect(JSON.parse(bad.body)).toMatchObject({ field: 'price', code: 'VALIDATION_FAILED' });

    const health = (await handler(toEvent({ method: 'GET', path: '/healthz' }), context)) as LambdaResult;
    expect(health.statusCode).toBe(200);
  });
});

describe.each(Object.entries(EVENT_SHAPES))('%s events: the router refusals', (_shape, toEvent) => {
  it.each([
    ['an id of 101 characters', `/catalog/${'a'.repeat(101)}`, 'VALIDATION_FAILED'],
    ['a malformed percent-encoding in the id', '/catalog/%ZZ', 'MALFORMED_URL'],
  ])('%s answers 400 naming id, with the runtime headers', async (_name, path, code) => {
    const before = await store.snapshot();
    const response = (await handler(toEvent({ method: 'GET', path }), context)) as LambdaResult;
    expect(response.statusCode).toBe(400);
    expect(JSON.parse(response.body)).toMatchObject({ code, field: 'id', location: 'params' });
    for (const header of Object.values(RUNTIME_HEADERS)) expect(response.headers[header]).toBeDefined();
    expect(await store.snapshot()).toEqual(before);
  });
});

describe('query strings the gateway or load balancer passes as they came', () => {
  it('an HTTP API repeated parameter whose name holds % is answered, not a failed invocation', async () => {
    const event = {
      ...httpV2Event({ method: 'GET', path: '/catalog' }),
      rawQueryString: 'a%25b=1&a%25b=2&limit=1',
      queryStringParameters: { 'a%b': '1,2', limit: '1' },
    };
    const response = (await handler(event, context)) as LambdaResult;
    expect(response.statusCode).toBe(200);
  });

  it('an ALB query with a malformed escape reaches the schema: 400 naming the parameter', async () => {
    const event = albEvent({ method: 'GET', path: '/catalog' });
    const malformed = { ...event, queryStringParameters: { limit: '%ZZ', '%E0%A4%A': 'x' } };
    const response = (await handler(malformed, context)) as LambdaResult;
    expect(response.statusCode).toBe(400);
    expect(JSON.parse(response.body)).toMatchObject({ field: 'limit', location: 'querystring' });
    for (const header of Object.values(RUNTIME_HEADERS)) expect(response.headers[header]).toBeDefined();
  });
});

describe('stage handling', () => {
  it('a REST event whose path carries the stage reaches the exact route', async () => {
    const event = restV1Event({ method: 'GET', path: '/healthz', stage: 'prod' });
    const withStage = { ...event, path: '/prod/healthz' };
    const response = (await handler(withStage, context)) as LambdaResult;
    expect(response.statusCode).toBe(200);
  });

  it('an HTTP API event from a named stage has the stage removed; $default is left alone', async () => {
    expect(withoutHttpApiStage(httpV2Event({ method: 'GET', path: '/catalog', stage: 'prod' })).rawPath).toBe(
      '/catalog',
    );
    expect(
      withoutHttpApiStage(httpV2Event({ method: 'GET', path: '/catalog', stage: '$default' })).rawPath,
    ).toBe('/catalog');
    // A path that merely starts with the stage's letters is not a stage prefix.
    const lookalike = { ...httpV2Event({ method: 'GET', path: '/x', stage: 'cat' }), rawPath: '/catalog' };
    expect(withoutHttpApiStage(lookalike).rawPath).toBe('/catalog');
  });

  it('ALB events are routed by their path as is', async () => {
    const response = (await handler(
      albEvent({ method: 'GET', path: '/prod/healthz' }),
      context,
    )) as LambdaResult;
    expect(response.statusCode).toBe(404);
  });
});
