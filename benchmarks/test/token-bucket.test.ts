import { describe, expect, it } from 'vitest';
import type { PlanPhase } from '../src/scenarios/plan.js';
import { acceptedFromArrivals, predictTokenBucket } from '../src/scenarios/token-bucket.js';

const steady = (rate: number, durationSec: number): PlanPhase => ({
  name: 'steady',
  kind: 'arrival',
  startSec: 0,
  stages: [{ durationSec, fromRate: rate, toRate: rate }],
});

describe('token-bucket prediction', () => {
  it('lets burst + rate * T through a step above the limit, first 429 after burst / (R - r)', () => {
    const p = predictTokenBucket([steady(100, 10)], { rateLimit: 40, burstLimit: 30 });
    expect(p.offered).toBeCloseTo(1000, 0);
    expect(p.accepted).toBeCloseTo(30 + 40 * 10, 0);
    expect(p.firstThrottleSec).toBeCloseTo(30 / (100 - 40), 1);
  });

  it('throttles nothing below the limit', () => {
    const p = predictTokenBucket([steady(30, 10)], { rateLimit: 40, burstLimit: 10 });
    expect(p.accepted).toBeCloseTo(p.offered, 6);
    expect(p.firstThrottleSec).toBeNull();
  });

  it('replays a bucket over observed arrival times', () => {
    const arrivals = Array.from({ length: 200 }, (_, i) => 1_000_000 + i * 10); // 100/s for 2 s
    expect(acceptedFromArrivals(arrivals, { rateLimit: 40, burstLimit: 10 })).toBeGreaterThanOrEqual(88);
    expect(acceptedFromArrivals(arrivals, { rateLimit: 40, burstLimit: 10 })).toBeLessThanOrEqual(91);
    expect(acceptedFromArrivals(arrivals, { rateLimit: 1000, burstLimit: 10 })).toBe(200);
  });
});
