import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { assertResultsFile, RESULTS_FILE } from './results-file.js';
import type { ResultsFile } from './schema.js';

/** One input of `pik report`: a results file, a results folder, or a folder of results folders (repeats). */
export interface LoadedRunSet {
  readonly name: string;
  /** The folder the set was read from (a file's own folder). */
  readonly dir: string;
  readonly runs: readonly { readonly name: string; readonly results: ResultsFile }[];
}

async function readOne(file: string): Promise<ResultsFile> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new Error(`cannot read ${file}: ${(error as Error).message}`);
  }
  assertResultsFile(raw, file);
  return raw;
}

/**
 * Reads `path` as a results file (`.../results.json` or any `.json`), a results folder (holding
 * results.json), or a folder whose sub-folders are results folders: repeated runs of the same plan.
 */
export async function readRunSet(path: string): Promise<LoadedRunSet> {
  const full = resolve(path);
  const info = await stat(full).catch(() => undefined);
  if (!info)
    throw new Error(`${path}: no such file or folder (expected results.json or a folder holding it)`);
  if (info.isFile()) {
    const name = basename(full) === RESULTS_FILE ? basename(dirname(full)) : basename(full, '.json');
    return { name, dir: dirname(full), runs: [{ name, results: await readOne(full) }] };
  }
  const name = basename(full);
  const own = join(full, RESULTS_FILE);
  if (await stat(own).catch(() => undefined))
    return { name, dir: full, runs: [{ name, results: await readOne(own) }] };
  const repeats: string[] = [];
  for (const entry of (await readdir(full, { withFileTypes: true })).sort((x, y) =>
    x.name.localeCompare(y.name),
  ))
    if (entry.isDirectory() && (await stat(join(full, entry.name, RESULTS_FILE)).catch(() => undefined)))
      repeats.push(entry.name);
  if (repeats.length === 0) throw new Error(`${path}: holds no ${RESULTS_FILE}, and no folder in it does`);
  return {
    name,
    dir: full,
    runs: await Promise.all(
      repeats.map(async (r) => ({
        name: `${name}/${r}`,
        results: await readOne(join(full, r, RESULTS_FILE)),
      })),
    ),
  };
}
