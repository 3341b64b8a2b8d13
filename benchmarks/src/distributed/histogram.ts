import { percentile, round } from '../result-format/measurement.js';
import type { SmallLatency } from '../result-format/schema.js';

/**
 * A mergeable latency histogram for runners whose raw samples stay where they ran (k6-operator pods,
 * other machines): the k6 script counts every observation into one counter per logarithmic bucket
 * (`<prefix><metric>_<bucket>`), which the end-of-test summary carries; summing the counters of N runners
 * is exact, and a percentile read from the sums is within half a bucket (about 1%) of the true one, the
 * same precision as artillery's own sketch. Hand-written rather than an HDR library because the k6 script
 * has to compute the same bucket index with nothing but Math, and the bucket layout travels in the plan.
 */
export interface HistogramLayout {
  /** Counter name prefix; the script appends `<metric>_<bucket>`. */
  readonly prefix: string;
  /** Lower edge of bucket 1 in ms; smaller values count in bucket 0. */
  readonly minMs: number;
  /** Ratio between consecutive bucket edges. */
  readonly ratio: number;
  /** Number of buckets; values beyond the last edge count in the last bucket. */
  readonly buckets: number;
  /** Counter name prefix of the response-status counts (`<statusPrefix><status>`, 0 = no response). */
  readonly statusPrefix: string;
}

/** 0.01 ms to past 120 s in steps of 2%: 830 buckets, each value within 1% of its bucket's middle. */
export const HISTOGRAM_LAYOUT: HistogramLayout = {
  prefix: 'pik_h_',
  minMs: 0.01,
  ratio: 1.02,
  buckets: 830,
  statusPrefix: 'pik_status_',
};

/** The bucket a value falls in (the k6 script computes the same). */
export function bucketOf(ms: number, layout: HistogramLayout = HISTOGRAM_LAYOUT): number {
  if (!(ms >= layout.minMs)) return 0;
  const index = 1 + Math.floor(Math.log(ms / layout.minMs) / Math.log(layout.ratio));
  return Math.min(layout.buckets - 1, index);
}

/** The value a bucket stands for: the geometric middle of its edges. */
export function bucketValue(bucket: number, layout: HistogramLayout = HISTOGRAM_LAYOUT): number {
  if (bucket <= 0) return 0;
  return layout.minMs * layout.ratio ** (bucket - 0.5);
}

/** Bucket -> count. */
export type Histogram = Map<number, number>;

export function addHistograms(into: Histogram, from: Histogram): Histogram {
  for (const [bucket, count] of from) into.set(bucket, (into.get(bucket) ?? 0) + count);
  return into;
}

/** The histogram of one metric from a k6 summary's counters (`pik_h_<metric>_<bucket>`). */
export function histogramFromCounters(
  counters: Readonly<Record<string, number>>,
  metric: string,
  layout: HistogramLayout = HISTOGRAM_LAYOUT,
): Histogram {
  const stem = `${layout.prefix}${metric}_`;
  const histogram: Histogram = new Map();
  for (const [name, count] of Object.entries(counters)) {
    if (!name.startsWith(stem)) continue;
    const bucket = Number(name.slice(stem.length));
    if (Number.isInteger(bucket)) histogram.set(bucket, (histogram.get(bucket) ?? 0) + count);
  }
  return histogram;
}

/**
 * A percentile (0..100) of the histogram by the same rank rule as {@link percentile} over the sorted
 * values, each value standing at its bucket's middle; clamped into [min, max] when those are known exactly.
 */
export function histogramPercentile(
  histogram: Histogram,
  p: number,
  bounds?: { min: number; max: number },
  layout: HistogramLayout = HISTOGRAM_LAYOUT,
): number {
  const buckets = [...histogram.entries()].filter(([, c]) => c > 0).sort((a, b) => a[0] - b[0]);
  const total = buckets.reduce((s, [, c]) => s + c, 0);
  if (total === 0) return 0;
  const rank = Math.round((p / 100) * (total - 1));
  let seen = 0;
  let value = 0;
  for (const [bucket, count] of buckets) {
    seen += count;
    value = bucketValue(bucket, layout);
    if (seen > rank) break;
  }
  return bounds ? Math.min(bounds.max, Math.max(bounds.min, value)) : value;
}

/** count, p50, p95 and max of plain values (raw samples of several runners). */
export function smallLatencyOf(values: readonly number[]): SmallLatency | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return {
    count: sorted.length,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    max: round(sorted.at(-1) ?? 0),
  };
}
