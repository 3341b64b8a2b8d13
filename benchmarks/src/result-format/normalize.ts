import { PIK_HEADERS } from '@pik/contracts';
import { scenarioById, type Threshold } from '../scenarios/catalogue.js';
import { type RunPlan, requestsPerIteration } from '../scenarios/plan.js';
import { acceptedFromArrivals, offeredRateAt, predictTokenBucket } from '../scenarios/token-bucket.js';
import { worldLabel } from '../targets/load-targets.js';
import { distributionOf, type Measurement, round, type Sample } from './measurement.js';
import type { Check, TimelinePoint, ToolResult } from './schema.js';

function timelineOf(samples: readonly Sample[], plan: RunPlan): TimelinePoint[] {
  const first = samples[0];
  if (!first) return [];
  const seconds = Math.max(plan.durationSec, Math.ceil(((samples.at(-1)?.t ?? first.t) - first.t) / 1000));
  const rpi = requestsPerIteration(plan);
  const points: TimelinePoint[] = Array.from({ length: seconds }, (_, t) => ({
    t,
    offered: round(offeredRateAt(plan.phases, t + 0.5, rpi), 1),
    sent: 0,
    accepted: 0,
    throttled: 0,
  }));
  for (const sample of samples) {
    const index = Math.min(points.length - 1, Math.floor((sample.t - first.t) / 1000));
    const point = points[index];
    if (!point) continue;
    point.sent += 1;
    if (sample.status === 429) point.throttled += 1;
    else if (sample.status > 0) point.accepted += 1;
  }
  return points;
}

function evaluate(threshold: Threshold, result: Omit<ToolResult, 'thresholds' | 'consistency'>): Check {
  const total = Math.max(1, result.requests.total);
  switch (threshold.metric) {
    case 'latency': {
      const key = `p${threshold.percentile}` as 'p50' | 'p90' | 'p95' | 'p99';
      const actual = result.latencyMs[key];
      return {
        name: `latency ${key} < ${threshold.belowMs} ms`,
        pass: actual < threshold.belowMs,
        detail: `${actual} ms`,
      };
    }
    case 'unexpected-rate': {
      const rate = result.requests.unexpected / total;
      return {
        name: `unexpected responses < ${threshold.below * 100}%`,
        pass: rate < threshold.below,
        detail: `${round(rate * 100, 2)}%`,
      };
    }
    case 'throttled-rate':
      return 'below' in threshold
        ? {
            name: `429 share < ${threshold.below * 100}%`,
            pass: result.share429 < threshold.below,
            detail: `${round(result.share429 * 100, 2)}%`,
          }
        : {
            name: `429 share > ${threshold.above * 100}%`,
            pass: result.share429 > threshold.above,
            detail: `${round(result.share429 * 100, 2)}%`,
          };
    case 'cold-starts':
      return {
        name: `cold starts >= ${threshold.atLeast}`,
        pass: result.cold.count >= threshold.atLeast,
        detail: `${result.cold.count}`,
      };
  }
}

/** Checks that catch a misread output: counts that do not add up, percentiles out of order. */
export function consistencyChecks(
  result: Omit<ToolResult, 'thresholds' | 'consistency'>,
  samples: readonly Sample[],
): Check[] {
  const statusSum = Object.values(result.requests.byStatus).reduce((a, b) => a + b, 0);
  const l = result.latencyMs;
  const order = [l.min, l.p50, l.p90, l.p95, l.p99, l.max];
  const answered = samples.filter((s) => s.status > 0).length;
  const timelineSum = result.timeline.reduce((s, p) => s + p.sent, 0);
  const checks: Check[] = [
    {
      name: 'status counts and errors add up to the requests sent',
      pass: statusSum + result.requests.errors === result.requests.total,
      detail: `${statusSum} responses + ${result.requests.errors} errors vs ${result.requests.total} requests`,
    },
    {
      name: 'latency percentiles are monotone',
      pass: order.every((v, i) => i === 0 || v >= (order[i - 1] as number)),
      detail: order.join(' <= '),
    },
    {
      name: 'accepted + throttled + unexpected cover every request',
      pass: result.requests.accepted + result.requests.throttled <= result.requests.total,
      detail: `${result.requests.accepted} + ${result.requests.throttled} of ${result.requests.total}`,
    },
    {
      name: 'cold starts do not exceed accepted responses',
      pass: result.cold.count <= result.requests.accepted,
      detail: `${result.cold.count} cold of ${result.requests.accepted}`,
    },
  ];
  const cache = result.cache;
  if (cache?.hits != null && cache.misses != null) {
    checks.push({
      name: 'cache hits and misses do not exceed accepted responses',
      pass: cache.hits + cache.misses <= result.requests.accepted,
      detail: `${cache.hits} hits + ${cache.misses} misses of ${result.requests.accepted}`,
    });
  }
  if (samples.length > 0) {
    checks.push(
      {
        name: 'per-request log agrees with the tool summary',
        pass: answered === result.requests.total - result.requests.errors,
        detail: `${answered} logged responses vs ${result.requests.total - result.requests.errors}`,
      },
      {
        name: 'timeline holds every logged request',
        pass: timelineSum === samples.length,
        detail: `${timelineSum} vs ${samples.length}`,
      },
    );
  }
  return checks;
}

