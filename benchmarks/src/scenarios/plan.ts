import {
  CACHE_TRACE_SEGMENTS,
  EDGE_CACHE_HEADER,
  PATTERNS,
  PIK_HEADERS,
  type TargetPattern,
  type TargetsFile,
  type Throttle,
} from '@pik/contracts';
import { EXPORT_SEGMENT } from '@pik/service-kit/catalogue';
import {
  EXPORT_PAGE_SIZE,
  type Operation,
  type Phase,
  type Rate,
  REQUESTS_PER_OPERATION,
  type Scenario,
  type ScenarioId,
  type Threshold,
} from './catalogue.js';

/**
 * A run plan: one scenario resolved against one pattern of a targets file. Plain JSON, written next to the
 * raw outputs; the k6 script reads it with `open()`, the artillery config is generated from it. Everything
 * either tool needs is in here, so both run the same experiment.
 */
export interface PlanStage {
  readonly durationSec: number;
  readonly fromRate: number;
  readonly toRate: number;
}

export type PlanPhase =
  | {
      readonly name: string;
      readonly kind: 'arrival';
      readonly startSec: number;
      readonly stages: readonly PlanStage[];
    }
  | { readonly name: string; readonly kind: 'burst'; readonly startSec: number; readonly size: number };

export interface PlanMixEntry {
  /** `<service> <op>`, the request name both tools tag their metrics with. */
  readonly name: string;
  readonly service: string;
  /** Service path below baseUrl, e.g. `/orders`. */
  readonly path: string;
  readonly op: Operation;
  readonly weight: number;
}

export interface ServiceData {
  /** Ids of seeded items, for reads and updates. */
  readonly ids: readonly string[];
  /** Valid POST bodies, used round-robin. */
  readonly create: readonly Record<string, unknown>[];
  /** PATCH bodies without the version; the script adds the version it just read. */
  readonly patch: readonly Record<string, unknown>[];
}

/** Which target the failover scenario kills, and when (seconds after the tool's first response). */
export interface PlanFailover {
  readonly service: string;
  /** fargate: one task is killed (twin) or stopped (AWS); lambda: reserved concurrency 0 for `restoreAfterSec`. */
  readonly compute: 'lambda' | 'fargate';
  readonly atSec: number;
  readonly restoreAfterSec: number;
  /** The line each script logs when it starts sending (k6: console, stderr), so the kill is timed from it. */
  readonly startMarker: string;
}

/** See `PlanFailover.startMarker`. */
export const FAILOVER_START_MARKER = 'pik-first-request';

export interface RunPlan {
  readonly planVersion: 1;
  readonly pattern: { readonly id: string; readonly title: string; readonly api: 'http' | 'rest' };
  readonly world: TargetsFile['world'];
  readonly scenario: ScenarioId;
  readonly variant: 'short' | 'full';
  readonly baseUrl: string;
  /** Credentials resolved before the run (bearer token, API key). */
  readonly headers: Readonly<Record<string, string>>;
  readonly phases: readonly PlanPhase[];
  readonly durationSec: number;
  readonly mix: readonly PlanMixEntry[];
  readonly data: Readonly<Record<string, ServiceData>>;
  readonly expectedStatuses: readonly number[];
  readonly thresholds: readonly Threshold[];
  readonly vus: { readonly preAllocated: number; readonly max: number };
  /** The target's stage throttle; absent when its template sets none. */
  readonly throttle?: Throttle;
  /**
   * Names of the `x-pik-*` response headers the scripts classify responses by. The k6 script and the
   * artillery processor run outside Node's module graph, so they read the names from here.
   */
  readonly responseHeaders: Pick<typeof PIK_HEADERS, 'cold' | 'initMs' | 'trace'>;
  /**
   * The twin's trace segments for an API cache hit or miss: the scripts count a response as one or the
   * other when its trace header holds it (AWS sends no trace: nothing is counted there).
   */
  readonly cacheTrace: typeof CACHE_TRACE_SEGMENTS;
  /** The failover scenario's kill; the scripts then log the id of every acknowledged create. */
  readonly failover?: PlanFailover;
  /**
   * The write-burst scenario: the scripts log the write id of every 202; the harness then waits up to
   * `drainSec` for the consumer and counts what became of each (`src/write-burst/`).
   */
  readonly writeBurst?: { readonly drainSec: number; readonly goalRatio: number };
  /**
   * cached-read on a pattern behind CloudFront (the targets file names an `originUrl`): the scripts log
   * each read's tier from CloudFront's `X-Cache` and the API cache's trace (`src/edge-cache/`).
   */
  readonly edgeCache?: typeof EDGE_CACHE_HEADER;
  /** Iterations and requests the shape offers in total (requests assume the mix's average). */
  readonly offered: { readonly iterations: number; readonly requests: number };
  /**
   * The `export` operation: its path below a service (`/export?pageSize=10`), and whether the target
   * streams it (`streamed`: its route is in the targets file's `streamedRoutes`; null when the file does
   * not say, as AWS targets files do not).
   */
  readonly stream?: { readonly path: string; readonly streamed: boolean | null };
}

