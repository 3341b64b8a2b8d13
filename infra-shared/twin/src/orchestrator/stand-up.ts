/**
 * Stands one pattern's data plane up on 127.0.0.1 from its topology, inside out: compute (Lambda
 * environments on demand, container replicas), then ALBs, then NLBs (whose targets may be those ALBs),
 * then the token issuer and the API Gateway front whose integrations reach them. Everything started is
 * closed again, in reverse order, by `close()` or when a later step fails.
 */
import { randomBytes } from 'node:crypto';
import { QUOTAS } from '@pik/limits';
import { createTokenIssuer } from '../dataplane/auth/token-issuer.js';
import { createApiGateway } from '../dataplane/gateway/api-gateway.js';
import { createLambdaProxyForward } from '../dataplane/gateway/lambda-proxy.js';
import { createHttpForwarder } from '../dataplane/http-forwarder.js';
import { createAlb } from '../dataplane/lb/alb.js';
import { createNlb } from '../dataplane/lb/nlb.js';
import type {
  AlbActionConfig,
  AlbConditionConfig,
  AuthorizerConfig,
  HealthCheckConfig,
  HttpForwardTarget,
  IntegrationConfig,
  RouteConfig,
  RunningAlb,
  RunningApiGateway,
  RunningNlb,
  RunningTokenIssuer,
  TargetConfig,
  TargetGroupConfig,
} from '../dataplane/types.js';
import { ContainerReplicas } from '../runtime/containers.js';
import { LambdaRuntime } from '../runtime/lambda-runtime.js';
import type { LogSink } from '../runtime/logs.js';
import { freePorts, LOOPBACK } from '../runtime/ports.js';
import type {
  HealthCheckSpec,
  ListenerAction,
  PatternTopology,
  RouteSpec,
  TargetGroupSpec,
} from '../template/topology.js';
import { containerService, functionService, segment } from './chain.js';

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
}

