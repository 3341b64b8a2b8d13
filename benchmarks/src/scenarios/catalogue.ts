/**
 * The scenario catalogue: every experiment `pik bench` can run, as data. The k6 script and the artillery
 * config are both generated from a plan resolved from these entries, so the two tools run the same
 * experiment. Rates are iterations (one request each, except where an operation says otherwise) per second.
 */

import {
  WEBSOCKET_SCENARIOS,
  type WebSocketScenario,
  type WebSocketScenarioId,
} from '../websocket/ws-scenarios.js';

/** What one iteration does against one service. */
export type Operation =
  /** GET <path>?limit=20 */
  | 'list'
  /** GET <path>/:id of a seeded item */
  | 'get'
  /** POST <path> with an Idempotency-Key (201) */
  | 'create'
  /** GET <path>/:id, then PATCH <path>/:id carrying the version just read (conditional update) */
  | 'update'
  /** POST <path>, then DELETE <path>/:id of the item just created (keeps the seeded data intact) */
  | 'create-delete'
  /** GET <path>/export?pageSize=10: the whole list as NDJSON, streamed where the integration streams */
  | 'export';

export const OPERATIONS: readonly Operation[] = [
  'list',
  'get',
  'create',
  'update',
  'create-delete',
  'export',
];

/**
 * Items per DynamoDB read of the `export` operation: small pages, so one export is several reads (ten at
 * seed scale 1) and a streamed answer shows its first byte well before its last.
 */
export const EXPORT_PAGE_SIZE = 10;

/** Requests one iteration of an operation sends. */
export const REQUESTS_PER_OPERATION: Readonly<Record<Operation, number>> = {
  list: 1,
  get: 1,
  create: 1,
  update: 2,
  'create-delete': 2,
  export: 1,
};

/** One weighted entry of a request mix; `service: '*'` spreads the weight evenly over every service. */
export interface MixEntry {
  readonly op: Operation;
  readonly weight: number;
}

/**
 * A rate, either absolute (iterations per second) or relative to the pattern's configured stage rate limit
 * from the targets file, so a throttle experiment means the same thing on the twin and on AWS.
 */
export type Rate =
  | { readonly perSecond: number }
  | { readonly timesStageLimit: number }
  /** A fixed rate, but never more than a share of the stage limit: "well below every limit" on any target. */
  | { readonly perSecond: number; readonly atMostTimesStageLimit: number };

export interface RampStage {
  readonly durationSec: number;
  readonly from: Rate;
  readonly to: Rate;
}

/**
 * A load phase: an open-model arrival-rate shape (new iterations start on schedule whether or not earlier
 * ones finished). `burst` phases start `size` iterations within one second, the shape of a cold-start
 * experiment.
 */
export type Phase =
  | {
      readonly name: string;
      readonly kind: 'arrival';
      readonly startSec: number;
      readonly stages: readonly RampStage[];
    }
  | { readonly name: string; readonly kind: 'burst'; readonly startSec: number; readonly size: number };

/**
 * Pass/fail criteria, evaluated the same way on every tool: by k6 (thresholds), by artillery (ensure) and
 * by the normalizer on the normalized result.
 */
export type Threshold =
  | { readonly metric: 'latency'; readonly percentile: 50 | 90 | 95 | 99; readonly belowMs: number }
  /** Share of responses that are neither 2xx nor an expected status (429 in the throttle scenario). */
  | { readonly metric: 'unexpected-rate'; readonly below: number }
  /** Share of 429 responses. */
  | { readonly metric: 'throttled-rate'; readonly below: number }
  | { readonly metric: 'throttled-rate'; readonly above: number }
  /** Number of requests answered by a fresh execution environment (`x-pik-cold: true`). */
  | { readonly metric: 'cold-starts'; readonly atLeast: number };

export type ScenarioId =
  | WebSocketScenarioId
  | 'latency'
  | 'throttle'
  | 'cold-start'
  | 'crud-mix'
  | 'soak'
  | 'cached-read'
  | 'failover'
  | 'stream'
  | 'write-burst';