export interface PlanOptions {
  readonly variant: 'short' | 'full';
  /** Stretch or shrink the arrival stages so the run lasts about this long. */
  readonly durationSec?: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly data?: Readonly<Record<string, ServiceData>>;
}

/** Why `scenario` cannot run against `pattern`: it offers "times the stage limit" and the target has none. */
export function stageLimitRefusal(scenario: Scenario, pattern: TargetPattern): string | undefined {
  if (pattern.throttle) return undefined;
  const phases = [...scenario.full.phases, ...scenario.short.phases];
  const rates = phases.flatMap((p) => (p.kind === 'burst' ? [] : p.stages.flatMap((s) => [s.from, s.to])));
  if (!rates.some((rate) => 'timesStageLimit' in rate)) return undefined;
  return `${pattern.id} · ${scenario.id}: refused, the scenario offers a multiple of the stage throttle and ${pattern.id} sets none (give its stage a throttle, or choose another scenario)`;
}

export function resolveRate(rate: Rate, pattern: TargetPattern): number {
  const limit = pattern.throttle?.rateLimit;
  let value: number;
  if ('atMostTimesStageLimit' in rate) {
    // Without a stage limit there is nothing to stay below: the plain rate applies.
    value =
      limit === undefined ? rate.perSecond : Math.min(rate.perSecond, rate.atMostTimesStageLimit * limit);
  } else if ('perSecond' in rate) {
    value = rate.perSecond;
  } else {
    if (limit === undefined)
      throw new Error(
        `${pattern.id}: a rate of ${rate.timesStageLimit}x the stage limit needs a stage throttle`,
      );
    value = rate.timesStageLimit * limit;
  }
  return Math.max(1, Math.round(value));
}

function phaseEndSec(phase: PlanPhase): number {
  return phase.kind === 'burst'
    ? phase.startSec + 1
    : phase.startSec + phase.stages.reduce((s, st) => s + st.durationSec, 0);
}

function scaleStages(phases: readonly Phase[], durationSec: number | undefined): readonly Phase[] {
  if (durationSec === undefined) return phases;
  const natural = Math.max(
    ...phases.map((p) =>
      p.kind === 'burst' ? p.startSec + 1 : p.startSec + p.stages.reduce((s, st) => s + st.durationSec, 0),
    ),
  );
  const factor = durationSec / natural;
  return phases.map((p) =>
    p.kind === 'burst'
      ? p
      : {
          ...p,
          startSec: Math.round(p.startSec * factor),
          stages: p.stages.map((st) => ({
            ...st,
            durationSec: Math.max(1, Math.round(st.durationSec * factor)),
          })),
        },
  );
}

/** Iterations an arrival stage offers: the area under its linear rate ramp. */
export function stageIterations(stage: PlanStage): number {
  return ((stage.fromRate + stage.toRate) / 2) * stage.durationSec;
}

