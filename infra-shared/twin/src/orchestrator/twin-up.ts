/**
 * `twinUp`: reads the cloud assembly, stands the selected patterns up on 127.0.0.1, waits for health,
 * writes the targets file and prints what runs (and what the templates contain that does not).
 */
import { join, resolve } from 'node:path';
import type { TargetPattern, TargetsFile, Throttle } from '@pik/contracts';
import {
  type AwsServiceEndpoints,
  createAwsActionExecutor,
} from '../dataplane/aws-services/action-executor.js';
import { monotonicClock } from '../dataplane/clock.js';
import { DEFAULT_STREAM_TIME_SCALE, streamLimitsLine } from '../dataplane/gateway/stream-relay.js';
import { TokenBucket } from '../dataplane/token-bucket.js';
import { prepareTables, startDataStore, type TwinDataStore } from '../runtime/dynamodb.js';
import { createLogSink, type LogSink } from '../runtime/logs.js';
import { assemblyReport, assemblyTopologies } from '../template/assembly-topologies.js';
import { synthesizeApp } from '../template/cdk-app.js';
import type { ContainerCommands } from '../template/container-launch.js';
import { LOCAL_PSEUDO } from '../template/intrinsics.js';
import type { PatternTopology } from '../template/topology.js';
import { type AwsEmulators, startAwsEmulators } from './aws-emulators.js';
import { accountThrottle } from './configs/gateway.js';
import { type ControlServer, startControlServer } from './control.js';
import { type RunningCustomDomain, startCustomDomains } from './custom-domains.js';
import { endpointTable, notEmulatedReport, webSocketLines } from './report.js';
import { type RunningPattern, standUpPattern } from './stand-up.js';
import { targetPatternOf, targetsFileOf, writeTargetsFile } from './targets.js';

export interface TwinUpOptions {
  /** Repository root; `cdk.out/` and `.pik/` are found below it. @default process.cwd() */
  readonly root?: string;
  /** @default `<root>/cdk.out` (or `<app>/cdk.out` with `app`) */
  readonly cdkOut?: string;
  /** A CDK app folder (with its own cdk.json) to synthesize into `cdkOut` before starting. */
  readonly app?: string;
  /** `--container <ECS service logical id>=<command>`: local commands standing in for images. */
  readonly containerCommands?: ContainerCommands;
  /** What to run: pattern ids, stack names or `<stack>.<api logical id>`. @default every API in the assembly */
  readonly patterns?: readonly string[];
  /** DynamoDB endpoint; absent = embedded dynalite on 127.0.0.1. */
  readonly ddbEndpoint?: string;
  /** @default `<root>/.pik/targets.json`; `false` writes none. */
  readonly targetsFile?: string | false;
  /** Child process output: a file (default `<root>/.pik/twin.log`), the twin's output, or nowhere. */
  readonly logs?: 'file' | 'inherit' | 'discard';
  /** See `StandUpOptions.healthCheckScale`. @default 0.1 */
  readonly healthCheckScale?: number;
  /** See `StandUpOptions.streamTimeScale`. @default 0.1 */
  readonly streamTimeScale?: number;
  readonly lambdaIdleTimeoutMs?: number;
  /** The Region's account-level throttle, one bucket shared by every API. @default AWS's account quota */
  readonly accountThrottle?: Throttle;
  /** See `StandUpOptions.webSocketTimeScale`. @default 0.1 */
  readonly webSocketTimeScale?: number;
  /** Where start-up messages go. @default console.log */
  readonly print?: (line: string) => void;
}

export interface Twin {
  readonly patterns: ReadonlyMap<string, RunningPattern>;
  readonly targets: TargetsFile;
  readonly targetsPath: string | undefined;
  readonly controlUrl: string;
  readonly dataStore: TwinDataStore;
  /** The local services AWS integrations reach (Kinesis when a template needs it, DynamoDB). */
  readonly awsEndpoints: AwsServiceEndpoints;
  /** Public custom domain names: one listener each, routing by `Host` (empty when no stack has one). */
  readonly customDomains: readonly RunningCustomDomain[];
  /** The local S3 Firehose delivers to (when a template has a delivery stream). */
  readonly s3Endpoint?: string;
  /** Stops everything; safe to call more than once. */
  stop(): Promise<void>;
}

