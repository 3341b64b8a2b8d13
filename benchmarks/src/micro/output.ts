import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: this file is benchmarks/{src,dist}/micro/output.{ts,js}. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** `results/<kind>/<timestamp>.json` under the repository root (results/ is git-ignored). */
export async function writeResultFile(kind: string, result: unknown, outDir?: string): Promise<string> {
  const dir = outDir ?? path.join(REPO_ROOT, 'results', kind);
  await mkdir(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = path.join(dir, `${stamp}.json`);
  await writeFile(file, `${JSON.stringify(result, null, 2)}\n`);
  return file;
}

/** A plain aligned text table: first row is the header, numbers are right-aligned. */
export function renderTable(rows: readonly (readonly (string | number)[])[]): string {
  const cells = rows.map((row) => row.map((cell) => String(cell)));
  const widths =
    cells[0]?.map((_, column) => Math.max(...cells.map((row) => row[column]?.length ?? 0))) ?? [];
  const line = (row: string[], original: readonly (string | number)[]) =>
    row
      .map((cell, column) =>
        typeof original[column] === 'number'
          ? cell.padStart(widths[column] ?? 0)
          : cell.padEnd(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd();
  const out = cells.map((row, index) => line(row, rows[index] ?? []));
  out.splice(1, 0, widths.map((width) => '-'.repeat(width)).join('  '));
  return out.join('\n');
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export const round = (value: number, digits = 2): number => Math.round(value * 10 ** digits) / 10 ** digits;

/** The command that reproduces a run, for the result file and the terminal. */
export function rerunCommand(script: string, args: readonly string[]): string {
  return `npm run ${script}${args.length ? ` -- ${args.join(' ')}` : ''}`;
}

/** How busy the machine was: figures taken while other work keeps every core busy are noisy. */
export function machineLoad(): { cpus: number; loadAverage1m: number; busy: boolean } {
  const cores = cpus().length;
  const load = round(loadavg()[0] ?? 0, 2);
  return { cpus: cores, loadAverage1m: load, busy: load > cores };
}

export function loadWarning(before: {
  loadAverage1m: number;
  busy: boolean;
  cpus: number;
}): string | undefined {
  return before.busy
    ? `warning: load average ${before.loadAverage1m} on ${before.cpus} cores before the run: wall-clock figures are noisy`
    : undefined;
}
