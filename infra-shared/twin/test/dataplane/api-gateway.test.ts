import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createApiGateway } from '../../src/dataplane/gateway/api-gateway.js';
import type {
  ApiGatewayConfig,
  IntegrationConfig,
  RunningApiGateway,
} from '../../src/dataplane/gateway/types.js';
import { createHttpForwarder } from '../../src/dataplane/http-forwarder.js';
import { type Backend, send, startBackend } from './helpers.js';

let backend: Backend;
let slow: Backend;
const gateways: RunningApiGateway[] = [];
const forwarders: { close(): void }[] = [];

beforeAll(async () => {
  backend = await startBackend('orders');
  slow = await startBackend('slow', { delayMs: 400 });
});
afterAll(async () => {
  await backend.close();
  await slow.close();
});
afterEach(async () => {
  await Promise.all(gateways.splice(0).map((g) => g.close()));
  for (const f of forwarders.splice(0)) f.close();
});

/** Gateway whose integrations all go to `target` (through a VPC link + NLB when `hops` says so). */
async function gateway(
  config: Omit<ApiGatewayConfig, 'apiId'> & { apiId?: string },
  target: Backend = backend,
  hops: string[] = [],
) {
  const forwarder = createHttpForwarder(() => ({ host: '127.0.0.1', port: target.port, hops }));
  forwarders.push(forwarder);
  const gw = await createApiGateway({ apiId: 'api1', ...config }, { forward: forwarder.forward });
  gateways.push(gw);
  return gw;
}

const privateHttp: IntegrationConfig = {
  id: 'orders',
  type: 'HTTP_PROXY',
  connectionType: 'VPC_LINK',
  vpcLinkVersion: 'v2',
  uri: 'arn:aws:elasticloadbalancing:us-east-1:111111111111:listener/app/orders/abc/def',
};
const restProxy: IntegrationConfig = {
  id: 'orders',
  type: 'HTTP_PROXY',
  connectionType: 'VPC_LINK',
  vpcLinkVersion: 'v1',
  uri: 'http://orders-nlb.internal:8083/orders/{proxy}',
  requestParameters: { 'integration.request.path.proxy': 'method.request.path.proxy' },
};

describe('HTTP API', () => {
  it('$default stage: no prefix, path passed as received, trace and apigw-requestid on the answer', async () => {
    const gw = await gateway(
      {
        kind: 'http',
        stageName: '$default',
        routes: [{ routeKey: 'ANY /orders/{proxy+}', integration: privateHttp }],
      },
      backend,
      ['vpclink:v2'],
    );
    expect(gw.baseUrl).toBe(`http://127.0.0.1:${gw.port}`);
    const reply = await send(gw.port, '/orders/42?x=1', { method: 'POST', body: '{"a":1}' });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ service: 'orders', method: 'POST', url: '/orders/42?x=1' });
    expect(backend.last?.body).toBe('{"a":1}');
    expect(reply.headers['x-pik-trace']).toBe('gateway:http > vpclink:v2');
    expect(backend.last?.headers['x-pik-trace']).toBe('gateway:http > vpclink:v2');
    expect(reply.headers['apigw-requestid']).toMatch(/^[A-Za-z0-9+/]{15}=$/);
  });

  it('named stage: a private integration passes the stage in the path unless overwrite:path is set', async () => {
    const gw = await gateway({
      kind: 'http',
      stageName: 'test',
      routes: [
        { routeKey: 'GET /orders/{proxy+}', integration: privateHttp },
        {
          routeKey: 'GET /fixed/{proxy+}',
          integration: { ...privateHttp, requestParameters: { 'overwrite:path': '$request.path' } },
        },
      ],
    });
    expect((await send(gw.port, '/test/orders/1')).body).toContain('"url":"/test/orders/1"');
    expect((await send(gw.port, '/test/fixed/1?q=2')).body).toContain('"url":"/fixed/1?q=2"');
    const wrongStage = await send(gw.port, '/prod/orders/1');
    expect(wrongStage.status).toBe(404);
  });

  it('no route and no $default: 404 {"message":"Not Found"}', async () => {
    const gw = await gateway({
      kind: 'http',
      stageName: '$default',
      routes: [{ routeKey: 'GET /a', integration: privateHttp }],
    });
    const before = backend.calls;
    const reply = await send(gw.port, '/b');
    expect(reply.status).toBe(404);
    expect(reply.body).toBe('{"message":"Not Found"}');
    expect(reply.headers['x-pik-trace']).toBe('gateway:http');
    expect(backend.calls).toBe(before);
  });

  it('integration timeout: 503 Service Unavailable after the timeout, not after the backend', async () => {
    const gw = await gateway(
      {
        kind: 'http',
        stageName: '$default',
        integrationTimeoutMs: 100,
        routes: [{ routeKey: '$default', integration: privateHttp }],
      },
      slow,
    );
    const started = performance.now();
    const reply = await send(gw.port, '/x');
    expect(performance.now() - started).toBeLessThan(350);
    expect(reply.status).toBe(503);
    expect(reply.body).toBe('{"message":"Service Unavailable"}');
  });
});

