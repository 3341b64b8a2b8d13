import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TargetPattern } from '@pik/contracts';
import type { PlanPhase, RunPlan } from '../scenarios/plan.js';
import { type ProcessResult, runToFiles } from '../tools/process.js';
import {
  ARTILLERY_NO_TELEMETRY,
  type ArtilleryFiles,
  artilleryBin,
  artilleryFiles,
  artilleryVersion,
  writeArtilleryFolder,
} from '../tools/run-artillery.js';
import type { ToolRun } from '../tools/run-k6.js';

/** `pik bench --engine artillery-lambda --count N --region R`. */
export interface ArtilleryLambdaOptions {
  readonly count: number;
  readonly region: string;
  /** Starts the artillery process; tests replace it (no AWS account here). */
  readonly spawn?: typeof runToFiles;
}

/**
 * Each of artillery's Lambda workers runs the whole phase list, so the script's rates are the plan's
 * divided by the worker count: the workers together offer what the plan offers. artillery takes a
 * fractional rate only in a ramp (`rampTo`); a steady rate or a burst that does not split into whole
 * arrivals per worker is refused, naming the rate, rather than silently offering another load.
 */
export function perWorkerPhases(phases: readonly PlanPhase[], count: number): PlanPhase[] {
  const whole = (value: number, what: string) => {
    if (Number.isInteger(value / count)) return value / count;
    throw new Error(
      `--count ${count}: ${what} does not split into whole arrivals over ${count} Lambda workers (artillery needs whole steady rates); choose a count that divides it`,
    );
  };
  return phases.map((phase) =>
    phase.kind === 'burst'
      ? { ...phase, size: whole(phase.size, `the burst of ${phase.size} in ${phase.name}`) }
      : {
          ...phase,
          stages: phase.stages.map((s) =>
            s.fromRate === s.toRate
              ? {
                  ...s,
                  fromRate: whole(s.fromRate, `${phase.name}'s ${s.fromRate}/s`),
                  toRate: s.toRate / count,
                }
              : { ...s, fromRate: s.fromRate / count, toRate: s.toRate / count },
          ),
        },
  );
}

/**
 * The `artillery run-lambda` arguments: workers in the target's VPC (its subnets and security groups from
 * the targets file) when the target is private, since a Lambda function outside the VPC cannot reach it.
 */
export function artilleryLambdaArgs(
  files: Pick<ArtilleryFiles, 'script' | 'report'>,
  options: Pick<ArtilleryLambdaOptions, 'count' | 'region'>,
  network: TargetPattern['privateNetwork'],
  dotenv: string,
): string[] {
  return [
    'run-lambda',
    '--count',
    String(options.count),
    '--region',
    options.region,
    ...(network
      ? [
          '--subnet-ids',
          network.subnetIds.join(','),
          '--security-group-ids',
          network.securityGroupIds.join(','),
        ]
      : []),
    '--dotenv',
    dotenv,
    '--output',
    files.report,
    files.script,
  ];
}

/**
 * Runs one plan with `artillery run-lambda` from `dir`: the same self-contained folder as a local run
 * (script, processor, plan) with per-worker rates. The credentials reach the workers through a `.env` file
 * written outside the results folder (mode 0600) and removed after the run. The per-request logs stay
 * on the workers, so the result has no timeline; counts and percentiles come from the combined report.
 */
export async function runArtilleryLambda(
  plan: RunPlan,
  dir: string,
  network: TargetPattern['privateNetwork'],
  options: ArtilleryLambdaOptions,
): Promise<ToolRun<ArtilleryFiles>> {
  if (plan.world === 'local-twin')
    throw new Error(
      '--engine artillery-lambda: Lambda workers cannot reach the twin on 127.0.0.1; use AWS targets',
    );
  const files = artilleryFiles(dir);
  const headers = await writeArtilleryFolder(
    { ...plan, phases: perWorkerPhases(plan.phases, options.count) },
    files,
  );
  const secrets = await mkdtemp(join(tmpdir(), 'pik-lambda-env-'));
  const dotenv = join(secrets, '.env');
  await writeFile(dotenv, `PIK_HEADERS=${JSON.stringify(headers)}\n`, { mode: 0o600 });
  await chmod(dotenv, 0o600);
  const startedAt = new Date().toISOString();
  let result: ProcessResult;
  try {
    const args = [
      '--require',
      ARTILLERY_NO_TELEMETRY,
      artilleryBin(),
      ...artilleryLambdaArgs(files, options, network, dotenv),
    ];
    result = await (options.spawn ?? runToFiles)(process.execPath, args, {
      env: { ...process.env, ARTILLERY_DISABLE_TELEMETRY: 'true' },
      cwd: dir,
      stdoutFile: files.stdout,
      stderrFile: files.stderr,
      // Lambda workers start in seconds to minutes; the run's own length plus a generous margin.
      timeoutMs: (plan.durationSec + 600) * 1000,
    });
  } finally {
    await rm(secrets, { recursive: true, force: true });
  }
  return { tool: 'artillery', version: await artilleryVersion(), ...result, startedAt, files };
}
