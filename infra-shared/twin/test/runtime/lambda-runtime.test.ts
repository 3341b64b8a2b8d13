import { afterAll, describe, expect, it } from 'vitest';
import { LambdaInvokeError, LambdaRuntime } from '../../src/runtime/lambda-runtime.js';
import { sleep } from '../dataplane/helpers.js';
import { fixtureTopology, isAlive } from '../fixtures.js';

const topology = fixtureTopology('FixtureRestNlbToAlb');
const base = topology.functions[0];
if (!base) throw new Error('fixture function missing');
// Reserved concurrency 2 in the template; a short idle timeout to see reaping; a slow init to see it measured.
const fn = { ...base, environment: { ...base.environment, FIXTURE_INIT_DELAY_MS: '120' } };
const runtime = new LambdaRuntime([fn], { idleTimeoutMs: 1_500, extraEnv: { EXTRA: 'yes' } });
afterAll(() => runtime.close());

const event = (path: string, query: Record<string, string> = {}) => ({
  httpMethod: 'GET',
  path,
  queryStringParameters: query,
  headers: {},
});
const body = (result: { payload: unknown }) => JSON.parse((result.payload as { body: string }).body);

describe('local Lambda runtime', () => {
  it('cold-starts an environment from the staged bundle with the template environment, then reuses it warm', async () => {
    const first = await runtime.invoke(fn.id, event('/orders/a'));
    expect(first.extraHeaders).toMatchObject({ 'x-pik-cold': 'true' });
    expect(Number(first.extraHeaders?.['x-pik-init-ms'])).toBeGreaterThanOrEqual(120);
    const seen = body(first);
    expect(seen.env).toEqual({ SERVICE_NAME: 'orders', TABLE_NAME: topology.tables[0]?.tableName });
    expect(seen.functionName).toBe(fn.functionName);
    expect(seen.remainingMs).toBeGreaterThan(4_000);
    expect(seen.remainingMs).toBeLessThanOrEqual(5_000);

    const second = await runtime.invoke(fn.functionName, event('/orders/b'));
    expect(second.extraHeaders).toEqual({ 'x-pik-cold': 'false' });
    expect(body(second).pid).toBe(seen.pid);
    expect(body(second).invocations).toBe(2);
  });

  it('runs concurrent invocations in separate environments up to reserved concurrency, then throttles', async () => {
    const slow = () => runtime.invoke(fn.id, event('/sleep', { ms: '600' }));
    const inFlight = [slow(), slow()];
    await sleep(100);
    const throttled = await runtime.invoke(fn.id, event('/orders')).catch((e: unknown) => e);
    expect(throttled).toBeInstanceOf(LambdaInvokeError);
    expect(throttled).toMatchObject({ errorType: 'TooManyRequestsException', statusCode: 429 });
    const results = await Promise.all(inFlight);
    expect(new Set(results.map((r) => body(r).pid)).size).toBe(2);
    expect(runtime.pool(fn.id)?.stats()).toHaveLength(2);
  });

  it('concurrency put to 0 throttles at once; an invocation in flight finishes and its environment is retired', async () => {
    const own = new LambdaRuntime([fn]);
    const pool = own.pool(fn.id);
    try {
      const inFlight = own.invoke(fn.id, event('/sleep', { ms: '500' }));
      await sleep(250);
      pool?.putConcurrency(0);
      expect(pool?.concurrencyLimit).toBe(0);
      await expect(own.invoke(fn.id, event('/orders'))).rejects.toMatchObject({
        errorType: 'TooManyRequestsException',
        statusCode: 429,
      });
      expect(body(await inFlight).path).toBe('/sleep');
      await sleep(100);
      expect(pool?.stats()).toEqual([]);
      pool?.putConcurrency(undefined);
      expect(pool?.concurrencyLimit).toBe(2);
      expect((await own.invoke(fn.id, event('/orders/back'))).extraHeaders).toMatchObject({
        'x-pik-cold': 'true',
      });
    } finally {
      await own.close();
    }
  });

  it('without reserved concurrency, queues invocations at the machine cap instead of throttling them', async () => {
    const { reservedConcurrency: _, ...unreserved } = fn;
    const capped = new LambdaRuntime([unreserved], { unreservedConcurrency: 2 });
    try {
      const slow = () => capped.invoke(fn.id, event('/sleep', { ms: '400' }));
      const inFlight = [slow(), slow()];
      await sleep(100);
      expect(capped.pool(fn.id)?.stats()).toHaveLength(2);
      const started = performance.now();
      const queued = capped.invoke(fn.id, event('/orders'));
      await sleep(20);
      expect(capped.pool(fn.id)?.queued).toBe(1);
      const [result, ...first] = await Promise.all([queued, ...inFlight]);
      // It waited for one of the two environments, which served it warm: no third environment started.
      expect(performance.now() - started).toBeGreaterThan(200);
      expect(result?.functionError).toBeUndefined();
      expect(result?.extraHeaders?.['x-pik-cold']).toBe('false');
      expect(first.map((r) => body(r).pid)).toContain(body(result as { payload: unknown }).pid);
      expect(capped.pool(fn.id)?.stats()).toHaveLength(2);
      expect(capped.pool(fn.id)?.queued).toBe(0);
    } finally {
      await capped.close();
    }
  });

  it('bounds the wait at the machine cap by the function timeout, then throttles', async () => {
    const { reservedConcurrency: _, ...unreserved } = fn;
    // The one environment spends 900 ms in init, so the waiter's 0.5 s runs out while it is still busy.
    const slowInit = { ...unreserved.environment, FIXTURE_INIT_DELAY_MS: '900' };
    const capped = new LambdaRuntime([{ ...unreserved, environment: slowInit, timeoutSeconds: 0.5 }], {
      unreservedConcurrency: 1,
    });
    try {
      const busy = capped.invoke(fn.id, event('/sleep', { ms: '2000' }));
      await sleep(100);
      const waited = await capped.invoke(fn.id, event('/orders')).catch((e: unknown) => e);
      expect(waited).toMatchObject({ errorType: 'TooManyRequestsException', statusCode: 429 });
      expect((waited as Error).message).toMatch(/1 local execution environments stayed busy/);
      await busy;
    } finally {
      await capped.close();
    }
  });

  it('forced reset kills every environment, so the next invocation is cold again', async () => {
    const pids =
      runtime
        .pool(fn.id)
        ?.stats()
        .map((s) => s.pid) ?? [];
    await runtime.reset();
    expect(pids.some(isAlive)).toBe(false);
    const after = await runtime.invoke(fn.id, event('/orders'));
    expect(after.extraHeaders?.['x-pik-cold']).toBe('true');
  });

  it('reports handler errors and crashes as function errors, and replaces a crashed environment', async () => {
    const thrown = await runtime.invoke(fn.id, event('/throw'));
    expect(thrown.functionError).toBe('Unhandled');
    expect(thrown.payload).toMatchObject({ errorMessage: 'fixture failure' });
    const crashed = await runtime.invoke(fn.id, event('/crash'));
    expect(crashed.functionError).toBe('Unhandled');
    expect(crashed.payload).toMatchObject({ errorType: 'Runtime.ExitError' });
    const next = await runtime.invoke(fn.id, event('/orders'));
    expect(next.functionError).toBeUndefined();
  });

  it('times out an invocation after the template timeout and tears its environment down', async () => {
    const short = new LambdaRuntime([{ ...fn, timeoutSeconds: 0.3 }]);
    try {
      const result = await short.invoke(fn.id, event('/sleep', { ms: '2000' }));
      expect(result.functionError).toBe('Unhandled');
      expect(result.payload).toMatchObject({ errorType: 'Sandbox.Timedout' });
      expect(short.pool(fn.id)?.stats()).toHaveLength(0);
    } finally {
      await short.close();
    }
  });

  it('reaps environments idle longer than the idle timeout', async () => {
    await runtime.invoke(fn.id, event('/orders'));
    expect(runtime.pool(fn.id)?.stats().length).toBeGreaterThan(0);
    await sleep(2_000);
    expect(runtime.pool(fn.id)?.stats()).toHaveLength(0);
    const again = await runtime.invoke(fn.id, event('/orders'));
    expect(again.extraHeaders?.['x-pik-cold']).toBe('true');
  });
});
