/**
 * Stands one pattern's data plane up on 127.0.0.1 from its topology, inside out: compute (Lambda
 * environments on demand, container replicas), then ALBs, then NLBs (whose targets may be those ALBs),
 * then the token issuer and the API Gateway front whose integrations reach them; for a private API then its
 * execute-api endpoints and the public ALBs in front of them. What each component is
 * told comes from the pure translations in `configs/`; this file only starts them, in order, and passes
 * each one's local ports to the next. Everything started is closed again, in reverse order, by `close()`
 * or when a later step fails.
 */
import { randomBytes } from 'node:crypto';
import { createTokenIssuer } from '../dataplane/auth/token-issuer.js';
import type { AuthorizerConfig, RunningTokenIssuer } from '../dataplane/auth/types.js';
import type { ExecuteAwsAction } from '../dataplane/aws-services/action-executor.js';
import { monotonicClock } from '../dataplane/clock.js';
import { type RunningCloudFront, startCloudFront } from '../dataplane/cloudfront/cloudfront-listener.js';
import type { RunningEventBus } from '../dataplane/events/event-bus.js';
import { createApiGateway } from '../dataplane/gateway/api-gateway.js';
import { createLambdaProxyForward } from '../dataplane/gateway/lambda-proxy.js';
import {
  createLambdaStreamForward,
  isStreamingInvocation,
} from '../dataplane/gateway/lambda-stream-proxy.js';
import { DEFAULT_STREAM_TIME_SCALE, scaledStreamLimits } from '../dataplane/gateway/stream-relay.js';
import type { Forward, RunningApiGateway } from '../dataplane/gateway/types.js';
import { createHttpForwarder } from '../dataplane/http-forwarder.js';
import { createAlb } from '../dataplane/lb/alb.js';
import { createNlb } from '../dataplane/lb/nlb.js';
import type { RunningAlb, RunningNlb } from '../dataplane/lb/types.js';
import { type ThrottleBucket, TokenBucket } from '../dataplane/token-bucket.js';
import type { RunningWebSocketGateway } from '../dataplane/websocket/types.js';
import { ContainerReplicas } from '../runtime/containers.js';
import { LambdaRuntime } from '../runtime/lambda-runtime.js';
import type { LogSink } from '../runtime/logs.js';
import { freePorts } from '../runtime/ports.js';
import type { PatternTopology } from '../template/topology.js';
import { endpointFrontAlbs, functionService, segment } from './chain.js';
import {
  authorizerConfigs,
  type ClientCredentials,
  issuerClients,
  tokenIssuerConfig,
  trustedIssuer,
  withLocalKeySet,
} from './configs/auth.js';
import { accountThrottle, apiGatewayConfig, apiKeyConfigs, integrationTargets } from './configs/gateway.js';
import { albConfig, nlbConfig } from './configs/load-balancers.js';
import { privateEndpointsConfig } from './configs/private-api.js';
import { listenerKey, type TargetGroupInputs } from './configs/target-groups.js';
import { type RunningEventSources, startEventSources } from './event-sources.js';
import { type PrivateEntry, startPrivateFront } from './private-front.js';
import { DEFAULT_WEBSOCKET_TIME_SCALE, preparePushFront } from './push-front.js';

export type { ClientCredentials } from './configs/auth.js';

