/**
 * A forced reset (the control surface's cold-start action) must make the next client request a reported
 * cold start on the NLB > ALB > Lambda path, where the NLB's health checks of the ALB are forwarded to the
 * function every interval and would otherwise start a warm environment before the client arrives.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAlb } from '../../src/dataplane/lb/alb.js';
import type { RunningAlb, RunningNlb } from '../../src/dataplane/lb/types.js';
import { LambdaRuntime } from '../../src/runtime/lambda-runtime.js';
import { createNlbToAlb, send, sleep } from '../dataplane/helpers.js';
import { fixtureTopology, isAlive } from '../fixtures.js';

const base = fixtureTopology('FixtureRestNlbToAlb').functions[0];
if (!base) throw new Error('fixture function missing');
const fn = { ...base, reservedConcurrency: 6 };
const HEALTH_CHECK_INTERVAL_MS = 100;

describe('forced cold start behind an NLB that health-checks an ALB with a Lambda target', () => {
  const runtime = new LambdaRuntime([fn]);
  const pool = runtime.pool(fn.id);
  let alb: RunningAlb;
  let nlb: RunningNlb;
  let port: number;

  beforeAll(async () => {
    alb = await createAlb(
      {
        name: 'orders-alb',
        listeners: [
          { templatePort: 80, defaultAction: { type: 'forward', targetGroups: [{ name: 'orders' }] } },
        ],
        targetGroups: [{ name: 'orders', targetType: 'lambda', targets: [{ functionId: fn.id }] }],
      },
      { invoke: runtime.invoke },
    );
    nlb = await createNlbToAlb(alb, {
      name: 'nlb',
      healthPath: '/healthz',
      intervalMs: HEALTH_CHECK_INTERVAL_MS,
    });
    port = nlb.listeners[0]?.port as number;
    await nlb.ready();
  });
  afterAll(async () => {
    await nlb?.close();
    await alb?.close();
    await runtime.close();
  });

  it('answers the first client request after a reset cold, although health checks invoked the function meanwhile', async () => {
    const warmUp = await send(port, '/orders/a');
    expect(warmUp.status).toBe(200);

    // Requests in flight while the reset runs, and one sent right after it.
    const inFlight = [1, 2, 3].map(() => send(port, '/orders/sleep?ms=400'));
    await sleep(150);
    const servedBefore = pool?.stats().map((s) => s.pid) ?? [];
    expect(servedBefore.length).toBeGreaterThanOrEqual(3);
    await runtime.reset();
    expect(servedBefore.some(isAlive)).toBe(false);
    await Promise.all(inFlight);

    // Several health-check rounds reach the function through the ALB before the client comes back.
    await sleep(HEALTH_CHECK_INTERVAL_MS * 6);
    const probed = pool?.stats() ?? [];
    expect(probed.length).toBeGreaterThan(0);
    expect(probed.every((s) => !servedBefore.includes(s.pid))).toBe(true);

    const first = await send(port, '/orders/b');
    expect(first.status).toBe(200);
    expect(first.headers['x-pik-cold']).toBe('true');
    expect(Number(first.headers['x-pik-init-ms'])).toBeGreaterThan(0);
    expect(probed.map((s) => s.pid)).not.toContain(JSON.parse(first.body).pid);

    const second = await send(port, '/orders/c');
    expect(second.headers['x-pik-cold']).toBe('false');
  });

  it('keeps tracking an environment a client started while the reset waited for the old ones to exit', async () => {
    await send(port, '/orders/a');
    const resetting = runtime.reset();
    // Starts its environment at once, before the killed ones have exited.
    const during = runtime.invoke(fn.id, { httpMethod: 'GET', path: '/orders/during', headers: {} });
    await resetting;
    const result = await during;
    expect(result.extraHeaders?.['x-pik-cold']).toBe('true');
    const pid = JSON.parse((result.payload as { body: string }).body).pid as number;
    expect(pool?.stats().map((s) => s.pid)).toContain(pid);
    await runtime.reset();
    expect(isAlive(pid)).toBe(false);
  });
});
