import { afterAll, describe, expect, it } from 'vitest';
import { LambdaInvokeError, LambdaRuntime } from '../../src/runtime/lambda-runtime.js';
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
    await new Promise((resolve) => setTimeout(resolve, 100));
    const throttled = await runtime.invoke(fn.id, event('/orders')).catch((e: unknown) => e);
    expect(throttled).toBeInstanceOf(LambdaInvokeError);
    expect(throttled).toMatchObject({ errorType: 'TooManyRequestsException', statusCode: 429 });
    const results = await Promise.all(inFlight);
    expect(new Set(results.map((r) => body(r).pid)).size).toBe(2);
    expect(runtime.pool(fn.id)?.stats()).toHaveLength(2);
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
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(runtime.pool(fn.id)?.stats()).toHaveLength(0);
    const again = await runtime.invoke(fn.id, event('/orders'));
    expect(again.extraHeaders?.['x-pik-cold']).toBe('true');
  });
});
