import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RunPlan } from '../scenarios/plan.js';
import { artilleryConfig } from './artillery-config.js';
import { runToFiles } from './process.js';
import type { ToolRun } from './run-k6.js';

export const ARTILLERY_PROCESSOR = fileURLToPath(new URL('../../artillery/processor.cjs', import.meta.url));
/** Keeps artillery's residual telemetry call (about 12 s of retries offline) out of every run. */
export const ARTILLERY_NO_TELEMETRY = fileURLToPath(
  new URL('../../artillery/no-telemetry.cjs', import.meta.url),
);

export interface ArtilleryFiles {
  readonly plan: string;
  readonly script: string;
  readonly report: string;
  /** Prefix of the per-worker request logs (`<prefix>.<pid>-<thread>.jsonl`). */
  readonly requestLog: string;
  readonly stdout: string;
  readonly stderr: string;
}

const PROCESSOR_FILE = 'pik-processor.cjs';

const require = createRequire(import.meta.url);

export function artilleryBin(): string {
  const pkg = require.resolve('artillery/package.json');
  return join(dirname(pkg), 'bin', 'run');
}

export async function artilleryVersion(): Promise<string> {
  const pkg = JSON.parse(await readFile(require.resolve('artillery/package.json'), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

/** Where a run of artillery in `dir` keeps its files. */
export function artilleryFiles(dir: string): ArtilleryFiles {
  return {
    plan: join(dir, 'plan.json'),
    script: join(dir, 'artillery-script.json'),
    report: join(dir, 'artillery-report.json'),
    requestLog: join(dir, 'artillery-requests'),
    stdout: join(dir, 'artillery-stdout.log'),
    stderr: join(dir, 'artillery-stderr.log'),
  };
}

/**
 * Writes a self-contained artillery test (script, processor and plan side by side, no credentials) for
 * a plan; returns the credentials it left out.
 */
export async function writeArtilleryFolder(
  plan: RunPlan,
  files: ArtilleryFiles,
): Promise<Readonly<Record<string, string>>> {
  // Credentials travel in the environment only; the plan and the script on disk carry none.
  const { headers, ...planOnDisk } = plan;
  await writeFile(files.plan, JSON.stringify({ ...planOnDisk, headers: {} }, null, 2));
  await copyFile(ARTILLERY_PROCESSOR, join(dirname(files.script), PROCESSOR_FILE));
  await writeFile(
    files.script,
    JSON.stringify(artilleryConfig({ ...planOnDisk, headers: {} }, `./${PROCESSOR_FILE}`), null, 2),
  );
  return headers;
}

/** Runs artillery for one plan in `dir`; a failed `ensure` exits non-zero, which is a result too. */
export async function runArtillery(
  plan: RunPlan,
  dir: string,
  options: { timeoutMs?: number } = {},
): Promise<ToolRun<ArtilleryFiles>> {
  const files = artilleryFiles(dir);
  const headers = await writeArtilleryFolder(plan, files);
  const startedAt = new Date().toISOString();
  const result = await runToFiles(
    process.execPath,
    ['--require', ARTILLERY_NO_TELEMETRY, artilleryBin(), 'run', '--output', files.report, files.script],
    {
      env: {
        ...process.env,
        PIK_PLAN: files.plan,
        PIK_HEADERS: JSON.stringify(headers),
        PIK_ARTILLERY_LOG: files.requestLog,
        ARTILLERY_DISABLE_TELEMETRY: 'true',
        // One worker: the request log and the first-429 time stay on one clock, and two cores stay shared.
        WORKERS: process.env.WORKERS ?? '1',
      },
      cwd: dir,
      stdoutFile: files.stdout,
      stderrFile: files.stderr,
      timeoutMs: options.timeoutMs ?? (plan.durationSec + 120) * 1000,
    },
  );
  return { tool: 'artillery', version: await artilleryVersion(), ...result, startedAt, files };
}
