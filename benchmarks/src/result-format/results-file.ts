import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Value } from 'typebox/value';
import { ResultsFile } from './schema.js';

export const RESULTS_FILE = 'results.json';

export function assertResultsFile(value: unknown, source: string): asserts value is ResultsFile {
  if (!Value.Check(ResultsFile, value)) {
    const errors = [...Value.Errors(ResultsFile, value)].slice(0, 5);
    throw new Error(
      `${source} does not match the results schema: ${errors.map((e) => `${e.instancePath} ${e.message}`).join('; ')}`,
    );
  }
}

export async function writeResultsFile(dir: string, results: ResultsFile): Promise<string> {
  assertResultsFile(results, 'results');
  const file = join(dir, RESULTS_FILE);
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
  return file;
}

export async function readResultsFile(dir: string): Promise<ResultsFile> {
  const file = join(dir, RESULTS_FILE);
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new Error(`cannot read ${file}: ${(error as Error).message}`);
  }
  assertResultsFile(raw, file);
  return raw;
}
