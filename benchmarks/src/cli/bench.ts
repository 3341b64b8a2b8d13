import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type TargetPattern, type TargetsFile, targetAtStage } from '@pik/contracts';
import { regionOfWorld } from '../aws/clients.js';
import type { ArtilleryLambdaOptions } from '../distributed/artillery-lambda.js';
import {
  DISTRIBUTED_FLAGS,
  DISTRIBUTED_USAGE,
  type DistributedChoice,
  emitK6OperatorRuns,
  parseDistributedFlags,
  runIngestCli,
} from '../distributed/distributed-cli.js';
import { type TargetKiller, twinTargetKiller } from '../failover/run-failover.js';
import { writeReports } from '../report/write-report.js';
import { machineEnvironment } from '../result-format/environment.js';
import { writeResultsFile } from '../result-format/results-file.js';
import type { ResultsFile } from '../result-format/schema.js';
import { SCENARIOS, type Scenario, scenarioById } from '../scenarios/catalogue.js';
import { parseDurationSec } from '../scenarios/plan.js';
import { inlineSecrets, type SecretResolver } from '../targets/auth-headers.js';
import { loadTargets, selectPatterns, worldLabel } from '../targets/load-targets.js';
import { flushTwinCache, forceTwinColdStart } from '../targets/twin-control.js';
import { K6_INSTALL_HINT, resolveK6 } from '../tools/k6-resolver.js';
import { artilleryVersion } from '../tools/run-artillery.js';
import { k6Version } from '../tools/run-k6.js';
import { awsWriteBuffer, twinWriteBuffer, type WriteBufferReader } from '../write-burst/write-buffer.js';
import { type BenchSession, benchPattern, type LoadTool, type WorldHooks } from './bench-pattern.js';

export type ToolChoice = 'k6' | 'artillery' | 'both';

export interface BenchOptions {
  /** Path of the targets file, or the file itself. */
  readonly targets: string | TargetsFile;
  readonly patterns?: readonly string[];
  /** Benchmark this stage of each pattern (the targets file's `stages`). @default each pattern's first */
  readonly stage?: string;
  readonly scenarios?: readonly string[];
  /**
   * Scenario id -> the only pattern ids that scenario runs on; the other patterns skip it with a line
   * saying so. Scenarios not named run on every pattern.
   */
  readonly scenarioPatterns?: Readonly<Record<string, readonly string[]>>;
  readonly tool?: ToolChoice;
  /** `short` is the seconds-long CI/demo shape of every scenario. */
  readonly variant?: 'short' | 'full';
  readonly durationSec?: number;
  readonly outDir?: string;
  /** Export k6's web dashboard as HTML next to its raw output. */
  readonly k6Dashboard?: boolean;
  /** Progress lines (default: stderr). */
  readonly log?: (line: string) => void;
  /** How to get secrets the targets file leaves out (AWS). */
  readonly secrets?: SecretResolver;
  /** Discards every execution environment of a pattern before a cold-start scenario. */
  readonly forceColdStart?: (pattern: TargetPattern) => Promise<void>;
  /**
   * Empties a pattern's API cache before each run of a cached-read scenario; false when it has none.
   * @default the twin's control surface; none on AWS (hits there come from the CacheHitCount metric)
   */
  readonly flushCache?: (pattern: TargetPattern) => Promise<boolean>;
  /**
   * Kills and gives back one target of a service in the failover scenario.
   * @default the twin's control surface; on AWS ECS StopTask or Lambda reserved concurrency 0
   */
  readonly failoverTargets?: TargetKiller;
  /** k6 processes per run, each an execution segment of the plan, merged into one record (default 1). */
  readonly k6Workers?: number;
  /** Runs the artillery half on AWS Lambda (`artillery run-lambda`) instead of this machine. */
  readonly artilleryLambda?: ArtilleryLambdaOptions;
  /** Where the write-burst scenario counts queued and copied writes (default: the twin's, or AWS's). */
  readonly writeBuffer?: WriteBufferReader;
  /** Adjusts results after a run (AWS: Init Duration from the Lambda REPORT lines, gateway metrics). */
  readonly enrich?: (
    results: ResultsFile,
    context: { patterns: readonly TargetPattern[]; startedAt: Date; endedAt: Date },
  ) => Promise<ResultsFile>;
}

export interface BenchOutcome {
  readonly outDir: string;
  readonly results: ResultsFile;
  readonly table: string;
  readonly failed: number;
}

function runIdNow(): string {
  return new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '');
}

export function selectScenarios(ids: readonly string[] | undefined): Scenario[] {
  // Long scenarios, those that need a pattern with the API cache on, failover (it kills a target),
  // write-burst (patterns that buffer writes) and the WebSocket ones (they need a pattern with a WebSocket
  // API) run only when asked for.
  if (!ids || ids.length === 0)
    return SCENARIOS.filter((s) => !s.long && !s.cachedReads && !s.failover && !s.writeBurst && !s.webSocket);
  return ids.map(scenarioById);
}

