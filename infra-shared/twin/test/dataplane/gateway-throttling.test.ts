import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiGateway } from '../../src/dataplane/gateway/api-gateway.js';
import type { IntegrationConfig, RunningApiGateway } from '../../src/dataplane/gateway/types.js';
import { createHttpForwarder } from '../../src/dataplane/http-forwarder.js';
import { TokenBucket } from '../../src/dataplane/token-bucket.js';
import { type Backend, send, startBackend } from './helpers.js';

let backend: Backend;
beforeAll(async () => {
  backend = await startBackend('svc');
});
afterAll(() => backend.close());

const integration: IntegrationConfig = {
  id: 'svc',
  type: 'HTTP_PROXY',
  uri: 'http://svc.internal:8081/{proxy}',
};

/** Sends as fast as `concurrency` loops allow for `durationMs`; counts statuses. */
async function drive(port: number, path: string, durationMs: number, concurrency = 8) {
  const counts = new Map<number, number>();
  let last429: { body: string; errorType: unknown } | undefined;
  const started = performance.now();
  let lastSent = started;
  const loop = async () => {
    while (performance.now() - started < durationMs) {
      lastSent = performance.now();
      const reply = await send(port, path);
      counts.set(reply.status, (counts.get(reply.status) ?? 0) + 1);
      if (reply.status === 429) last429 = { body: reply.body, errorType: reply.headers['x-amzn-errortype'] };
    }
  };
  await Promise.all(Array.from({ length: concurrency }, loop));
  return { counts, seconds: (lastSent - started) / 1000, last429 };
}

