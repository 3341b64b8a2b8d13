import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { TargetsFile } from '@pik/contracts';
import { writeReports } from '../report/write-report.js';
import { discoverServiceData } from '../requests/discover-data.js';
import { machineEnvironment } from '../result-format/environment.js';
import { writeResultsFile } from '../result-format/results-file.js';
import type { ResultsFile } from '../result-format/schema.js';
import type { Scenario } from '../scenarios/catalogue.js';
import { buildPlan, stageLimitRefusal } from '../scenarios/plan.js';
import { inlineSecrets, resolveAuthHeaders } from '../targets/auth-headers.js';
import { selectPatterns, worldLabel } from '../targets/load-targets.js';
import { K6_PINNED_VERSION } from '../tools/k6-resolver.js';
import type { ArtilleryLambdaOptions } from './artillery-lambda.js';
import { ingestRunnerSummaries } from './ingest.js';
import { emitK6Operator } from './k6-operator.js';

/** The `pik bench` flags of distributed runs (parseArgs options), merged into the command's own. */
export const DISTRIBUTED_FLAGS = {
  workers: { type: 'string' },
  emit: { type: 'string' },
  namespace: { type: 'string' },
  ingest: { type: 'string' },
  engine: { type: 'string', default: 'local' },
  count: { type: 'string' },
} as const;

export const DISTRIBUTED_USAGE = `  --workers    k6 processes per run on this machine, each an execution segment, merged (default 1);
               with --emit k6-operator: the TestRun's parallelism
  --emit k6-operator  write a TestRun and a ConfigMap (plan and script) per run to --out instead of running
               (--namespace ns names their namespace)
  --ingest DIR normalize the runners' summaries (kubectl logs) in a folder --emit wrote; no --targets needed
  --engine     local (default) or artillery-lambda: the artillery half on AWS Lambda workers
  --count N    Lambda workers for --engine artillery-lambda (with --region R)`;

export interface DistributedChoice {
  readonly workers: number;
  readonly emit?: 'k6-operator';
  readonly namespace?: string;
  readonly artilleryLambda?: Pick<ArtilleryLambdaOptions, 'count' | 'region'>;
}

function wholeNumber(value: string | undefined, flag: string): number | string {
  if (value === undefined) return 1;
  return /^[1-9]\d*$/.test(value) ? Number(value) : `${flag}: expected a whole number >= 1; got '${value}'`;
}

/** Validates the distributed flags; a string is the usage error naming the flag. */
export function parseDistributedFlags(
  values: Record<string, string | boolean | undefined>,
): DistributedChoice | string {
  const workers = wholeNumber(values.workers as string | undefined, '--workers');
  if (typeof workers === 'string') return workers;
  if (values.tool === 'artillery' && workers > 1)
    return '--workers: splits k6 runs; --tool artillery runs none';
  const emit = values.emit as string | undefined;
  if (emit !== undefined && emit !== 'k6-operator') return `--emit: expected k6-operator; got '${emit}'`;
  const engine = values.engine as string;
  if (engine !== 'local' && engine !== 'artillery-lambda')
    return `--engine: expected local or artillery-lambda; got '${engine}'`;
  const namespace = values.namespace as string | undefined;
  if (engine === 'local') {
    if (values.count !== undefined) return '--count: only with --engine artillery-lambda';
    return { workers, ...(emit ? { emit } : {}), ...(namespace ? { namespace } : {}) };
  }
  if (values.tool === 'k6') return '--engine artillery-lambda: runs artillery; --tool k6 runs none';
  const count = wholeNumber(values.count as string | undefined, '--count');
  if (typeof count === 'string') return count;
  if (values.count === undefined) return '--engine artillery-lambda: give --count N (Lambda workers)';
  const region = values.region as string | undefined;
  if (!region) return '--engine artillery-lambda: give --region R (where the Lambda workers run)';
  return { workers, artilleryLambda: { count, region } };
}

export interface EmitOptions {
  readonly targets: TargetsFile;
  readonly patterns?: readonly string[];
  readonly scenarios: readonly Scenario[];
  readonly variant: 'short' | 'full';
  readonly durationSec?: number;
  readonly outDir: string;
  readonly parallelism: number;
  readonly namespace?: string;
  readonly log: (line: string) => void;
}

/** Plans every selected run and writes each as a TestRun folder under `outDir/<pattern>/<scenario>/`. */
export async function emitK6OperatorRuns(options: EmitOptions): Promise<number> {
  const runId = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '').toLowerCase();
  let written = 0;
  const secrets = options.targets.world.startsWith('aws:')
    ? (await import('../aws/aws-mode.js')).awsMode(options.targets.world, { log: options.log }).secrets
    : inlineSecrets;
  for (const pattern of selectPatterns(options.targets, options.patterns)) {
    const headers = await resolveAuthHeaders(pattern, secrets);
    const data = await discoverServiceData(pattern, headers);
    for (const scenario of options.scenarios) {
      const refusal = stageLimitRefusal(scenario, pattern);
      if (refusal) {
        options.log(refusal);
        continue;
      }
      const plan = buildPlan(scenario, pattern, options.targets.world, {
        variant: options.variant,
        headers,
        data,
        ...(options.durationSec !== undefined ? { durationSec: options.durationSec } : {}),
      });
      const dir = join(options.outDir, pattern.id, scenario.id);
      const emitted = await emitK6Operator(plan, dir, {
        parallelism: options.parallelism,
        runId,
        ...(options.namespace ? { namespace: options.namespace } : {}),
      });
      options.log(
        `${pattern.id} · ${scenario.id}: TestRun ${emitted.name} (parallelism ${options.parallelism}) in ${dir}`,
      );
      written += 1;
    }
  }
  options.log(
    `kubectl create secret generic pik-headers --from-literal=PIK_HEADERS="$PIK_HEADERS"; then per folder: kubectl apply -f configmap.yaml -f testrun.yaml; see docs/benchmarks-at-scale.md`,
  );
  return written;
}

/** `pik bench --ingest DIR`: one results folder (results.json, reports) from the runners' summaries. */
export async function runIngestCli(
  dir: string,
  outDir: string | undefined,
  log: (line: string) => void,
): Promise<number> {
  const root = resolve(dir);
  let ingested: Awaited<ReturnType<typeof ingestRunnerSummaries>>;
  try {
    ingested = await ingestRunnerSummaries(root, log);
  } catch (error) {
    log(`pik bench --ingest: ${(error as Error).message}`);
    return 1;
  }
  const { plans, results } = ingested;
  const first = plans[0];
  if (!first) {
    log(`pik bench --ingest: nothing to normalize under ${root}`);
    return 1;
  }
  const out = resolve(outDir ?? root);
  await mkdir(out, { recursive: true });
  const file: ResultsFile = {
    schemaVersion: 1,
    runId: `ingest-${new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '')}`,
    createdAt: new Date().toISOString(),
    world: first.world,
    label: worldLabel(first.world),
    environment: machineEnvironment({ k6: `${K6_PINNED_VERSION} (k6-operator runners)` }),
    results,
  };
  await writeResultsFile(out, file);
  const { table } = await writeReports(out, [{ name: file.runId, results: file }]);
  log(`\n${table}\n\nresults: ${join(out, 'results.json')}\nreport:  ${join(out, 'report.html')}`);
  const failed = results.filter((r) => [...r.thresholds, ...r.consistency].some((c) => !c.pass));
  return failed.length === 0 ? 0 : 1;
}
