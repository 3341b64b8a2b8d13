import { Value } from 'typebox/value';
import { describe, expect, it } from 'vitest';
import type { Measurement, Sample } from '../src/result-format/measurement.js';
import { normalize } from '../src/result-format/normalize.js';
import { artilleryLatency } from '../src/result-format/read-artillery.js';
import { ToolResult } from '../src/result-format/schema.js';
import { scenarioById } from '../src/scenarios/catalogue.js';
import { buildPlan } from '../src/scenarios/plan.js';
import { targetPattern } from './support/targets.js';

const pattern = targetPattern({ throttle: { rateLimit: 10, burstLimit: 5 } });
const data = {
  catalog: { ids: ['a'], create: [{}], patch: [{}] },
  orders: { ids: ['b'], create: [{}], patch: [{}] },
};

function measurement(samples: Sample[], overrides: Partial<Measurement> = {}): Measurement {
  const byStatus: Record<string, number> = {};
  for (const s of samples) byStatus[String(s.status)] = (byStatus[String(s.status)] ?? 0) + 1;
  return {
    tool: 'k6',
    toolVersion: 'v1.8.1',
    toolExitCode: 0,
    startedAt: '2026-11-21T08:00:00.000Z',
    total: samples.length,
    byStatus,
    errors: 0,
    droppedIterations: 0,
    latencyMs: { min: 1, mean: 3, p50: 2, p90: 4, p95: 5, p99: 8, max: 12 },
    cold: { count: 1, latencyMs: { count: 1, p50: 40, p95: 40, max: 40 }, warmLatencyMs: null, initMs: null },
    samples,
    rawFiles: [],
    ...overrides,
  };
}

describe('normalize', () => {
  const t0 = Date.parse('2026-11-21T08:00:00Z');
  const samples: Sample[] = [
    ...Array.from({ length: 8 }, (_, i) => ({ t: t0 + i * 100, status: 200, ms: 2 + i })),
    { t: t0 + 1500, status: 429, ms: 0.5 },
    { t: t0 + 1600, status: 429, ms: 0.5 },
  ];

  it('counts accepted and throttled requests, the 429 share and the time to the first 429', () => {
    const plan = buildPlan(scenarioById('throttle'), pattern, 'local-twin', { variant: 'short', data });
    const result = normalize(plan, measurement(samples));
    expect(Value.Check(ToolResult, result)).toBe(true);
    expect(result.requests).toMatchObject({ total: 10, accepted: 8, throttled: 2, unexpected: 0 });
    expect(result.share429).toBe(0.2);
    expect(result.firstThrottleSec).toBe(1.5);
    expect(result.requestWindow).toEqual({
      first: '2026-11-21T08:00:00.000Z',
      last: '2026-11-21T08:00:01.600Z',
    });
    expect(result.label).toBe('local twin');
    expect(result.throttle?.measuredAccepted).toBe(8);
    expect(result.timeline[0]).toMatchObject({ t: 0, sent: 8, accepted: 8, throttled: 0 });
    expect(result.timeline[1]).toMatchObject({ t: 1, sent: 2, throttled: 2 });
    expect(result.consistency.every((c) => c.pass)).toBe(true);
  });

  it('counts a 429 in the latency scenario as unexpected and fails its thresholds', () => {
    const plan = buildPlan(scenarioById('latency'), pattern, 'aws:eu-west-1', { variant: 'short', data });
    const result = normalize(plan, measurement(samples));
    expect(result.label).toBe('AWS eu-west-1');
    expect(result.requests.unexpected).toBe(2);
    expect(result.thresholds.filter((t) => !t.pass).map((t) => t.name)).toEqual([
      'unexpected responses < 1%',
      '429 share < 0.1%',
    ]);
  });

  it('flags output that does not add up: percentiles out of order, counts that miss requests', () => {
    const plan = buildPlan(scenarioById('latency'), pattern, 'local-twin', { variant: 'short', data });
    const result = normalize(
      plan,
      measurement(samples, {
        total: 12,
        latencyMs: { min: 1, mean: 3, p50: 6, p90: 4, p95: 5, p99: 8, max: 12 },
      }),
    );
    const failed = result.consistency.filter((c) => !c.pass).map((c) => c.name);
    expect(failed).toContain('latency percentiles are monotone');
    expect(failed).toContain('status counts and errors add up to the requests sent');
    expect(failed).toContain('per-request log agrees with the tool summary');
  });
});