/** The world's hooks: the options' own, else AWS's (loaded only for an AWS world), else the twin's. */
async function worldHooks(
  options: BenchOptions,
  world: TargetsFile['world'],
  log: (line: string) => void,
): Promise<{ hooks: WorldHooks; enrich: BenchOptions['enrich'] }> {
  // On AWS: secrets from Cognito/API Gateway, cold starts by configuration change, Init Duration from logs.
  const aws = world.startsWith('aws:')
    ? (await import('../aws/aws-mode.js')).awsMode(world, { log })
    : undefined;
  const hooks: WorldHooks = {
    secrets: options.secrets ?? aws?.secrets ?? inlineSecrets,
    forceCold: options.forceColdStart ?? aws?.forceColdStart ?? forceTwinColdStart,
    flushCache: options.flushCache ?? aws?.flushCache ?? flushTwinCache,
    killer: options.failoverTargets ?? aws?.failoverTargets ?? twinTargetKiller,
    writeBuffer: options.writeBuffer ?? (aws ? awsWriteBuffer(regionOfWorld(world)) : twinWriteBuffer),
  };
  return { hooks, enrich: options.enrich ?? aws?.enrich };
}

/** Runs the selected scenarios with the selected tools against every selected pattern; writes the results folder. */
export async function runBench(options: BenchOptions): Promise<BenchOutcome> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const targets = typeof options.targets === 'string' ? await loadTargets(options.targets) : options.targets;
  const stage = options.stage;
  const patterns = selectPatterns(targets, options.patterns).map((p) =>
    stage ? targetAtStage(p, stage) : p,
  );
  const scenarios = selectScenarios(options.scenarios);
  const tools: LoadTool[] =
    options.tool === 'k6' ? ['k6'] : options.tool === 'artillery' ? ['artillery'] : ['k6', 'artillery'];
  const runId = runIdNow();
  const outDir = resolve(options.outDir ?? join('bench-results', runId));
  await mkdir(outDir, { recursive: true });
  const { hooks, enrich } = await worldHooks(options, targets.world, log);
  const { k6, toolVersions } = await prepareTools(tools);
  const session: BenchSession = {
    world: targets.world,
    tools,
    variant: options.variant ?? 'full',
    durationSec: options.durationSec,
    outDir,
    k6,
    k6Dashboard: options.k6Dashboard,
    k6Workers: options.k6Workers,
    artilleryLambda: options.artilleryLambda,
    scenarioPatterns: options.scenarioPatterns,
    hooks,
    log,
    progress: { done: 0, total: patterns.length * scenarios.length * tools.length },
    results: [],
  };
  const label = worldLabel(targets.world);
  log(
    `pik bench: ${label}; ${patterns.length} pattern(s) x ${scenarios.length} scenario(s) x ${tools.join('+')} = ${session.progress.total} run(s); ${session.variant} shapes; results in ${outDir}`,
  );
  if (targets.world === 'local-twin') log('  figures are local twin figures, not AWS figures');
  const startedAt = new Date();
  for (const pattern of patterns) await benchPattern(session, pattern, scenarios);
  let file: ResultsFile = {
    schemaVersion: 1,
    runId,
    createdAt: startedAt.toISOString(),
    world: targets.world,
    label,
    environment: machineEnvironment(toolVersions),
    results: session.results,
  };
  if (enrich) {
    log('reading Init Duration and gateway metrics from CloudWatch');
    file = await enrich(file, { patterns, startedAt, endedAt: new Date() });
  }
  await writeResultsFile(outDir, file);
  const { table } = await writeReports(outDir, [{ name: runId, results: file }]);
  const failed = file.results.filter((r) => [...r.thresholds, ...r.consistency].some((c) => !c.pass)).length;
  return { outDir, results: file, table, failed };
}

/** The k6 binary (when k6 runs) and the version of every tool that runs. */
async function prepareTools(
  tools: readonly string[],
): Promise<{ k6: string | undefined; toolVersions: Record<string, string> }> {
  const toolVersions: Record<string, string> = {};
  let k6: string | undefined;
  if (tools.includes('k6')) {
    k6 = await resolveK6();
    if (!k6) throw new Error(`k6 not found on PATH or in the cache; install it with: ${K6_INSTALL_HINT}`);
    toolVersions.k6 = await k6Version(k6);
  }
  if (tools.includes('artillery')) toolVersions.artillery = await artilleryVersion();
  return { k6, toolVersions };
}

