/**
 * `pik report a b`: what changed from a to b, per pattern x scenario x tool, with the run-to-run spread
 * of the same record as the yardstick. Each side may hold repeated runs (a folder of results folders);
 * a side's figure is the median of its repeats, and the spread is the widest range (max - min) of the
 * repeats on either side. A difference no larger than that spread is marked as such: the runs disagree
 * with themselves by as much.
 */
import { median } from '../micro/output.js';
import type { ResultsFile, ToolResult } from '../result-format/schema.js';

export const DIFF_METRICS = [
  { id: 'p50', unit: 'ms', of: (r: ToolResult) => r.latencyMs.p50 },
  { id: 'p95', unit: 'ms', of: (r: ToolResult) => r.latencyMs.p95 },
  { id: '429 %', unit: '%', of: (r: ToolResult) => r.share429 * 100 },
  { id: 'cold starts', unit: '', of: (r: ToolResult) => r.cold.count },
  /** Transport errors and answers the scenario does not expect. */
  { id: 'errors', unit: '', of: (r: ToolResult) => r.requests.errors + r.requests.unexpected },
] as const;

export type DiffMetric = (typeof DIFF_METRICS)[number]['id'];

export interface MetricDiff {
  readonly metric: DiffMetric;
  /** Median over each side's repeats. */
  readonly a: number;
  readonly b: number;
  /** b - a */
  readonly change: number;
  /** Widest max - min of the repeats on either side; null when neither side repeated the record. */
  readonly spread: number | null;
  /** `beyond spread`, `within spread`, or `no repeats` when there is no spread to judge by. */
  readonly verdict: 'beyond spread' | 'within spread' | 'no repeats';
}

export interface RecordDiff {
  readonly pattern: string;
  readonly scenario: string;
  readonly tool: string;
  readonly repeats: { readonly a: number; readonly b: number };
  readonly metrics: readonly MetricDiff[];
}

export interface RunSet {
  readonly name: string;
  readonly runs: readonly ResultsFile[];
}

const keyOf = (r: ToolResult) => `${r.pattern}\u0000${r.scenario}\u0000${r.tool}`;
const r2 = (value: number) => Math.round(value * 100) / 100;

function group(set: RunSet): Map<string, ToolResult[]> {
  const out = new Map<string, ToolResult[]>();
  for (const r of set.runs.flatMap((run) => run.results))
    out.set(keyOf(r), [...(out.get(keyOf(r)) ?? []), r]);
  return out;
}

function metricDiff(metric: (typeof DIFF_METRICS)[number], a: ToolResult[], b: ToolResult[]): MetricDiff {
  const values = (records: ToolResult[]) => records.map((r) => metric.of(r));
  const range = (records: ToolResult[]) =>
    records.length < 2 ? null : Math.max(...values(records)) - Math.min(...values(records));
  const ranges = [range(a), range(b)].filter((x): x is number => x !== null);
  const spread = ranges.length === 0 ? null : r2(Math.max(...ranges));
  const change = r2(median(values(b)) - median(values(a)));
  return {
    metric: metric.id,
    a: r2(median(values(a))),
    b: r2(median(values(b))),
    change,
    spread,
    verdict: spread === null ? 'no repeats' : Math.abs(change) <= spread ? 'within spread' : 'beyond spread',
  };
}

/** Every record present on both sides, compared metric by metric. */
export function diffRunSets(a: RunSet, b: RunSet): RecordDiff[] {
  const left = group(a);
  const right = group(b);
  return [...left.entries()].flatMap(([key, recordsA]) => {
    const recordsB = right.get(key);
    const first = recordsA[0];
    if (!recordsB || !first) return [];
    return [
      {
        pattern: first.pattern,
        scenario: first.scenario,
        tool: first.tool,
        repeats: { a: recordsA.length, b: recordsB.length },
        metrics: DIFF_METRICS.map((m) => metricDiff(m, recordsA, recordsB)),
      },
    ];
  });
}

const signed = (value: number) => (value > 0 ? `+${value}` : String(value));

/** One cell: `+12.3 ms (spread 1.1)` with a marker for a change within the spread. */
function cell(d: MetricDiff): string {
  const unit = DIFF_METRICS.find((m) => m.id === d.metric)?.unit ?? '';
  const change = `${signed(d.change)}${unit ? ` ${unit}` : ''}`;
  if (d.verdict === 'no repeats') return `${change} (no spread)`;
  return d.verdict === 'within spread'
    ? `~ ${change} (spread ${d.spread})`
    : `${change} (spread ${d.spread})`;
}

/** The Markdown section (also printed): one row per record, one column per metric. */
export function diffMarkdown(a: RunSet, b: RunSet, diffs: readonly RecordDiff[]): string {
  const header = ['pattern', 'scenario', 'tool', 'repeats a/b', ...DIFF_METRICS.map((m) => m.id)];
  const labels = (set: RunSet) => [...new Set(set.runs.map((r) => r.label))].join(' + ');
  const lines = [
    `# Differences: ${a.name} -> ${b.name}`,
    '',
    `${a.name}: ${a.runs.length} run(s), ${labels(a)}; ${b.name}: ${b.runs.length} run(s), ${labels(b)}.`,
    '',
    "Each cell is b - a of the medians over each side's repeats, with the run-to-run spread (the widest max - min of the repeats on either side) in brackets. `~` marks a difference no larger than the spread: the runs vary that much among themselves. `no spread`: neither side repeated the record, so nothing tells a change from noise.",
    '',
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...diffs.map(
      (d) =>
        `| ${[d.pattern, d.scenario, d.tool, `${d.repeats.a}/${d.repeats.b}`, ...d.metrics.map(cell)].join(' | ')} |`,
    ),
  ];
  if (labels(a) !== labels(b))
    lines.push('', `The sides were measured in different worlds (${labels(a)} vs ${labels(b)}).`);
  if (diffs.length === 0) lines.push('', 'No pattern x scenario x tool appears on both sides.');
  return `${lines.join('\n')}\n`;
}