export interface ScenarioVariant {
  readonly phases: readonly Phase[];
}

export interface Scenario {
  readonly id: ScenarioId;
  readonly title: string;
  readonly purpose: string;
  readonly mix: readonly MixEntry[];
  /** Statuses that are part of the experiment rather than failures. */
  readonly expectedStatuses: readonly number[];
  readonly thresholds: readonly Threshold[];
  /** Full-length shape, for a deliberate measurement. */
  readonly full: ScenarioVariant;
  /** Seconds-long shape for CI and demos; same mix and thresholds. */
  readonly short: ScenarioVariant;
  /** Force fresh execution environments before the run (control surface on the twin, config change on AWS). */
  readonly forceColdStart: boolean;
  /** Excluded from CI by default (duration). */
  readonly long: boolean;
  /**
   * Send every request to one route (the first service's item route). API Gateway applies a stage's
   * default throttle to each route (HTTP API) or method (REST API) separately, so load spread over routes
   * never meets the limit the way the token-bucket prediction assumes.
   */
  readonly oneRoute?: boolean;
  /**
   * Reads go to the first `hotItems` seeded items of each service only, so an API cache sees the same keys
   * again; the pattern's cache is emptied before each tool's run (twin), so every run starts missing.
   */
  readonly cachedReads?: { readonly hotItems: number };
  /**
   * One target of the pattern's first service is killed `atSec` seconds into each variant's load (twin:
   * its control surface; AWS: ECS StopTask, or a Lambda function's reserved concurrency set to 0 and put
   * back `restoreAfterSec` later). Not run unless asked for: it breaks a target on purpose.
   */
  readonly failover?: {
    readonly short: FailoverTiming;
    readonly full: FailoverTiming;
  };
  /** A WebSocket scenario: connections to the pattern's `webSocket` instead of HTTP load (`src/websocket/`). */
  readonly webSocket?: WebSocketScenario;
  /** Runs only on patterns that buffer writes, and only when asked for (see WriteBurstSettings). */
  readonly writeBurst?: WriteBurstSettings;
}

/**
 * A burst of writes on a pattern that buffers them (`bufferedWrites`): after the load the harness waits
 * up to `drainSec` for the consumer to apply every accepted write, then counts what became of each.
 */
export interface WriteBurstSettings {
  readonly drainSec: { readonly short: number; readonly full: number };
  /** The goal to report: writes accepted at least this many times faster than the consumer applies them. */
  readonly goalRatio: number;
}

export interface FailoverTiming {
  /** Seconds after the tool's first response. */
  readonly atSec: number;
  /** A Lambda service's concurrency goes back after this long; a killed task is replaced by ECS, not here. */
  readonly restoreAfterSec: number;
}

const perSecond = (n: number): Rate => ({ perSecond: n });
const xLimit = (n: number): Rate => ({ timesStageLimit: n });
const belowLimit = (perSecondRate: number, share: number): Rate => ({
  perSecond: perSecondRate,
  atMostTimesStageLimit: share,
});
const steady = (durationSec: number, rate: Rate): RampStage => ({ durationSec, from: rate, to: rate });

const READ_HEAVY: readonly MixEntry[] = [
  { op: 'list', weight: 3 },
  { op: 'get', weight: 6 },
  { op: 'create', weight: 1 },
];

