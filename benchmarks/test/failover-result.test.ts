import { describe, expect, it } from 'vitest';
import { readBackWrites } from '../src/failover/acknowledged.js';
import { failoverChecks, failoverResult } from '../src/failover/failover-result.js';
import { failoverMarkdown } from '../src/report/failover-section.js';
import { SCENARIOS, scenarioById } from '../src/scenarios/catalogue.js';
import { buildPlan, type PlanFailover } from '../src/scenarios/plan.js';
import { artilleryConfig } from '../src/tools/artillery-config.js';
import { startFakeService } from './support/fake-service.js';
import { targetPattern } from './support/targets.js';

const KILL = 1_000_000;
const plan = {
  expectedStatuses: [200, 201],
  failover: {
    service: 'catalog',
    compute: 'fargate',
    atSec: 2,
    restoreAfterSec: 2,
    startMarker: 'x',
  } satisfies PlanFailover,
};
const events = { killedAt: KILL, target: 'catalog: replica 1 of 2 killed', targetsBefore: 2 };
/** One response every 100 ms from 2 s before the kill to `untilMs` after it, `status` chosen per time. */
function samples(untilMs: number, status: (sinceKillMs: number) => number) {
  const out = [];
  for (let t = -2000; t <= untilMs; t += 100) out.push({ t: KILL + t, status: status(t), ms: 3 });
  return out;
}

describe('failover result', () => {
  it('counts errors by status from the kill: window, time back to zero, errors per second', () => {
    const result = failoverResult(
      plan,
      samples(5000, (t) => (t === 300 ? 0 : t >= 0 && t < 1200 && t % 200 === 0 ? 502 : 200)),
      events,
    );
    expect(result.killedAtSec).toBe(2);
    expect(result.errorsByStatus).toEqual({ '502': 6, 'no-response': 1 });
    expect(result.errorWindow).toEqual({ firstSec: 0, lastSec: 1 });
    expect(result.recoverySec).toBe(1);
    expect(result.errorsOverTime.find((p) => p.t === -1)).toEqual({ t: -1, sent: 10, errors: 0 });
    expect(result.errorsOverTime.find((p) => p.t === 0)?.errors).toBe(6);
    expect(failoverChecks(result).every((c) => c.pass)).toBe(true);
  });

  it('is not recovered when errors go on into the last second of the run', () => {
    const result = failoverResult(
      plan,
      samples(3000, (t) => (t >= 0 ? 500 : 200)),
      events,
    );
    expect(result.recoverySec).toBeNull();
    expect(failoverChecks(result)[0]).toMatchObject({ pass: false });
  });

  it('a kill without errors recovers at once; a lost write fails its check and is named', () => {
    const result = failoverResult(
      plan,
      samples(3000, () => 200),
      events,
    );
    expect(result.recoverySec).toBe(0);
    expect(result.errorWindow).toBeNull();
    result.writes = { acknowledged: 3, readBack: 2, lost: 1, lostIds: ['catalog/abc (404)'] };
    const written = failoverChecks(result).find((c) => c.name === 'no acknowledged write lost');
    expect(written).toMatchObject({ pass: false, detail: '2 of 3 read back; lost catalog/abc (404)' });
  });
});

describe('failover scenario plan', () => {
  const data = {
    catalog: { ids: ['a'], create: [{ sku: 'x' }], patch: [] },
    orders: { ids: ['b'], create: [{ lines: [] }], patch: [] },
  };

  it('kills a target of the first service, timed from the first request, stretched with the shape', () => {
    const scenario = scenarioById('failover');
    const short = buildPlan(scenario, targetPattern(), 'local-twin', { variant: 'short', data });
    expect(short.failover).toMatchObject({ service: 'catalog', atSec: 2, restoreAfterSec: 2 });
    expect(short.mix.map((m) => m.name)).toEqual([
      'catalog get',
      'orders get',
      'catalog create',
      'orders create',
    ]);
    const stretched = buildPlan(scenario, targetPattern(), 'local-twin', {
      variant: 'short',
      data,
      durationSec: 12,
    });
    expect(stretched.failover?.atSec).toBe(4);
    // Other scenarios carry no kill; artillery logs requests without a response only in failover plans.
    const latency = buildPlan(scenarioById('latency'), targetPattern(), 'local-twin', {
      variant: 'short',
      data,
    });
    expect(latency.failover).toBeUndefined();
    const scenarios = (p: typeof short) =>
      (artilleryConfig(p, './p.cjs').scenarios as { onError?: string }[]).map((s) => s.onError);
    expect(new Set(scenarios(short))).toEqual(new Set(['pikError']));
    expect(new Set(scenarios(latency))).toEqual(new Set([undefined]));
    expect(SCENARIOS.filter((s) => s.failover).map((s) => s.id)).toEqual(['failover']);
  });

  it('the Markdown summary lists each failover record, other records add no section', () => {
    const record = {
      pattern: 'rest-vpclink-shared-nlb',
      tool: 'k6',
      failover: {
        ...failoverResult(
          plan,
          samples(3000, (t) => (t >= 0 && t < 500 ? 500 : 200)),
          events,
        ),
        writes: null,
      },
    };
    const results = { results: [record, { pattern: 'x', tool: 'k6' }] };
    const lines = failoverMarkdown([{ name: 'run', results: results as never }]);
    expect(lines).toContain('## Failover: one target killed under steady load');
    expect(lines.at(-1)).toBe(
      '| rest-vpclink-shared-nlb · k6 | catalog: replica 1 of 2 killed | 2 s | 500 x5 | 0 .. 0.4 s | 0.4 s | - |',
    );
  });
});

describe('reading acknowledged writes back', () => {
  it('finds every stored id through the stage throttle (429s are waited out) and names the ones missing', async () => {
    // A bucket of 2 at 40/s: reading six ids back to back meets 429s.
    const service = await startFakeService({ rateLimit: 40, burstLimit: 2 });
    try {
      const pattern = service.targets(['rest-vpclinkv2-alb']).patterns[0] as ReturnType<typeof targetPattern>;
      const listed = (await (await fetch(`${service.url}/orders?limit=5`)).json()) as {
        items: { id: string }[];
      };
      const stored = listed.items.map((item) => ({ service: 'orders', id: item.id }));
      const writes = await readBackWrites(pattern, {}, [
        ...stored,
        { service: 'orders', id: 'never-stored' },
      ]);
      expect(service.counts.throttled).toBeGreaterThan(0);
      expect(writes).toEqual({
        acknowledged: 6,
        readBack: 5,
        lost: 1,
        lostIds: ['orders/never-stored (404)'],
      });
    } finally {
      await service.close();
    }
  });
});