describe('artillery latency summary', () => {
  it('clamps sketch percentiles into [min, max] so a p99 estimate cannot exceed the exact maximum', () => {
    // Figures from a real artillery 2.0.21 summary (DDSketch percentiles, exact min/max).
    const latency = artilleryLatency({
      min: 3,
      mean: 158.1,
      p50: 7,
      p90: 727.9,
      p95: 907,
      p99: 982.6,
      max: 980,
    });
    expect(latency).toEqual({ min: 3, mean: 158.1, p50: 7, p90: 727.9, p95: 907, p99: 980, max: 980 });
  });

  it('leaves percentiles inside the range untouched', () => {
    const latency = artilleryLatency({ min: 3, mean: 5.1, p50: 5, p90: 7, p95: 8.9, p99: 9.5, max: 10 });
    expect(latency.p99).toBe(9.5);
    expect(latency.p50).toBe(5);
  });
});

describe('cache hits in the normalized record', () => {
  const t0 = Date.parse('2026-11-21T08:00:00Z');
  const samples: Sample[] = Array.from({ length: 10 }, (_, i) => ({ t: t0 + i * 100, status: 200, ms: 2 }));
  const cache = {
    hits: 7,
    misses: 3,
    hitLatencyMs: { count: 7, p50: 1.1, p95: 1.5, max: 2 },
    missLatencyMs: { count: 3, p50: 9, p95: 12, max: 12 },
  };
  const plan = (world: 'local-twin' | 'aws:eu-west-1') =>
    buildPlan(scenarioById('cached-read'), pattern, world, { variant: 'short', data });

  it('on the twin: hits and misses from the trace, the hit ratio, hit and miss latency; schema-valid', () => {
    const record = normalize(plan('local-twin'), measurement(samples, { cache }));
    expect(record.cache).toEqual({ source: 'x-pik-trace', hitRatio: 0.7, ...cache });
    expect(Value.Check(ToolResult, record)).toBe(true);
    expect(record.consistency.every((c) => c.pass)).toBe(true);
  });

  it('flags more hits and misses than accepted responses', () => {
    const record = normalize(plan('local-twin'), measurement(samples, { cache: { ...cache, hits: 20 } }));
    expect(record.consistency.find((c) => c.name.startsWith('cache hits'))?.pass).toBe(false);
  });

  it('on AWS: no counts (no hit header), the CacheHitCount metric named as their source', () => {
    const record = normalize(plan('aws:eu-west-1'), measurement(samples));
    expect(record.cache).toMatchObject({ source: 'cloudwatch-cache-hit-count', hits: null, hitRatio: null });
    expect(Value.Check(ToolResult, record)).toBe(true);
  });

  it('leaves the block out of other scenarios that saw no cache', () => {
    const latency = buildPlan(scenarioById('latency'), pattern, 'local-twin', { variant: 'short', data });
    expect(normalize(latency, measurement(samples)).cache).toBeUndefined();
  });

  it('reads only the hot items of each service, so the cache sees repeats', () => {
    const many = { catalog: { ids: ['a', 'b', 'c', 'd', 'e'], create: [{}], patch: [{}] } };
    const p = buildPlan(scenarioById('cached-read'), pattern, 'local-twin', { variant: 'short', data: many });
    expect(p.data.catalog?.ids).toEqual(['a', 'b', 'c']);
    expect(p.responseHeaders.trace).toBe('x-pik-trace');
    expect(p.cacheTrace).toEqual({ hit: 'cache:hit', miss: 'cache:miss' });
  });
});
