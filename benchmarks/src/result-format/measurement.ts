import type { LatencyStats, SmallLatency } from './schema.js';

/** One response as a tool logged it: epoch ms, HTTP status (0 = no response), latency ms. */
export interface Sample {
  readonly t: number;
  readonly status: number;
  readonly ms: number;
}

/** What a tool-specific reader extracts from one tool's raw output, before the shared derivations. */
export interface Measurement {
  readonly tool: 'k6' | 'artillery';
  readonly toolVersion: string;
  readonly toolExitCode: number;
  readonly startedAt: string;
  /** Requests the tool says it sent. */
  readonly total: number;
  readonly byStatus: Record<string, number>;
  readonly errors: number;
  readonly droppedIterations: number;
  /** Latency over every response, as the tool itself computed it. */
  readonly latencyMs: LatencyStats;
  readonly cold: {
    readonly count: number;
    readonly latencyMs: SmallLatency | null;
    readonly warmLatencyMs: SmallLatency | null;
    readonly initMs: SmallLatency | null;
  };
  /** API cache hits and misses the twin's trace reported (none counted where responses carry no trace). */
  readonly cache?: {
    readonly hits: number;
    readonly misses: number;
    readonly hitLatencyMs: SmallLatency | null;
    readonly missLatencyMs: SmallLatency | null;
  };
  /** Exports (`stream` scenario): time to the first and to the last byte of each 200 answer. */
  readonly transfer?: {
    readonly ttfbMs: SmallLatency | null;
    readonly totalMs: SmallLatency | null;
  };
  /** Per-response log (k6 JSON output, artillery processor log); may be empty for huge runs. */
  readonly samples: readonly Sample[];
  readonly rawFiles: readonly string[];
}

/** Linear-interpolated percentile of sorted values (p in 0..100). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const a = sorted[low] as number;
  const b = sorted[high] as number;
  return a + (b - a) * (rank - low);
}

export const DISTRIBUTION_PERCENTILES = [
  0, 1, 5, 10, 20, 30, 40, 50, 60, 70, 80, 90, 95, 97.5, 99, 99.5, 99.9, 100,
];

export function distributionOf(values: readonly number[]): { p: number; ms: number }[] {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  return DISTRIBUTION_PERCENTILES.map((p) => ({ p, ms: round(percentile(sorted, p)) }));
}

export function round(value: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
