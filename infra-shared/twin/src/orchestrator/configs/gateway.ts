import type { Throttle } from '@pik/contracts';
import { QUOTAS } from '@pik/limits';
import type { AuthorizerConfig } from '../../dataplane/auth/types.js';
import type {
  ApiGatewayConfig,
  ApiKeyConfig,
  IntegrationConfig,
  RouteConfig,
  StageConfig,
} from '../../dataplane/gateway/types.js';
import type { HttpForwardTarget } from '../../dataplane/http-forwarder.js';
import { LOOPBACK } from '../../runtime/ports.js';
import { allStageRoutes } from '../../template/rest-stage-topology.js';
import type { ApiSpec, PatternTopology, RouteSpec } from '../../template/topology.js';
import { containerService, firstForwardGroup, segment } from '../chain.js';
import { listenerKey } from './target-groups.js';

/** API Gateway's account-level throttle for one Region, shared by every API of the account. */
export function accountThrottle(): Throttle {
  return { rateLimit: QUOTAS.accountThrottleRate.value, burstLimit: QUOTAS.accountThrottleBurst.value };
}

/**
 * The API Gateway front's config: its routes with their integrations, the stage default throttle,
 * authorizers, usage plans and keys, on a free local port. The account throttle is not the API's own: the
 * twin hands every gateway one shared bucket (`StandUpOptions.accountBucket`).
 */
export function apiGatewayConfig(
  api: ApiSpec,
  authorizers: readonly AuthorizerConfig[],
  apiKeys: readonly ApiKeyConfig[],
): ApiGatewayConfig {
  return {
    apiId: api.id,
    kind: api.flavour,
    host: LOOPBACK,
    port: 0,
    authorizers,
    lambdaAuthorizers: api.lambdaAuthorizers,
    usagePlans: api.usagePlans.map((p) => ({
      id: p.id,
      throttle: p.throttle,
      quota: p.quota,
      apiStages: [api.stage, ...(api.moreStages ?? []).map((v) => v.stage)].map((stage) => ({
        apiId: api.id,
        stage: stage.name,
        methodThrottle: p.methodThrottles,
      })),
      apiKeyIds: p.apiKeyIds,
    })),
    apiKeys,
    ...stageConfig(api.stage, api.routes),
    ...(api.moreStages ? { moreStages: api.moreStages.map((v) => stageConfig(v.stage, v.routes)) } : {}),
    gatewayResponses: api.gatewayResponses,
    resourcePolicy: api.resourcePolicy,
    traceSegment: segment.gateway(api.flavour),
  };
}

/** What one stage of the API serves: its routes, throttle, variables, cache and canary. */
function stageConfig(stage: ApiSpec['stage'], routes: readonly RouteSpec[]): StageConfig {
  return {
    stageName: stage.name,
    routes: routes.map(routeConfig),
    throttle: { stageDefault: stage.throttle },
    stageVariables: stage.variables,
    cache: stage.cacheCluster ? { capacityBytes: stage.cacheCluster.capacityBytes } : undefined,
    ...(stage.canary
      ? {
          canary: {
            percentTraffic: stage.canary.percentTraffic,
            routes: stage.canary.routes.map(routeConfig),
            stageVariables: stage.canary.variables,
          },
        }
      : {}),
  };
}

/** The API's keys: the template's values, else one `newValue()` each (the twin prints them). */
export function apiKeyConfigs(api: ApiSpec, newValue: () => string): ApiKeyConfig[] {
  return api.apiKeys.map((k) => ({ id: k.id, value: k.value ?? newValue(), enabled: k.enabled }));
}

export function routeConfig(route: RouteSpec): RouteConfig {
  return {
    routeKey: route.path === '$default' ? '$default' : `${route.method} ${route.path}`,
    integration: integrationConfig(route),
    throttle: route.throttle,
    authorization: route.authorizerId
      ? { authorizerId: route.authorizerId, scopes: route.scopes }
      : undefined,
    apiKeyRequired: route.apiKeyRequired,
    cache: route.cache,
    validation: route.validation,
  };
}

function integrationConfig(route: RouteSpec): IntegrationConfig {
  const i = route.integration;
  const t = i.target;
  return {
    id: i.id,
    // As the template says: a type the twin does not run answers 500 (`integration-support.ts`), never
    // another type's behaviour.
    type: i.type as IntegrationConfig['type'],
    subtype: i.subtype,
    mock: i.mock,
    mapping: i.mapping,
    connectionType: t.kind === 'vpc-link' ? 'VPC_LINK' : 'INTERNET',
    connectionId: t.kind === 'vpc-link' ? t.vpcLinkId : undefined,
    vpcLinkVersion: t.kind === 'vpc-link' ? t.linkVersion : undefined,
    uri: i.uri,
    integrationHttpMethod: i.method,
    requestParameters: i.requestParameters,
    timeoutMs: i.timeoutMs,
    responseTransferMode: i.responseTransferMode,
    payloadFormatVersion: i.payloadFormatVersion,
    functionId: t.kind === 'lambda' ? t.functionId : undefined,
    functionQualifier: t.kind === 'lambda' ? t.qualifier : undefined,
  };
}

/**
 * Where each VPC-link integration's requests go locally: the listener port of its load balancer, and the
 * trace segments of the hops that cannot add them (the VPC link, an NLB, and the containers an NLB reaches
 * directly). Integrations whose load balancer listener is not running are left out.
 */
export function integrationTargets(
  topology: PatternTopology,
  listenerPorts: ReadonlyMap<string, number>,
): Map<string, HttpForwardTarget> {
  const targets = new Map<string, HttpForwardTarget>();
  for (const route of allStageRoutes(topology.api)) {
    const t = route.integration.target;
    if (t.kind !== 'vpc-link') continue;
    const lb = topology.loadBalancers.find((l) => l.id === t.loadBalancerId);
    const port = listenerPorts.get(listenerKey(t.loadBalancerId, t.port));
    if (!lb || port === undefined) continue;
    const hops = [segment.vpcLink(t.linkVersion)];
    if (lb.kind === 'network') {
      hops.push(segment.nlb(t.port));
      // An NLB cannot add a trace segment; when it reaches containers directly, the caller records them.
      const listener = lb.listeners.find((l) => l.port === t.port);
      const group = firstForwardGroup(topology, listener?.defaultAction);
      if (group?.targets.kind === 'ip' && group.targets.containerServiceIds[0]) {
        hops.push(segment.container(containerService(topology, group.targets.containerServiceIds[0])));
      }
    }
    targets.set(route.integration.id, { host: LOOPBACK, port, hops });
  }
  return targets;
}