describe('gateway throttling with a real clock', () => {
  let gw: RunningApiGateway;
  const forwarder = createHttpForwarder(() => ({ host: '127.0.0.1', port: backend.port, hops: [] }));
  afterAll(async () => {
    await gw?.close();
    forwarder.close();
  });

  it('REST stage default: accepted = burst + rate x T within 5%, the rest 429 Too Many Requests', async () => {
    gw = await createApiGateway(
      {
        apiId: 'api',
        kind: 'rest',
        stageName: 'prod',
        // A burst that takes 2 s to refill: a scheduling stall on a busy machine cannot waste tokens.
        throttle: { stageDefault: { rateLimit: 100, burstLimit: 200 } },
        routes: [{ routeKey: 'ANY /{proxy+}', integration }],
      },
      { forward: forwarder.forward },
    );
    const callsBefore = backend.calls;
    const { counts, seconds, last429 } = await drive(gw.port, '/prod/items', 2500);
    const accepted = counts.get(200) ?? 0;
    const expected = 200 + 100 * seconds;
    console.info(
      `throttle: accepted ${accepted}, expected ${expected.toFixed(1)} over ${seconds.toFixed(3)} s, statuses ${JSON.stringify([...counts])}`,
    );
    expect(Math.abs(accepted - expected) / expected).toBeLessThan(0.05);
    expect(counts.get(429) ?? 0).toBeGreaterThan(accepted); // really driven above the rate
    expect(backend.calls - callsBefore).toBe(accepted);
    expect(last429).toEqual({
      body: '{"message":"Too Many Requests"}',
      errorType: 'TooManyRequestsException',
    });
    await gw.close();
  });

  it('HTTP API: a route override has its own bucket; rate 0 / burst 0 refuses every request', async () => {
    gw = await createApiGateway(
      {
        apiId: 'api',
        kind: 'http',
        stageName: '$default',
        throttle: { stageDefault: { rateLimit: 1000, burstLimit: 1000 } },
        routes: [
          { routeKey: 'GET /tight', integration, throttle: { rateLimit: 1, burstLimit: 3 } },
          { routeKey: 'GET /zero', integration, throttle: { rateLimit: 0, burstLimit: 0 } },
          { routeKey: 'GET /{proxy+}', integration },
        ],
      },
      { forward: forwarder.forward },
    );
    const tight: number[] = [];
    for (let i = 0; i < 5; i++) tight.push((await send(gw.port, '/tight')).status);
    expect(tight).toEqual([200, 200, 200, 429, 429]);
    expect((await send(gw.port, '/other')).status).toBe(200);
    const zero = await send(gw.port, '/zero');
    expect(zero.status).toBe(429);
    expect(zero.body).toBe('{"message":"Too Many Requests"}');
    expect(zero.headers['x-amzn-errortype']).toBeUndefined();
    await gw.close();
  });

  it('REST usage plan per key: each key has its own bucket under the shared stage limits', async () => {
    gw = await createApiGateway(
      {
        apiId: 'api',
        kind: 'rest',
        stageName: 'prod',
        routes: [{ routeKey: 'GET /orders', integration, apiKeyRequired: true }],
        apiKeys: [
          { id: 'a', value: 'aaaaaaaaaaaaaaaaaaaaaaaa' },
          { id: 'b', value: 'bbbbbbbbbbbbbbbbbbbbbbbb' },
        ],
        usagePlans: [
          {
            id: 'p',
            throttle: { rateLimit: 0.001, burstLimit: 2 },
            apiStages: [{ apiId: 'api', stage: 'prod' }],
            apiKeyIds: ['a', 'b'],
          },
        ],
      },
      { forward: forwarder.forward },
    );
    const statuses = async (key: string) => {
      const out: number[] = [];
      for (let i = 0; i < 3; i++)
        out.push((await send(gw.port, '/prod/orders', { headers: { 'x-api-key': key } })).status);
      return out;
    };
    expect(await statuses('aaaaaaaaaaaaaaaaaaaaaaaa')).toEqual([200, 200, 429]);
    expect(await statuses('bbbbbbbbbbbbbbbbbbbbbbbb')).toEqual([200, 200, 429]);
    await gw.close();
  });

  it('one account bucket shared by two APIs: the account limit spans both', async () => {
    const account = new TokenBucket({ rateLimit: 0.001, burstLimit: 3 });
    const one = await createApiGateway(
      { apiId: 'one', kind: 'http', stageName: '$default', routes: [{ routeKey: '$default', integration }] },
      { forward: forwarder.forward, accountBucket: account },
    );
    const two = await createApiGateway(
      { apiId: 'two', kind: 'rest', stageName: 'prod', routes: [{ routeKey: 'ANY /{proxy+}', integration }] },
      { forward: forwarder.forward, accountBucket: account },
    );
    try {
      const statuses = [
        (await send(one.port, '/a')).status,
        (await send(two.port, '/prod/a')).status,
        (await send(one.port, '/a')).status,
        (await send(two.port, '/prod/a')).status,
      ];
      expect(statuses).toEqual([200, 200, 200, 429]);
    } finally {
      await one.close();
      await two.close();
    }
  });

  it('REST usage plan per-method throttle (keyed /resource/METHOD) applies to that method only', async () => {
    gw = await createApiGateway(
      {
        apiId: 'api',
        kind: 'rest',
        stageName: 'prod',
        routes: [
          { routeKey: 'ANY /orders', integration, apiKeyRequired: true },
          { routeKey: 'GET /catalog', integration, apiKeyRequired: true },
        ],
        apiKeys: [{ id: 'a', value: 'aaaaaaaaaaaaaaaaaaaaaaaa' }],
        usagePlans: [
          {
            id: 'p',
            apiStages: [
              {
                apiId: 'api',
                stage: 'prod',
                methodThrottle: { '/orders/ANY': { rateLimit: 0.001, burstLimit: 1 } },
              },
            ],
            apiKeyIds: ['a'],
          },
        ],
      },
      { forward: forwarder.forward },
    );
    const get = async (path: string) =>
      (await send(gw.port, path, { headers: { 'x-api-key': 'aaaaaaaaaaaaaaaaaaaaaaaa' } })).status;
    expect([await get('/prod/orders'), await get('/prod/orders')]).toEqual([200, 429]);
    expect([await get('/prod/catalog'), await get('/prod/catalog')]).toEqual([200, 200]);
    await gw.close();
  });
});
