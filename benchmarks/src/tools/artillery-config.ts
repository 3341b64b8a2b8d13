import type { Operation, Threshold } from '../scenarios/catalogue.js';
import type { PlanMixEntry, RunPlan } from '../scenarios/plan.js';

/** Counters and histograms the processor emits (artillery/processor.cjs); names mirror the k6 script's. */
export const ARTILLERY_METRICS = {
  expected: 'pik.expected',
  unexpected: 'pik.unexpected',
  throttled: 'pik.throttled',
  coldStarts: 'pik.cold_starts',
  coldLatency: 'pik.cold_latency',
  warmLatency: 'pik.warm_latency',
  initMs: 'pik.init_ms',
  cacheHits: 'pik.cache_hits',
  cacheMisses: 'pik.cache_misses',
  hitLatency: 'pik.hit_latency',
  missLatency: 'pik.miss_latency',
  ttfb: 'pik.ttfb',
  totalTime: 'pik.total_time',
} as const;

type Step = Record<string, unknown>;

function phasesOf(plan: RunPlan): Record<string, unknown>[] {
  const phases: Record<string, unknown>[] = [];
  let clock = 0;
  for (const phase of [...plan.phases].sort((a, b) => a.startSec - b.startSec)) {
    if (phase.startSec < clock) {
      throw new Error(
        `artillery runs phases one after another; phase ${phase.name} overlaps the one before it`,
      );
    }
    if (phase.startSec > clock) phases.push({ name: 'pause', pause: phase.startSec - clock });
    if (phase.kind === 'burst') {
      phases.push({ name: phase.name, duration: 1, arrivalRate: phase.size, maxVusers: phase.size });
      clock = phase.startSec + 1;
      continue;
    }
    clock = phase.startSec;
    for (const stage of phase.stages) {
      phases.push({
        name: phase.name,
        duration: stage.durationSec,
        arrivalRate: stage.fromRate,
        ...(stage.toRate !== stage.fromRate ? { rampTo: stage.toRate } : {}),
        maxVusers: plan.vus.max,
      });
      clock += stage.durationSec;
    }
  }
  return phases;
}

function flowOf(entry: PlanMixEntry, plan: RunPlan): Step[] {
  const expect = [{ statusCode: [...plan.expectedStatuses] }];
  // pikAuth adds the credentials (env PIK_HEADERS) at send time, so they never sit in the script.
  const request = (extra: Step): Step => {
    const { headers, beforeRequest, ...rest } = extra as Step & {
      headers?: Record<string, string>;
      beforeRequest?: string;
    };
    return {
      name: entry.name,
      headers: { ...plan.headers, ...(headers ?? {}) },
      beforeRequest: ['pikAuth', ...(beforeRequest ? [beforeRequest] : [])],
      afterResponse: 'pikRecord',
      expect,
      ...rest,
    };
  };
  const json = { 'content-type': 'application/json' };
  const prepare: Step = { function: `pikPrepare_${entry.service}` };
  const steps: Record<Operation, Step[]> = {
    list: [{ get: request({ url: `${entry.path}?limit=20` }) }],
    get: [prepare, { get: request({ url: `${entry.path}/{{ pikId }}` }) }],
    create: [
      prepare,
      {
        post: request({
          url: entry.path,
          headers: { ...json, 'idempotency-key': '{{ pikKey }}' },
          beforeRequest: 'pikCreateBody',
        }),
      },
    ],
    update: [
      prepare,
      {
        get: request({
          url: `${entry.path}/{{ pikId }}`,
          capture: [{ json: '$.version', as: 'pikVersion' }],
        }),
      },
      { patch: request({ url: `${entry.path}/{{ pikId }}`, headers: json, beforeRequest: 'pikPatchBody' }) },
    ],
    export: [
      {
        get: request({
          url: `${entry.path}${plan.stream?.path ?? '/export'}`,
          afterResponse: 'pikRecordStream',
        }),
      },
    ],
    'create-delete': [
      prepare,
      {
        post: request({
          url: entry.path,
          headers: { ...json, 'idempotency-key': '{{ pikKey }}' },
          beforeRequest: 'pikCreateBody',
          capture: [{ json: '$.id', as: 'pikCreatedId' }],
        }),
      },
      { delete: request({ url: `${entry.path}/{{ pikCreatedId }}` }) },
    ],
  };
  return steps[entry.op];
}

/** Artillery's `ensure` entries for a catalogue threshold: the same pass/fail rule as k6's thresholds. */
export function artilleryEnsure(threshold: Threshold): {
  threshold?: Record<string, number>;
  condition?: string;
} {
  const responses = `(${ARTILLERY_METRICS.expected} + ${ARTILLERY_METRICS.unexpected})`;
  switch (threshold.metric) {
    case 'latency':
      return { threshold: { [`http.response_time.p${threshold.percentile}`]: threshold.belowMs } };
    case 'unexpected-rate':
      return { condition: `${ARTILLERY_METRICS.unexpected} / ${responses} < ${threshold.below}` };
    case 'throttled-rate':
      return 'below' in threshold
        ? { condition: `${ARTILLERY_METRICS.throttled} / ${responses} < ${threshold.below}` }
        : { condition: `${ARTILLERY_METRICS.throttled} / ${responses} > ${threshold.above}` };
    case 'cold-starts':
      return { condition: `${ARTILLERY_METRICS.coldStarts} >= ${threshold.atLeast}` };
  }
}

/** The artillery script for a plan; `processorPath` is artillery/processor.cjs, which reads the plan too. */
export function artilleryConfig(plan: RunPlan, processorPath: string): Record<string, unknown> {
  const ensures = plan.thresholds.map(artilleryEnsure);
  return {
    config: {
      target: plan.baseUrl,
      phases: phasesOf(plan),
      processor: processorPath,
      // Shipped with the script when artillery runs it elsewhere (run-fargate, run-lambda).
      includeFiles: ['./plan.json'],
      http: { timeout: 30 },
      plugins: {
        expect: { outputFormat: 'silent', reportFailuresAsErrors: false },
        'metrics-by-endpoint': { useOnlyRequestNames: true, stripQueryString: true },
        ensure: {
          thresholds: ensures.flatMap((e) => (e.threshold ? [e.threshold] : [])),
          conditions: ensures.flatMap((e) =>
            e.condition ? [{ expression: e.condition, strict: true }] : [],
          ),
        },
      },
    },
    scenarios: plan.mix.map((entry) => ({
      name: entry.name,
      weight: entry.weight,
      // Failover: requests without a response are logged too (artillery/processor.cjs pikError).
      ...(plan.failover ? { onError: 'pikError' } : {}),
      flow: flowOf(entry, plan),
    })),
  };
}