export interface ClientCredentials {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly scopes: readonly string[];
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

/**
 * Scaled health-check timing. Floors keep a busy two-core machine from failing healthy targets: a check
 * gets at least a second to answer, and checks run at most twice a second.
 */
export const HEALTH_CHECK_FLOORS = { intervalMs: 500, timeoutMs: 1_000 } as const;

function healthCheckConfig(spec: HealthCheckSpec, scale: number): HealthCheckConfig {
  const timeoutMs = Math.max(HEALTH_CHECK_FLOORS.timeoutMs, Math.round(spec.timeoutSeconds * 1000 * scale));
  const intervalMs = Math.max(
    HEALTH_CHECK_FLOORS.intervalMs,
    Math.round(spec.intervalSeconds * 1000 * scale),
  );
  return {
    enabled: spec.enabled,
    protocol: spec.protocol === 'TCP' ? 'TCP' : 'HTTP',
    path: spec.path,
    intervalMs,
    timeoutMs,
    healthyThresholdCount: spec.healthyThreshold,
    unhealthyThresholdCount: spec.unhealthyThreshold,
    matcher: spec.matcher,
  };
}

function albAction(action: ListenerAction): AlbActionConfig {
  if (action.kind === 'fixed-response') {
    return {
      type: 'fixed-response',
      statusCode: action.statusCode,
      contentType: action.contentType,
      messageBody: action.body,
    };
  }
  return {
    type: 'forward',
    targetGroups: action.targetGroups.map((g) => ({ name: g.id, weight: g.weight })),
  };
}

function albCondition(c: {
  field: string;
  values: readonly string[];
  headerName?: string;
}): AlbConditionConfig {
  switch (c.field) {
    case 'http-header':
      return { field: 'http-header', headerName: c.headerName ?? '', values: c.values };
    case 'query-string':
      return {
        field: 'query-string',
        values: c.values.map((pair) => {
          const [key, value] = pair.split('=', 2);
          return key ? { key, value: value ?? '' } : { value: value ?? '' };
        }),
      };
    case 'host-header':
    case 'http-request-method':
    case 'path-pattern':
      return { field: c.field, values: c.values };
    default:
      throw new Error(`listener rule condition ${c.field} is not supported by the twin`);
  }
}

function routeKey(route: RouteSpec): string {
  return route.path === '$default' ? '$default' : `${route.method} ${route.path}`;
}

function integrationConfig(route: RouteSpec): IntegrationConfig {
  const i = route.integration;
  const t = i.target;
  const type = i.type === 'AWS_PROXY' || i.type === 'MOCK' ? i.type : 'HTTP_PROXY';
  return {
    id: i.id,
    type,
    connectionType: t.kind === 'vpc-link' ? 'VPC_LINK' : 'INTERNET',
    connectionId: t.kind === 'vpc-link' ? t.vpcLinkId : undefined,
    vpcLinkVersion: t.kind === 'vpc-link' ? t.linkVersion : undefined,
    uri: i.uri,
    integrationHttpMethod: i.method,
    requestParameters: i.requestParameters,
    timeoutMs: i.timeoutMs,
    payloadFormatVersion: i.payloadFormatVersion,
    functionId: t.kind === 'lambda' ? t.functionId : undefined,
  };
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
  const scale = options.healthCheckScale ?? 0.1;
  const tgById = new Map(topology.targetGroups.map((g) => [g.id, g]));

  // 1. Compute.
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

  const listenerPorts = new Map<string, number>();
  const targetsOf = (group: TargetGroupSpec): TargetConfig[] => {
    const t = group.targets;
    if (t.kind === 'lambda') {
      return t.functionIds.map((functionId) => ({
        functionId,
        traceSegment: segment.lambda(functionService(topology, functionId)),
      }));
    }
    if (t.kind === 'ip') {
      return t.containerServiceIds.flatMap((id) =>
        (containers.get(id)?.list() ?? []).map((replica) => ({
          host: LOOPBACK,
          port: replica.port,
          traceSegment: segment.container(containerService(topology, id)),
        })),
      );
    }
    return t.loadBalancerIds.flatMap((lbId) => {
      const port = listenerPorts.get(`${lbId}:${t.port}`);
      return port === undefined ? [] : [{ host: LOOPBACK, port }];
    });
  };
  const targetGroupConfig = (group: TargetGroupSpec): TargetGroupConfig => ({
    name: group.id,
    targetType: group.targets.kind,
    targets: targetsOf(group),
    healthCheck: healthCheckConfig(group.healthCheck, scale),
    multiValueHeaders: group.targets.kind === 'lambda' ? group.targets.multiValueHeaders : undefined,
  });

  // 2. ALBs (before NLBs: an NLB target group of type alb points at an ALB listener).
  const albs = new Map<string, RunningAlb>();
  for (const lb of topology.loadBalancers.filter((l) => l.kind === 'application')) {
    const groupIds = new Set(
      lb.listeners.flatMap((l) =>
        [l.defaultAction, ...l.rules.map((r) => r.action)].flatMap((a) =>
          a.kind === 'forward' ? a.targetGroups.map((g) => g.id) : [],
        ),
      ),
    );
    const alb = await createAlb(
      {
        name: lb.id,
        host: LOOPBACK,
        traceSegment: segment.alb(),
        listeners: lb.listeners.map((l) => ({
          port: 0,
          templatePort: l.port,
          defaultAction: albAction(l.defaultAction),
          rules: l.rules.map((r) => ({
            priority: r.priority,
            conditions: r.conditions.map(albCondition),
            action: albAction(r.action),
          })),
        })),
        targetGroups: [...groupIds].flatMap((id) => {
          const group = tgById.get(id);
          return group ? [targetGroupConfig(group)] : [];
        }),
      },
      { invoke: lambdas.invoke },
    );
    albs.set(lb.id, alb);
    teardown.add(() => alb.close());
    for (const l of alb.listeners) listenerPorts.set(`${lb.id}:${l.templatePort}`, l.port);
  }

  // 3. NLBs.
  const nlbs = new Map<string, RunningNlb>();
  for (const lb of topology.loadBalancers.filter((l) => l.kind === 'network')) {
    const listeners = lb.listeners.flatMap((l) => {
      const action = l.defaultAction;
      const group = action.kind === 'forward' ? tgById.get(action.targetGroups[0]?.id ?? '') : undefined;
      return group ? [{ port: 0, templatePort: l.port, targetGroup: targetGroupConfig(group) }] : [];
    });
    const nlb = await createNlb({ name: lb.id, host: LOOPBACK, listeners });
    nlbs.set(lb.id, nlb);
    teardown.add(() => nlb.close());
    for (const l of nlb.listeners) listenerPorts.set(`${lb.id}:${l.templatePort}`, l.port);
  }

  // 4. Token issuer and authorizers.
  const api = topology.api;
  let issuer: RunningTokenIssuer | undefined;
  const clients: ClientCredentials[] = [];
  const authorizers: AuthorizerConfig[] = [];
  if (api.authorizers.length > 0) {
    const issuerUrl = api.authorizers[0]?.issuer ?? '';
    const pools = topology.userPools.filter((p) => p.issuer === issuerUrl);
    const routeScopes = [...new Set(api.routes.flatMap((r) => r.scopes))];
    for (const client of pools.flatMap((p) => p.clients)) {
      clients.push({
        clientId: client.clientId,
        clientSecret: randomBytes(24).toString('base64url'),
        scopes: client.scopes.length ? client.scopes : routeScopes,
      });
    }
    if (clients.length === 0) {
      // A JWT authorizer whose issuer is not a pool in this stack: one client per allowed audience.
      for (const audience of api.authorizers.flatMap((a) => a.audience)) {
        clients.push({
          clientId: audience,
          clientSecret: randomBytes(24).toString('base64url'),
          scopes: routeScopes,
        });
      }
    }
    issuer = await createTokenIssuer({
      issuer: issuerUrl,
      host: LOOPBACK,
      clients: clients.map((c) => ({
        clientId: c.clientId,
        clientSecret: c.clientSecret,
        allowedScopes: c.scopes,
      })),
    });
    teardown.add(() => issuer?.close());
    const keys = { jwks: issuer.jwks };
    for (const a of api.authorizers) {
      authorizers.push(
        a.kind === 'jwt'
          ? {
              kind: 'jwt',
              id: a.id,
              identitySource: `$request.header.${a.identityHeader}`,
              issuer: a.issuer,
              audience: a.audience,
              keys,
            }
          : {
              kind: 'cognito',
              id: a.id,
              identityHeader: a.identityHeader,
              userPools: [{ issuer: a.issuer, keys }],
            },
      );
    }
  }

  // 5. API Gateway.
  const apiKeys = api.apiKeys.map((k) => ({
    id: k.id,
    value: k.value ?? randomBytes(20).toString('base64url'),
    enabled: k.enabled,
  }));
  const httpTargets = new Map<string, HttpForwardTarget>();
  for (const route of api.routes) {
    const t = route.integration.target;
    if (t.kind !== 'vpc-link') continue;
    const lb = topology.loadBalancers.find((l) => l.id === t.loadBalancerId);
    const port = listenerPorts.get(`${t.loadBalancerId}:${t.port}`);
    if (!lb || port === undefined) continue;
    const hops = [segment.vpcLink(t.linkVersion)];
    if (lb.kind === 'network') {
      hops.push(segment.nlb(t.port));
      // An NLB cannot add a trace segment; when it reaches containers directly, the caller records them.
      const listener = lb.listeners.find((l) => l.port === t.port);
      const action = listener?.defaultAction;
      const group = action?.kind === 'forward' ? tgById.get(action.targetGroups[0]?.id ?? '') : undefined;
      if (group?.targets.kind === 'ip' && group.targets.containerServiceIds[0]) {
        hops.push(segment.container(containerService(topology, group.targets.containerServiceIds[0])));
      }
    }
    httpTargets.set(route.integration.id, { host: LOOPBACK, port, hops });
  }
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
  const routes: RouteConfig[] = api.routes.map((route) => ({
    routeKey: routeKey(route),
    integration: integrationConfig(route),
    throttle: route.throttle,
    authorization: route.authorizerId
      ? { authorizerId: route.authorizerId, scopes: route.scopes }
      : undefined,
    apiKeyRequired: route.apiKeyRequired,
  }));
  const gateway = await createApiGateway(
    {
      apiId: api.id,
      kind: api.flavour,
      stageName: api.stage.name,
      host: LOOPBACK,
      port: 0,
      routes,
      throttle: {
        account: {
          rateLimit: QUOTAS.accountThrottleRate.value,
          burstLimit: QUOTAS.accountThrottleBurst.value,
        },
        stageDefault: api.stage.throttle,
      },
      authorizers,
      usagePlans: api.usagePlans.map((p) => ({
        id: p.id,
        throttle: p.throttle,
        quota: p.quota,
        apiStages: [{ apiId: api.id, stage: api.stage.name, methodThrottle: p.methodThrottles }],
        apiKeyIds: p.apiKeyIds,
      })),
      apiKeys,
      traceSegment: segment.gateway(api.flavour),
    },
    {
      forward: (request, integration) =>
        integration.type === 'AWS_PROXY'
          ? lambdaForward(request, integration)
          : forwarder.forward(request, integration),
    },
  );
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
