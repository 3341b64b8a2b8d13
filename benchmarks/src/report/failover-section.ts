import type { ResultsFile, ToolResult } from '../result-format/schema.js';
import { escapeXml as esc, lineChart } from './svg-charts.js';

/** The failover records of a report, each with the name the report shows for it. */
interface Named {
  readonly name: string;
  readonly r: ToolResult & { readonly failover: NonNullable<ToolResult['failover']> };
}

function failoverRecords(runs: readonly { name: string; results: ResultsFile }[]): Named[] {
  return runs.flatMap((run) =>
    run.results.results.flatMap((r) =>
      r.failover
        ? [
            {
              name: `${runs.length > 1 ? `${run.name}: ` : ''}${r.pattern} · ${r.tool}`,
              r: { ...r, failover: r.failover },
            },
          ]
        : [],
    ),
  );
}

/** The cells both report forms show for one failover record. */
function failoverCells(r: Named['r']): string[] {
  const f = r.failover;
  const statuses = Object.entries(f.errorsByStatus)
    .map(([status, count]) => `${status} x${count}`)
    .join(', ');
  const writes = f.writes;
  return [
    f.target,
    `${f.killedAtSec} s`,
    statuses || 'none',
    f.errorWindow ? `${f.errorWindow.firstSec} .. ${f.errorWindow.lastSec} s` : '-',
    f.recoverySec === null ? 'not recovered' : `${f.recoverySec} s`,
    writes ? `${writes.lost} of ${writes.acknowledged}` : '-',
  ];
}

const HEADER = [
  'pattern · tool',
  'killed',
  'at (after first request)',
  'errors by status',
  'error window (since kill)',
  'back to zero errors',
  'acknowledged writes lost',
];

/** Seconds from the earliest to the latest second any record logged, the kill labelled. */
function secondTicks(records: readonly Named[]): { x: number; label: string }[] {
  const ts = records.flatMap((n) => n.r.failover.errorsOverTime.map((p) => p.t));
  // The chart's x range: every point (drawn at t + 0.5) and 0..1.
  const [from, to] = [
    Math.ceil(Math.min(0, ...ts.map((t) => t + 0.5))),
    Math.floor(Math.max(1, ...ts) + 0.5),
  ];
  // About a dozen labels at most, one of them on the kill.
  const step = Math.max(1, Math.ceil((to - from) / 12));
  const ticks = [];
  for (let t = Math.ceil(from / step) * step; t <= to; t += step)
    ticks.push({ x: t, label: t === 0 ? '0 kill' : String(t) });
  return ticks;
}

/** The HTML section: errors per second of every pattern on one timeline, aligned on the kill. */
export function failoverHtml(runs: readonly { name: string; results: ResultsFile }[]): string {
  const records = failoverRecords(runs);
  if (records.length === 0) return '';
  const labels = [...new Set(records.map((n) => n.r.label))];
  const chart = lineChart({
    title: 'Failover: errors per second around the kill',
    label: labels.map((l) => (l === 'local twin' ? 'local twin figures, not AWS' : l)).join(' + '),
    unit: 'errors / s',
    xUnit: 'seconds since the kill (0 = target killed)',
    // Each second's errors at its middle: the second that starts at the kill is drawn at 0.5.
    series: records.map((n) => ({
      name: n.name,
      points: n.r.failover.errorsOverTime.map((p) => [p.t + 0.5, p.errors] as const),
    })),
    xTicks: secondTicks(records),
  });
  const rows = records
    .map((n) => `<tr>${[n.name, ...failoverCells(n.r)].map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`)
    .join('');
  const head = HEADER.map((h) => `<th>${esc(h)}</th>`).join('');
  return `<figure id="failover-timeline">${chart}<figcaption>Errors are responses outside the expected statuses and requests without a response (no-response: reset, refused, timed out). Every acknowledged write was read back after the run.</figcaption></figure><table id="failover-table"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

/** The Markdown section: one row per pattern and tool. */
export function failoverMarkdown(runs: readonly { name: string; results: ResultsFile }[]): string[] {
  const records = failoverRecords(runs);
  if (records.length === 0) return [];
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  return [
    '',
    '## Failover: one target killed under steady load',
    '',
    `| ${HEADER.join(' | ')} |`,
    `| ${HEADER.map(() => '---').join(' | ')} |`,
    ...records.map((n) => `| ${[n.name, ...failoverCells(n.r)].map(cell).join(' | ')} |`),
  ];
}
