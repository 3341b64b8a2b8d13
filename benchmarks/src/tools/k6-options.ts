import type { Threshold } from '../scenarios/catalogue.js';
import type { PlanPhase, RunPlan } from '../scenarios/plan.js';

/** Names of the custom metrics the k6 script records (app-prefixed, like the counters artillery emits). */
export const K6_METRICS = {
  unexpected: 'pik_unexpected',
  throttled: 'pik_throttled',
  coldStarts: 'pik_cold_starts',
  coldLatency: 'pik_cold_latency',
  warmLatency: 'pik_warm_latency',
  initMs: 'pik_init_ms',
  cacheHits: 'pik_cache_hits',
  cacheMisses: 'pik_cache_misses',
  hitLatency: 'pik_hit_latency',
  missLatency: 'pik_miss_latency',
  ttfb: 'pik_ttfb',
  totalTime: 'pik_total_time',
} as const;

export const K6_TREND_STATS = ['min', 'avg', 'med', 'p(90)', 'p(95)', 'p(99)', 'max', 'count'] as const;

type K6Scenario = Record<string, unknown>;

function k6Scenario(phase: PlanPhase, plan: RunPlan): K6Scenario {
  const common = { startTime: `${phase.startSec}s`, gracefulStop: '10s', tags: { phase: phase.name } };
  if (phase.kind === 'burst') {
    // The same shape artillery gets: `size` arrivals within one second, each on its own VU.
    return {
      ...common,
      executor: 'constant-arrival-rate',
      rate: phase.size,
      timeUnit: '1s',
      duration: '1s',
      preAllocatedVUs: phase.size,
      maxVUs: phase.size,
    };
  }
  const [first] = phase.stages;
  if (!first) throw new Error(`phase ${phase.name} has no stages`);
  const vus = { preAllocatedVUs: plan.vus.preAllocated, maxVUs: plan.vus.max };
  if (phase.stages.length === 1 && first.fromRate === first.toRate) {
    return {
      ...common,
      ...vus,
      executor: 'constant-arrival-rate',
      rate: first.fromRate,
      timeUnit: '1s',
      duration: `${first.durationSec}s`,
    };
  }
  const stages: { target: number; duration: string }[] = [];
  let current = first.fromRate;
  for (const stage of phase.stages) {
    if (stage.fromRate !== current) stages.push({ target: stage.fromRate, duration: '0s' });
    stages.push({ target: stage.toRate, duration: `${stage.durationSec}s` });
    current = stage.toRate;
  }
  return {
    ...common,
    ...vus,
    executor: 'ramping-arrival-rate',
    startRate: first.fromRate,
    timeUnit: '1s',
    stages,
  };
}

/** One catalogue threshold as k6 threshold expressions, keyed by metric. */
export function k6Threshold(threshold: Threshold): [string, string] {
  switch (threshold.metric) {
    case 'latency':
      return ['http_req_duration', `p(${threshold.percentile})<${threshold.belowMs}`];
    case 'unexpected-rate':
      return [K6_METRICS.unexpected, `rate<${threshold.below}`];
    case 'throttled-rate':
      return 'below' in threshold
        ? [K6_METRICS.throttled, `rate<${threshold.below}`]
        : [K6_METRICS.throttled, `rate>${threshold.above}`];
    case 'cold-starts':
      return [K6_METRICS.coldStarts, `count>=${threshold.atLeast}`];
  }
}

/** The `options` export of the k6 script for a plan: open-model scenarios, thresholds, summary stats. */
export function k6Options(plan: RunPlan): Record<string, unknown> {
  const scenarios: Record<string, K6Scenario> = {};
  for (const phase of plan.phases) scenarios[phase.name] = k6Scenario(phase, plan);
  const thresholds: Record<string, string[]> = {};
  for (const threshold of plan.thresholds) {
    const [metric, expression] = k6Threshold(threshold);
    thresholds[metric] = [...(thresholds[metric] ?? []), expression];
  }
  return {
    scenarios,
    thresholds,
    summaryTrendStats: [...K6_TREND_STATS],
    discardResponseBodies: true,
    tags: { pattern: plan.pattern.id, pik_scenario: plan.scenario },
    // Only the tags the normalizer reads, to keep the raw output small.
    systemTags: ['status', 'method', 'name', 'scenario', 'expected_response'],
    noConnectionReuse: false,
    userAgent: 'pik-bench-k6',
  };
}
