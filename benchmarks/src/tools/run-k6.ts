import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RunPlan } from '../scenarios/plan.js';
import { k6Options } from './k6-options.js';
import { captureOutput, runToFiles } from './process.js';

/** The k6 script, shipped as TypeScript beside `dist/` (k6 runs .ts natively). */
export const K6_SCRIPT = fileURLToPath(new URL('../../k6/scenario.ts', import.meta.url));

export interface K6Files {
  readonly plan: string;
  readonly summary: string;
  readonly raw: string;
  readonly stdout: string;
  readonly stderr: string;
  readonly dashboard?: string;
}

export interface ToolRun<F> {
  readonly tool: 'k6' | 'artillery';
  readonly version: string;
  readonly exitCode: number;
  readonly timedOut: boolean;
  readonly startedAt: string;
  readonly files: F;
}

export async function k6Version(k6: string): Promise<string> {
  const out = await captureOutput(k6, ['version']);
  return /k6 (v[\d.]+\S*)/.exec(out ?? '')?.[1] ?? 'unknown';
}

/**
 * Writes the plan the k6 script reads, without credentials; `extra` adds k6 fields (e.g. a histogram layout
 * for summaries merged elsewhere).
 */
export async function writeK6Plan(
  plan: RunPlan,
  file: string,
  summaryFile: string,
  extra: Record<string, unknown> = {},
): Promise<void> {
  // Credentials travel in the environment only; the plan on disk carries none.
  const { headers: _credentials, ...planOnDisk } = plan;
  const k6 = { options: k6Options(plan), summaryFile, ...extra };
  await writeFile(file, JSON.stringify({ ...planOnDisk, headers: {}, k6 }, null, 2));
}

/** The environment a k6 run of the plan gets: the plan's path and the credentials. */
export function k6Env(plan: RunPlan, planFile: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PIK_PLAN: planFile,
    PIK_HEADERS: JSON.stringify(plan.headers),
    K6_NO_USAGE_REPORT: 'true',
  };
}

/**
 * Runs the k6 script for one plan in `dir`. Exit code 99 means thresholds failed, which is a result, not
 * an error; the normalizer reads the summary either way.
 */
export async function runK6(
  k6: string,
  plan: RunPlan,
  dir: string,
  options: { dashboard?: boolean; timeoutMs?: number } = {},
): Promise<ToolRun<K6Files>> {
  const files: K6Files = {
    plan: join(dir, 'plan.json'),
    summary: join(dir, 'k6-summary.json'),
    raw: join(dir, 'k6-raw.json.gz'),
    stdout: join(dir, 'k6-stdout.log'),
    stderr: join(dir, 'k6-stderr.log'),
    ...(options.dashboard ? { dashboard: join(dir, 'k6-dashboard.html') } : {}),
  };
  await writeK6Plan(plan, files.plan, files.summary);
  const env: NodeJS.ProcessEnv = {
    ...k6Env(plan, files.plan),
    ...(files.dashboard
      ? {
          K6_WEB_DASHBOARD: 'true',
          K6_WEB_DASHBOARD_EXPORT: files.dashboard,
          K6_WEB_DASHBOARD_HOST: '127.0.0.1',
          K6_WEB_DASHBOARD_PORT: '-1',
        }
      : {}),
  };
  const startedAt = new Date().toISOString();
  const result = await runToFiles(k6, ['run', '--quiet', '--out', `json=${files.raw}`, K6_SCRIPT], {
    env,
    cwd: dir,
    stdoutFile: files.stdout,
    stderrFile: files.stderr,
    timeoutMs: options.timeoutMs ?? (plan.durationSec + 120) * 1000,
  });
  return { tool: 'k6', version: await k6Version(k6), ...result, startedAt, files };
}
