import { mkdir } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeReports } from '../report/write-report.js';
import { readResultsFile } from '../result-format/results-file.js';

const USAGE = `usage: pik report DIR [DIR...] [--out dir]
  One DIR: re-renders its report.html and summary.md from results.json.
  Several: compares the runs side by side in --out (default: ./bench-comparison).`;

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
    const runs = await Promise.all(
      parsed.positionals.map(async (dir) => ({
        name: basename(resolve(dir)),
        results: await readResultsFile(dir),
      })),
    );
    const names = new Set<string>();
    const unique = runs.map((run, i) => {
      const name = names.has(run.name) ? `${run.name}#${i + 1}` : run.name;
      names.add(name);
      return { ...run, name };
    });
    const outDir = resolve(
      parsed.values.out ?? (unique.length === 1 ? (parsed.positionals[0] as string) : 'bench-comparison'),
    );
    await mkdir(outDir, { recursive: true });
    const written = await writeReports(outDir, unique);
    log(`${written.table}\n\nreport:  ${written.html}\nsummary: ${written.markdown}`);
    return 0;
  } catch (error) {
    log(`pik report: ${(error as Error).message}`);
    return 1;
  }
}