export interface StandUpOptions {
  /** Environment every compute process gets to reach the data store. */
  readonly dataStoreEnv: Readonly<Record<string, string>>;
  readonly logs?: LogSink;
  /**
   * Factor applied to the template's health-check intervals and timeouts, so a twin becomes healthy in
   * seconds instead of minutes. 1 = the template's own timing. @default 0.1
   */
  readonly healthCheckScale?: number;
  /**
   * Factor applied to AWS's time limits of streamed REST answers (5 minutes idle, 15 minutes in all), so a
   * stream that passes them is cut in seconds. 1 = AWS's own limits. @default 0.1
   */
  readonly streamTimeScale?: number;
  /** Lambda execution environments are reaped after this idle time. @default 300000 */
  readonly lambdaIdleTimeoutMs?: number;
  /** Environments per function without reserved concurrency. @default 10 */
  readonly unreservedConcurrency?: number;
  /**
   * The Region's account-level bucket: pass the same one to every pattern the twin runs, as AWS throttles
   * per account and Region across all APIs. @default a bucket of the account quota for this pattern alone
   */
  readonly accountBucket?: ThrottleBucket;
  /** Runs AWS integrations' actions against the local emulators (`aws-emulators.ts`). */
  readonly awsActions?: ExecuteAwsAction;
  /** WebSocket idle timeout and maximum duration are AWS's times this factor. @default 0.1 */
  readonly webSocketTimeScale?: number;
  /** The local Kinesis the event source mappings poll. @default none: mappings do not run */
  readonly kinesisEndpoint?: string;
  /** The local S3 the delivery streams write to. @default none: delivery streams do not run */
  readonly s3Endpoint?: string;
}

export interface RunningPattern {
  readonly topology: PatternTopology;
  readonly gateway: RunningApiGateway;
  readonly lambdas: LambdaRuntime;
  /** Container replicas by ECS service logical id. */
  readonly containers: ReadonlyMap<string, ContainerReplicas>;
  readonly albs: ReadonlyMap<string, RunningAlb>;
  readonly nlbs: ReadonlyMap<string, RunningNlb>;
  readonly issuer: RunningTokenIssuer | undefined;
  readonly clients: readonly ClientCredentials[];
  readonly apiKeys: readonly { readonly id: string; readonly value: string }[];
  /** Local port per load balancer listener, keyed `<lbId>:<templatePort>`. */
  readonly listenerPorts: ReadonlyMap<string, number>;
  /** A private API's way in from outside (public ALB, `Host`); absent for public APIs. */
  readonly privateEntry?: PrivateEntry;
  /** The stack's WebSocket API (the live feed), when it has one. */
  readonly webSocket?: RunningWebSocketGateway;
  /** The twin's EventBridge, when the stack has rules to Lambda. */
  readonly eventBus?: RunningEventBus;
  /** CloudFront in front of the API, when the template has a distribution. */
  readonly edge?: RunningCloudFront;
  /** Event source mappings (Kinesis pollers), their on-failure messages and fault switches. */
  readonly eventSources: RunningEventSources;
  /** Waits until every load balancer finished its first round of health checks. */
  ready(): Promise<void>;
  close(): Promise<void>;
}

/** Runs `steps` in order; if one fails, closes what earlier steps registered and rethrows. */
class Teardown {
  private readonly closers: (() => Promise<void> | void)[] = [];
  add(close: () => Promise<void> | void): void {
    this.closers.push(close);
  }
  async run(): Promise<void> {
    const errors: unknown[] = [];
    for (const close of this.closers.splice(0).reverse()) {
      try {
        await close();
      } catch (error) {
        errors.push(error);
      }
    }
    if (errors.length) throw new AggregateError(errors, 'teardown failed');
  }
}

export async function standUpPattern(
  topology: PatternTopology,
  options: StandUpOptions,
): Promise<RunningPattern> {
  const teardown = new Teardown();
  try {
    return await build(topology, options, teardown);
  } catch (error) {
    await teardown.run().catch(() => {});
    throw error;
  }
}

