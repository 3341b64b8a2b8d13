/**
 * The kit's REST pattern (VPC link V2 to ALBs, Lambda targets) synthesized with its API cache on and driven
 * through the twin from the template: the GETs the pattern caches answer from the cache on a repeat, keyed
 * on the item path and the page, and the control surface flushes the cache.
 */
import { describe, expect, it } from 'vitest';
import { fixtureAppSuite } from './fixture-suite.js';

const STACK = 'rest-vpclinkv2-alb';
const suite = fixtureAppSuite('rest-pattern-cache');

async function call(path: string, method = 'GET'): Promise<{ status: number; trace: string | null }> {
  const running = suite.app.twin.patterns.get(STACK);
  if (!running) throw new Error(`running: ${[...suite.app.twin.patterns.keys()].join(', ')}`);
  const response = await fetch(`${running.gateway.baseUrl}${path}`, { method });
  await response.text();
  return { status: response.status, trace: response.headers.get('x-pik-trace') };
}

describe('a REST pattern with cacheTtl in the twin', () => {
  it('reads the cache cluster and the cached GETs from the template', () => {
    const api = suite.app.twin.patterns.get(STACK)?.topology.api;
    expect(api?.stage.cacheCluster?.sizeGb).toBe(0.5);
    const cached = api?.routes.filter((r) => r.cache).map((r) => `${r.method} ${r.path}`);
    expect(cached?.sort()).toEqual(['GET /orders', 'GET /orders/{proxy+}']);
    expect(api?.routes.find((r) => r.path === '/orders' && r.method === 'GET')?.cache).toMatchObject({
      ttlSeconds: 60,
      keyParameters: ['method.request.querystring.limit', 'method.request.querystring.cursor'],
    });
  });

  it('answers a repeated GET from the cache, keyed on the item path and the page', async () => {
    const first = await call('/orders/o-1');
    expect(first.status).toBe(200);
    expect(first.trace).toMatch(/^gateway:rest > cache:miss > vpclink:v2 > alb > lambda:/);
    expect((await call('/orders/o-1')).trace).toBe('gateway:rest > cache:hit');
    expect((await call('/orders/o-2')).trace).toContain('cache:miss');
    expect((await call('/orders?limit=5')).trace).toContain('cache:miss');
    expect((await call('/orders?limit=5')).trace).toBe('gateway:rest > cache:hit');
    expect((await call('/orders?limit=6')).trace).toContain('cache:miss');
  });

  it('never caches the methods that change data', async () => {
    await call('/orders', 'POST');
    expect((await call('/orders', 'POST')).trace).not.toContain('cache:');
  });

  it('the control surface flushes the cache', async () => {
    await call('/orders/o-3');
    const flushed = await fetch(`${suite.app.twin.controlUrl}/patterns/${STACK}/cache/flush`, {
      method: 'POST',
    });
    expect(flushed.status).toBe(200);
    expect(((await flushed.json()) as { flushed: number }).flushed).toBeGreaterThan(0);
    expect((await call('/orders/o-3')).trace).toContain('cache:miss');
  });
});
