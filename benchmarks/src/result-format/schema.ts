import { PIK_HEADERS, Throttle } from '@pik/contracts';
import { type Static, Type } from 'typebox';
import { EdgeCacheResult } from './edge-cache-schema.js';
import { FailoverResult } from './failover-schema.js';
import { SmallLatency } from './small-latency.js';
import { WebSocketResult } from './websocket-schema.js';
import { WriteBurstResult } from './write-burst-schema.js';

/**
 * The one result format: whatever tool ran, every figure in reports comes from records of this shape.
 * One record per pattern x scenario x tool.
 */
export const RESULTS_SCHEMA_VERSION = 1;

const Ms = Type.Number({ minimum: 0 });

export const LatencyStats = Type.Object({
  min: Ms,
  mean: Ms,
  p50: Ms,
  p90: Ms,
  p95: Ms,
  p99: Ms,
  max: Ms,
});

export { SmallLatency };

export const TimelinePoint = Type.Object({
  /** Seconds since the first request. */
  t: Type.Integer({ minimum: 0 }),
  /** Requests per second the scenario shape asks for at t. */
  offered: Type.Number({ minimum: 0 }),
  sent: Type.Integer({ minimum: 0 }),
  accepted: Type.Integer({ minimum: 0 }),
  throttled: Type.Integer({ minimum: 0 }),
});

export const Check = Type.Object({ name: Type.String(), pass: Type.Boolean(), detail: Type.String() });

