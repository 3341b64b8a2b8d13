import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { normalize } from '../result-format/normalize.js';
import type { K6Summary } from '../result-format/read-k6.js';
import type { ToolResult } from '../result-format/schema.js';
import type { RunPlan } from '../scenarios/plan.js';
import { K6_PINNED_VERSION } from '../tools/k6-resolver.js';
import { type K6RunnerOutput, mergeK6Runners } from './merge-k6.js';

/** The line prefix the k6 script prints its summary after when `PIK_SUMMARY=stdout` (runner logs). */
export const SUMMARY_MARK = 'pik-k6-summary ';

function isSummary(value: unknown): value is K6Summary & { state?: { testRunDurationMs?: number } } {
  return typeof value === 'object' && value !== null && 'metrics' in value && 'root_group' in value;
}

/** The k6 summaries in a file: the file itself (handleSummary JSON) or marked lines of a runner's log. */
export function summariesIn(text: string): K6Summary[] {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    try {
      const whole = JSON.parse(trimmed) as unknown;
      return isSummary(whole) ? [whole] : [];
    } catch {
      // not one JSON document: a log with marked lines
    }
  }
  return text.split('\n').flatMap((line) => {
    const at = line.indexOf(SUMMARY_MARK);
    if (at < 0) return [];
    try {
      const value = JSON.parse(line.slice(at + SUMMARY_MARK.length)) as unknown;
      return isSummary(value) ? [value] : [];
    } catch {
      return [];
    }
  });
}

/** Files that are the folder's own (the plan, the manifests, the script), not runner output. */
const OWN_FILES = /^(plan\.json|.*\.ya?ml|.*\.ts)$/;

async function runnersIn(dir: string, resultsDir: string): Promise<K6RunnerOutput[]> {
  const runners: K6RunnerOutput[] = [];
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    if (!entry.isFile() || OWN_FILES.test(entry.name)) continue;
    const file = join(dir, entry.name);
    const { mtimeMs } = await stat(file);
    for (const summary of summariesIn(await readFile(file, 'utf8'))) {
      const durationMs =
        (summary as { state?: { testRunDurationMs?: number } }).state?.testRunDurationMs ?? 0;
      runners.push({
        summary,
        exitCode: 0,
        // Runner logs carry no start time: the file's time less the run's length, to the second.
        startedAt: new Date(Math.round((mtimeMs - durationMs) / 1000) * 1000).toISOString(),
        rawFiles: [relative(resultsDir, file)],
      });
    }
  }
  return runners;
}

/** Every folder under `root` holding a plan.json (one emitted TestRun each). */
async function planFolders(root: string): Promise<string[]> {
  const entries = await readdir(root, { withFileTypes: true });
  const here = entries.some((e) => e.isFile() && e.name === 'plan.json') ? [root] : [];
  const below = await Promise.all(
    entries.filter((e) => e.isDirectory()).map((e) => planFolders(join(root, e.name))),
  );
  return [...here, ...below.flat()];
}

/**
 * Normalizes what the runners of emitted TestRuns left: for each folder with a plan.json, the k6
 * summaries of its files (the runners' logs, or summary files) merged into one record per plan.
 */
export async function ingestRunnerSummaries(
  root: string,
  log: (line: string) => void,
): Promise<{ plans: RunPlan[]; results: ToolResult[] }> {
  const folders = await planFolders(root);
  if (folders.length === 0)
    throw new Error(`--ingest: no plan.json under ${root}; point it at a folder pik bench --emit wrote`);
  const plans: RunPlan[] = [];
  const results: ToolResult[] = [];
  for (const folder of folders) {
    const plan = JSON.parse(await readFile(join(folder, 'plan.json'), 'utf8')) as RunPlan;
    const runners = await runnersIn(folder, root);
    if (runners.length === 0) {
      log(`${relative(root, folder) || '.'}: no runner summaries found (kubectl logs of each runner job)`);
      continue;
    }
    const measurement = mergeK6Runners(runners, K6_PINNED_VERSION);
    plans.push(plan);
    results.push({
      ...normalize(plan, measurement),
      distributed: { engine: 'k6-operator', workers: runners.length },
    });
    log(
      `${plan.pattern.id} · ${plan.scenario}: ${runners.length} runner summaries, ${measurement.total} requests`,
    );
  }
  return { plans, results };
}
