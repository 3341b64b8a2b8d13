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

export async function twinUp(options: TwinUpOptions = {}): Promise<Twin> {
  const root = resolve(options.root ?? process.cwd());
  const print = options.print ?? ((line: string) => console.log(line));
  const app = options.app === undefined ? undefined : resolve(root, options.app);
  const cdkOut = resolve(root, options.cdkOut ?? (app ? join(app, 'cdk.out') : 'cdk.out'));
  if (app) print(`synthesizing ${app} into ${await synthesizeApp(app, { outDir: cdkOut })}`);
  const assembly = assemblyTopologies(cdkOut, {
    only: options.patterns,
    containerCommands: options.containerCommands,
  });
  const topologies = assembly.topologies;
  for (const line of assemblyReport(assembly)) print(line);
  if (topologies.length === 0) throw new Error(`no stack with an API Gateway API in ${cdkOut}`);

  const logTarget = options.logs ?? 'file';
  const logFile = join(root, '.pik', 'twin.log');
  const logs: LogSink = createLogSink(logTarget === 'file' ? { file: logFile } : logTarget);
  const running = new Map<string, RunningPattern>();
  let control: ControlServer | undefined;
  let dataStore: TwinDataStore | undefined;
  let aws: AwsEmulators | undefined;
  let domains: RunningCustomDomain[] = [];
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    for (const domain of domains) await domain.component.close().catch(() => {});
    for (const pattern of [...running.values()].reverse()) await pattern.close().catch(() => {});
    await control?.close();
    await aws?.close();
    await dataStore?.close();
    await logs.close();
  };

  try {
    dataStore = await startDataStore(options.ddbEndpoint);
    const seeded = await prepareTables(
      dataStore,
      topologies.flatMap((t) => t.tables),
    );
    print(
      `DynamoDB ${dataStore.embedded ? 'embedded (dynalite)' : 'at'} ${dataStore.endpoint}: ` +
        `${seeded.length} tables, ${seeded.reduce((n, s) => n + s.items, 0)} seeded items`,
    );
    aws = await startAwsEmulators(topologies, dataStore.endpoint, join(root, '.pik', 's3'));
    for (const line of aws.lines) print(line);
    const awsActions = createAwsActionExecutor(aws.endpoints, LOCAL_PSEUDO.region);
    // AWS throttles per account and Region across all APIs: one bucket for every API the twin runs.
    const accountBucket = new TokenBucket(options.accountThrottle ?? accountThrottle(), monotonicClock);
    for (const topology of topologies) {
      const pattern = await standUpPattern(topology, {
        accountBucket,
        dataStoreEnv: dataStore.env,
        logs,
        healthCheckScale: options.healthCheckScale,
        streamTimeScale: options.streamTimeScale,
        lambdaIdleTimeoutMs: options.lambdaIdleTimeoutMs,
        awsActions,
        ...(options.webSocketTimeScale !== undefined
          ? { webSocketTimeScale: options.webSocketTimeScale }
          : {}),
        ...(aws.endpoints.kinesis ? { kinesisEndpoint: aws.endpoints.kinesis } : {}),
        ...(aws.s3 ? { s3Endpoint: aws.s3.url } : {}),
      });
      running.set(topology.patternId, pattern);
      if (pattern.edge) {
        const d = topology.distributions?.[0];
        print(
          `${topology.patternId}: CloudFront ${d?.id} ${pattern.edge.url} (${d?.behaviours.length} cache behaviours, ` +
            `origin ${d?.originPath || '/'}); ${d?.webAcl ? 'its WAF web ACL is not evaluated' : 'no web ACL'}`,
        );
      }
    }
    await Promise.all([...running.values()].map((p) => p.ready()));
    domains = await startCustomDomains(running.values(), print);
    control = await startControlServer(running);
    const controlUrl = control.url;
    const entries: TargetPattern[] = [...running.values()].map((p) =>
      targetPatternOf(p, `${controlUrl}/patterns/${p.topology.patternId}`),
    );
    const targets = targetsFileOf(entries);
    const targetsPath =
      options.targetsFile === false
        ? undefined
        : resolve(root, options.targetsFile ?? join('.pik', 'targets.json'));
    if (targetsPath) writeTargetsFile(targetsPath, targets);

    for (const line of endpointTable(entries)) print(line);
    for (const line of webSocketLines(running)) print(line);
    for (const line of notEmulatedReport(topologies, options.healthCheckScale ?? 0.1)) print(line);
    if (topologies.some(hasStreamedRoute)) {
      print(streamLimitsLine(options.streamTimeScale ?? DEFAULT_STREAM_TIME_SCALE));
    }
    print(
      `control: ${controlUrl}  targets: ${targetsPath ?? '(not written)'}  logs: ${logTarget === 'file' ? logFile : logTarget}`,
    );
    return {
      patterns: running,
      targets,
      targetsPath,
      controlUrl,
      dataStore,
      awsEndpoints: aws.endpoints,
      customDomains: domains,
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
