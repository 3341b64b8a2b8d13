import { describe, expect, it } from 'vitest';
import { selectScenarios } from '../src/cli/bench.js';
import { behindEdgeRefusal } from '../src/edge-cache/edge-refusal.js';
import { SCENARIOS, scenarioById } from '../src/scenarios/catalogue.js';
import { buildPlan, parseDurationSec } from '../src/scenarios/plan.js';
import { artilleryConfig } from '../src/tools/artillery-config.js';
import { k6Options } from '../src/tools/k6-options.js';
import { writeBurstRefusal } from '../src/write-burst/write-burst-scenario.js';
import { targetPattern } from './support/targets.js';

const data = {
  catalog: { ids: ['a'], create: [{ sku: 'x' }], patch: [{ priceCents: 1 }] },
  orders: { ids: ['b'], create: [{ lines: [] }], patch: [{ status: 'confirmed' }] },
};

describe('scenario catalogue', () => {
  it('has every scenario, each HTTP one with a short variant no longer than 30 s', () => {
    expect(SCENARIOS.map((s) => s.id)).toEqual([
      'latency',
      'throttle',
      'cold-start',
      'crud-mix',
      'cached-read',
      'failover',
      'stream',
      'write-burst',
      'ws-connect',
      'ws-echo',
      'ws-fanout',
      'soak',
    ]);
    for (const scenario of SCENARIOS.filter((s) => !s.webSocket)) {
      const plan = buildPlan(scenario, targetPattern(), 'local-twin', { variant: 'short', data });
      expect(plan.durationSec, scenario.id).toBeLessThanOrEqual(30);
      expect(plan.thresholds.length, scenario.id).toBeGreaterThan(0);
    }
    expect(scenarioById('soak').long).toBe(true);
  });

  it('expects 202 for writes on a pattern that buffers them (edge-buffered-writes), and only there', () => {
    const latency = scenarioById('latency');
    const buffered = buildPlan(latency, targetPattern({ id: 'edge-buffered-writes' }), 'local-twin', {
      variant: 'short',
      data,
    });
    expect(buffered.expectedStatuses).toEqual([...latency.expectedStatuses, 202]);
    const plain = buildPlan(latency, targetPattern(), 'local-twin', { variant: 'short', data });
    expect(plain.expectedStatuses).toEqual(latency.expectedStatuses);
    const reads = buildPlan(
      scenarioById('cold-start'),
      targetPattern({ id: 'edge-buffered-writes' }),
      'local-twin',
      { variant: 'short', data },
    );
    expect(reads.expectedStatuses).not.toContain(202);
  });

  it('plans write-burst with its drain per variant, on patterns that buffer writes only, when asked for', () => {
    const burst = scenarioById('write-burst');
    const edge = targetPattern({ id: 'edge-buffered-writes', writeBuffer: { bucketName: 'copy' } });
    const short = buildPlan(burst, edge, 'local-twin', { variant: 'short', data });
    expect(short.writeBurst).toEqual({ drainSec: 30, goalRatio: 5 });
    expect(short.expectedStatuses).toEqual([202]);
    expect(short.mix.map((m) => m.op)).toEqual(['create', 'create']);
    expect(buildPlan(burst, edge, 'local-twin', { variant: 'full', data }).writeBurst?.drainSec).toBe(300);
    expect(writeBurstRefusal(burst, edge)).toBeUndefined();
    expect(writeBurstRefusal(burst, targetPattern())).toMatch(/applies writes at once/);
    expect(writeBurstRefusal(burst, targetPattern({ id: 'edge-buffered-writes' }))).toMatch(/writeBuffer/);
    expect(writeBurstRefusal(scenarioById('latency'), targetPattern())).toBeUndefined();
    expect(selectScenarios(undefined).map((s) => s.id)).not.toContain('write-burst');
  });

  it('skips the one-route throttle scenario behind CloudFront, whose cache answers the repeated reads', () => {
    const edge = targetPattern({ id: 'edge-buffered-writes', originUrl: 'http://127.0.0.1:9/v1' });
    expect(behindEdgeRefusal(scenarioById('throttle'), edge)).toMatch(
      /stage throttle behind it is not reached/,
    );
    expect(behindEdgeRefusal(scenarioById('latency'), edge)).toBeUndefined();
    expect(behindEdgeRefusal(scenarioById('throttle'), targetPattern())).toBeUndefined();
  });

  it('ramps the throttle scenario from half to three times the stage limit of the targets file', () => {
    const plan = buildPlan(
      scenarioById('throttle'),
      targetPattern({ throttle: { rateLimit: 40, burstLimit: 20 } }),
      'local-twin',
      {
        variant: 'full',
      },
    );
    const rates = plan.phases.flatMap((p) =>
      p.kind === 'arrival' ? p.stages.flatMap((s) => [s.fromRate, s.toRate]) : [],
    );
    expect(Math.min(...rates)).toBe(20);
    expect(Math.max(...rates)).toBe(120);
  });

  it('sends the throttle scenario to one route, since stage throttles apply per route or method', () => {
    const plan = buildPlan(scenarioById('throttle'), targetPattern(), 'local-twin', {
      variant: 'short',
      data,
    });
    expect(plan.mix.map((m) => m.name)).toEqual(['catalog get']);
  });

  it('spreads the mix over every service of the pattern and trims the stage path slash', () => {
    const plan = buildPlan(scenarioById('crud-mix'), targetPattern(), 'aws:eu-west-1', {
      variant: 'short',
      data,
    });
    expect(plan.baseUrl).toBe('http://127.0.0.1:9/prod');
    expect(new Set(plan.mix.map((m) => m.service))).toEqual(new Set(['catalog', 'orders']));
    expect(plan.mix.find((m) => m.name === 'orders update')?.path).toBe('/orders');
  });

  it('leaves out operations that need seeded data the target does not have', () => {
    const plan = buildPlan(scenarioById('latency'), targetPattern(), 'local-twin', {
      variant: 'short',
      data: {
        catalog: { ids: [], create: [{ sku: 'x' }], patch: [] },
        orders: { ids: ['b'], create: [], patch: [] },
      },
    });
    expect(plan.mix.map((m) => m.name).sort()).toEqual([
      'catalog create',
      'catalog list',
      'orders get',
      'orders list',
    ]);
  });

  it('stretches a scenario to --duration', () => {
    const plan = buildPlan(scenarioById('latency'), targetPattern(), 'local-twin', {
      variant: 'short',
      durationSec: 30,
    });
    expect(plan.durationSec).toBe(30);
    expect(parseDurationSec('2m')).toBe(120);
    expect(parseDurationSec('45')).toBe(45);
    expect(() => parseDurationSec('soon')).toThrow(/--duration/);
  });
});