/** Without seeded ids or bodies for a service, operations that need them are left out of the mix. */
function canRun(op: Operation, data: ServiceData | undefined): boolean {
  if (!data) return true;
  if (op === 'get') return data.ids.length > 0;
  if (op === 'update') return data.ids.length > 0 && data.patch.length > 0;
  if (op === 'create' || op === 'create-delete') return data.create.length > 0;
  return true;
}

/** The scenario's phases for the variant, stretched to the duration, with rates resolved against the target. */
function planPhases(scenario: Scenario, pattern: TargetPattern, options: PlanOptions): PlanPhase[] {
  return scaleStages(scenario[options.variant].phases, options.durationSec).map((p) =>
    p.kind === 'burst'
      ? p
      : {
          name: p.name,
          kind: 'arrival',
          startSec: p.startSec,
          stages: p.stages.map((st) => ({
            durationSec: st.durationSec,
            fromRate: resolveRate(st.from, pattern),
            toRate: resolveRate(st.to, pattern),
          })),
        },
  );
}

/** One mix entry per operation and service that can run it (seeded data permitting). */
function planMix(scenario: Scenario, pattern: TargetPattern, options: PlanOptions): PlanMixEntry[] {
  // A cold-start experiment only means something where execution environments start: Lambda services.
  const eligible = scenario.forceColdStart
    ? pattern.services.filter((svc) => svc.compute === 'lambda')
    : pattern.services;
  // One route: the first service that can run the whole mix (see Scenario.oneRoute).
  const services = scenario.oneRoute
    ? eligible
        .filter((svc) => scenario.mix.every((entry) => canRun(entry.op, options.data?.[svc.name])))
        .slice(0, 1)
    : eligible;
  const mix: PlanMixEntry[] = scenario.mix.flatMap((entry) =>
    services
      .filter((svc) => canRun(entry.op, options.data?.[svc.name]))
      .map((svc) => ({
        name: `${svc.name} ${entry.op}`,
        service: svc.name,
        path: svc.path,
        op: entry.op,
        weight: entry.weight,
      })),
  );
  if (mix.length === 0)
    throw new Error(`${pattern.id}: no operation of scenario ${scenario.id} can run (no seeded data found)`);
  return mix;
}

/** The scenario's statuses, plus 202 where the pattern accepts writes for later (`bufferedWrites`). */
function expectedStatusesOf(scenario: Scenario, patternId: string): readonly number[] {
  const buffered = PATTERNS.find((p) => p.id === patternId)?.bufferedWrites === true;
  const writes = scenario.expectedStatuses.some((s) => s === 201 || s === 204);
  return buffered && writes ? [...scenario.expectedStatuses, 202] : scenario.expectedStatuses;
}

export function buildPlan(
  scenario: Scenario,
  pattern: TargetPattern,
  world: TargetsFile['world'],
  options: PlanOptions,
): RunPlan {
  const refusal = stageLimitRefusal(scenario, pattern);
  if (refusal) throw new Error(refusal);
  const variant = options.variant;
  const phases = planPhases(scenario, pattern, options);
  const mix = planMix(scenario, pattern, options);
  const totalWeight = mix.reduce((s, m) => s + m.weight, 0);
  const requestsPerIteration =
    mix.reduce((s, m) => s + m.weight * REQUESTS_PER_OPERATION[m.op], 0) / totalWeight;
  const iterations = phases.reduce(
    (sum, p) => sum + (p.kind === 'burst' ? p.size : p.stages.reduce((s, st) => s + stageIterations(st), 0)),
    0,
  );
  const peakRate = Math.max(
    ...phases.map((p) =>
      p.kind === 'burst' ? p.size : Math.max(...p.stages.map((st) => Math.max(st.fromRate, st.toRate))),
    ),
  );
  const data: Record<string, ServiceData> = {};
  for (const svc of pattern.services) {
    const found = options.data?.[svc.name] ?? { ids: [], create: [], patch: [] };
    const hot = scenario.cachedReads?.hotItems;
    data[svc.name] = hot === undefined ? found : { ...found, ids: found.ids.slice(0, hot) };
  }
  return {
    planVersion: 1,
    pattern: { id: pattern.id, title: pattern.title, api: pattern.api },
    world,
    scenario: scenario.id,
    variant,
    baseUrl: pattern.baseUrl.replace(/\/+$/, ''),
    headers: options.headers ?? {},
    phases,
    durationSec: Math.max(...phases.map(phaseEndSec)),
    mix,
    data,
    expectedStatuses: expectedStatusesOf(scenario, pattern.id),
    thresholds: scenario.thresholds,
    vus: {
      preAllocated: Math.max(5, Math.ceil(peakRate * 0.25)),
      max: Math.max(20, Math.ceil(peakRate * 2)),
    },
    ...(pattern.throttle ? { throttle: { ...pattern.throttle } } : {}),
    responseHeaders: { cold: PIK_HEADERS.cold, initMs: PIK_HEADERS.initMs, trace: PIK_HEADERS.trace },
    cacheTrace: { ...CACHE_TRACE_SEGMENTS },
    ...failoverOf(scenario, pattern, options, phases),
    ...(scenario.cachedReads && pattern.originUrl ? { edgeCache: { ...EDGE_CACHE_HEADER } } : {}),
    ...(scenario.writeBurst
      ? {
          writeBurst: {
            drainSec: scenario.writeBurst.drainSec[variant],
            goalRatio: scenario.writeBurst.goalRatio,
          },
        }
      : {}),
    offered: { iterations: Math.round(iterations), requests: Math.round(iterations * requestsPerIteration) },
    ...(mix.some((m) => m.op === 'export') ? { stream: streamOf(pattern, mix) } : {}),
  };
}

