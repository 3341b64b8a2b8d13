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
import { type DistributedPlace, runDistributed } from '../distributed/run-distributed.js';
import { behindEdgeRefusal } from '../edge-cache/edge-refusal.js';
import { withEdgeCache } from '../edge-cache/edge-tiers.js';
import { runWithFailover, type TargetKiller, twinTargetKiller } from '../failover/run-failover.js';
import { writeReports } from '../report/write-report.js';
import { discoverServiceData } from '../requests/discover-data.js';
import { machineEnvironment } from '../result-format/environment.js';
import { normalize } from '../result-format/normalize.js';
import { readArtillery } from '../result-format/read-artillery.js';
import { readK6 } from '../result-format/read-k6.js';
import { writeResultsFile } from '../result-format/results-file.js';
import type { ResultsFile, ToolResult } from '../result-format/schema.js';
import { SCENARIOS, type Scenario, scenarioById } from '../scenarios/catalogue.js';
import { buildPlan, parseDurationSec, type RunPlan, stageLimitRefusal } from '../scenarios/plan.js';
import { inlineSecrets, resolveAuthHeaders, type SecretResolver } from '../targets/auth-headers.js';
import { loadTargets, selectPatterns, worldLabel } from '../targets/load-targets.js';
import { flushTwinCache, forceTwinColdStart } from '../targets/twin-control.js';
import { K6_INSTALL_HINT, resolveK6 } from '../tools/k6-resolver.js';
import { artilleryVersion, runArtillery } from '../tools/run-artillery.js';
import { k6Version, runK6 } from '../tools/run-k6.js';
import { runWebSocketScenario } from '../websocket/run-websocket.js';
import { webSocketRefusal } from '../websocket/ws-plan.js';
import { withWriteBurst } from '../write-burst/run-write-burst.js';
import { awsWriteBuffer, twinWriteBuffer, type WriteBufferReader } from '../write-burst/write-buffer.js';
import { writeBurstRefusal } from '../write-burst/write-burst-scenario.js';

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

/** Above this offered rate a twin and a load tool sharing one ordinary machine stop measuring the pattern. */
const LOCAL_PEAK_WARNING = 400;

