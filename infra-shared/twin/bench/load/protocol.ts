/**
 * What the bench process and its load-generator child processes exchange: the plan goes in as one JSON
 * argument, the result comes back as one JSON line on stdout. The generators never run inside the twin's
 * process, so the twin's event loop carries only the twin.
 */
export interface LoadTarget {
  /** Row name in the report (`direct:catalog`, a chain). */
  readonly name: string;
  /** One or more origins (`http://127.0.0.1:port`), used in turn: replicas of one service. */
  readonly origins: readonly string[];
  /** Path and query sent to every origin. */
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
}

export interface OpenModelPlan {
  readonly kind: 'open';
  readonly targets: readonly LoadTarget[];
  /** Arrivals per second per target; targets are interleaved, so all see the same machine at once. */
  readonly ratePerTarget: number;
  readonly durationMs: number;
  /** Arrivals before this time are sent but not recorded. */
  readonly warmupMs: number;
}

export interface ClosedModelPlan {
  readonly kind: 'closed';
  readonly target: LoadTarget;
  readonly connections: number;
  readonly durationSeconds: number;
}

export interface LatencySummary {
  readonly name: string;
  /** Recorded requests (after warm-up). */
  readonly count: number;
  /** Responses other than 2xx, and transport errors. */
  readonly errors: number;
  /** Milliseconds from the scheduled arrival to the last byte of the response. */
  readonly p50: number;
  readonly p90: number;
  readonly p99: number;
  readonly mean: number;
  readonly max: number;
  /** `x-pik-trace` of the last successful response ('' for a service hit directly). */
  readonly trace: string;
  readonly firstError?: string;
}

export interface OpenModelResult {
  readonly kind: 'open';
  /** CPU the generator process used, start to finish. */
  readonly cpuSeconds: number;
  /** Arrivals that could not be sent on time by more than 1 ms: the generator itself fell behind. */
  readonly lateArrivals: number;
  readonly targets: readonly LatencySummary[];
}

export interface ClosedModelResult {
  readonly kind: 'closed';
  readonly cpuSeconds: number;
  readonly name: string;
  readonly requestsPerSecond: number;
  readonly requests: number;
  /** Responses by HTTP status. */
  readonly statusCodes: Readonly<Record<string, number>>;
  readonly non2xx: number;
  readonly errors: number;
  readonly latencyP50Ms: number;
  readonly latencyP99Ms: number;
}

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted: Float64Array | readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}
