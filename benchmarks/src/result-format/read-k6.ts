import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { K6_METRICS } from '../tools/k6-options.js';
import type { K6Files, ToolRun } from '../tools/run-k6.js';
import { type Measurement, round, type Sample } from './measurement.js';
import type { SmallLatency } from './schema.js';

export type MetricValues = Record<string, number>;
export interface K6Summary {
  metrics: Record<string, { values: MetricValues } | undefined>;
}

/** Raw points of k6's JSON output: one sample per http_req_duration point, and the values of other trends. */
export interface K6Points {
  readonly samples: Sample[];
  readonly trends: Record<string, number[]>;
}

/** Streams k6's JSON output (`--out json=*.gz`), keeping http_req_duration samples and the named trends' values. */
export async function readK6Points(file: string, trendNames: readonly string[] = []): Promise<K6Points> {
  const samples: Sample[] = [];
  const trends: Record<string, number[]> = Object.fromEntries(trendNames.map((name) => [name, []]));
  const wanted = ['http_req_duration', ...trendNames].map((name) => `"${name}"`);
  const lines = createInterface({
    input: createReadStream(file).pipe(createGunzip()),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  for await (const line of lines) {
    if (!line.includes('"Point"') || !wanted.some((name) => line.includes(name))) continue;
    const point = JSON.parse(line) as {
      metric: string;
      type: string;
      data: { time: string; value: number; tags?: Record<string, string> };
    };
    if (point.type !== 'Point') continue;
    if (point.metric === 'http_req_duration')
      samples.push({
        t: Date.parse(point.data.time),
        status: Number(point.data.tags?.status ?? 0),
        ms: point.data.value,
      });
    else trends[point.metric]?.push(point.data.value);
  }
  return { samples: samples.sort((a, b) => a.t - b.t), trends };
}

/** Streams k6's JSON output (`--out json=*.gz`) and keeps one sample per http_req_duration point. */
export async function readK6Samples(file: string): Promise<Sample[]> {
  return (await readK6Points(file)).samples;
}

function small(values: MetricValues | undefined): SmallLatency | null {
  if (!values?.count) return null;
  return {
    count: values.count,
    p50: round(values.med ?? 0),
    p95: round(values['p(95)'] ?? 0),
    max: round(values.max ?? 0),
  };
}

export async function readK6(run: ToolRun<K6Files>, resultsDir: string): Promise<Measurement> {
  const summary = JSON.parse(await readFile(run.files.summary, 'utf8')) as K6Summary;
  const values = (name: string): MetricValues | undefined => summary.metrics[name]?.values;
  const samples = await readK6Samples(run.files.raw);
  const byStatus: Record<string, number> = {};
  let errors = 0;
  for (const sample of samples) {
    if (sample.status === 0) errors += 1;
    else byStatus[String(sample.status)] = (byStatus[String(sample.status)] ?? 0) + 1;
  }
  const duration = values('http_req_duration') ?? {};
  return {
    tool: 'k6',
    toolVersion: run.version,
    toolExitCode: run.exitCode,
    startedAt: run.startedAt,
    total: values('http_reqs')?.count ?? 0,
    byStatus,
    errors,
    droppedIterations: values('dropped_iterations')?.count ?? 0,
    latencyMs: {
      min: round(duration.min ?? 0),
      mean: round(duration.avg ?? 0),
      p50: round(duration.med ?? 0),
      p90: round(duration['p(90)'] ?? 0),
      p95: round(duration['p(95)'] ?? 0),
      p99: round(duration['p(99)'] ?? 0),
      max: round(duration.max ?? 0),
    },
    cold: {
      count: values(K6_METRICS.coldStarts)?.count ?? 0,
      latencyMs: small(values(K6_METRICS.coldLatency)),
      warmLatencyMs: small(values(K6_METRICS.warmLatency)),
      initMs: small(values(K6_METRICS.initMs)),
    },
    cache: {
      hits: values(K6_METRICS.cacheHits)?.count ?? 0,
      misses: values(K6_METRICS.cacheMisses)?.count ?? 0,
      hitLatencyMs: small(values(K6_METRICS.hitLatency)),
      missLatencyMs: small(values(K6_METRICS.missLatency)),
    },
    transfer: {
      ttfbMs: small(values(K6_METRICS.ttfb)),
      totalMs: small(values(K6_METRICS.totalTime)),
    },
    samples,
    rawFiles: [
      run.files.summary,
      run.files.raw,
      run.files.stdout,
      run.files.stderr,
      ...(run.files.dashboard ? [run.files.dashboard] : []),
    ].map((file) => relative(resultsDir, file)),
  };
}
