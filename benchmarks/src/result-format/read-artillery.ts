import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { ARTILLERY_METRICS } from '../tools/artillery-config.js';
import type { ArtilleryFiles } from '../tools/run-artillery.js';
import type { ToolRun } from '../tools/run-k6.js';
import { type Measurement, round, type Sample } from './measurement.js';
import type { SmallLatency } from './schema.js';

type Summary = Record<string, number>;
interface ArtilleryReport {
  aggregate: { counters: Record<string, number>; summaries: Record<string, Summary | undefined> };
}

/** The processor's per-worker request logs (one JSON object per line: t, s, ms, c). */
export async function readArtillerySamples(prefix: string): Promise<{ samples: Sample[]; files: string[] }> {
  const dir = dirname(prefix);
  const stem = `${basename(prefix)}.`;
  const files = (await readdir(dir))
    .filter((f) => f.startsWith(stem) && f.endsWith('.jsonl'))
    .map((f) => join(dir, f));
  const samples: Sample[] = [];
  for (const file of files) {
    for (const line of (await readFile(file, 'utf8')).split('\n')) {
      if (!line) continue;
      const entry = JSON.parse(line) as { t: number; s: number; ms?: number };
      samples.push({ t: entry.t, status: entry.s, ms: entry.ms ?? 0 });
    }
  }
  return { samples: samples.sort((a, b) => a.t - b.t), files };
}

function small(summary: Summary | undefined): SmallLatency | null {
  if (!summary?.count) return null;
  return {
    count: summary.count,
    p50: round(summary.p50 ?? 0),
    p95: round(summary.p95 ?? 0),
    max: round(summary.max ?? 0),
  };
}

export async function readArtillery(run: ToolRun<ArtilleryFiles>, resultsDir: string): Promise<Measurement> {
  const report = JSON.parse(await readFile(run.files.report, 'utf8')) as ArtilleryReport;
  const { counters, summaries } = report.aggregate;
  const byStatus: Record<string, number> = {};
  let errors = 0;
  for (const [name, value] of Object.entries(counters)) {
    const code = /^http\.codes\.(\d{3})$/.exec(name)?.[1];
    if (code) byStatus[code] = value;
    if (name.startsWith('errors.')) errors += value;
  }
  const latency = summaries['http.response_time'] ?? {};
  const { samples, files } = await readArtillerySamples(run.files.requestLog);
  return {
    tool: 'artillery',
    toolVersion: run.version,
    toolExitCode: run.exitCode,
    startedAt: run.startedAt,
    total: counters['http.requests'] ?? 0,
    byStatus,
    errors,
    droppedIterations: counters['vusers.skipped'] ?? 0,
    latencyMs: artilleryLatency(latency),
    cold: {
      count: counters[ARTILLERY_METRICS.coldStarts] ?? 0,
      latencyMs: small(summaries[ARTILLERY_METRICS.coldLatency]),
      warmLatencyMs: small(summaries[ARTILLERY_METRICS.warmLatency]),
      initMs: small(summaries[ARTILLERY_METRICS.initMs]),
    },
    cache: {
      hits: counters[ARTILLERY_METRICS.cacheHits] ?? 0,
      misses: counters[ARTILLERY_METRICS.cacheMisses] ?? 0,
      hitLatencyMs: small(summaries[ARTILLERY_METRICS.hitLatency]),
      missLatencyMs: small(summaries[ARTILLERY_METRICS.missLatency]),
    },
    transfer: {
      ttfbMs: small(summaries[ARTILLERY_METRICS.ttfb]),
      totalMs: small(summaries[ARTILLERY_METRICS.totalTime]),
    },
    samples,
    rawFiles: [run.files.script, run.files.report, run.files.stdout, run.files.stderr, ...files].map((file) =>
      relative(resultsDir, file),
    ),
  };
}

/**
 * Artillery's percentiles come from a DDSketch (about 1% relative error) while min and max are exact, so a
 * high percentile can land just above the true maximum (seen: p99 982.6 with max 980). No percentile can
 * exceed the maximum or fall below the minimum, so they are clamped into [min, max]; the sketch's order
 * between percentiles is kept.
 */
export function artilleryLatency(
  latency: Partial<Record<'min' | 'mean' | 'p50' | 'p90' | 'p95' | 'p99' | 'max', number>>,
) {
  const min = round(latency.min ?? 0);
  const max = round(latency.max ?? 0);
  const clamp = (value: number | undefined) => Math.min(max, Math.max(min, round(value ?? 0)));
  return {
    min,
    mean: round(latency.mean ?? 0),
    p50: clamp(latency.p50),
    p90: clamp(latency.p90),
    p95: clamp(latency.p95),
    p99: clamp(latency.p99),
    max,
  };
}
