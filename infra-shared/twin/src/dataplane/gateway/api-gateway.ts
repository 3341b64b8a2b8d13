import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { QUOTAS } from '@pik/limits';
import { createAuthorizer } from '../auth/authorizers.js';
import { TWIN_ARN_SCOPE } from '../auth/iam-policy.js';
import { createLambdaAuthorizer, type LambdaAuthorizer } from '../auth/lambda-authorizer.js';
import { compileResourcePolicy } from '../auth/resource-policy.js';
import { monotonicClock } from '../clock.js';
import { closeServer, listen } from '../http-util.js';
import { TokenBucket } from '../token-bucket.js';
import { appendTrace, incomingTrace } from '../trace.js';
import { GatewayContext, type GatewayStage, refusal, runStages } from './context.js';
import type { ApiGatewayDeps } from './gateway-deps.js';
import { gatewayResponseRenderer } from './gateway-response-overrides.js';
import { type GatewayScope, routePipeline } from './pipeline.js';
import { endpointKeys, endpointOf } from './private-endpoint.js';
import { httpRequestId, restRequestId } from './request-id.js';
import { RouteTable } from './route-table.js';
import { StageCache } from './stage-cache.js';
import { type ResourcePolicyCheck, sourceIpKeys } from './stages/resource-policy.js';
import { responseStage, sendGatewayError } from './stages/response.js';
import { routeMatchStage } from './stages/route-match.js';
import type { ApiGatewayConfig, RunningApiGateway } from './types.js';
import { UsagePlans } from './usage-plans.js';

/**
 * API Gateway front on 127.0.0.1. Each request runs route match, then its route's pipeline
 * (`pipeline.ts`: payload limit, authorizer, API key, throttle, integration, response), assembled once per
 * route at start; a stage that refuses gets AWS's own answer (`gateway-responses.ts`). Integrations are
 * reached through `deps.forward`.
 */
export async function createApiGateway(
  config: ApiGatewayConfig,
  deps: ApiGatewayDeps,
): Promise<RunningApiGateway> {
  const kind = config.kind;
  const host = config.host ?? '127.0.0.1';
  const traceSegment = config.traceSegment ?? `gateway:${kind}`;
  const privateEndpoints = deps.privateEndpoints;
  if (privateEndpoints && kind !== 'rest')
    throw new Error(`API '${config.apiId}': only REST APIs can be private`);
  // Whether a stage is the first path segment: REST always, HTTP API named stages; `$default` never.
  const inPath = (c: ApiGatewayConfig) => kind === 'rest' || c.stageName !== '$default';
  const stageConfigs = [
    { ...config, stageInPath: config.stageInPath ?? inPath(config) },
    ...(config.moreStages ?? []).map((s) => ({ ...config, ...s, stageInPath: inPath({ ...config, ...s }) })),
  ];
  const namesStage = stageConfigs.length > 1 || stageConfigs.some((s) => s.canary);
  // The account bucket is one for every stage (AWS throttles per account and Region).
  const accountBucket =
    deps.accountBucket ??
    (config.throttle?.account
      ? new TokenBucket(config.throttle.account, deps.clock ?? monotonicClock)
      : undefined);
  const stages = stageConfigs.map((c) =>
    servedStage(c, { ...deps, accountBucket }, { traceSegment, namesStage }),
  );
  const failure = refusal('integrationFailure');
  const notThroughEndpoint = refusal('notThroughEndpoint');
  const first = stages[0] as ServedStage;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?', 1)[0] as string;
    // A named stage's path first; an HTTP API's `$default` stage (no prefix) takes the rest.
    const stage =
      stages.find((s) => s.prefix !== '' && s.owns(path)) ?? stages.find((s) => s.prefix === '') ?? first;
    const served = stage.pick();
    const trace = appendTrace(incomingTrace(req.headers), served.traceSegment);
    const context = new GatewayContext(req, res, nextRequestIdOf(kind)(), trace);
    if (privateEndpoints) context.sourceVpce = endpointOf(req, privateEndpoints);
    const refused =
      (privateEndpoints && context.sourceVpce === undefined ? notThroughEndpoint : undefined) ??
      served.routeMatch.run(context) ??
      (await runStages(served.pipelines[context.route?.index ?? -1] as GatewayStage[], context));
    if (refused) sendGatewayError(res, kind, refused, context.requestId, trace, served.render);
  }

  const server = createServer({ keepAliveTimeout: 65_000 }, (req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) sendGatewayError(res, kind, failure, 'error', traceSegment);
      else res.destroy();
    });
  });
  const port = await listen(server, host, config.port ?? 0);
  return {
    host,
    port,
    baseUrl: `http://${host}:${port}${first.prefix}`,
    stageUrls: Object.fromEntries(stages.map((s) => [s.name, `http://${host}:${port}${s.prefix}`])),
    close: () => closeServer(server),
    flushCache: () => stages.reduce((n, s) => n + s.flushCache(), 0),
  };
}

const nextRequestIdOf = (kind: ApiGatewayConfig['kind']) => (kind === 'rest' ? restRequestId : httpRequestId);

/** What serves one request of a stage: its route table, pipelines, trace segment, error renderer. */
interface Served {
  readonly routeMatch: ReturnType<typeof routeMatchStage>;
  readonly pipelines: GatewayStage[][];
  readonly traceSegment: string;
  readonly render: ReturnType<typeof gatewayResponseRenderer>;
}