/** The runnable APIs of the assembly (see `assemblyTopologies`); `only` takes pattern ids or stack names. */
export function loadTopologies(cdkOut: string, only?: readonly string[]): PatternTopology[] {
  return assemblyTopologies(cdkOut, { only }).topologies;
}

/** What a running twin has started, in start order; `stop` closes it in reverse. */
interface Started {
  dataStore?: TwinDataStore;
  aws?: AwsEmulators;
  readonly running: Map<string, RunningPattern>;
  domains: RunningCustomDomain[];
  control?: ControlServer;
}

type Print = (line: string) => void;

/** Synthesizes `app` when given, then reads the assembly's runnable APIs (printing what does not run). */
async function readAssembly(options: TwinUpOptions, root: string, print: Print): Promise<PatternTopology[]> {
  const app = options.app === undefined ? undefined : resolve(root, options.app);
  const cdkOut = resolve(root, options.cdkOut ?? (app ? join(app, 'cdk.out') : 'cdk.out'));
  if (app) print(`synthesizing ${app} into ${await synthesizeApp(app, { outDir: cdkOut })}`);
  const assembly = assemblyTopologies(cdkOut, {
    only: options.patterns,
    containerCommands: options.containerCommands,
  });
  for (const line of assemblyReport(assembly)) print(line);
  if (assembly.topologies.length === 0) throw new Error(`no stack with an API Gateway API in ${cdkOut}`);
  return assembly.topologies;
}

/** The data store (tables created and seeded) and the emulators AWS integrations and pollers reach. */
async function startBackingServices(
  topologies: readonly PatternTopology[],
  options: TwinUpOptions,
  root: string,
  started: Started,
  print: Print,
): Promise<{ readonly dataStore: TwinDataStore; readonly aws: AwsEmulators }> {
  const dataStore = await startDataStore(options.ddbEndpoint);
  started.dataStore = dataStore;
  const seeded = await prepareTables(
    dataStore,
    topologies.flatMap((t) => t.tables),
  );
  print(
    `DynamoDB ${dataStore.embedded ? 'embedded (dynalite)' : 'at'} ${dataStore.endpoint}: ` +
      `${seeded.length} tables, ${seeded.reduce((n, s) => n + s.items, 0)} seeded items`,
  );
  const aws = await startAwsEmulators(topologies, dataStore.endpoint, join(root, '.pik', 's3'));
  started.aws = aws;
  for (const line of aws.lines) print(line);
  return { dataStore, aws };
}

/** Every pattern's data plane, one after the other, sharing the account's token bucket. */
async function standUpAll(
  topologies: readonly PatternTopology[],
  backing: { readonly dataStore: TwinDataStore; readonly aws: AwsEmulators },
  options: TwinUpOptions,
  deps: { readonly logs: LogSink; readonly started: Started; readonly print: Print },
): Promise<void> {
  const { dataStore, aws } = backing;
  const awsActions = createAwsActionExecutor(aws.endpoints, LOCAL_PSEUDO.region);
  // AWS throttles per account and Region across all APIs: one bucket for every API the twin runs.
  const accountBucket = new TokenBucket(options.accountThrottle ?? accountThrottle(), monotonicClock);
  for (const topology of topologies) {
    const pattern = await standUpPattern(topology, {
      accountBucket,
      dataStoreEnv: dataStore.env,
      logs: deps.logs,
      healthCheckScale: options.healthCheckScale,
      streamTimeScale: options.streamTimeScale,
      lambdaIdleTimeoutMs: options.lambdaIdleTimeoutMs,
      awsActions,
      ...(options.webSocketTimeScale !== undefined ? { webSocketTimeScale: options.webSocketTimeScale } : {}),
      ...(aws.endpoints.kinesis ? { kinesisEndpoint: aws.endpoints.kinesis } : {}),
      ...(aws.s3 ? { s3Endpoint: aws.s3.url } : {}),
    });
    deps.started.running.set(topology.patternId, pattern);
    if (pattern.edge) {
      const d = topology.distributions?.[0];
      deps.print(
        `${topology.patternId}: CloudFront ${d?.id} ${pattern.edge.url} (${d?.behaviours.length} cache behaviours, ` +
          `origin ${d?.originPath || '/'}); ${d?.webAcl ? 'its WAF web ACL is not evaluated' : 'no web ACL'}`,
      );
    }
  }
}

