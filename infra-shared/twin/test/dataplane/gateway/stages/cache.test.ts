import { describe, expect, it } from 'vitest';
import type { GatewayStage } from '../../../../src/dataplane/gateway/context.js';
import { RouteTable } from '../../../../src/dataplane/gateway/route-table.js';
import { StageCache } from '../../../../src/dataplane/gateway/stage-cache.js';
import { cacheStage } from '../../../../src/dataplane/gateway/stages/cache.js';
import { responseStage, sendGatewayError } from '../../../../src/dataplane/gateway/stages/response.js';
import { routeMatchStage } from '../../../../src/dataplane/gateway/stages/route-match.js';
import type { RouteCacheConfig } from '../../../../src/dataplane/gateway/types.js';
import { requestContext } from '../request-context.js';

const match = routeMatchStage(
  new RouteTable('rest', [{ routeKey: 'GET /orders/{id}', integration: { id: 'i', type: 'HTTP_PROXY' } }]),
  '/prod',
);

const byId: RouteCacheConfig = {
  ttlSeconds: 300,
  keyParameters: ['method.request.path.id', 'method.request.querystring.view'],
  requireAuthorizationForCacheControl: true,
  unauthorizedStrategy: 'SUCCEED_WITH_RESPONSE_HEADER',
};

/** A cache in front of an integration that answers `call <n>` and says how often it ran. */
function cached(config: Partial<RouteCacheConfig> = {}, capacityBytes = 1_000_000) {
  let now = 0;
  let calls = 0;
  const integration: GatewayStage = {
    name: 'integration',
    async run(context) {
      calls += 1;
      const status = context.req.headers['x-fail'] ? 500 : 200;
      context.result = {
        statusCode: status,
        headers: { 'x-pik-trace': `${context.trace} > ip:1` },
        body: `call ${calls}`,
      };
      return undefined;
    },
  };
  const cache = new StageCache(capacityBytes, () => now);
  const stage = cacheStage('GET /orders/{id}', { ...byId, ...config }, cache, integration);
  async function get(url: string, headers: Record<string, string> = {}) {
    const { context, written } = requestContext({ url, headers });
    expect(match.run(context)).toBeUndefined();
    const refused = await stage.run(context);
    if (refused) sendGatewayError(written.asResponse(), 'rest', refused, 'req-1', context.trace);
    else responseStage('rest').run(context);
    return written;
  }
  return {
    get,
    cache,
    advance: (ms: number) => {
      now += ms;
    },
    calls: () => calls,
  };
}

describe('cache stage', () => {
  it('a second GET of the same item is answered from the cache, and the trace says which was which', async () => {
    const t = cached();
    const first = await t.get('/prod/orders/7');
    const second = await t.get('/prod/orders/7');
    expect([first.body, second.body]).toEqual(['call 1', 'call 1']);
    expect(first.header('x-pik-trace')).toBe('gateway:rest > cache:miss > ip:1');
    expect(second.header('x-pik-trace')).toBe('gateway:rest > cache:hit');
    expect(t.calls()).toBe(1);
  });

  it('keys on the declared path and query parameters only', async () => {
    const t = cached();
    await t.get('/prod/orders/7?view=full&noise=1');
    expect((await t.get('/prod/orders/7?view=full&noise=2')).body).toBe('call 1');
    expect((await t.get('/prod/orders/7?view=short')).body).toBe('call 2');
    expect((await t.get('/prod/orders/8?view=full')).body).toBe('call 3');
    const pathOnly = cached({ keyParameters: [] });
    await pathOnly.get('/prod/orders/7');
    // Without key parameters every item of the resource shares one entry, as on AWS.
    expect((await pathOnly.get('/prod/orders/8')).body).toBe('call 1');
  });

  it('an entry lives for the TTL of its method', async () => {
    const t = cached({ ttlSeconds: 60 });
    await t.get('/prod/orders/7');
    t.advance(59_999);
    expect((await t.get('/prod/orders/7')).body).toBe('call 1');
    t.advance(1);
    expect((await t.get('/prod/orders/7')).body).toBe('call 2');
  });

  it('does not keep error answers', async () => {
    const t = cached();
    expect((await t.get('/prod/orders/7', { 'x-fail': '1' })).status).toBe(500);
    expect((await t.get('/prod/orders/7')).body).toBe('call 2');
  });

  it('max-age=0 refreshes the entry when the method does not require authorization for it', async () => {
    const t = cached({ requireAuthorizationForCacheControl: false });
    await t.get('/prod/orders/7');
    const fresh = await t.get('/prod/orders/7', { 'cache-control': 'max-age=0' });
    expect([fresh.body, fresh.header('x-pik-trace')]).toEqual(['call 2', 'gateway:rest > cache:miss > ip:1']);
    expect((await t.get('/prod/orders/7')).body).toBe('call 2');
  });

  it('max-age=0 from a caller not authorized to invalidate follows the unauthorized strategy', async () => {
    const warn = cached();
    await warn.get('/prod/orders/7');
    const warned = await warn.get('/prod/orders/7', { 'cache-control': 'no-store, max-age=0' });
    expect([warned.body, warned.header('x-pik-trace')]).toEqual(['call 1', 'gateway:rest > cache:hit']);
    expect(warned.header('warning')).toMatch(/^199 /);

    const quiet = cached({ unauthorizedStrategy: 'SUCCEED_WITHOUT_RESPONSE_HEADER' });
    await quiet.get('/prod/orders/7');
    const ignored = await quiet.get('/prod/orders/7', { 'cache-control': 'max-age=0' });
    expect([ignored.body, ignored.header('warning')]).toEqual(['call 1', undefined]);

    const strict = cached({ unauthorizedStrategy: 'FAIL_WITH_403' });
    await strict.get('/prod/orders/7');
    const refused = await strict.get('/prod/orders/7', { 'cache-control': 'max-age=0' });
    expect([refused.status, refused.body]).toEqual([403, '{"message":"Unauthorized"}']);
    expect(strict.calls()).toBe(1);
  });

  it('a flush empties the cache; the next request goes to the integration', async () => {
    const t = cached();
    await t.get('/prod/orders/7');
    await t.get('/prod/orders/8');
    expect(t.cache.flush()).toBe(2);
    expect((await t.get('/prod/orders/7')).body).toBe('call 3');
  });

  it('past its capacity the cache drops its oldest entries first', async () => {
    const t = cached({}, 60);
    await t.get('/prod/orders/1');
    await t.get('/prod/orders/2');
    expect(t.cache.size).toBe(2);
    await t.get('/prod/orders/3');
    expect(t.cache.size).toBe(2);
    expect((await t.get('/prod/orders/3')).body).toBe('call 3');
    expect((await t.get('/prod/orders/1')).body).toBe('call 4');
  });
});
