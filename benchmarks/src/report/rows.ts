import type { ResultsFile, ToolResult } from '../result-format/schema.js';

/** One line of the comparison table, shared by the terminal, Markdown and HTML renderers. */
export interface Row {
  readonly run: string;
  readonly label: string;
  readonly pattern: string;
  readonly scenario: string;
  readonly tool: string;
  readonly cells: readonly string[];
  readonly pass: boolean;
}

export const COLUMNS = [
  'requests',
  'req/s',
  'p50 ms',
  'p95 ms',
  'p99 ms',
  'max ms',
  '429 %',
  'first 429 s',
  'dropped',
  'cold (p50 ms)',
  'cache hits (ratio)',
  'checks',
] as const;

const fmt = (value: number, digits = 1): string =>
  Number.isInteger(value) ? String(value) : value.toFixed(digits);

export function passed(result: ToolResult): boolean {
  return result.thresholds.every((t) => t.pass) && result.consistency.every((c) => c.pass);
}

/** Hits and hit ratio where the record counted them; where hits come from CloudWatch (AWS), says so. */
export function cacheCell(result: ToolResult): string {
  const cache = result.cache;
  if (!cache) return '-';
  if (cache.hits === null) return 'CacheHitCount metric';
  return `${cache.hits} (${cache.hitRatio === null ? '-' : `${fmt(cache.hitRatio * 100, 1)}%`})`;
}

export function rowOf(run: string, result: ToolResult): Row {
  const l = result.latencyMs;
  const cold =
    result.cold.count === 0 ? '0' : `${result.cold.count} (${fmt(result.cold.latencyMs?.p50 ?? 0)})`;
  const failed = [...result.thresholds, ...result.consistency].filter((c) => !c.pass).length;
  return {
    run,
    label: result.label,
    pattern: result.pattern,
    scenario: result.scenario,
    tool: `${result.tool} ${result.toolVersion}${result.distributed ? ` (${result.distributed.engine} x${result.distributed.workers})` : ''}`,
    cells: [
      String(result.requests.total),
      fmt(result.throughputRps),
      fmt(l.p50, 2),
      fmt(l.p95, 2),
      fmt(l.p99, 2),
      fmt(l.max, 1),
      fmt(result.share429 * 100, 1),
      result.firstThrottleSec === null ? '-' : fmt(result.firstThrottleSec, 2),
      String(result.droppedIterations),
      cold,
      cacheCell(result),
      failed === 0 ? 'pass' : `${failed} failed`,
    ],
    pass: failed === 0,
  };
}

export function rowsOf(runs: readonly { name: string; results: ResultsFile }[]): Row[] {
  return runs.flatMap((run) => run.results.results.map((r) => rowOf(run.name, r)));
}
