/**
 * Growth after warm-up, and the judgement against a stated bound. The slope is Theil-Sen's (the median of
 * the slopes between every pair of samples): a garbage collection, a burst of connections or one late
 * sample moves a least-squares line but not this median, while steady growth moves both. Written here
 * because it is ten lines over the pairs and the kit's statistics helpers (median) already live here.
 */
import { median, round } from '../micro/output.js';
import type { ProcessIdentity } from './proc-tree.js';

export interface Sample {
  /** Seconds since sampling started. */
  readonly t: number;
  readonly rssMb: number;
  readonly fds: number;
}

export interface ProcessSeries extends ProcessIdentity {
  readonly samples: readonly Sample[];
}

export interface GrowthBounds {
  /** Resident memory growth above which a process is flagged, MB per minute. */
  readonly rssMbPerMin: number;
  /** Open descriptor growth above which a process is flagged, descriptors per minute. */
  readonly fdsPerMin: number;
  /**
   * RSS bound of the emulators (DynamoDB, Kinesis), which keep every item the load writes in memory.
   * @default rssMbPerMin
   */
  readonly emulatorRssMbPerMin?: number;
}

export interface Growth extends ProcessIdentity {
  /** Samples after warm-up the slopes are fitted over. */
  readonly samples: number;
  readonly rssMb: { readonly first: number; readonly last: number; readonly max: number };
  readonly fds: { readonly first: number; readonly last: number; readonly max: number };
  /** Theil-Sen slopes over the post-warm-up samples; null when too few to judge. */
  readonly rssMbPerMin: number | null;
  readonly fdsPerMin: number | null;
  /** What exceeded its bound, e.g. `rss 41.2 MB/min > 20`; empty when nothing did. */
  readonly flagged: readonly string[];
}

/** Fewer samples after warm-up than this and a process (a short-lived Lambda environment) is listed, not judged. */
export const MIN_SAMPLES = 5;

/** The Theil-Sen slope of y over x, per unit of x; NaN with fewer than two distinct x. */
export function theilSenSlope(points: readonly (readonly [number, number])[]): number {
  const slopes: number[] = [];
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const [xi, yi] = points[i] as readonly [number, number];
      const [xj, yj] = points[j] as readonly [number, number];
      if (xj !== xi) slopes.push((yj - yi) / (xj - xi));
    }
  }
  return median(slopes);
}

const spread = (values: readonly number[]) => ({
  first: values[0] ?? 0,
  last: values[values.length - 1] ?? 0,
  max: Math.max(0, ...values),
});

/** The samples judged: from the end of warm-up to the end of the load, in seconds of the sampling clock. */
export interface JudgedWindow {
  readonly fromSec: number;
  readonly toSec: number;
}

/** One process's growth over `window` (after warm-up, while the load ran), judged against `bounds`. */
export function growthOf(series: ProcessSeries, window: JudgedWindow, bounds: GrowthBounds): Growth {
  const after = series.samples.filter((s) => s.t >= window.fromSec && s.t <= window.toSec);
  const judged = after.length >= MIN_SAMPLES;
  const perMin = (pick: (s: Sample) => number): number | null =>
    judged ? round(theilSenSlope(after.map((s) => [s.t, pick(s)] as const)) * 60, 2) : null;
  const rssMbPerMin = perMin((s) => s.rssMb);
  const fdsPerMin = perMin((s) => s.fds);
  const flagged: string[] = [];
  const rssBound =
    series.kind === 'emulator' ? (bounds.emulatorRssMbPerMin ?? bounds.rssMbPerMin) : bounds.rssMbPerMin;
  if (rssMbPerMin !== null && rssMbPerMin > rssBound) flagged.push(`rss ${rssMbPerMin} MB/min > ${rssBound}`);
  if (fdsPerMin !== null && fdsPerMin > bounds.fdsPerMin)
    flagged.push(`fds ${fdsPerMin}/min > ${bounds.fdsPerMin}`);
  return {
    pid: series.pid,
    kind: series.kind,
    label: series.label,
    samples: after.length,
    rssMb: spread(after.map((s) => s.rssMb)),
    fds: spread(after.map((s) => s.fds)),
    rssMbPerMin,
    fdsPerMin,
    flagged,
  };
}