function observedBucket(
  samples: readonly Sample[],
  throttle: NonNullable<RunPlan['throttle']>,
  measured: number,
): { observedPrediction: number | null; observedDeviation: number | null } {
  const arrivals = samples.filter((s) => s.status > 0).map((s) => s.t);
  if (arrivals.length === 0) return { observedPrediction: null, observedDeviation: null };
  const predicted = acceptedFromArrivals(arrivals, throttle);
  return {
    observedPrediction: predicted,
    observedDeviation: predicted === 0 ? null : round(measured / predicted - 1, 4),
  };
}

/**
 * The record's cache block: on the twin, the hits and misses its trace reported (kept when the scenario is
 * about the cache or the cache answered anything); on AWS, no counts (API Gateway sends no hit header: the
 * stage's CacheHitCount metric has them).
 */
export function cacheOf(plan: RunPlan, m: Measurement): ToolResult['cache'] {
  const aboutCache = scenarioById(plan.scenario).cachedReads !== undefined;
  if (plan.world.startsWith('aws:')) {
    if (!aboutCache) return undefined;
    const none = { hits: null, misses: null, hitRatio: null, hitLatencyMs: null, missLatencyMs: null };
    return { source: 'cloudwatch-cache-hit-count', ...none };
  }
  const { hits = 0, misses = 0 } = m.cache ?? {};
  if (!aboutCache && hits + misses === 0) return undefined;
  return {
    source: PIK_HEADERS.trace,
    hits,
    misses,
    hitRatio: hits + misses === 0 ? null : round(hits / (hits + misses), 4),
    hitLatencyMs: m.cache?.hitLatencyMs ?? null,
    missLatencyMs: m.cache?.missLatencyMs ?? null,
  };
}

/** The record's transfer block: exports only (the `stream` scenario), with the target's transfer mode. */
export function transferOf(plan: RunPlan, m: Measurement): ToolResult['transfer'] {
  if (!plan.stream) return undefined;
  const streamed = plan.stream.streamed;
  return {
    mode: streamed === null ? 'not stated' : streamed ? 'streamed' : 'buffered',
    ttfbMs: m.transfer?.ttfbMs ?? null,
    totalMs: m.transfer?.totalMs ?? null,
  };
}

/** Turns one tool's measurement of one plan into a validated-shape result record. */
export function normalize(plan: RunPlan, m: Measurement): ToolResult {
  const expected = new Set(plan.expectedStatuses);
  let accepted = 0;
  let throttled = 0;
  let unexpected = m.errors;
  for (const [code, count] of Object.entries(m.byStatus)) {
    const status = Number(code);
    if (status === 429) throttled += count;
    else accepted += count;
    if (!expected.has(status)) unexpected += count;
  }
  const first = m.samples[0];
  const first429 = m.samples.find((s) => s.status === 429);
  const measuredAccepted = accepted;
  const throttle = plan.throttle;
  const cache = cacheOf(plan, m);
  const transfer = transferOf(plan, m);
  const prediction =
    plan.scenario === 'throttle' && throttle
      ? predictTokenBucket(plan.phases, throttle, requestsPerIteration(plan))
      : null;
  const base: Omit<ToolResult, 'thresholds' | 'consistency'> = {
    pattern: plan.pattern.id,
    patternTitle: plan.pattern.title,
    api: plan.pattern.api,
    scenario: plan.scenario,
    variant: plan.variant,
    tool: m.tool,
    toolVersion: m.toolVersion,
    world: plan.world,
    label: worldLabel(plan.world),
    startedAt: m.startedAt,
    durationSec: plan.durationSec,
    requestWindow:
      first && m.samples.length > 0
        ? {
            first: new Date(first.t).toISOString(),
            last: new Date(m.samples.at(-1)?.t ?? first.t).toISOString(),
          }
        : null,
    toolExitCode: m.toolExitCode,
    requests: { total: m.total, byStatus: m.byStatus, errors: m.errors, accepted, throttled, unexpected },
    share429: m.total === 0 ? 0 : round(throttled / m.total, 4),
    firstThrottleSec: first && first429 ? round((first429.t - first.t) / 1000, 3) : null,
    droppedIterations: m.droppedIterations,
    offeredRequests: plan.offered.requests,
    throughputRps: round(m.total / plan.durationSec, 2),
    acceptedRps: round(accepted / plan.durationSec, 2),
    latencyMs: m.latencyMs,
    cold: { source: PIK_HEADERS.cold, ...m.cold },
    ...(cache ? { cache } : {}),
    ...(transfer ? { transfer } : {}),
    throttle:
      prediction && throttle
        ? {
            ...throttle,
            predictedAccepted: round(prediction.accepted, 1),
            measuredAccepted,
            deviation: round(measuredAccepted / prediction.accepted - 1, 4),
            ...observedBucket(m.samples, throttle, measuredAccepted),
            predictedFirstThrottleSec:
              prediction.firstThrottleSec === null ? null : round(prediction.firstThrottleSec, 3),
          }
        : null,
    timeline: timelineOf(m.samples, plan),
    distribution: distributionOf(m.samples.filter((s) => s.status > 0).map((s) => s.ms)),
    rawFiles: [...m.rawFiles],
  };
  return {
    ...base,
    thresholds: plan.thresholds.map((t) => evaluate(t, base)),
    consistency: consistencyChecks(base, m.samples),
  };
}
