/**
 * The pieces of distributed runs that need no load tool: execution segments as the k6-operator forms them,
 * the mergeable histogram, merging runners (sums, percentiles of the merged samples, never averaged),
 * finding summaries in runner logs, and the distributed flags of `pik bench`.
 */
import { describe, expect, it } from 'vitest';
import { runBenchCli } from '../src/cli/bench.js';
import {
  bucketOf,
  bucketValue,
  HISTOGRAM_LAYOUT,
  histogramPercentile,
} from '../src/distributed/histogram.js';
import { SUMMARY_MARK, summariesIn } from '../src/distributed/ingest.js';
import { type K6RunnerOutput, mergeK6Runners } from '../src/distributed/merge-k6.js';
import { executionSegments, segmentArgs } from '../src/distributed/segments.js';
import { percentile } from '../src/result-format/measurement.js';
import type { K6Summary } from '../src/result-format/read-k6.js';

/** A deterministic spread of latencies (ms): a log-uniform cloud from 0.3 ms to 900 ms. */
function latencies(n: number, seed: number): number[] {
  let x = seed;
  return Array.from({ length: n }, () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return 0.3 * 3000 ** (x / 2147483648);
  });
}

function trendValues(values: readonly number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    count: sorted.length,
    min: sorted[0] ?? 0,
    max: sorted.at(-1) ?? 0,
    avg: sorted.reduce((s, v) => s + v, 0) / Math.max(1, sorted.length),
    med: percentile(sorted, 50),
    'p(95)': percentile(sorted, 95),
  };
}

/** A runner as the k6 script leaves it with mergeable summaries on: counters per bucket and per status. */
function runner(ms: readonly number[], status: number, withRaw: boolean): K6RunnerOutput {
  const metrics: K6Summary['metrics'] = {
    http_reqs: { values: { count: ms.length, rate: 1 } },
    http_req_duration: { values: trendValues(ms) },
    [`${HISTOGRAM_LAYOUT.statusPrefix}${status}`]: { values: { count: ms.length, rate: 1 } },
  };
  for (const v of ms) {
    const name = `${HISTOGRAM_LAYOUT.prefix}http_req_duration_${bucketOf(v)}`;
    const counter = metrics[name]?.values ?? { count: 0, rate: 1 };
    counter.count = (counter.count ?? 0) + 1;
    metrics[name] = { values: counter };
  }
  return {
    summary: { metrics },
    ...(withRaw ? { raw: { samples: ms.map((v, i) => ({ t: 1_000 + i, status, ms: v })), trends: {} } } : {}),
    exitCode: 0,
    startedAt: new Date(1_000).toISOString(),
    rawFiles: [],
  };
}

describe('execution segments', () => {
  it('splits a test into the equal segments the k6-operator gives its runners', () => {
    expect(executionSegments(1).map(segmentArgs)).toEqual([
      ['--execution-segment', '0:1', '--execution-segment-sequence', '0,1'],
    ]);
    expect(executionSegments(3).map((s) => [s.segment, s.sequence])).toEqual([
      ['0:1/3', '0,1/3,2/3,1'],
      ['1/3:2/3', '0,1/3,2/3,1'],
      ['2/3:1', '0,1/3,2/3,1'],
    ]);
    expect(() => executionSegments(0)).toThrow('--workers');
  });
});

describe('mergeable histogram', () => {
  it('stands every value within 1% of its bucket middle, and reads percentiles within 1%', () => {
    for (const v of latencies(2000, 7)) {
      expect(Math.abs(bucketValue(bucketOf(v)) / v - 1)).toBeLessThanOrEqual(0.0101);
    }
    const values = latencies(5000, 11);
    const sorted = [...values].sort((a, b) => a - b);
    const histogram = new Map<number, number>();
    for (const v of values) histogram.set(bucketOf(v), (histogram.get(bucketOf(v)) ?? 0) + 1);
    for (const p of [50, 90, 95, 99]) {
      const exact = percentile(sorted, p);
      expect(Math.abs(histogramPercentile(histogram, p) / exact - 1), `p${p}`).toBeLessThan(0.011);
    }
  });
});

