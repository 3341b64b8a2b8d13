/**
 * One stage of a REST API from a template: its settings (throttle, access log, cache cluster, variables,
 * canary) and its routes as that stage sees them: method settings of this stage, and `${stageVariables.x}`
 * in an integration's URI, connection id or target resolved with its variables, as API Gateway resolves
 * them per request (developer guide, "Use stage variables for a REST API": HTTP integration URIs, VPC link
 * ids, Lambda function names or aliases). The canary is the same routes under the canary's variables.
 */

import { methodCacheOf, stageCacheOf } from './api-cache.js';
import { num, type Props, str, type TemplateContext } from './context.js';
import { integrationOf, strMap } from './integration-topology.js';
import { methodValidation } from './rest-validation-topology.js';
import {
  accessLogOf,
  routeAccess,
  settingsThrottle,
  unescapeResourcePath,
} from './stage-settings-topology.js';
import type { ApiSpec, CanarySpec, LoadBalancerSpec, RouteSpec, StageVariantSpec } from './topology.js';

export interface RestApiParts {
  readonly ctx: TemplateContext;
  readonly loadBalancers: readonly LoadBalancerSpec[];
  readonly mine: (type: string) => [string, Props][];
  readonly methods: readonly [string, Props][];
  readonly pathOf: (resourceRef: unknown) => string;
}

/** Every `${stageVariables.name}` in the strings of a fragment replaced by the variable's value (absent: kept). */
export function withStageVariables<T>(value: T, variables: Readonly<Record<string, string>>): T {
  if (typeof value === 'string') {
    return value.replace(
      /\$\{stageVariables\.([A-Za-z0-9_]+)\}/g,
      (whole, name: string) => variables[name] ?? whole,
    ) as T;
  }
  if (Array.isArray(value)) return value.map((v) => withStageVariables(v, variables)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Props).map(([k, v]) => [k, withStageVariables(v, variables)]),
    ) as T;
  }
  return value;
}

/** The methods as routes of one stage (`label` tells integrations of other stages apart: `@test`). */
function stageRoutes(
  parts: RestApiParts,
  stage: Props,
  variables: Readonly<Record<string, string>>,
  label: string,
): RouteSpec[] {
  const { ctx, loadBalancers, mine } = parts;
  const methodSettings = (Array.isArray(stage.MethodSettings) ? stage.MethodSettings : []) as Props[];
  const stageWide = methodSettings.find((m) => m.ResourcePath === '/*' && m.HttpMethod === '*');
  const cacheCluster = stageCacheOf(stage);
  return parts.methods.map(([id, p]): RouteSpec => {
    const path = parts.pathOf(p.ResourceId);
    const method = String(p.HttpMethod ?? 'ANY');
    const raw = (p.Integration ?? {}) as Props;
    const integration = integrationOf(
      ctx,
      loadBalancers,
      `${id}${label}`,
      withStageVariables(raw, variables),
      'rest',
    );
    const specific = methodSettings.find(
      (m) =>
        unescapeResourcePath(String(m.ResourcePath ?? '')) === path &&
        (m.HttpMethod === method || m.HttpMethod === '*'),
    );
    return {
      id,
      method,
      path,
      integration,
      ...routeAccess(ctx, p, 'AWS::ApiGateway::Authorizer', specific),
      cache: cacheCluster ? methodCacheOf(method, specific, stageWide, raw) : undefined,
      validation: methodValidation(ctx, p, mine),
    };
  });
}

/** The stage's `CanarySetting`, with the stage's variables overridden by `StageVariableOverrides`. */
function canaryOf(
  parts: RestApiParts,
  stage: Props,
  variables: Record<string, string>,
  name: string,
): CanarySpec | undefined {
  const canary = stage.CanarySetting as Props | undefined;
  if (!canary) return undefined;
  const merged = { ...variables, ...strMap(canary.StageVariableOverrides) };
  return {
    percentTraffic: num(canary.PercentTraffic, 0),
    variables: merged,
    routes: stageRoutes(parts, stage, merged, `@${name}(canary)`),
  };
}

/** One stage: settings and routes; the first stage's integrations keep their plain ids. */
export function restStageVariant(
  parts: RestApiParts,
  stageId: string,
  stage: Props,
  first: boolean,
): StageVariantSpec {
  const name = str(stage.StageName) ?? 'prod';
  const variables = stage.Variables ? strMap(stage.Variables) : undefined;
  const methodSettings = (Array.isArray(stage.MethodSettings) ? stage.MethodSettings : []) as Props[];
  const stageWide = methodSettings.find((m) => m.ResourcePath === '/*' && m.HttpMethod === '*');
  const canary = canaryOf(parts, stage, variables ?? {}, name);
  const spec: ApiSpec['stage'] = {
    id: stageId,
    name,
    throttle: settingsThrottle(stageWide),
    accessLog: accessLogOf(stage.AccessLogSetting),
    tracingEnabled: stage.TracingEnabled === true,
    variables,
    cacheCluster: stageCacheOf(stage),
    ...(canary ? { canary } : {}),
  };
  return { stage: spec, routes: stageRoutes(parts, stage, variables ?? {}, first ? '' : `@${name}`) };
}

/** Every route of every stage and canary: what the integrations the gateway may call are. */
export function allStageRoutes(api: ApiSpec): RouteSpec[] {
  const variants = [{ stage: api.stage, routes: api.routes }, ...(api.moreStages ?? [])];
  return variants.flatMap((v) => [...v.routes, ...(v.stage.canary?.routes ?? [])]);
}