async function build(
  topology: PatternTopology,
  options: StandUpOptions,
  teardown: Teardown,
): Promise<RunningPattern> {
  const { issuer, clients, authorizers } = await startIssuer(topology, teardown);
  const functions = issuer
    ? withLocalKeySet(topology.functions, issuer.issuer, issuer.jwksUri)
    : topology.functions;
  const push = await preparePushFront(
    topology,
    functions,
    options.webSocketTimeScale ?? DEFAULT_WEBSOCKET_TIME_SCALE,
  );
  const { lambdas, containers } = await startCompute(topology, push.functions, options, teardown);
  const listenerPorts = new Map<string, number>();
  const inputs: TargetGroupInputs = {
    topology,
    healthCheckScale: options.healthCheckScale ?? 0.1,
    local: {
      replicaPorts: (id) => (containers.get(id)?.list() ?? []).map((replica) => replica.port),
      listenerPorts,
    },
  };
  const { albs, nlbs } = await startLoadBalancers(topology, inputs, { lambdas, listenerPorts, teardown });
  const apiKeys = apiKeyConfigs(topology.api, () => randomBytes(20).toString('base64url'));
  const forward = integrationForward(topology, lambdas, listenerPorts, teardown);
  const stampToken = randomBytes(24).toString('base64url');
  const access = topology.privateAccess;
  const gateway = await startGateway(
    topology,
    { authorizers, apiKeys, forward, lambdas, stampToken },
    options,
  );
  teardown.add(() => gateway.close());
  const front = access
    ? await startPrivateFront(topology, { port: gateway.port, token: stampToken }, inputs, {
        invoke: lambdas.invoke,
        teardown,
        listenerPorts,
      })
    : undefined;
  for (const [id, alb] of front?.albs ?? []) albs.set(id, alb);
  const pushFront = await push.start(lambdas.invoke, options.logs);
  teardown.add(() => pushFront.close());
  const distribution = topology.distributions?.[0];
  const edge = distribution
    ? await startCloudFront(distribution, new URL(gateway.baseUrl).origin)
    : undefined;
  if (edge) teardown.add(() => edge.close());
  const eventSources = await startEventSources(
    topology,
    lambdas,
    { kinesis: options.kinesisEndpoint, s3: options.s3Endpoint },
    (line) => options.logs?.write(topology.patternId, line),
  );
  teardown.add(() => eventSources.close());

  return {
    topology,
    gateway,
    lambdas,
    containers,
    albs,
    nlbs,
    issuer,
    clients,
    apiKeys,
    listenerPorts,
    eventSources,
    ...(edge ? { edge } : {}),
    ...(front ? { privateEntry: front.entry } : {}),
    ...(pushFront.webSocket ? { webSocket: pushFront.webSocket } : {}),
    ...(pushFront.eventBus ? { eventBus: pushFront.eventBus } : {}),
    ready: async () => {
      await Promise.all([...albs.values(), ...nlbs.values()].map((lb) => lb.ready()));
    },
    close: () => teardown.run(),
  };
}

/**
 * The template's load balancers, ALBs before NLBs (an NLB target group of type alb points at an ALB
 * listener), each listener's port recorded in `listenerPorts`. A private API's public ALBs are left out: they
 * target its endpoints, which start after the gateway (`startPrivateFront`).
 */
async function startLoadBalancers(
  topology: PatternTopology,
  inputs: TargetGroupInputs,
  started: { lambdas: LambdaRuntime; listenerPorts: Map<string, number>; teardown: Teardown },
): Promise<{ albs: Map<string, RunningAlb>; nlbs: Map<string, RunningNlb> }> {
  const { lambdas, listenerPorts, teardown } = started;
  const albs = new Map<string, RunningAlb>();
  const fronts = new Set(endpointFrontAlbs(topology).map((lb) => lb.id));
  for (const lb of topology.loadBalancers.filter((l) => l.kind === 'application' && !fronts.has(l.id))) {
    const alb = await createAlb(albConfig(lb, inputs), { invoke: lambdas.invoke });
    albs.set(lb.id, alb);
    teardown.add(() => alb.close());
    for (const l of alb.listeners) listenerPorts.set(listenerKey(lb.id, l.templatePort), l.port);
  }
  const nlbs = new Map<string, RunningNlb>();
  for (const lb of topology.loadBalancers.filter((l) => l.kind === 'network')) {
    const nlb = await createNlb(nlbConfig(lb, inputs));
    nlbs.set(lb.id, nlb);
    teardown.add(() => nlb.close());
    for (const l of nlb.listeners) listenerPorts.set(listenerKey(lb.id, l.templatePort), l.port);
  }
  return { albs, nlbs };
}