const USAGE = `usage: pik bench (--targets FILE | --cdk-outputs FILE [--region r]) [--patterns ids] [--stage s] [--scenarios ids]
                 [--tool k6|artillery|both] [--duration d] [--short] [--out dir] [--k6-dashboard]
  --targets    targets file (.pik/targets.json from the twin, or one built from cdk outputs)
  --cdk-outputs  the file of cdk deploy --outputs-file (AWS); --region when the URLs do not tell
  --patterns   comma-separated ids from the targets file: pattern ids or stack names (default: all of them)
  --stage      the stage of each pattern to benchmark (REST APIs with several; the targets file lists them)
  --scenarios  comma-separated: ${SCENARIOS.map((s) => s.id).join(', ')} (default: all but soak, cached-read, failover, write-burst, ws-*)
  --tool       k6, artillery or both (default both)
  --duration   stretch or shrink each scenario to about this long (e.g. 30s, 2m)
  --short      the seconds-long CI/demo shape of each scenario
  --out        results folder (default bench-results/<run id>)
${DISTRIBUTED_USAGE}`;

const list = (value: string | undefined): string[] | undefined =>
  value === undefined
    ? undefined
    : value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);

/** `pik bench ...`: returns the process exit code (1 when a check failed, 2 on bad usage). */
export async function runBenchCli(
  argv: readonly string[],
  log: (line: string) => void = (l) => process.stdout.write(`${l}\n`),
): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        targets: { type: 'string' },
        'cdk-outputs': { type: 'string' },
        region: { type: 'string' },
        patterns: { type: 'string' },
        stage: { type: 'string' },
        scenarios: { type: 'string' },
        tool: { type: 'string', default: 'both' },
        duration: { type: 'string' },
        short: { type: 'boolean', default: false },
        out: { type: 'string' },
        'k6-dashboard': { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
        ...DISTRIBUTED_FLAGS,
      },
      strict: true,
    }));
  } catch (error) {
    log(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    log(USAGE);
    return 0;
  }
  const tool = values.tool as string;
  if (!['k6', 'artillery', 'both'].includes(tool)) {
    log(`--tool: expected k6, artillery or both; got '${tool}'\n${USAGE}`);
    return 2;
  }
  const distributed = parseDistributedFlags(values);
  if (typeof distributed === 'string') {
    log(`${distributed}\n${USAGE}`);
    return 2;
  }
  if (values.ingest) return runIngestCli(values.ingest as string, values.out as string | undefined, log);
  if (!values.targets === !values['cdk-outputs']) {
    log(`give exactly one of --targets and --cdk-outputs\n${USAGE}`);
    return 2;
  }
  try {
    const targets = values['cdk-outputs']
      ? await (await import('../aws/targets-from-outputs.js')).loadTargetsFromCdkOutputs(
          values['cdk-outputs'] as string,
          values.region as string | undefined,
        )
      : (values.targets as string);
    if (distributed.emit) return await emitCli(targets, values, distributed, log);
    const outcome = await runBench({
      targets,
      patterns: list(values.patterns as string | undefined),
      ...(values.stage ? { stage: values.stage as string } : {}),
      scenarios: list(values.scenarios as string | undefined),
      tool: tool as ToolChoice,
      variant: values.short ? 'short' : 'full',
      ...(values.duration ? { durationSec: parseDurationSec(values.duration as string) } : {}),
      ...(values.out ? { outDir: values.out as string } : {}),
      k6Dashboard: values['k6-dashboard'] === true,
      k6Workers: distributed.workers,
      ...(distributed.artilleryLambda ? { artilleryLambda: distributed.artilleryLambda } : {}),
      log,
    });
    log(`\n${outcome.table}\n`);
    log(
      `results: ${join(outcome.outDir, 'results.json')}\nreport:  ${join(outcome.outDir, 'report.html')}\nsummary: ${join(outcome.outDir, 'summary.md')}`,
    );
    return outcome.failed === 0 ? 0 : 1;
  } catch (error) {
    log(`pik bench: ${(error as Error).message}`);
    return 1;
  }
}

/** `pik bench --emit k6-operator`: the selected runs as TestRun folders, nothing run here. */
async function emitCli(
  targets: string | TargetsFile,
  values: Record<string, string | boolean | undefined>,
  distributed: DistributedChoice,
  log: (line: string) => void,
): Promise<number> {
  const chosen = selectScenarios(list(values.scenarios as string | undefined));
  for (const s of chosen.filter((c) => c.webSocket))
    log(`${s.id}: not emitted, WebSocket scenarios run on this machine only`);
  const written = await emitK6OperatorRuns({
    targets: typeof targets === 'string' ? await loadTargets(targets) : targets,
    patterns: list(values.patterns as string | undefined),
    scenarios: chosen.filter((c) => !c.webSocket),
    variant: values.short ? 'short' : 'full',
    ...(values.duration ? { durationSec: parseDurationSec(values.duration as string) } : {}),
    outDir: resolve((values.out as string | undefined) ?? join('bench-results', `k6-operator-${runIdNow()}`)),
    parallelism: distributed.workers,
    ...(distributed.namespace ? { namespace: distributed.namespace } : {}),
    log,
  });
  return written > 0 ? 0 : 1;
}