describe('the same experiment for both tools', () => {
  const pattern = targetPattern({ throttle: { rateLimit: 40, burstLimit: 20 } });

  it('gives k6 open-model executors with the catalogue shape', () => {
    const plan = buildPlan(scenarioById('throttle'), pattern, 'local-twin', { variant: 'short', data });
    const options = k6Options(plan) as {
      scenarios: Record<string, Record<string, unknown>>;
      thresholds: Record<string, string[]>;
    };
    const ramp = options.scenarios.ramp;
    expect(ramp?.executor).toBe('ramping-arrival-rate');
    expect(ramp?.startRate).toBe(20);
    expect(ramp?.stages).toEqual([
      { target: 20, duration: '2s' },
      { target: 120, duration: '5s' },
      { target: 120, duration: '3s' },
    ]);
    expect(options.thresholds.pik_throttled).toEqual(['rate>0.05']);
    expect(options.thresholds.pik_unexpected).toEqual(['rate<0.01']);
  });

  it('gives artillery the same phases, one scenario per mix entry, and ensure rules mirroring k6 thresholds', () => {
    const plan = buildPlan(scenarioById('throttle'), pattern, 'local-twin', {
      variant: 'short',
      data,
      headers: { 'x-api-key': 'k' },
    });
    const script = artilleryConfig(plan, '/p.cjs') as {
      config: {
        phases: Record<string, unknown>[];
        plugins: { ensure: { conditions: { expression: string }[] } };
      };
      scenarios: {
        name: string;
        weight: number;
        flow: Record<string, { headers?: Record<string, string> }>[];
      }[];
    };
    expect(script.config.phases).toEqual([
      { name: 'ramp', duration: 2, arrivalRate: 20, maxVusers: plan.vus.max },
      { name: 'ramp', duration: 5, arrivalRate: 20, rampTo: 120, maxVusers: plan.vus.max },
      { name: 'ramp', duration: 3, arrivalRate: 120, maxVusers: plan.vus.max },
    ]);
    expect(script.config.plugins.ensure.conditions.map((c) => c.expression)).toEqual([
      'pik.unexpected / (pik.expected + pik.unexpected) < 0.01',
      'pik.throttled / (pik.expected + pik.unexpected) > 0.05',
    ]);
    expect(script.scenarios.map((s) => s.name).sort()).toEqual(plan.mix.map((m) => m.name).sort());
    const getStep = script.scenarios
      .find((s) => s.name === 'catalog get')
      ?.flow.find((step) => 'get' in step);
    expect(getStep?.get?.headers).toEqual({ 'x-api-key': 'k' });
  });

  it('puts a pause between the cold burst and the warm phase, as k6 starts the warm scenario later', () => {
    const plan = buildPlan(scenarioById('cold-start'), pattern, 'local-twin', { variant: 'short', data });
    const phases = (artilleryConfig(plan, '/p.cjs') as { config: { phases: Record<string, unknown>[] } })
      .config.phases;
    expect(phases.map((p) => p.name)).toEqual(['cold-burst', 'pause', 'warm']);
    const k6 = k6Options(plan) as { scenarios: Record<string, { startTime: string }> };
    expect(k6.scenarios.warm?.startTime).toBe('4s');
  });
});
