import type { Measurement, Sample } from '../result-format/measurement.js';
import { percentile, round } from '../result-format/measurement.js';
import type { K6Summary, MetricValues } from '../result-format/read-k6.js';
import type { LatencyStats, SmallLatency } from '../result-format/schema.js';
import { K6_METRICS } from '../tools/k6-options.js';
import {
  addHistograms,
  HISTOGRAM_LAYOUT,
  type Histogram,
  histogramFromCounters,
  histogramPercentile,
  smallLatencyOf,
} from './histogram.js';

/** The trends whose values are merged (raw points or histograms), besides http_req_duration. */
export const MERGED_TRENDS = [
  K6_METRICS.coldLatency,
  K6_METRICS.warmLatency,
  K6_METRICS.initMs,
  K6_METRICS.hitLatency,
  K6_METRICS.missLatency,
] as const;

/** Every metric the k6 script keeps a mergeable histogram of. */
export const HISTOGRAM_METRICS = ['http_req_duration', ...MERGED_TRENDS] as const;

/** What one k6 runner (a segment of the test) left behind. */
export interface K6RunnerOutput {
  readonly summary: K6Summary;
  /** From its JSON output (`--out json`), when it was kept: merged percentiles are then exact. */
  readonly raw?: { readonly samples: readonly Sample[]; readonly trends: Record<string, number[]> };
  readonly exitCode: number;
  readonly startedAt: string;
  readonly rawFiles: readonly string[];
}

function values(runner: K6RunnerOutput, name: string): MetricValues | undefined {
  return runner.summary.metrics[name]?.values;
}

function sumOf(runners: readonly K6RunnerOutput[], name: string): number {
  return runners.reduce((sum, r) => sum + (values(r, name)?.count ?? 0), 0);
}

/** Counter totals of one runner's summary by name (`pik_h_*`, `pik_status_*`). */
function counters(runner: K6RunnerOutput): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [name, metric] of Object.entries(runner.summary.metrics))
    if (metric?.values && 'count' in metric.values && !('avg' in metric.values))
      out[name] = metric.values.count ?? 0;
  return out;
}

function mergedHistogram(runners: readonly K6RunnerOutput[], metric: string): Histogram {
  return runners.reduce(
    (into, r) => addHistograms(into, histogramFromCounters(counters(r), metric)),
    new Map() as Histogram,
  );
}

/** Exact count, min, max and mean of a trend over runners, from their summaries. */
function trendBounds(runners: readonly K6RunnerOutput[], name: string) {
  const present = runners.map((r) => values(r, name)).filter((v): v is MetricValues => !!v?.count);
  const count = present.reduce((s, v) => s + (v.count ?? 0), 0);
  if (count === 0) return undefined;
  return {
    count,
    min: Math.min(...present.map((v) => v.min ?? 0)),
    max: Math.max(...present.map((v) => v.max ?? 0)),
    mean: present.reduce((s, v) => s + (v.avg ?? 0) * (v.count ?? 0), 0) / count,
  };
}

function latencyFromSamples(ms: readonly number[]): LatencyStats {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (p: number) => round(percentile(sorted, p));
  return {
    min: round(sorted[0] ?? 0),
    mean: round(sorted.reduce((s, v) => s + v, 0) / Math.max(1, sorted.length)),
    p50: at(50),
    p90: at(90),
    p95: at(95),
    p99: at(99),
    max: round(sorted.at(-1) ?? 0),
  };
}

function latencyFromHistograms(runners: readonly K6RunnerOutput[]): LatencyStats {
  const bounds = trendBounds(runners, 'http_req_duration');
  if (!bounds) return { min: 0, mean: 0, p50: 0, p90: 0, p95: 0, p99: 0, max: 0 };
  const histogram = mergedHistogram(runners, 'http_req_duration');
  const at = (p: number) => round(histogramPercentile(histogram, p, bounds));
  return {
    min: round(bounds.min),
    mean: round(bounds.mean),
    p50: at(50),
    p90: at(90),
    p95: at(95),
    p99: at(99),
    max: round(bounds.max),
  };
}

function smallFromHistograms(runners: readonly K6RunnerOutput[], name: string): SmallLatency | null {
  const bounds = trendBounds(runners, name);
  if (!bounds) return null;
  const histogram = mergedHistogram(runners, name);
  return {
    count: bounds.count,
    p50: round(histogramPercentile(histogram, 50, bounds)),
    p95: round(histogramPercentile(histogram, 95, bounds)),
    max: round(bounds.max),
  };
}

/** Responses by status and transport errors, from raw samples or from the status counters. */
function statuses(runners: readonly K6RunnerOutput[], samples: readonly Sample[] | undefined) {
  const byStatus: Record<string, number> = {};
  let errors = 0;
  const count = (status: number, n: number) => {
    if (status === 0) errors += n;
    else byStatus[String(status)] = (byStatus[String(status)] ?? 0) + n;
  };
  if (samples) for (const sample of samples) count(sample.status, 1);
  else
    for (const runner of runners)
      for (const [name, n] of Object.entries(counters(runner)))
        if (name.startsWith(HISTOGRAM_LAYOUT.statusPrefix))
          count(Number(name.slice(HISTOGRAM_LAYOUT.statusPrefix.length)), n);
  return { byStatus, errors };
}

/**
 * One measurement from the runners of one segmented k6 test: counts are sums; latency percentiles come
 * from the merged raw samples when every runner kept them (exact), otherwise from the merged histograms
 * of their summaries (within 1%); never from averaged percentiles.
 */
export function mergeK6Runners(runners: readonly K6RunnerOutput[], version: string): Measurement {
  if (runners.length === 0) throw new Error('no k6 runner summaries to merge');
  const raw = runners.every((r) => r.raw);
  const samples = raw ? runners.flatMap((r) => r.raw?.samples ?? []).sort((a, b) => a.t - b.t) : undefined;
  const trendValues = (name: string) => runners.flatMap((r) => r.raw?.trends[name] ?? []);
  const small = (name: string) =>
    raw ? smallLatencyOf(trendValues(name)) : smallFromHistograms(runners, name);
  const { byStatus, errors } = statuses(runners, samples);
  if (!raw && Object.keys(byStatus).length + errors === 0 && sumOf(runners, 'http_reqs') > 0)
    throw new Error(
      'the runners summaries carry no status counts: run them with the plan pik bench --emit writes (mergeable summaries)',
    );
  return {
    tool: 'k6',
    toolVersion: version,
    toolExitCode: runners.find((r) => r.exitCode !== 0)?.exitCode ?? 0,
    startedAt: runners.map((r) => r.startedAt).sort()[0] as string,
    total: sumOf(runners, 'http_reqs'),
    byStatus,
    errors,
    droppedIterations: sumOf(runners, 'dropped_iterations'),
    latencyMs: samples ? latencyFromSamples(samples.map((s) => s.ms)) : latencyFromHistograms(runners),
    cold: {
      count: sumOf(runners, K6_METRICS.coldStarts),
      latencyMs: small(K6_METRICS.coldLatency),
      warmLatencyMs: small(K6_METRICS.warmLatency),
      initMs: small(K6_METRICS.initMs),
    },
    cache: {
      hits: sumOf(runners, K6_METRICS.cacheHits),
      misses: sumOf(runners, K6_METRICS.cacheMisses),
      hitLatencyMs: small(K6_METRICS.hitLatency),
      missLatencyMs: small(K6_METRICS.missLatency),
    },
    samples: samples ?? [],
    rawFiles: runners.flatMap((r) => r.rawFiles),
  };
}