interface ServedStage {
  readonly name: string;
  readonly prefix: string;
  /** Whether a request path is in this stage. */
  owns(path: string): boolean;
  /** The stage itself, or its canary for `percentTraffic` % of requests. */
  pick(): Served;
  flushCache(): number;
}

/** One stage of the API (and its canary), with its own routes, scope and trace segment. */
function servedStage(
  config: ApiGatewayConfig,
  deps: ApiGatewayDeps,
  how: { traceSegment: string; namesStage: boolean },
): ServedStage {
  const prefix = config.stageInPath ? `/${config.stageName}` : '';
  const render = gatewayResponseRenderer(config.kind, config.gatewayResponses ?? []);
  const build = (routes: ApiGatewayConfig['routes'], scope: GatewayScope, label: string): Served => {
    const table = new RouteTable(config.kind, routes);
    return {
      routeMatch: routeMatchStage(table, prefix),
      pipelines: routePipelines(table, scope),
      traceSegment: how.namesStage ? `${how.traceSegment} > stage:${label}` : how.traceSegment,
      render,
    };
  };
  const scope = gatewayScope(config, deps);
  const main = build(config.routes, scope, config.stageName);
  const canary = config.canary;
  const canaryServed = canary
    ? build(
        canary.routes,
        { ...scope, stageVariables: canary.stageVariables ?? scope.stageVariables },
        `${config.stageName}(canary)`,
      )
    : undefined;
  const share = (canary?.percentTraffic ?? 0) / 100;
  return {
    name: config.stageName,
    prefix,
    owns: (path) => prefix === '' || path === prefix || path.startsWith(`${prefix}/`),
    pick: () => (canaryServed && Math.random() < share ? canaryServed : main),
    flushCache: () => scope.cache?.flush() ?? 0,
  };
}

/** Each route's stages, indexed by `CompiledRoute.index`. */
function routePipelines(table: RouteTable, scope: GatewayScope): GatewayStage[][] {
  const pipelines: GatewayStage[][] = [];
  for (const route of table.all) pipelines[route.index] = routePipeline(route, scope);
  return pipelines;
}

function gatewayScope(config: ApiGatewayConfig, deps: ApiGatewayDeps): GatewayScope {
  const kind = config.kind;
  const clock = deps.clock ?? monotonicClock;
  return {
    kind,
    apiId: config.apiId,
    stageName: config.stageName,
    clock,
    maxPayloadBytes: config.maxPayloadBytes ?? QUOTAS.payloadBytes.value,
    defaultTimeoutMs:
      config.integrationTimeoutMs ??
      (kind === 'rest' ? QUOTAS.restIntegrationTimeoutMaxMs.value : QUOTAS.httpIntegrationTimeoutMaxMs.value),
    forward: deps.forward,
    authorizers: new Map((config.authorizers ?? []).map((a) => [a.id, createAuthorizer(a)])),
    lambdaAuthorizers: lambdaAuthorizers(config, deps, clock),
    usagePlans:
      kind === 'rest'
        ? new UsagePlans(config.apiId, config.stageName, config.usagePlans ?? [], config.apiKeys ?? [], clock)
        : undefined,
    stageDefaultThrottle: config.throttle?.stageDefault,
    cache: config.cache && kind === 'rest' ? new StageCache(config.cache.capacityBytes, clock) : undefined,
    resourcePolicy: resourcePolicyCheck(config, deps),
    stageVariables: config.stageVariables,
    accountBucket: deps.accountBucket,
    log: deps.log ?? ((line) => process.stderr.write(`[gateway:${config.apiId}] ${line}\n`)),
    awsActions: deps.awsActions,
    response: responseStage(kind, config.streamLimits),
  };
}

/** The API's resource policy, checked and expanded once; REST APIs only (HTTP APIs have none). */
function resourcePolicyCheck(
  config: ApiGatewayConfig,
  deps: ApiGatewayDeps,
): ResourcePolicyCheck | undefined {
  if (config.resourcePolicy === undefined) return undefined;
  if (config.kind !== 'rest') {
    throw new Error(`API '${config.apiId}': resource policies exist on REST APIs only`);
  }
  const where = { ...TWIN_ARN_SCOPE, apiId: config.apiId, stage: config.stageName };
  return {
    document: compileResourcePolicy(config.resourcePolicy, where),
    where,
    conditionKeys:
      deps.conditionKeys ?? (deps.privateEndpoints ? endpointKeys(deps.privateEndpoints) : sourceIpKeys),
  };
}

/** The API's Lambda authorizers, invoking through `deps.invoke`. */
function lambdaAuthorizers(
  config: ApiGatewayConfig,
  deps: ApiGatewayDeps,
  clock: GatewayScope['clock'],
): Map<string, LambdaAuthorizer> {
  const configs = config.lambdaAuthorizers ?? [];
  const invoke = deps.invoke;
  if (configs.length === 0) return new Map();
  if (!invoke)
    throw new Error(`API '${config.apiId}' has Lambda authorizers but no Lambda runtime to invoke`);
  const where = { invoke, apiKind: config.kind, apiId: config.apiId, stage: config.stageName, clock };
  return new Map(configs.map((a) => [a.id, createLambdaAuthorizer(a, where)]));
}
