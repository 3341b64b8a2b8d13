import type { Throttle } from '@pik/contracts';
import type { PlanPhase } from './plan.js';

/**
 * What an ideal token bucket (size `burstLimit`, refilled at `rateLimit` per second, full at the start)
 * lets through when the offered load follows a plan's arrival shape. API Gateway throttles this way; the
 * prediction is the yardstick for the measured accepted rate (for a step above the limit: burst + rate * T).
 */
export interface BucketPrediction {
  readonly offered: number;
  readonly accepted: number;
  /** Seconds after the start when the bucket first runs dry, or null when it never does. */
  readonly firstThrottleSec: number | null;
}

/** Offered request rate (per second) of the arrival phases at time t; bursts are ignored. */
export function offeredRateAt(phases: readonly PlanPhase[], t: number, requestsPerIteration = 1): number {
  let rate = 0;
  for (const phase of phases) {
    if (phase.kind !== 'arrival') continue;
    let start = phase.startSec;
    for (const stage of phase.stages) {
      const end = start + stage.durationSec;
      if (t >= start && t < end) {
        const f = (t - start) / stage.durationSec;
        rate += (stage.fromRate + (stage.toRate - stage.fromRate) * f) * requestsPerIteration;
      }
      start = end;
    }
  }
  return rate;
}

export function predictTokenBucket(
  phases: readonly PlanPhase[],
  throttle: Throttle,
  requestsPerIteration = 1,
  stepSec = 0.001,
): BucketPrediction {
  const end = Math.max(
    0,
    ...phases.map((p) =>
      p.kind === 'arrival' ? p.startSec + p.stages.reduce((s, st) => s + st.durationSec, 0) : 0,
    ),
  );
  let tokens = throttle.burstLimit;
  let offered = 0;
  let accepted = 0;
  let firstThrottleSec: number | null = null;
  for (let t = 0; t < end; t += stepSec) {
    tokens = Math.min(throttle.burstLimit, tokens + throttle.rateLimit * stepSec);
    const demand = offeredRateAt(phases, t, requestsPerIteration) * stepSec;
    offered += demand;
    const served = Math.min(demand, tokens);
    if (served < demand - 1e-9 && firstThrottleSec === null) firstThrottleSec = t;
    tokens -= served;
    accepted += served;
  }
  return { offered, accepted, firstThrottleSec };
}

/**
 * What an ideal bucket would have accepted of requests arriving at the given times (epoch ms, any order):
 * the yardstick that does not depend on the load tool keeping to its schedule.
 */
export function acceptedFromArrivals(arrivalsMs: readonly number[], throttle: Throttle): number {
  const sorted = [...arrivalsMs].sort((a, b) => a - b);
  let tokens = throttle.burstLimit;
  let last = sorted[0] ?? 0;
  let accepted = 0;
  for (const t of sorted) {
    tokens = Math.min(throttle.burstLimit, tokens + ((t - last) / 1000) * throttle.rateLimit);
    last = t;
    if (tokens >= 1) {
      tokens -= 1;
      accepted += 1;
    }
  }
  return accepted;
}