export const SCENARIOS: readonly Scenario[] = [
  {
    id: 'latency',
    title: 'Latency at a steady rate',
    purpose: 'Constant arrival rate well below every limit, read-heavy mix over the four services.',
    mix: READ_HEAVY,
    expectedStatuses: [200, 201],
    thresholds: [
      { metric: 'latency', percentile: 95, belowMs: 1000 },
      { metric: 'unexpected-rate', below: 0.01 },
      { metric: 'throttled-rate', below: 0.001 },
    ],
    full: {
      phases: [{ name: 'steady', kind: 'arrival', startSec: 0, stages: [steady(120, belowLimit(50, 0.3))] }],
    },
    short: {
      phases: [{ name: 'steady', kind: 'arrival', startSec: 0, stages: [steady(8, belowLimit(20, 0.3))] }],
    },
    forceColdStart: false,
    long: false,
  },
  {
    id: 'throttle',
    title: 'Throttling from below to three times the stage limit',
    purpose:
      'Ramping arrival rate across the configured stage rate limit; shows when 429s start and what gets through.',
    mix: [{ op: 'get', weight: 1 }],
    oneRoute: true,
    expectedStatuses: [200, 429],
    thresholds: [
      { metric: 'unexpected-rate', below: 0.01 },
      { metric: 'throttled-rate', above: 0.05 },
    ],
    full: {
      phases: [
        {
          name: 'ramp',
          kind: 'arrival',
          startSec: 0,
          stages: [
            steady(20, xLimit(0.5)),
            { durationSec: 60, from: xLimit(0.5), to: xLimit(3) },
            steady(40, xLimit(3)),
          ],
        },
      ],
    },
    short: {
      phases: [
        {
          name: 'ramp',
          kind: 'arrival',
          startSec: 0,
          stages: [
            steady(2, xLimit(0.5)),
            { durationSec: 5, from: xLimit(0.5), to: xLimit(3) },
            steady(3, xLimit(3)),
          ],
        },
      ],
    },
    forceColdStart: false,
    long: false,
  },
  {
    id: 'cold-start',
    title: 'Cold starts against warm requests',
    purpose:
      'Fresh execution environments, then a burst of concurrent first requests, then the same load warm.',
    mix: [{ op: 'get', weight: 1 }],
    expectedStatuses: [200],
    thresholds: [
      { metric: 'cold-starts', atLeast: 1 },
      { metric: 'unexpected-rate', below: 0.01 },
    ],
    full: {
      phases: [
        { name: 'cold-burst', kind: 'burst', startSec: 0, size: 40 },
        { name: 'warm', kind: 'arrival', startSec: 15, stages: [steady(30, perSecond(20))] },
      ],
    },
    short: {
      phases: [
        { name: 'cold-burst', kind: 'burst', startSec: 0, size: 12 },
        { name: 'warm', kind: 'arrival', startSec: 4, stages: [steady(4, perSecond(10))] },
      ],
    },
    forceColdStart: true,
    long: false,
  },
  {
    id: 'crud-mix',
    title: 'CRUD mix',
    purpose: 'Reads, creates, conditional updates and deletes at a steady rate below the limit.',
    mix: [
      { op: 'get', weight: 4 },
      { op: 'list', weight: 1 },
      { op: 'create', weight: 2 },
      { op: 'update', weight: 2 },
      { op: 'create-delete', weight: 1 },
    ],
    // 409: a concurrent update of the same item moved its version on; the conditional update did its job.
    expectedStatuses: [200, 201, 204, 409],
    thresholds: [
      { metric: 'latency', percentile: 95, belowMs: 1500 },
      { metric: 'unexpected-rate', below: 0.01 },
    ],
    full: {
      phases: [{ name: 'steady', kind: 'arrival', startSec: 0, stages: [steady(120, belowLimit(30, 0.2))] }],
    },
    short: {
      phases: [{ name: 'steady', kind: 'arrival', startSec: 0, stages: [steady(8, belowLimit(12, 0.2))] }],
    },
    forceColdStart: false,
    long: false,
  },
  {
    id: 'cached-read',
    title: 'Reads through the API cache',
    purpose:
      'Repeated gets and lists of a few items on a REST pattern with the API cache on: hit ratio, and latency of hits against misses.',
    mix: [
      { op: 'get', weight: 4 },
      { op: 'list', weight: 1 },
    ],
    expectedStatuses: [200],
    thresholds: [
      { metric: 'latency', percentile: 95, belowMs: 1000 },
      { metric: 'unexpected-rate', below: 0.01 },
    ],
    full: {
      phases: [{ name: 'steady', kind: 'arrival', startSec: 0, stages: [steady(60, belowLimit(40, 0.25))] }],
    },
    short: {
      phases: [{ name: 'steady', kind: 'arrival', startSec: 0, stages: [steady(4, belowLimit(20, 0.25))] }],
    },
    forceColdStart: false,
    long: false,
    cachedReads: { hotItems: 3 },
  },
  {
    id: 'failover',
    title: 'Failover: one target killed under steady load',
    purpose:
      'Steady reads and writes on every service; one target of one service is killed: errors by status, error window, time back to zero errors, and every acknowledged write read back.',
    mix: [
      { op: 'get', weight: 2 },
      { op: 'create', weight: 1 },
    ],
    expectedStatuses: [200, 201],
    // Errors are the measurement here; the failover block carries the checks (recovery, lost writes).
    thresholds: [{ metric: 'latency', percentile: 95, belowMs: 2000 }],
    full: {
      phases: [{ name: 'steady', kind: 'arrival', startSec: 0, stages: [steady(90, belowLimit(30, 0.25))] }],
    },
    short: {
      phases: [{ name: 'steady', kind: 'arrival', startSec: 0, stages: [steady(6, belowLimit(20, 0.25))] }],
    },
    forceColdStart: false,
    long: false,
    failover: { short: { atSec: 2, restoreAfterSec: 2 }, full: { atSec: 30, restoreAfterSec: 20 } },
  },
  {
    id: 'stream',
    title: 'Streamed against buffered answers',
    purpose:
      'Exports of every item as NDJSON, page by page: time to first byte and total time, streamed where the REST integration streams (ResponseTransferMode STREAM), buffered elsewhere.',
    mix: [{ op: 'export', weight: 1 }],
    expectedStatuses: [200],
    thresholds: [{ metric: 'unexpected-rate', below: 0.01 }],
    full: {
      phases: [{ name: 'steady', kind: 'arrival', startSec: 0, stages: [steady(60, belowLimit(5, 0.1))] }],
    },
    short: {
      phases: [{ name: 'steady', kind: 'arrival', startSec: 0, stages: [steady(3, belowLimit(2, 0.1))] }],
    },
    forceColdStart: false,
    long: false,
  },
  {
    id: 'write-burst',
    title: 'A burst of buffered writes',
    purpose:
      'Creates on every service faster than the write consumer applies them: writes accepted (202), applied after the drain, end-to-end lag, the copy in S3, and none lost.',
    mix: [{ op: 'create', weight: 1 }],
    expectedStatuses: [202],
    // The write-burst block carries the checks (none lost, the accept/apply ratio).
    thresholds: [{ metric: 'unexpected-rate', below: 0.01 }],
    full: {
      phases: [{ name: 'burst', kind: 'arrival', startSec: 0, stages: [steady(30, belowLimit(200, 0.9))] }],
    },
    short: {
      phases: [{ name: 'burst', kind: 'arrival', startSec: 0, stages: [steady(3, belowLimit(100, 0.9))] }],
    },
    forceColdStart: false,
    long: false,
    writeBurst: { drainSec: { short: 30, full: 300 }, goalRatio: 5 },
  },
  ...WEBSOCKET_SCENARIOS,
  {
    id: 'soak',
    title: 'Soak',
    purpose: 'A long steady read-heavy load to surface leaks, idle reaping and drift.',
    mix: READ_HEAVY,
    expectedStatuses: [200, 201],
    thresholds: [
      { metric: 'latency', percentile: 99, belowMs: 2000 },
      { metric: 'unexpected-rate', below: 0.005 },
    ],
    full: {
      phases: [
        { name: 'steady', kind: 'arrival', startSec: 0, stages: [steady(1800, belowLimit(40, 0.25))] },
      ],
    },
    short: {
      phases: [{ name: 'steady', kind: 'arrival', startSec: 0, stages: [steady(20, belowLimit(15, 0.25))] }],
    },
    forceColdStart: false,
    long: true,
  },
];

export const SCENARIO_IDS: readonly ScenarioId[] = SCENARIOS.map((s) => s.id);

export function scenarioById(id: string): Scenario {
  const found = SCENARIOS.find((s) => s.id === id);
  if (!found) throw new Error(`unknown scenario '${id}'; known: ${SCENARIO_IDS.join(', ')}`);
  return found;
}
