/** The fuzzing counts: a compact table for the log and `results/fuzz/results.json`. */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { FuzzRun, RouteCounts } from './schemathesis.js';

export interface FuzzTotals extends Omit<RouteCounts, 'statuses'> {
  readonly label: string;
  readonly errors: number;
}

export function totalsOf(run: FuzzRun): FuzzTotals {
  const routes = Object.values(run.routes);
  const sum = (key: 'cases' | 'serverErrors' | 'violations') =>
    routes.reduce((total, route) => total + route[key], 0);
  return {
    label: run.label,
    cases: sum('cases'),
    serverErrors: sum('serverErrors'),
    violations: sum('violations'),
    errors: run.errors,
  };
}

export function formatTable(runs: readonly FuzzRun[]): string {
  const rows = [['run / route', 'cases', '5xx', 'violations']];
  for (const run of runs) {
    const totals = totalsOf(run);
    rows.push([run.label, String(totals.cases), String(totals.serverErrors), String(totals.violations)]);
    // Routes the document declares get a row each; the one-case probes of undeclared methods share one.
    const probes = { cases: 0 };
    for (const [route, counts] of Object.entries(run.routes).sort(([a], [b]) => a.localeCompare(b))) {
      if (counts.cases > 1 || counts.serverErrors + counts.violations > 0) {
        rows.push([
          `  ${route}`,
          String(counts.cases),
          String(counts.serverErrors),
          String(counts.violations),
        ]);
      } else {
        probes.cases += counts.cases;
      }
    }
    if (probes.cases > 0) rows.push(['  (undeclared method probes)', String(probes.cases), '0', '0']);
  }
  const widths =
    rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  const line = (row: string[]) =>
    row
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[0] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join('  ');
  return rows.map(line).join('\n');
}

export async function writeResults(
  file: string,
  runs: readonly FuzzRun[],
  meta: Record<string, unknown>,
): Promise<void> {
  const document = {
    ...meta,
    runs: runs.map((run) => ({
      ...totalsOf(run),
      exitCode: run.exitCode,
      failedChecks: run.failedChecks,
      routes: run.routes,
    })),
  };
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(document, null, 2)}\n`);
}