/** Where the export operation goes, and whether every exported route of the mix streams on this target. */
function streamOf(pattern: TargetPattern, mix: readonly PlanMixEntry[]): NonNullable<RunPlan['stream']> {
  const routes = pattern.streamedRoutes;
  const keys = mix.filter((m) => m.op === 'export').map((m) => `GET ${m.path}/${EXPORT_SEGMENT}`);
  return {
    path: `/${EXPORT_SEGMENT}?pageSize=${EXPORT_PAGE_SIZE}`,
    streamed: routes === undefined ? null : keys.every((key) => routes.includes(key)),
  };
}

/** The failover scenario's target (the pattern's first service) and timing, stretched with the shape. */
function failoverOf(
  scenario: Scenario,
  pattern: TargetPattern,
  options: PlanOptions,
  phases: readonly PlanPhase[],
): { failover?: PlanFailover } {
  const timing = scenario.failover?.[options.variant];
  if (!timing) return {};
  const service = pattern.services[0];
  if (!service) throw new Error(`${pattern.id}: the failover scenario needs a service to kill a target of`);
  const natural = Math.max(...scenario[options.variant].phases.map((p) => phaseEndSec(p as PlanPhase)));
  const factor = Math.max(...phases.map(phaseEndSec)) / natural;
  return {
    failover: {
      service: service.name,
      compute: service.compute,
      atSec: Math.max(1, Math.round(timing.atSec * factor)),
      restoreAfterSec: Math.max(1, Math.round(timing.restoreAfterSec * factor)),
      startMarker: FAILOVER_START_MARKER,
    },
  };
}

/** Parses `90`, `90s`, `2m`, `1h` into seconds. */
export function parseDurationSec(text: string): number {
  const match = /^(\d+(?:\.\d+)?)(s|m|h)?$/.exec(text.trim());
  if (!match) throw new Error(`--duration: expected a number of seconds or e.g. 30s, 2m, 1h; got '${text}'`);
  const value = Number(match[1]);
  const unit = match[2] ?? 's';
  const seconds = value * (unit === 'h' ? 3600 : unit === 'm' ? 60 : 1);
  if (seconds < 1) throw new Error(`--duration: must be at least 1s; got '${text}'`);
  return Math.round(seconds);
}

/** Average requests one iteration of the plan's mix sends. */
export function requestsPerIteration(plan: Pick<RunPlan, 'mix'>): number {
  const total = plan.mix.reduce((s, m) => s + m.weight, 0);
  return total === 0 ? 1 : plan.mix.reduce((s, m) => s + m.weight * REQUESTS_PER_OPERATION[m.op], 0) / total;
}