function peakRate(plan: RunPlan): number {
  return Math.max(
    ...plan.phases.map((p) =>
      p.kind === 'burst' ? p.size : Math.max(...p.stages.map((s) => Math.max(s.fromRate, s.toRate))),
    ),
  );
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

/** Runs the selected scenarios with the selected tools against every selected pattern; writes the results folder. */
export async function runBench(options: BenchOptions): Promise<BenchOutcome> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const targets = typeof options.targets === 'string' ? await loadTargets(options.targets) : options.targets;
  const stage = options.stage;
  const patterns = selectPatterns(targets, options.patterns).map((p) =>
    stage ? targetAtStage(p, stage) : p,
  );
  const scenarios = selectScenarios(options.scenarios);
  const tools =
    options.tool === 'k6' ? ['k6'] : options.tool === 'artillery' ? ['artillery'] : ['k6', 'artillery'];
  const variant = options.variant ?? 'full';
  const runId = runIdNow();
  const outDir = resolve(options.outDir ?? join('bench-results', runId));
  await mkdir(outDir, { recursive: true });
  const label = worldLabel(targets.world);
  // On AWS: secrets from Cognito/API Gateway, cold starts by configuration change, Init Duration from logs.
  const aws = targets.world.startsWith('aws:')
    ? (await import('../aws/aws-mode.js')).awsMode(targets.world, { log })
    : undefined;
  const forceCold = options.forceColdStart ?? aws?.forceColdStart ?? forceTwinColdStart;
  const secrets = options.secrets ?? aws?.secrets ?? inlineSecrets;
  const flushCache = options.flushCache ?? aws?.flushCache ?? flushTwinCache;
  const enrich = options.enrich ?? aws?.enrich;
  const killer = options.failoverTargets ?? aws?.failoverTargets ?? twinTargetKiller;
  const writeBuffer =
    options.writeBuffer ?? (aws ? awsWriteBuffer(regionOfWorld(targets.world)) : twinWriteBuffer);

  const { k6, toolVersions } = await prepareTools(tools);
  const total = patterns.length * scenarios.length * tools.length;
  log(
    `pik bench: ${label}; ${patterns.length} pattern(s) x ${scenarios.length} scenario(s) x ${tools.join('+')} = ${total} run(s); ${variant} shapes; results in ${outDir}`,
  );
  if (targets.world === 'local-twin') log('  figures are local twin figures, not AWS figures');
  const startedAt = new Date();
  const results: ToolResult[] = [];
  let index = 0;
  for (const pattern of patterns) {
    const headers = await resolveAuthHeaders(pattern, secrets);
    // Read once, when the first HTTP scenario needs it (a pattern running only WebSocket scenarios never does).
    let data: Awaited<ReturnType<typeof discoverServiceData>> | undefined;
    const dataOf = async () => {
      data ??= await discoverServiceData(pattern, headers);
      return data;
    };
    for (const scenario of scenarios) {
      const skip = skipReason(scenario, pattern, options.scenarioPatterns);
      if (skip) {
        index += tools.length;
        log(`[${index}/${total}] ${skip}`);
        continue;
      }
      if (scenario.webSocket) {
        for (const tool of tools as ('k6' | 'artillery')[]) {
          index += 1;
          log(`[${index}/${total}] ${pattern.id} · ${scenario.id} · ${tool}: ${pattern.webSocket?.url}`);
          const dir = join(outDir, 'raw', pattern.id, scenario.id, tool);
          const place = { tool, dir, outDir, ...(k6 ? { k6 } : {}) };
          const result = await runWebSocketScenario(
            scenario,
            pattern,
            targets.world,
            { variant, headers },
            place,
          );
          results.push(result);
          log(`  ${resultLine(result)}`);
        }
        continue;
      }
      if (scenario.cachedReads && flushCache && !(await flushCache(pattern))) {
        index += tools.length;
        log(`[${index}/${total}] ${pattern.id} · ${scenario.id}: skipped, the pattern has no API cache`);
        continue;
      }
      const plan: RunPlan = buildPlan(scenario, pattern, targets.world, {
        variant,
        headers,
        data: await dataOf(),
        ...(options.durationSec !== undefined ? { durationSec: options.durationSec } : {}),
      });
      warnAboveLocalPeak(plan, scenario, pattern, targets.world, log);
      for (const tool of tools) {
        index += 1;
        log(
          `[${index}/${total}] ${pattern.id} · ${scenario.id} · ${tool}: ${plan.durationSec}s, ${plan.offered.requests} requests offered`,
        );
        if (scenario.forceColdStart) await forceCold(pattern);
        if (scenario.cachedReads) await flushCache?.(pattern);
        const dir = join(outDir, 'raw', pattern.id, scenario.id, tool);
        const run = () =>
          runTool(tool, plan, {
            dir,
            outDir,
            k6,
            k6Dashboard: options.k6Dashboard,
            log,
            pattern,
            k6Workers: options.k6Workers,
            artilleryLambda: options.artilleryLambda,
          });
        const measured = plan.failover
          ? await runWithFailover(
              run,
              { ...plan, failover: plan.failover },
              { tool: tool as 'k6' | 'artillery', dir, outDir, pattern, headers, killer, log },
            )
          : plan.writeBurst
            ? await withWriteBurst(
                await run(),
                { ...plan, writeBurst: plan.writeBurst },
                { tool: tool as 'k6' | 'artillery', outDir, pattern, headers, buffer: writeBuffer, log },
              )
            : await run();
        const result = plan.edgeCache
          ? await withEdgeCache(measured, tool as 'k6' | 'artillery', outDir)
          : measured;
        results.push(result);
        log(`  ${resultLine(result)}`);
      }
    }
  }
  let file: ResultsFile = {
    schemaVersion: 1,
    runId,
    createdAt: startedAt.toISOString(),
    world: targets.world,
    label,
    environment: machineEnvironment(toolVersions),
    results,
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

/** Why a scenario does not run on a pattern, or undefined when it does. */
function skipReason(
  scenario: Scenario,
  pattern: TargetPattern,
  limits: BenchOptions['scenarioPatterns'],
): string | undefined {
  const noWebSocket = webSocketRefusal(scenario, pattern);
  if (noWebSocket) return noWebSocket;
  if (scenario.forceColdStart && !pattern.services.some((svc) => svc.compute === 'lambda'))
    return `${pattern.id} · ${scenario.id}: skipped, the pattern has no Lambda services`;
  const refusal = writeBurstRefusal(scenario, pattern) ?? behindEdgeRefusal(scenario, pattern);
  if (refusal) return refusal;
  const limitedTo = limits?.[scenario.id];
  if (limitedTo && !limitedTo.includes(pattern.id))
    return `${pattern.id} · ${scenario.id}: skipped, limited to ${limitedTo.join(', ')}`;
  return stageLimitRefusal(scenario, pattern);
}

function warnAboveLocalPeak(
  plan: RunPlan,
  scenario: Scenario,
  pattern: TargetPattern,
  world: string,
  log: (line: string) => void,
): void {
  const peak = peakRate(plan);
  if (world !== 'local-twin' || peak <= LOCAL_PEAK_WARNING) return;
  log(
    `  warning: ${scenario.id} offers up to ${peak} requests/s to ${pattern.id} (stage limit ${pattern.throttle ? `${pattern.throttle.rateLimit}/s` : 'none'}); one machine running the twin and the load tool rarely sustains that. Synthesize the pattern with a lower stage throttle for local throttle runs.`,
  );
}

interface ToolRunPlace extends DistributedPlace {
  readonly k6Dashboard: boolean | undefined;
  readonly log: (line: string) => void;
}

/** One tool's run of a plan, normalized; a tool that overran its time limit is an error. */
async function runTool(tool: string, plan: RunPlan, place: ToolRunPlace): Promise<ToolResult> {
  await mkdir(place.dir, { recursive: true });
  const ticker = setInterval(
    () => place.log(`  … ${plan.pattern.id} · ${plan.scenario} · ${tool} running`),
    10_000,
  );
  try {
    const distributed = await runDistributed(tool, plan, place);
    if (distributed) return distributed;
    if (tool === 'k6') {
      const run = await runK6(place.k6 as string, plan, place.dir, { dashboard: place.k6Dashboard ?? false });
      if (run.timedOut) throw new Error(`k6 did not finish within its time limit; see ${run.files.stderr}`);
      return normalize(plan, await readK6(run, place.outDir));
    }
    const run = await runArtillery(plan, place.dir);
    if (run.timedOut)
      throw new Error(`artillery did not finish within its time limit; see ${run.files.stderr}`);
    return normalize(plan, await readArtillery(run, place.outDir));
  } finally {
    clearInterval(ticker);
  }
}

function resultLine(result: ToolResult): string {
  const statuses = Object.entries(result.requests.byStatus)
    .map(([code, count]) => `${code}x${count}`)
    .join(' ');
  const failed = [...result.thresholds, ...result.consistency].filter((c) => !c.pass);
  return `${result.requests.total} requests, p50 ${result.latencyMs.p50} ms, p95 ${result.latencyMs.p95} ms, 429 ${(result.share429 * 100).toFixed(1)}%, cold ${result.cold.count}, statuses ${statuses || '-'}${result.requests.errors ? ` errors x${result.requests.errors}` : ''}; ${failed.length === 0 ? 'all checks pass' : `failed: ${failed.map((f) => f.name).join('; ')}`}`;
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
