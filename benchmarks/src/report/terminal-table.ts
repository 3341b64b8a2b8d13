import { COLUMNS, type Row } from './rows.js';

/** A plain-text table (no colours, so it reads the same in CI logs). */
export function terminalTable(rows: readonly Row[], showRun: boolean): string {
  const header = [...(showRun ? ['run'] : []), 'where', 'pattern', 'scenario', 'tool', ...COLUMNS];
  const body = rows.map((r) => [
    ...(showRun ? [r.run] : []),
    r.label,
    r.pattern,
    r.scenario,
    r.tool,
    ...r.cells,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((line) => (line[i] ?? '').length)));
  const numeric = (i: number): boolean => i >= header.length - COLUMNS.length && i < header.length - 1;
  const line = (cells: readonly string[]): string =>
    cells.map((c, i) => (numeric(i) ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}
