/**
 * Stands one pattern's data plane up on 127.0.0.1 from its topology, inside out: compute (Lambda
 * environments on demand, container replicas), then ALBs, then NLBs (whose targets may be those ALBs),
 * then the token issuer and the API Gateway front whose integrations reach them. What each component is
 * told comes from the pure translations in `configs/`; this file only starts them, in order, and passes
 * each one's local ports to the next. Everything started is closed again, in reverse order, by `close()`
 * or when a later step fails.
 */
import { randomBytes } from 'node:crypto';
import { createTokenIssuer } from '../dataplane/auth/token-issuer.js';
import type { AuthorizerConfig, RunningTokenIssuer } from '../dataplane/auth/types.js';
import type { ExecuteAwsAction } from '../dataplane/aws-services/action-executor.js';
import { monotonicClock } from '../dataplane/clock.js';
import { createApiGateway } from '../dataplane/gateway/api-gateway.js';
import { createLambdaProxyForward } from '../dataplane/gateway/lambda-proxy.js';
import type { Forward, RunningApiGateway } from '../dataplane/gateway/types.js';
import { createHttpForwarder } from '../dataplane/http-forwarder.js';
import { createAlb } from '../dataplane/lb/alb.js';
import { createNlb } from '../dataplane/lb/nlb.js';
import type { RunningAlb, RunningNlb } from '../dataplane/lb/types.js';
import { type ThrottleBucket, TokenBucket } from '../dataplane/token-bucket.js';
import { ContainerReplicas } from '../runtime/containers.js';
import { LambdaRuntime } from '../runtime/lambda-runtime.js';
import type { LogSink } from '../runtime/logs.js';
import { freePorts } from '../runtime/ports.js';
import type { PatternTopology } from '../template/topology.js';
import { functionService, segment } from './chain.js';
import {
  authorizerConfigs,
  type ClientCredentials,
  issuerClients,
  tokenIssuerConfig,
} from './configs/auth.js';
import { accountThrottle, apiGatewayConfig, apiKeyConfigs, integrationTargets } from './configs/gateway.js';
import { albConfig, nlbConfig } from './configs/load-balancers.js';
import { listenerKey, type TargetGroupInputs } from './configs/target-groups.js';

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
  const { lambdas, containers } = await startCompute(topology, options, teardown);
  const listenerPorts = new Map<string, number>();
  const inputs: TargetGroupInputs = {
    topology,
    healthCheckScale: options.healthCheckScale ?? 0.1,
    local: {
      replicaPorts: (id) => (containers.get(id)?.list() ?? []).map((replica) => replica.port),
      listenerPorts,
    },
  };
  // ALBs before NLBs: an NLB target group of type alb points at an ALB listener.
  const albs = new Map<string, RunningAlb>();
  for (const lb of topology.loadBalancers.filter((l) => l.kind === 'application')) {
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
  const { issuer, clients, authorizers } = await startIssuer(topology, teardown);
  const apiKeys = apiKeyConfigs(topology.api, () => randomBytes(20).toString('base64url'));
  const forward = integrationForward(topology, lambdas, listenerPorts, teardown);
  const gateway = await createApiGateway(apiGatewayConfig(topology.api, authorizers, apiKeys), {
    forward,
    invoke: lambdas.invoke,
    accountBucket: options.accountBucket ?? new TokenBucket(accountThrottle(), monotonicClock),
    log: gatewayLog(topology, options.logs),
    awsActions: options.awsActions,
  });
  teardown.add(() => gateway.close());

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
    ready: async () => {
      await Promise.all([...albs.values(), ...nlbs.values()].map((lb) => lb.ready()));
    },
    close: () => teardown.run(),
  };
}

/** The gateway's own lines go to the twin's log as `[gateway:<api id>]` (else the gateway's default). */
function gatewayLog(topology: PatternTopology, logs: LogSink | undefined) {
  return logs && ((line: string) => logs.write(`gateway:${topology.api.id}`, line));
}

/** Lambda environments (started on demand) and every container service's replicas. */
async function startCompute(topology: PatternTopology, options: StandUpOptions, teardown: Teardown) {
  const lambdas = new LambdaRuntime(topology.functions, {
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

/** The local token issuer and the authorizers trusting it, when the API has authorizers. */
async function startIssuer(topology: PatternTopology, teardown: Teardown) {
  const clients = issuerClients(topology, () => randomBytes(24).toString('base64url'));
  if (topology.api.authorizers.length === 0) {
    return { issuer: undefined, clients, authorizers: [] as AuthorizerConfig[] };
  }
  const issuer: RunningTokenIssuer = await createTokenIssuer(tokenIssuerConfig(topology.api, clients));
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
  const lambdaForward = createLambdaProxyForward(lambdas.invoke, {
    traceSegment: (functionId) =>
      segment.lambda(functionService(topology, lambdas.pool(functionId)?.spec.id ?? functionId)),
  });
  return (request, integration) =>
    integration.type === 'AWS_PROXY'
      ? lambdaForward(request, integration)
      : forwarder.forward(request, integration);
}