export const ToolResult = Type.Object({
  pattern: Type.String(),
  patternTitle: Type.String(),
  api: Type.Union([Type.Literal('http'), Type.Literal('rest')]),
  scenario: Type.String(),
  variant: Type.Union([Type.Literal('short'), Type.Literal('full')]),
  tool: Type.Union([Type.Literal('k6'), Type.Literal('artillery')]),
  toolVersion: Type.String(),
  /** `local-twin` or `aws:<region>`, from the targets file. */
  world: Type.String(),
  /** How every figure of this record is labelled: `local twin` or `AWS <region>`. */
  label: Type.String(),
  startedAt: Type.String(),
  durationSec: Type.Number({ minimum: 0 }),
  /** First and last response the tool logged (ISO times), null without a per-request log. */
  requestWindow: Type.Union([Type.Object({ first: Type.String(), last: Type.String() }), Type.Null()]),
  toolExitCode: Type.Integer(),
  requests: Type.Object({
    total: Type.Integer({ minimum: 0 }),
    /** Responses by HTTP status; transport errors (no response) are counted in `errors`. */
    byStatus: Type.Record(Type.String(), Type.Integer({ minimum: 0 })),
    errors: Type.Integer({ minimum: 0 }),
    /** Responses other than 429: requests the gateway's throttle let through, whatever the backend answered. */
    accepted: Type.Integer({ minimum: 0 }),
    /** 429 responses. */
    throttled: Type.Integer({ minimum: 0 }),
    /** Neither an expected status nor a 429 the scenario expects. */
    unexpected: Type.Integer({ minimum: 0 }),
  }),
  share429: Type.Number({ minimum: 0, maximum: 1 }),
  firstThrottleSec: Type.Union([Type.Number({ minimum: 0 }), Type.Null()]),
  droppedIterations: Type.Integer({ minimum: 0 }),
  offeredRequests: Type.Integer({ minimum: 0 }),
  throughputRps: Type.Number({ minimum: 0 }),
  acceptedRps: Type.Number({ minimum: 0 }),
  latencyMs: LatencyStats,
  cold: Type.Object({
    count: Type.Integer({ minimum: 0 }),
    source: Type.Union([Type.Literal(PIK_HEADERS.cold), Type.Literal('lambda-report-init-duration')]),
    latencyMs: Type.Union([SmallLatency, Type.Null()]),
    warmLatencyMs: Type.Union([SmallLatency, Type.Null()]),
    /** Initialisation time of the fresh environments (x-pik-init-ms, or REPORT Init Duration on AWS). */
    initMs: Type.Union([SmallLatency, Type.Null()]),
  }),
  /**
   * API cache hits and misses (cached-read scenario, or any run that saw the cache). Twin: counted from the
   * trace header (`x-pik-trace`); AWS: API Gateway sends no hit header, so the counts are null here and come
   * from the stage's `CacheHitCount` / `CacheMissCount` CloudWatch metrics.
   */
  cache: Type.Optional(
    Type.Object({
      source: Type.Union([Type.Literal(PIK_HEADERS.trace), Type.Literal('cloudwatch-cache-hit-count')]),
      hits: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()]),
      misses: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()]),
      /** hits / (hits + misses); null when nothing was counted. */
      hitRatio: Type.Union([Type.Number({ minimum: 0, maximum: 1 }), Type.Null()]),
      hitLatencyMs: Type.Union([SmallLatency, Type.Null()]),
      missLatencyMs: Type.Union([SmallLatency, Type.Null()]),
    }),
  ),
  /** The failover scenario's kill and its aftermath (`failover-schema.ts`). */
  failover: Type.Optional(FailoverResult),
  /** cached-read behind CloudFront: hits per tier and each tier's latency (`edge-cache-schema.ts`). */
  edgeCache: Type.Optional(EdgeCacheResult),
  /** The write-burst scenario's drained writes, lag, copy and rates (`write-burst-schema.ts`). */
  writeBurst: Type.Optional(WriteBurstResult),
  /**
   * The `stream` scenario's exports: time to first byte and total time of each 200 answer, and whether the
   * target streams the route (`streamed`: its targets file lists it in `streamedRoutes`; `buffered`: the
   * file lists others or none; `not stated`: the file does not say, as AWS targets files do not).
   */
  transfer: Type.Optional(
    Type.Object({
      mode: Type.Union([Type.Literal('streamed'), Type.Literal('buffered'), Type.Literal('not stated')]),
      ttfbMs: Type.Union([SmallLatency, Type.Null()]),
      totalMs: Type.Union([SmallLatency, Type.Null()]),
    }),
  ),
  /** WebSocket connections and messages (`ws-*` scenarios, `websocket-schema.ts`). */
  webSocket: Type.Optional(WebSocketResult),
  throttle: Type.Union([
    Type.Object({
      ...Throttle.properties,
      predictedAccepted: Type.Number(),
      measuredAccepted: Type.Integer(),
      /** measured / predicted - 1 */
      deviation: Type.Number(),
      /** What an ideal bucket accepts of the requests at the times the tool actually sent them. */
      observedPrediction: Type.Union([Type.Number(), Type.Null()]),
      /** measured / observedPrediction - 1: the gateway against the bucket, whatever the tool's timing. */
      observedDeviation: Type.Union([Type.Number(), Type.Null()]),
      predictedFirstThrottleSec: Type.Union([Type.Number(), Type.Null()]),
    }),
    Type.Null(),
  ]),
  timeline: Type.Array(TimelinePoint),
  /** Latency at percentiles 0..100 over every response, for distribution charts. */
  distribution: Type.Array(Type.Object({ p: Type.Number({ minimum: 0, maximum: 100 }), ms: Ms })),
  thresholds: Type.Array(Check),
  consistency: Type.Array(Check),
  /** Raw tool outputs, relative to the results folder. */
  rawFiles: Type.Array(Type.String()),
  /**
   * Present when the load came from several generators merged into this record: k6 execution segments
   * on this machine (`--workers`), k6-operator runners (`--ingest`) or artillery's Lambda workers.
   */
  distributed: Type.Optional(
    Type.Object({
      engine: Type.Union([
        Type.Literal('k6-segments'),
        Type.Literal('k6-operator'),
        Type.Literal('artillery-lambda'),
      ]),
      workers: Type.Integer({ minimum: 1 }),
      region: Type.Optional(Type.String()),
    }),
  ),
});

export const Environment = Type.Object({
  machine: Type.Object({
    hostname: Type.String(),
    cpus: Type.Integer(),
    cpuModel: Type.String(),
    memoryGb: Type.Number(),
    os: Type.String(),
    node: Type.String(),
  }),
  tools: Type.Record(Type.String(), Type.String()),
});

export const ResultsFile = Type.Object({
  schemaVersion: Type.Literal(RESULTS_SCHEMA_VERSION),
  runId: Type.String(),
  createdAt: Type.String(),
  world: Type.String(),
  label: Type.String(),
  environment: Environment,
  results: Type.Array(ToolResult),
  /** Gateway and integration time per pattern from CloudWatch (AWS runs only). */
  gatewayMetrics: Type.Optional(
    Type.Array(
      Type.Object({
        pattern: Type.String(),
        latencyMs: Type.Union([Type.Number(), Type.Null()]),
        integrationLatencyMs: Type.Union([Type.Number(), Type.Null()]),
        targetResponseTimeMs: Type.Union([Type.Number(), Type.Null()]),
      }),
    ),
  ),
});

export type LatencyStats = Static<typeof LatencyStats>;
export type TimelinePoint = Static<typeof TimelinePoint>;
export type Check = Static<typeof Check>;
export type ToolResult = Static<typeof ToolResult>;
export type Environment = Static<typeof Environment>;
export type ResultsFile = Static<typeof ResultsFile>;
