import type { ResultsFile, ToolResult } from '../result-format/schema.js';
import { barChart, escapeXml as esc } from './svg-charts.js';

type Runs = readonly { name: string; results: ResultsFile }[];

interface Named<K extends 'writeBurst' | 'edgeCache'> {
  readonly name: string;
  readonly r: ToolResult & { readonly [P in K]: NonNullable<ToolResult[P]> };
}

/** Records carrying `key`, each with the name the report shows for it. */
function recordsWith<K extends 'writeBurst' | 'edgeCache'>(runs: Runs, key: K): Named<K>[] {
  return runs.flatMap((run) =>
    run.results.results.flatMap((r) =>
      r[key]
        ? [
            {
              name: `${runs.length > 1 ? `${run.name}: ` : ''}${r.pattern} · ${r.tool}`,
              r: r as Named<K>['r'],
            },
          ]
        : [],
    ),
  );
}

const localLabel = (records: readonly { r: ToolResult }[]) =>
  [...new Set(records.map((n) => n.r.label))]
    .map((l) => (l === 'local twin' ? 'local twin figures, not AWS' : l))
    .join(' + ');
const per = (value: number | null) => (value === null ? '-' : `${value}/s`);
const pct = (ratio: number | null | undefined) =>
  ratio === null || ratio === undefined ? '-' : `${(ratio * 100).toFixed(1)}%`;

const BURST_HEADER = [
  'pattern · tool',
  'accepted',
  'applied',
  'queued',
  'lost',
  'in S3',
  'lag p50 / p99 ms',
  'accepted / applied per s',
  'ratio (goal)',
  'drained after',
];

function burstCells(r: Named<'writeBurst'>['r']): string[] {
  const b = r.writeBurst;
  return [
    String(b.accepted),
    `${b.applied}${b.refused ? ` (+${b.refused} refused)` : ''}`,
    String(b.queued),
    String(b.lost),
    b.inDurableCopy === null ? '-' : String(b.inDurableCopy),
    b.lagMs ? `${b.lagMs.p50} / ${b.lagMs.p99}` : '-',
    `${per(b.acceptRatePerSec)} / ${per(b.applyRatePerSec)}`,
    `${b.ratio === null ? '-' : `${b.ratio}x`} (${b.goalRatio}x: ${b.goalMet ? 'met' : 'not met'})`,
    b.drainSec === null ? `not within ${b.drainLimitSec} s` : `${b.drainSec.toFixed(1)} s`,
  ];
}

const TIER_HEADER = [
  'pattern · tool',
  'edge hits (ratio)',
  'API cache hits among edge misses (ratio)',
  'edge hit p50 ms',
  'edge miss, API cache hit p50 ms',
  'both missed p50 ms',
];

function tierP50(r: Named<'edgeCache'>['r'], tier: string): number | null {
  return r.edgeCache.tiers.find((t) => t.tier === tier)?.latencyMs.p50 ?? null;
}

function tierCells(r: Named<'edgeCache'>['r']): string[] {
  const e = r.edgeCache;
  return [
    `${e.edge.hits} of ${e.edge.hits + e.edge.misses} (${pct(e.edge.hitRatio)})`,
    e.apiCache
      ? `${e.apiCache.hits} of ${e.edge.misses} (${pct(e.apiCache.hitRatio)})`
      : 'not reported (AWS)',
    ...['edge-hit', 'api-cache-hit', 'both-miss'].map((tier) => String(tierP50(r, tier) ?? '-')),
  ];
}

function htmlTable(header: readonly string[], rows: readonly string[][]): string {
  const head = header.map((h) => `<th>${esc(h)}</th>`).join('');
  const body = rows.map((row) => `<tr>${row.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('');
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function markdownTable(title: string, header: readonly string[], rows: readonly string[][]): string[] {
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  return [
    '',
    `## ${title}`,
    '',
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ];
}

/** write-burst: accepted against applied rate per pattern and tool, and what became of the writes. */
export function writeBurstHtml(runs: Runs): string {
  const records = recordsWith(runs, 'writeBurst');
  if (records.length === 0) return '';
  const chart = barChart({
    title: 'Write burst: writes accepted vs applied per second',
    label: localLabel(records),
    unit: 'writes / s',
    categories: records.map((n) => n.name),
    series: [
      { name: 'accepted (202)', values: records.map((n) => n.r.writeBurst.acceptRatePerSec) },
      { name: 'applied by the consumer', values: records.map((n) => n.r.writeBurst.applyRatePerSec) },
    ],
  });
  const rows = records.map((n) => [n.name, ...burstCells(n.r)]);
  return `<figure id="write-burst-rates">${chart}<figcaption>Both rates from the same run: accepted over the tool's request window, applied between the consumer's first and last outcome. Lost = accepted - applied - refused - queued.</figcaption></figure>${htmlTable(BURST_HEADER, rows)}`;
}

/** cached-read behind CloudFront: each tier's p50, and both tiers' hit ratios. */
export function edgeCacheHtml(runs: Runs): string {
  const records = recordsWith(runs, 'edgeCache');
  if (records.length === 0) return '';
  const chart = barChart({
    title: 'Reads behind CloudFront: latency per tier (p50)',
    label: localLabel(records),
    unit: 'ms',
    categories: records.map((n) => n.name),
    series: [
      { name: 'edge hit', values: records.map((n) => tierP50(n.r, 'edge-hit')) },
      { name: 'edge miss, API cache hit', values: records.map((n) => tierP50(n.r, 'api-cache-hit')) },
      { name: 'both missed', values: records.map((n) => tierP50(n.r, 'both-miss')) },
    ],
  });
  const rows = records.map((n) => [n.name, ...tierCells(n.r)]);
  return `<figure id="edge-cache-tiers">${chart}<figcaption>Edge tier from CloudFront's X-Cache; the API cache tier from the twin's trace (AWS sends none).</figcaption></figure>${htmlTable(TIER_HEADER, rows)}`;
}

/** summary.md rows of both sections. */
export function writeBurstMarkdown(runs: Runs): string[] {
  const bursts = recordsWith(runs, 'writeBurst');
  const tiers = recordsWith(runs, 'edgeCache');
  return [
    ...(bursts.length === 0
      ? []
      : markdownTable(
          'Write burst: accepted against applied',
          BURST_HEADER,
          bursts.map((n) => [n.name, ...burstCells(n.r)]),
        )),
    ...(tiers.length === 0
      ? []
      : markdownTable(
          'Reads behind CloudFront: edge and API cache',
          TIER_HEADER,
          tiers.map((n) => [n.name, ...tierCells(n.r)]),
        )),
  ];
}
