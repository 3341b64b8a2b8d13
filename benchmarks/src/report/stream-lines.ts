import type { ResultsFile, SmallLatency } from '../result-format/schema.js';

/** The heading of the streaming section (Markdown summary and terminal). */
export const STREAM_HEADING = '## Streamed against buffered: time to first byte and total time';

const latency = (l: SmallLatency | null) => (l ? `${l.p50} / ${l.p95}` : '-');

/**
 * The `stream` scenario per pattern and tool: whether the target streams the export route, and the time
 * to first byte against the total time of the same answers. A streamed answer's first byte comes about one
 * DynamoDB page in; a buffered one's comes with its last.
 */
export function streamLines(runs: readonly { name: string; results: ResultsFile }[]): string[] {
  const exported = runs.flatMap((run) => run.results.results.filter((r) => r.transfer));
  if (exported.length === 0) return [];
  const lines = ['', STREAM_HEADING, ''];
  lines.push('| where | pattern | tool | transfer | exports | TTFB p50 / p95 ms | total p50 / p95 ms |');
  lines.push('| --- | --- | --- | --- | --- | --- | --- |');
  for (const r of exported) {
    const t = r.transfer;
    if (!t) continue;
    lines.push(
      `| ${r.label} | ${r.pattern} | ${r.tool} | ${t.mode} | ${t.totalMs?.count ?? 0} | ${latency(t.ttfbMs)} | ${latency(t.totalMs)} |`,
    );
  }
  return lines;
}