describe('REST API', () => {
  it('stage prefix, {proxy} URI templating, URI host, x-amzn-RequestId, L4 hops in the trace', async () => {
    const gw = await gateway(
      {
        kind: 'rest',
        stageName: 'prod',
        routes: [{ routeKey: 'ANY /orders/{proxy+}', integration: restProxy }],
      },
      backend,
      ['vpclink:v1', 'nlb:8083'],
    );
    expect(gw.baseUrl).toBe(`http://127.0.0.1:${gw.port}/prod`);
    const reply = await send(gw.port, '/prod/orders/abc/items?limit=5', { method: 'DELETE' });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({
      service: 'orders',
      method: 'DELETE',
      url: '/orders/abc/items?limit=5',
    });
    expect(backend.last?.headers.host).toBe('orders-nlb.internal:8083');
    expect(reply.headers['x-pik-trace']).toBe('gateway:rest > vpclink:v1 > nlb:8083');
    expect(reply.headers['x-amzn-requestid']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('unknown resource or method: 403 Missing Authentication Token; unknown stage: 403 Forbidden', async () => {
    const gw = await gateway({
      kind: 'rest',
      stageName: 'prod',
      routes: [{ routeKey: 'GET /orders', integration: restProxy }],
    });
    const noMethod = await send(gw.port, '/prod/orders', { method: 'POST' });
    expect(noMethod.status).toBe(403);
    expect(noMethod.body).toBe('{"message":"Missing Authentication Token"}');
    expect(noMethod.headers['x-amzn-errortype']).toBe('MissingAuthenticationTokenException');
    const noStage = await send(gw.port, '/dev/orders');
    expect(noStage.status).toBe(403);
    expect(noStage.body).toBe('{"message":"Forbidden"}');
  });

  it('payload over 10 MB: 413 and the backend is not called; 10 MB exactly passes', async () => {
    const gw = await gateway({
      kind: 'rest',
      stageName: 'prod',
      routes: [{ routeKey: 'POST /orders', integration: restProxy }],
    });
    const before = backend.calls;
    const tooBig = await send(gw.port, '/prod/orders', {
      method: 'POST',
      body: Buffer.alloc(10 * 1024 * 1024 + 1, 97),
    });
    expect(tooBig.status).toBe(413);
    expect(tooBig.body).toBe('{"message":"Request Too Long"}');
    expect(backend.calls).toBe(before);
    const exact = await send(gw.port, '/prod/orders', {
      method: 'POST',
      body: Buffer.alloc(10 * 1024 * 1024, 97),
    });
    expect(exact.status).toBe(200);
    expect(backend.last?.body.length).toBe(10 * 1024 * 1024);
  });

  it('chunked body over the limit: 413 although no content-length was declared', async () => {
    const gw = await gateway({
      kind: 'rest',
      stageName: 'prod',
      maxPayloadBytes: 1000,
      routes: [{ routeKey: 'POST /orders', integration: restProxy }],
    });
    const reply = await send(gw.port, '/prod/orders', {
      method: 'POST',
      headers: { 'transfer-encoding': 'chunked' },
      body: 'x'.repeat(1001),
    });
    expect(reply.status).toBe(413);
  });

  it('integration timeout: 504 {"message": "Endpoint request timed out"}', async () => {
    const gw = await gateway(
      {
        kind: 'rest',
        stageName: 'prod',
        routes: [
          { routeKey: 'GET /orders', integration: { ...restProxy, uri: 'http://x:1/slow', timeoutMs: 100 } },
        ],
      },
      slow,
    );
    const reply = await send(gw.port, '/prod/orders');
    expect(reply.status).toBe(504);
    expect(reply.body).toBe('{"message": "Endpoint request timed out"}');
  });

  it('unreachable integration: 500 Internal server error', async () => {
    const dead = await startBackend('dead');
    await dead.close();
    const gw = await gateway(
      { kind: 'rest', stageName: 'prod', routes: [{ routeKey: 'GET /orders', integration: restProxy }] },
      dead,
    );
    const reply = await send(gw.port, '/prod/orders');
    expect(reply.status).toBe(500);
    expect(reply.headers['x-amzn-errortype']).toBe('InternalServerErrorException');
  });
});

describe('API keys and usage plans (REST)', () => {
  const config = (quota?: number): Omit<ApiGatewayConfig, 'apiId'> => ({
    kind: 'rest',
    stageName: 'prod',
    routes: [{ routeKey: 'GET /orders', integration: restProxy, apiKeyRequired: true }],
    apiKeys: [
      { id: 'k1', value: 'key-one-value-0000000000' },
      { id: 'k2', value: 'key-two-disabled-00000000', enabled: false },
      { id: 'k3', value: 'key-three-no-plan-0000000' },
    ],
    usagePlans: [
      {
        id: 'plan',
        quota: quota === undefined ? undefined : { limit: quota, period: 'DAY' },
        apiStages: [{ apiId: 'api1', stage: 'prod' }],
        apiKeyIds: ['k1', 'k2'],
      },
    ],
  });

  it('missing, unknown, disabled or plan-less key: 403 Forbidden; a key in a plan for the stage passes', async () => {
    const gw = await gateway(config());
    const before = backend.calls;
    for (const key of [undefined, 'nope', 'key-two-disabled-00000000', 'key-three-no-plan-0000000']) {
      const reply = await send(gw.port, '/prod/orders', { headers: key ? { 'x-api-key': key } : {} });
      expect(reply.status).toBe(403);
      expect(reply.body).toBe('{"message":"Forbidden"}');
      expect(reply.headers['x-amzn-errortype']).toBe('ForbiddenException');
    }
    expect(backend.calls).toBe(before);
    expect(
      (await send(gw.port, '/prod/orders', { headers: { 'x-api-key': 'key-one-value-0000000000' } })).status,
    ).toBe(200);
  });

  it('quota exhausted: 429 {"message":"Limit Exceeded"}', async () => {
    const gw = await gateway(config(3));
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      statuses.push(
        (await send(gw.port, '/prod/orders', { headers: { 'x-api-key': 'key-one-value-0000000000' } }))
          .status,
      );
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    const reply = await send(gw.port, '/prod/orders', {
      headers: { 'x-api-key': 'key-one-value-0000000000' },
    });
    expect(reply.body).toBe('{"message":"Limit Exceeded"}');
    expect(reply.headers['x-amzn-errortype']).toBe('LimitExceededException');
  });
});