/** The API Gateway front; in private mode (REST API of endpoint type PRIVATE) when the topology says so. */
function startGateway(
  topology: PatternTopology,
  parts: {
    readonly authorizers: readonly AuthorizerConfig[];
    readonly apiKeys: ReturnType<typeof apiKeyConfigs>;
    readonly forward: Forward;
    readonly lambdas: LambdaRuntime;
    readonly stampToken: string;
  },
  options: StandUpOptions,
): Promise<RunningApiGateway> {
  const access = topology.privateAccess;
  const config = {
    ...apiGatewayConfig(topology.api, parts.authorizers, parts.apiKeys),
    streamLimits: scaledStreamLimits(options.streamTimeScale ?? DEFAULT_STREAM_TIME_SCALE),
  };
  return createApiGateway(access ? { ...config, traceSegment: segment.privateGateway() } : config, {
    forward: parts.forward,
    invoke: parts.lambdas.invoke,
    accountBucket: options.accountBucket ?? new TokenBucket(accountThrottle(), monotonicClock),
    log: gatewayLog(topology, options.logs),
    ...(access ? { privateEndpoints: privateEndpointsConfig(access, parts.stampToken) } : {}),
    awsActions: options.awsActions,
  });
}

/** The gateway's own lines go to the twin's log as `[gateway:<api id>]` (else the gateway's default). */
function gatewayLog(topology: PatternTopology, logs: LogSink | undefined) {
  return logs && ((line: string) => logs.write(`gateway:${topology.api.id}`, line));
}

/** Lambda environments (started on demand) and every container service's replicas. */
async function startCompute(
  topology: PatternTopology,
  functions: PatternTopology['functions'],
  options: StandUpOptions,
  teardown: Teardown,
) {
  const lambdas = new LambdaRuntime(functions, {
    extraEnv: options.dataStoreEnv,
    logs: options.logs,
    idleTimeoutMs: options.lambdaIdleTimeoutMs,
    unreservedConcurrency: options.unreservedConcurrency,
  });
  teardown.add(() => lambdas.close());
  const containers = new Map<string, ContainerReplicas>();
  await Promise.all(
    topology.containerServices.map(async (spec) => {
      const replicas = new ContainerReplicas(spec, {
        ports: await freePorts(spec.desiredCount),
        extraEnv: options.dataStoreEnv,
        logs: options.logs,
      });
      containers.set(spec.id, replicas);
      teardown.add(() => replicas.close());
      await replicas.start();
    }),
  );
  return { lambdas, containers };
}

/** The local token issuer and the native authorizers trusting it, when anything checks tokens. */
async function startIssuer(topology: PatternTopology, teardown: Teardown) {
  const clients = issuerClients(topology, () => randomBytes(24).toString('base64url'));
  const trusted = trustedIssuer(topology);
  if (trusted === undefined) {
    return { issuer: undefined, clients, authorizers: [] as AuthorizerConfig[] };
  }
  const issuer: RunningTokenIssuer = await createTokenIssuer(
    tokenIssuerConfig(topology.api, clients, trusted),
  );
  teardown.add(() => issuer.close());
  return { issuer, clients, authorizers: authorizerConfigs(topology.api, issuer.jwks) };
}

/** The gateway's integrations: Lambda proxy through the runtime, everything else over HTTP to its port. */
function integrationForward(
  topology: PatternTopology,
  lambdas: LambdaRuntime,
  listenerPorts: ReadonlyMap<string, number>,
  teardown: Teardown,
): Forward {
  const httpTargets = integrationTargets(topology, listenerPorts);
  const forwarder = createHttpForwarder((integration) => {
    const target = httpTargets.get(integration.id);
    if (!target) throw new Error(`integration ${integration.id} has no local target`);
    return target;
  });
  teardown.add(() => forwarder.close());
  // Traces name the service behind a function, as ALB targets do.
  const traced = {
    traceSegment: (functionId: string) =>
      segment.lambda(functionService(topology, lambdas.pool(functionId)?.spec.id ?? functionId)),
  };
  const lambdaForward = createLambdaProxyForward(lambdas.invoke, traced);
  const lambdaStream = createLambdaStreamForward(lambdas.invoke, traced);
  return (request, integration) => {
    if (integration.type !== 'AWS_PROXY') return forwarder.forward(request, integration);
    return (isStreamingInvocation(integration) ? lambdaStream : lambdaForward)(request, integration);
  };
}
