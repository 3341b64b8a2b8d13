import { describe, expect, it } from 'vitest';
import { scenarioById } from '../src/scenarios/catalogue.js';
import { buildPlan, stageLimitRefusal } from '../src/scenarios/plan.js';
import { parseTargets } from '../src/targets/load-targets.js';
import { targetPattern } from './support/targets.js';

/** A user's own stack: named by its stack name, its template sets no stage throttle. */
const { throttle: _none, ...withoutThrottle } = targetPattern({ id: 'GreetingStack' });

describe('targets without a stage throttle', () => {
  it('refuses a scenario offered as a multiple of the stage limit, naming the target and the scenario', () => {
    const throttle = scenarioById('throttle');
    const message = stageLimitRefusal(throttle, withoutThrottle);
    expect(message).toBe(
      'GreetingStack · throttle: refused, the scenario offers a multiple of the stage throttle and GreetingStack sets none (give its stage a throttle, or choose another scenario)',
    );
    expect(() => buildPlan(throttle, withoutThrottle, 'local-twin', { variant: 'short' })).toThrow(message);
  });

  it('runs a scenario that only stays below the limit at its own rate, and records no throttle', () => {
    const latency = scenarioById('latency');
    expect(stageLimitRefusal(latency, withoutThrottle)).toBeUndefined();
    const plan = buildPlan(latency, withoutThrottle, 'local-twin', { variant: 'short' });
    const limited = buildPlan(
      latency,
      targetPattern({ throttle: { rateLimit: 10, burstLimit: 5 } }),
      'local-twin',
      {
        variant: 'short',
      },
    );
    const rate = (p: typeof plan) =>
      p.phases[0]?.kind === 'arrival' ? p.phases[0].stages[0]?.toRate : undefined;
    expect(rate(plan)).toBe(20);
    expect(rate(limited)).toBe(3);
    expect(plan.throttle).toBeUndefined();
  });

  it("reads an older twin file's {0, 0} throttle as no throttle, and keeps real ones", () => {
    const file = {
      schemaVersion: 1,
      world: 'local-twin',
      createdAt: '2026-11-21T00:00:00.000Z',
      patterns: [
        { ...withoutThrottle, throttle: { rateLimit: 0, burstLimit: 0 } },
        targetPattern({ id: 'http-lambda-baseline', throttle: { rateLimit: 40, burstLimit: 20 } }),
      ],
    };
    const parsed = parseTargets(file);
    expect(parsed.patterns[0]?.throttle).toBeUndefined();
    expect(parsed.patterns[1]?.throttle).toEqual({ rateLimit: 40, burstLimit: 20 });
    expect(stageLimitRefusal(scenarioById('throttle'), parsed.patterns[0] ?? withoutThrottle)).toContain(
      'refused',
    );
  });
});
