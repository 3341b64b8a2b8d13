import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Measurement } from '../result-format/measurement.js';
import { type K6Summary, readK6Points } from '../result-format/read-k6.js';
import type { RunPlan } from '../scenarios/plan.js';
import { runToFiles } from '../tools/process.js';
import { K6_SCRIPT, k6Env, k6Version, writeK6Plan } from '../tools/run-k6.js';
import { type K6RunnerOutput, MERGED_TRENDS, mergeK6Runners } from './merge-k6.js';
import { executionSegments, segmentArgs } from './segments.js';

/** The files one segment's k6 process writes, beside the shared plan. */
export function workerFiles(dir: string, index: number) {
  return {
    summary: join(dir, `k6-summary.${index}.json`),
    raw: join(dir, `k6-raw.${index}.json.gz`),
    stdout: join(dir, `k6-stdout.${index}.log`),
    stderr: join(dir, `k6-stderr.${index}.log`),
  };
}

/**
 * Runs the plan as `workers` k6 processes on this machine, one execution segment each (started together,
 * each writing its own summary and JSON output), and merges them into one measurement. A process that
 * overran its time limit is an error.
 */
export async function runK6Workers(
  k6: string,
  plan: RunPlan,
  dir: string,
  workers: number,
  resultsDir: string,
): Promise<Measurement> {
  const planFile = join(dir, 'plan.json');
  await writeK6Plan(plan, planFile, join(dir, 'k6-summary.json'));
  const startedAt = new Date().toISOString();
  const runs = await Promise.all(
    executionSegments(workers).map(async (segment) => {
      const files = workerFiles(dir, segment.index);
      const args = ['run', '--quiet', ...segmentArgs(segment), '--out', `json=${files.raw}`, K6_SCRIPT];
      const result = await runToFiles(k6, args, {
        env: { ...k6Env(plan, planFile), PIK_SUMMARY: files.summary },
        cwd: dir,
        stdoutFile: files.stdout,
        stderrFile: files.stderr,
        timeoutMs: (plan.durationSec + 120) * 1000,
      });
      return { ...result, files };
    }),
  );
  const late = runs.find((r) => r.timedOut);
  if (late) throw new Error(`k6 did not finish within its time limit; see ${late.files.stderr}`);
  const runners: K6RunnerOutput[] = await Promise.all(
    runs.map(async ({ exitCode, files }) => ({
      summary: JSON.parse(await readFile(files.summary, 'utf8')) as K6Summary,
      raw: await readK6Points(files.raw, MERGED_TRENDS),
      exitCode,
      startedAt,
      rawFiles: Object.values(files).map((file) => relative(resultsDir, file)),
    })),
  );
  return mergeK6Runners(runners, await k6Version(k6));
}