describe('merging k6 runners', () => {
  // A busy fast runner and a quieter slow one: the median of all requests is not the mean of the two medians.
  const fast = latencies(600, 3).map((v) => v / 100);
  const slow = latencies(200, 5).map((v) => v + 50);
  const all = [...fast, ...slow].sort((a, b) => a - b);
  const averagedP50 =
    (percentile(
      [...fast].sort((a, b) => a - b),
      50,
    ) +
      percentile(
        [...slow].sort((a, b) => a - b),
        50,
      )) /
    2;

  it('sums counts and takes percentiles of the merged raw samples, not averaged ones', () => {
    const merged = mergeK6Runners([runner(fast, 200, true), runner(slow, 429, true)], 'v1.8.1');
    expect(merged.total).toBe(800);
    expect(merged.byStatus).toEqual({ 200: 600, 429: 200 });
    expect(merged.latencyMs.p50).toBeCloseTo(percentile(all, 50), 3);
    expect(merged.latencyMs.p99).toBeCloseTo(percentile(all, 99), 3);
    expect(Math.abs(merged.latencyMs.p50 - averagedP50)).toBeGreaterThan(20);
    expect(merged.latencyMs.max).toBeCloseTo(all.at(-1) ?? 0, 3);
    expect(merged.samples).toHaveLength(800);
  });

  it('without raw samples, reads counts from the status counters and percentiles from the summed histograms', () => {
    const merged = mergeK6Runners([runner(fast, 200, false), runner(slow, 503, false)], 'v1.8.1');
    expect(merged.total).toBe(800);
    expect(merged.byStatus).toEqual({ 200: 600, 503: 200 });
    expect(merged.errors).toBe(0);
    // Within 1% of the samples at the percentile's rank (the histogram reads the nearer of the two).
    for (const [key, p] of [
      ['p50', 50],
      ['p95', 95],
      ['p99', 99],
    ] as const) {
      const rank = (p / 100) * (all.length - 1);
      expect(merged.latencyMs[key], key).toBeGreaterThanOrEqual((all[Math.floor(rank)] as number) * 0.99);
      expect(merged.latencyMs[key], key).toBeLessThanOrEqual((all[Math.ceil(rank)] as number) * 1.01);
    }
    expect(merged.latencyMs.min).toBeCloseTo(all[0] ?? 0, 3);
    expect(merged.latencyMs.mean).toBeCloseTo(all.reduce((s, v) => s + v, 0) / all.length, 3);
    expect(merged.samples).toEqual([]);
  });

  it('refuses summaries without status counts (a plan run without mergeable summaries)', () => {
    const plain = runner(fast, 200, false);
    const metrics = Object.fromEntries(
      Object.entries(plain.summary.metrics).filter(([name]) => !name.startsWith('pik_')),
    );
    expect(() => mergeK6Runners([{ ...plain, summary: { metrics } }], 'v1.8.1')).toThrow(
      'carry no status counts',
    );
  });
});

describe('runner logs', () => {
  it('finds the marked summary line among the other lines of a runner log, or takes a summary file whole', () => {
    const summary = { root_group: {}, metrics: { http_reqs: { values: { count: 3 } } } };
    const logText = `time="..." level=info msg="starting"\n\n${SUMMARY_MARK}${JSON.stringify(summary)}\nrunning (0m03.0s)\n`;
    expect(summariesIn(logText)).toEqual([summary]);
    expect(summariesIn(JSON.stringify(summary, null, 2))).toEqual([summary]);
    expect(summariesIn('{"not":"a summary"}')).toEqual([]);
    expect(summariesIn(`${SUMMARY_MARK}{broken`)).toEqual([]);
  });
});

describe('pik bench distributed flags', () => {
  const out: string[] = [];
  const log = (line: string) => out.push(line);
  it.each([
    [['--targets', 'x.json', '--workers', '0'], "--workers: expected a whole number >= 1; got '0'"],
    [['--targets', 'x.json', '--workers', '2', '--tool', 'artillery'], '--workers: splits k6 runs'],
    [['--targets', 'x.json', '--emit', 'helm'], "--emit: expected k6-operator; got 'helm'"],
    [
      ['--targets', 'x.json', '--engine', 'fargate'],
      "--engine: expected local or artillery-lambda; got 'fargate'",
    ],
    [['--targets', 'x.json', '--engine', 'artillery-lambda', '--region', 'eu-west-1'], 'give --count N'],
    [['--targets', 'x.json', '--engine', 'artillery-lambda', '--count', '4'], 'give --region R'],
    [
      ['--targets', 'x.json', '--engine', 'artillery-lambda', '--count', 'x', '--region', 'r'],
      "--count: expected a whole number >= 1; got 'x'",
    ],
    [
      [
        '--targets',
        'x.json',
        '--engine',
        'artillery-lambda',
        '--count',
        '2',
        '--region',
        'r',
        '--tool',
        'k6',
      ],
      '--tool k6 runs none',
    ],
    [['--targets', 'x.json', '--count', '2'], '--count: only with --engine artillery-lambda'],
  ])('%j is a usage error naming the flag', async (argv, message) => {
    expect(await runBenchCli(argv, log)).toBe(2);
    expect(out.at(-1)).toContain(message);
  });

  it('--ingest of a folder without plans fails and says what it expected', async () => {
    expect(await runBenchCli(['--ingest', '/nonexistent-pik-folder'], log)).toBe(1);
    expect(out.at(-1)).toContain('nonexistent-pik-folder');
  });
});
