import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { diffMarkdown, diffRunSets } from '../report/diff.js';
import { writeReports } from '../report/write-report.js';
import { type LoadedRunSet, readRunSet } from '../result-format/run-set.js';

const USAGE = `usage: pik report DIR [DIR...] [--out dir]
  One DIR: re-renders its report.html and summary.md from results.json.
  Several: compares the runs side by side in --out (default: ./bench-comparison).
  Exactly two (a b): also the differences b - a (p50, p95, 429 %, cold starts, errors) against the
  run-to-run spread, in diff.md. A DIR may be a results.json file, a results folder, or a folder of
  results folders (repeated runs: the spread comes from them).`;

/** diff.md for `pik report a b`; returns its path and text. */
async function writeDiff(
  outDir: string,
  a: LoadedRunSet,
  b: LoadedRunSet,
): Promise<{ file: string; text: string }> {
  const sides = (set: LoadedRunSet) => ({ name: set.name, runs: set.runs.map((r) => r.results) });
  const text = diffMarkdown(sides(a), sides(b), diffRunSets(sides(a), sides(b)));
  const file = join(outDir, 'diff.md');
  await writeFile(file, text);
  return { file, text };
}

/** `pik report DIR [DIR...]`: returns the process exit code. */
export async function runReportCli(
  argv: readonly string[],
  log: (line: string) => void = (l) => process.stdout.write(`${l}\n`),
): Promise<number> {
  let parsed: { values: { out?: string; help?: boolean }; positionals: string[] };
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { out: { type: 'string' }, help: { type: 'boolean', default: false } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    log(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (parsed.values.help) {
    log(USAGE);
    return 0;
  }
  if (parsed.positionals.length === 0) {
    log(`pik report: name at least one results folder\n${USAGE}`);
    return 2;
  }
  try {
    const sets = await Promise.all(parsed.positionals.map(readRunSet));
    const runs = sets.flatMap((set) => set.runs);
    const names = new Set<string>();
    const unique = runs.map((run, i) => {
      const name = names.has(run.name) ? `${run.name}#${i + 1}` : run.name;
      names.add(name);
      return { ...run, name };
    });
    const outDir = resolve(
      parsed.values.out ?? (unique.length === 1 ? (sets[0] as LoadedRunSet).dir : 'bench-comparison'),
    );
    await mkdir(outDir, { recursive: true });
    const written = await writeReports(outDir, unique);
    // The differences first, so the last lines are still the table and the files written.
    const diff =
      sets.length === 2
        ? await writeDiff(outDir, sets[0] as LoadedRunSet, sets[1] as LoadedRunSet)
        : undefined;
    if (diff) log(diff.text);
    log(
      `${written.table}\n\nreport:  ${written.html}\nsummary: ${written.markdown}${diff ? `\ndiff:    ${diff.file}` : ''}`,
    );
    return 0;
  } catch (error) {
    log(`pik report: ${(error as Error).message}`);
    return 1;
  }
}
