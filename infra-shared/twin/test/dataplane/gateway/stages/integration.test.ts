import { describe, expect, it } from 'vitest';
import { RouteTable } from '../../../../src/dataplane/gateway/route-table.js';
import { integrationStage } from '../../../../src/dataplane/gateway/stages/integration.js';
import { routeMatchStage } from '../../../../src/dataplane/gateway/stages/route-match.js';
import type { Forward, GatewayRequest, IntegrationConfig } from '../../../../src/dataplane/gateway/types.js';
import { requestContext } from '../request-context.js';

const integration: IntegrationConfig = { id: 'orders', type: 'HTTP_PROXY' };
const match = routeMatchStage(
  new RouteTable('rest', [{ routeKey: 'ANY /orders/{proxy+}', integration }]),
  '/prod',
);

function stage(forward: Forward, timeoutMs = 1_000, maxPayloadBytes = 100) {
  return integrationStage({
    api: { apiKind: 'rest', apiId: 'api1', stage: 'prod' },
    integration,
    forward,
    timeoutMs,
    maxPayloadBytes,
  });
}

function matched(options: Parameters<typeof requestContext>[0]) {
  const made = requestContext(options);
  expect(match.run(made.context)).toBeUndefined();
  return made.context;
}

describe('integration stage', () => {
  it('hands the integration the request as the earlier stages left it, and keeps its answer', async () => {
    let seen: GatewayRequest | undefined;
    const answer = { statusCode: 201, headers: { 'content-type': 'text/plain' }, body: 'made' };
    const context = matched({ method: 'POST', url: '/prod/orders/7?full=1', body: '{"n":1}' });
    context.authorizer = { claims: { sub: 'c' }, scopes: [] };
    const refused = await stage(async (request, given) => {
      seen = request;
      expect(given).toBe(integration);
      return answer;
    }).run(context);
    expect(refused).toBeUndefined();
    expect(context.result).toBe(answer);
    expect(seen).toMatchObject({
      apiKind: 'rest',
      apiId: 'api1',
      stage: 'prod',
      requestId: 'req-1',
      method: 'POST',
      rawPath: '/prod/orders/7',
      path: '/orders/7',
      rawQueryString: 'full=1',
      routeKey: 'ANY /orders/{proxy+}',
      resourcePath: '/orders/{proxy+}',
      pathParameters: { proxy: '7' },
      trace: 'gateway:rest',
      authorizer: { claims: { sub: 'c' }, scopes: [] },
      apiKeyId: undefined,
    });
    expect(seen?.body.toString()).toBe('{"n":1}');
    expect(seen?.headers['x-pik-trace']).toBe('gateway:rest');
  });

  it('refuses a body that grows past the limit without a declared length, and never forwards it', async () => {
    let forwarded = false;
    const context = matched({
      method: 'POST',
      url: '/prod/orders/1',
      headers: { 'transfer-encoding': 'chunked' },
      body: 'x'.repeat(101),
    });
    const refused = await stage(async () => {
      forwarded = true;
      return { statusCode: 200, headers: {}, body: '' };
    }).run(context);
    expect(refused?.error).toBe('payloadTooLarge');
    expect(forwarded).toBe(false);
  });

  it('an integration that cannot be reached is integrationFailure', async () => {
    const context = matched({ url: '/prod/orders/1' });
    const refused = await stage(() => Promise.reject(new Error('ECONNREFUSED'))).run(context);
    expect(refused?.error).toBe('integrationFailure');
    expect(context.result).toBeUndefined();
  });

  it('a late integration is integrationTimeout and its request is aborted', async () => {
    let signal: AbortSignal | undefined;
    const context = matched({ url: '/prod/orders/1' });
    const started = performance.now();
    const refused = await stage((request) => {
      signal = request.signal;
      return new Promise(() => {});
    }, 50).run(context);
    expect(refused?.error).toBe('integrationTimeout');
    expect(performance.now() - started).toBeGreaterThanOrEqual(45);
    expect(signal?.aborted).toBe(true);
  });
});
