import { Agent, request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { createAlb } from '../../src/dataplane/lb/alb.js';
import { createNlb } from '../../src/dataplane/lb/nlb.js';
import type { HealthCheckConfig } from '../../src/dataplane/lb/types.js';
import { type Backend, sleep, startBackend } from './helpers.js';

/**
 * Failover: two targets under write load, one killed; the load balancer must stop routing to it within the
 * health-check window (unhealthy threshold x interval + probe timeout), and every write it acknowledged
 * must have reached a live target.
 */
const INTERVAL = 100;
const check = (protocol: 'HTTP' | 'TCP'): HealthCheckConfig => ({
  protocol,
  path: '/healthz',
  intervalMs: INTERVAL,
  timeoutMs: INTERVAL,
  healthyThresholdCount: 2,
  unhealthyThresholdCount: 2,
});
const WINDOW_MS = 2 * INTERVAL + INTERVAL;
/** Scheduling slack on a shared 2-core machine. */
const SLACK_MS = 250;

interface Outcome {
  readonly at: number;
  readonly ok: boolean;
  readonly servedBy?: string;
  readonly id: string;
}

function post(port: number, id: string, agent: Agent | false): Promise<Outcome> {
  return new Promise((resolve) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/orders',
        agent,
        headers: { 'content-type': 'text/plain' },
      },
      (res) => {
        res.resume();
        res.on('end', () =>
          resolve({
            at: performance.now(),
            ok: res.statusCode === 200,
            servedBy: res.headers['x-served-by'] as string,
            id,
          }),
        );
      },
    );
    req.on('error', () => resolve({ at: performance.now(), ok: false, id }));
    req.end(id);
  });
}

async function writeLoad(
  port: number,
  agent: Agent | false,
  killAfterMs: number,
  kill: () => Promise<void>,
  totalMs: number,
) {
  const outcomes: Outcome[] = [];
  const started = performance.now();
  let seq = 0;
  let killedAt = Number.POSITIVE_INFINITY;
  const loop = async () => {
    while (performance.now() - started < totalMs) {
      outcomes.push(await post(port, `order-${seq++}`, agent));
      await sleep(2);
    }
  };
  const killer = (async () => {
    await sleep(killAfterMs);
    killedAt = performance.now();
    await kill();
  })();
  await Promise.all([loop(), loop(), loop(), loop(), killer]);
  return { outcomes, killedAt };
}

function assertFailover(
  outcomes: readonly Outcome[],
  killedAt: number,
  survivor: Backend,
  victim: Backend,
  victimName: string,
) {
  const failures = outcomes.filter((o) => !o.ok);
  const lastVictimServe = Math.max(0, ...outcomes.filter((o) => o.servedBy === victimName).map((o) => o.at));
  const lastFailure = Math.max(killedAt, ...failures.map((o) => o.at));
  console.info(
    `${victimName} killed: ${failures.length} failed of ${outcomes.length}, last failure ${(lastFailure - killedAt).toFixed(0)} ms after the kill (window ${WINDOW_MS} ms)`,
  );
  // Routing to the dead target stopped within the health-check window.
  expect(lastFailure - killedAt).toBeLessThan(WINDOW_MS + SLACK_MS);
  expect(lastVictimServe).toBeLessThanOrEqual(killedAt + SLACK_MS);
  // Traffic went on after the window, all of it answered by the survivor.
  const late = outcomes.filter((o) => o.at > killedAt + WINDOW_MS + SLACK_MS);
  expect(late.length).toBeGreaterThan(20);
  expect(late.every((o) => o.ok && o.servedBy === 'survivor')).toBe(true);
  // Both targets had traffic before the kill.
  expect(outcomes.some((o) => o.servedBy === victimName && o.at < killedAt)).toBe(true);
  // No acknowledged write is lost.
  for (const o of outcomes.filter((x) => x.ok)) {
    expect(survivor.bodies.has(o.id) || victim.bodies.has(o.id)).toBe(true);
  }
}

describe('failover under write load', () => {
  it('ALB: a killed target stops receiving requests within the health-check window', async () => {
    const survivor = await startBackend('survivor', { healthPath: '/healthz' });
    const victim = await startBackend('victim', { healthPath: '/healthz' });
    const alb = await createAlb({
      name: 'failover',
      listeners: [{ defaultAction: { type: 'forward', targetGroups: [{ name: 'g' }] } }],
      targetGroups: [
        {
          name: 'g',
          targetType: 'ip',
          targets: [
            { host: '127.0.0.1', port: survivor.port },
            { host: '127.0.0.1', port: victim.port },
          ],
          healthCheck: check('HTTP'),
        },
      ],
    });
    const agent = new Agent({ keepAlive: true, maxSockets: 8 });
    try {
      await alb.ready();
      const port = alb.listeners[0]?.port as number;
      const { outcomes, killedAt } = await writeLoad(port, agent, 400, () => victim.close(), 1400);
      assertFailover(outcomes, killedAt, survivor, victim, 'victim');
      expect(alb.health('g').map((h) => h.state)).toEqual(['healthy', 'unhealthy']);
    } finally {
      agent.destroy();
      await alb.close();
      await survivor.close();
    }
  });

  it('NLB: new connections stop going to a killed target within the health-check window', async () => {
    const survivor = await startBackend('survivor');
    const victim = await startBackend('victim');
    const nlb = await createNlb({
      name: 'failover',
      listeners: [
        {
          targetGroup: {
            name: 'g',
            targetType: 'ip',
            targets: [
              { host: '127.0.0.1', port: survivor.port },
              { host: '127.0.0.1', port: victim.port },
            ],
            healthCheck: check('TCP'),
          },
        },
      ],
    });
    try {
      await nlb.ready();
      const port = nlb.listeners[0]?.port as number;
      // A fresh connection per request: an NLB balances connections, not requests.
      const { outcomes, killedAt } = await writeLoad(port, false, 400, () => victim.close(), 1400);
      assertFailover(outcomes, killedAt, survivor, victim, 'victim');
    } finally {
      await nlb.close();
      await survivor.close();
    }
  });
});
