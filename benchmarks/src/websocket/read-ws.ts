/**
 * What a WebSocket run measured, read from either tool's output into one shape: k6's end-of-test summary
 * (`pik_ws_*` counters and trends) or artillery's report (`pik.ws_*` counters and summaries, and
 * `vusers.created` for the handshakes started).
 */
import { readFile } from 'node:fs/promises';
import type { LatencyStats } from '../result-format/schema.js';
import type { WsToolRun } from './run-ws-tools.js';
import { WS_METRICS, type WsMetric } from './ws-plan.js';

export interface WsFigures {
  readonly attempted: number;
  readonly opened: number;
  readonly rejected: number;
  readonly sent: number;
  readonly received: number;
  readonly subscribed: number;
  readonly writesAcked: number;
  readonly writesFailed: number;
  readonly handshake: LatencyStats | null;
  readonly roundTrip: LatencyStats | null;
  readonly delivery: LatencyStats | null;
}

type K6Metric = { values?: Record<string, number> };

/** Latency stats from a tool's own field names (k6 `avg`/`med`/`p(99)`, artillery `mean`/`p50`/`p99`). */
function statsOf(
  values: Record<string, number> | undefined,
  keys: Record<keyof LatencyStats, string>,
): LatencyStats | null {
  if (!values?.count) return null;
  const at = (name: keyof LatencyStats) => values[keys[name]] ?? 0;
  return {
    min: at('min'),
    mean: at('mean'),
    p50: at('p50'),
    p90: at('p90'),
    p95: at('p95'),
    p99: at('p99'),
    max: at('max'),
  };
}

const K6_KEYS = { min: 'min', mean: 'avg', p50: 'med', p90: 'p(90)', p95: 'p(95)', p99: 'p(99)', max: 'max' };
const ARTILLERY_KEYS = {
  min: 'min',
  mean: 'mean',
  p50: 'p50',
  p90: 'p90',
  p95: 'p95',
  p99: 'p99',
  max: 'max',
};
const k6Trend = (metric: K6Metric | undefined) => statsOf(metric?.values, K6_KEYS);

export function wsFiguresFromK6(summary: { metrics?: Record<string, K6Metric> }): WsFigures {
  const metrics = summary.metrics ?? {};
  const metric = (name: WsMetric) => metrics[`pik_${WS_METRICS[name]}`];
  const count = (name: WsMetric) => metric(name)?.values?.count ?? 0;
  return {
    attempted: count('opened') + count('rejected'),
    opened: count('opened'),
    rejected: count('rejected'),
    sent: count('sent'),
    received: count('received'),
    subscribed: count('subscribed'),
    writesAcked: count('writesAcked'),
    writesFailed: count('writesFailed'),
    handshake: k6Trend(metric('handshake')),
    roundTrip: k6Trend(metric('roundTrip')),
    delivery: k6Trend(metric('delivery')),
  };
}

type ArtillerySummary = Record<string, number>;
const artilleryStats = (summary: ArtillerySummary | undefined) => statsOf(summary, ARTILLERY_KEYS);

export function wsFiguresFromArtillery(report: {
  aggregate?: { counters?: Record<string, number>; summaries?: Record<string, ArtillerySummary> };
}): WsFigures {
  const counters = report.aggregate?.counters ?? {};
  const summaries = report.aggregate?.summaries ?? {};
  const count = (name: WsMetric) => counters[`pik.${WS_METRICS[name]}`] ?? 0;
  const attempted = counters['vusers.created'] ?? 0;
  // The engine reports a refused handshake as an error of the session; every session that never got its
  // 101 is one (opened is counted by the first step after it).
  return {
    attempted,
    opened: count('opened'),
    rejected: Math.max(0, attempted - count('opened')),
    sent: count('sent'),
    received: count('received'),
    subscribed: count('subscribed'),
    writesAcked: count('writesAcked'),
    writesFailed: count('writesFailed'),
    handshake: artilleryStats(summaries[`pik.${WS_METRICS.handshake}`]),
    roundTrip: artilleryStats(summaries[`pik.${WS_METRICS.roundTrip}`]),
    delivery: artilleryStats(summaries[`pik.${WS_METRICS.delivery}`]),
  };
}

/** The figures of a finished run; a run without its output file is an error naming the tool's log. */
export async function readWsRun(run: WsToolRun): Promise<WsFigures> {
  let text: string;
  try {
    text = await readFile(run.output, 'utf8');
  } catch {
    throw new Error(`${run.tool} wrote no ${run.output} (exit code ${run.exitCode}); see ${run.stderr}`);
  }
  const parsed = JSON.parse(text);
  return run.tool === 'k6' ? wsFiguresFromK6(parsed) : wsFiguresFromArtillery(parsed);
}
