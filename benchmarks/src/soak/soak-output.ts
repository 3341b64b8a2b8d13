import { renderTable } from '../micro/output.js';
import type { Growth, GrowthBounds, ProcessSeries } from './growth.js';

/** What one pattern's load did during the soak (from its normalized bench record). */
export interface SoakLoad {
  readonly pattern: string;
  readonly tool: string;
  readonly requests: number;
  readonly unexpected: number;
  readonly errors: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly checksPassed: boolean;
}

/** The soak's result file (`soak.json`): the verdict per process, the load, and every raw sample. */
export interface SoakResult {
  readonly kind: 'soak';
  readonly createdAt: string;
  readonly label: string;
  readonly patterns: readonly string[];
  readonly durationSec: number;
  readonly intervalSec: number;
  readonly warmupSec: number;
  readonly bounds: GrowthBounds;
  readonly machine: { readonly cpus: number; readonly loadAverage1m: number; readonly busy: boolean };
  /** First and last request, in seconds of the samples' clock; growth is judged from first + warm-up to last. */
  readonly loadWindowSec: { readonly firstRequest: number; readonly lastRequest: number };
  readonly load: readonly SoakLoad[];
  readonly growth: readonly Growth[];
  readonly series: readonly ProcessSeries[];
}

const slope = (value: number | null): string => (value === null ? '-' : String(value));

/** The per-process table: growth after warm-up against the bounds. */
export function growthTable(growth: readonly Growth[]): string {
  return renderTable([
    [
      'process',
      'pid',
      'samples',
      'rss MB (first..last)',
      'MB/min',
      'fds (first..last)',
      'fds/min',
      'verdict',
    ],
    ...growth.map((g) => [
      g.label,
      g.pid,
      g.samples,
      `${g.rssMb.first}..${g.rssMb.last}`,
      slope(g.rssMbPerMin),
      `${g.fds.first}..${g.fds.last}`,
      slope(g.fdsPerMin),
      g.rssMbPerMin === null
        ? 'too few samples'
        : g.flagged.length > 0
          ? `FLAGGED: ${g.flagged.join('; ')}`
          : 'ok',
    ]),
  ]);
}

/** One sentence stating the method and the bounds, printed and written with every soak. */
export function boundsSentence(result: Pick<SoakResult, 'warmupSec' | 'intervalSec' | 'bounds'>): string {
  return `Growth is the Theil-Sen slope over the samples taken after the first ${result.warmupSec} s of load until its last request (one every ${result.intervalSec} s); a process is flagged above ${result.bounds.rssMbPerMin} MB/min of RSS${result.bounds.emulatorRssMbPerMin === undefined ? '' : ` (emulators, which hold the data written: ${result.bounds.emulatorRssMbPerMin} MB/min)`} or ${result.bounds.fdsPerMin} open descriptors/min.`;
}

/** soak.md: what ran, the bound, and the verdict per process. */
export function soakMarkdown(result: SoakResult): string {
  const flagged = result.growth.filter((g) => g.flagged.length > 0);
  return [
    `# Soak: ${result.patterns.join(', ')}`,
    '',
    `> ${result.label}: ${result.durationSec} s of load on ${result.patterns.length} pattern(s) at once, ${result.createdAt}, ${result.machine.cpus} cores, load average ${result.machine.loadAverage1m} before the run.`,
    '',
    boundsSentence(result),
    '',
    flagged.length === 0
      ? '**No process grew above the bound.**'
      : `**${flagged.length} process(es) grew above the bound:** ${flagged.map((g) => `${g.label} (${g.flagged.join('; ')})`).join(', ')}`,
    '',
    '```',
    growthTable(result.growth),
    '```',
    '',
    '## Load',
    '',
    '| pattern | tool | requests | unexpected | errors | p50 ms | p99 ms | checks |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...result.load.map(
      (l) =>
        `| ${l.pattern} | ${l.tool} | ${l.requests} | ${l.unexpected} | ${l.errors} | ${l.p50Ms} | ${l.p99Ms} | ${l.checksPassed ? 'pass' : 'failed'} |`,
    ),
    '',
  ].join('\n');
}