/** The targets file (written unless `targetsFile: false`) and the start-up listing. */
function publishTargets(
  topologies: readonly PatternTopology[],
  running: ReadonlyMap<string, RunningPattern>,
  control: ControlServer,
  options: TwinUpOptions & { readonly root: string; readonly logLabel: string },
  print: Print,
  s3Endpoint?: string,
): { readonly targets: TargetsFile; readonly targetsPath: string | undefined } {
  const entries: TargetPattern[] = [...running.values()].map((p) =>
    targetPatternOf(p, `${control.url}/patterns/${p.topology.patternId}`, s3Endpoint),
  );
  const targets = targetsFileOf(entries);
  const targetsPath =
    options.targetsFile === false
      ? undefined
      : resolve(options.root, options.targetsFile ?? join('.pik', 'targets.json'));
  if (targetsPath) writeTargetsFile(targetsPath, targets);
  for (const line of endpointTable(entries)) print(line);
  for (const line of webSocketLines(running)) print(line);
  for (const line of notEmulatedReport(topologies, options.healthCheckScale ?? 0.1)) print(line);
  if (topologies.some(hasStreamedRoute)) {
    print(streamLimitsLine(options.streamTimeScale ?? DEFAULT_STREAM_TIME_SCALE));
  }
  print(`control: ${control.url}  targets: ${targetsPath ?? '(not written)'}  logs: ${options.logLabel}`);
  return { targets, targetsPath };
}

export async function twinUp(options: TwinUpOptions = {}): Promise<Twin> {
  const root = resolve(options.root ?? process.cwd());
  const print = options.print ?? ((line: string) => console.log(line));
  const topologies = await readAssembly(options, root, print);
  const logTarget = options.logs ?? 'file';
  const logFile = join(root, '.pik', 'twin.log');
  const logs: LogSink = createLogSink(logTarget === 'file' ? { file: logFile } : logTarget);
  const started: Started = { running: new Map(), domains: [] };
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    for (const domain of started.domains) await domain.component.close().catch(() => {});
    for (const pattern of [...started.running.values()].reverse()) await pattern.close().catch(() => {});
    await started.control?.close();
    await started.aws?.close();
    await started.dataStore?.close();
    await logs.close();
  };
  try {
    const backing = await startBackingServices(topologies, options, root, started, print);
    await standUpAll(topologies, backing, options, { logs, started, print });
    await Promise.all([...started.running.values()].map((p) => p.ready()));
    started.domains = await startCustomDomains(started.running.values(), print);
    const control = await startControlServer(started.running);
    started.control = control;
    const logLabel = logTarget === 'file' ? logFile : logTarget;
    const published = publishTargets(
      topologies,
      started.running,
      control,
      { ...options, root, logLabel },
      print,
      backing.aws.s3?.url,
    );
    const { aws } = backing;
    return {
      patterns: started.running,
      ...published,
      controlUrl: control.url,
      dataStore: backing.dataStore,
      awsEndpoints: aws.endpoints,
      customDomains: started.domains,
      ...(aws.s3 ? { s3Endpoint: aws.s3.url } : {}),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Whether the pattern's API has a route whose integration streams its answer. */
function hasStreamedRoute(topology: PatternTopology): boolean {
  return topology.api.routes.some((route) => route.integration.responseTransferMode === 'STREAM');
}
