import type { Throttle } from '@pik/contracts';
import type { Authorizer } from '../auth/authorizers.js';
import type { LambdaAuthorizer } from '../auth/lambda-authorizer.js';
import { type ExecuteAwsAction, noAwsEmulators } from '../aws-services/action-executor.js';
import { awsIntegrationStage } from '../aws-services/aws-integration-stage.js';
import type { Clock } from '../clock.js';
import { type ThrottleBucket, TokenBucket } from '../token-bucket.js';
import type { GatewayStage } from './context.js';
import { integrationProblem } from './integration-support.js';
import type { CompiledRoute } from './route-table.js';
import type { StageCache } from './stage-cache.js';
import { apiKeyStage } from './stages/api-key.js';
import { authorizerStage } from './stages/authorizer.js';
import { cacheStage } from './stages/cache.js';
import { integrationStage } from './stages/integration.js';
import { lambdaAuthorizerStage } from './stages/lambda-authorizer.js';
import { mappedIntegrationStage } from './stages/mapped-integration.js';
import { mockStage } from './stages/mock.js';
import { notEmulatedStage } from './stages/not-emulated.js';
import { payloadLimitStage } from './stages/payload-limit.js';
import { requestValidationStage } from './stages/request-validation.js';
import { type ResourcePolicyCheck, resourcePolicyStage } from './stages/resource-policy.js';
import { throttleStage } from './stages/throttle.js';
import type { ApiKind, Forward } from './types.js';
import type { UsagePlans } from './usage-plans.js';

/** What every route of one gateway shares, resolved once at start. */
export interface GatewayScope {
  readonly kind: ApiKind;
  readonly apiId: string;
  readonly stageName: string;
  readonly clock: Clock;
  readonly maxPayloadBytes: number;
  readonly defaultTimeoutMs: number;
  readonly forward: Forward;
  readonly authorizers: ReadonlyMap<string, Authorizer>;
  /** REST `TOKEN` / `REQUEST` authorizers by id. */
  readonly lambdaAuthorizers?: ReadonlyMap<string, LambdaAuthorizer>;
  /** REST only. */
  readonly usagePlans: UsagePlans | undefined;
  readonly stageDefaultThrottle: Throttle | undefined;
  readonly accountBucket: ThrottleBucket | undefined;
  /** REST stage variables (`$stageVariables.*`). */
  readonly stageVariables?: Readonly<Record<string, string>>;
  /** REST stage cache cluster, when enabled. */
  readonly cache?: StageCache;
  /** REST API resource policy (`Policy`), when the API has one. */
  readonly resourcePolicy?: ResourcePolicyCheck;
  /** Where a route that cannot run as declared says so, per request. */
  readonly log: (line: string) => void;
  /** REST `Type: AWS` integrations: runs their actions against the emulators. */
  readonly awsActions?: ExecuteAwsAction;
  /** The last stage of every route (writes the answer). */
  readonly response: GatewayStage;
}

/**
 * The stages one route runs after route match, in API Gateway's order: payload limit, authorizer, API key,
 * throttle, integration (behind the stage cache when the method caches), response. A stage the route does not need (no authorizer, no key, no bucket) is
 * left out, so a request pays only for what its route checks. A REST API with a resource policy checks it
 * right after the payload limit, before any authorizer. Throws on a route the gateway cannot run.
 */
export function routePipeline(route: CompiledRoute, scope: GatewayScope): GatewayStage[] {
  const c = route.config;
  const stages: GatewayStage[] = [payloadLimitStage(scope.maxPayloadBytes)];
  const lambdaAuthorizer = c.authorization && scope.lambdaAuthorizers?.get(c.authorization.authorizerId);
  if (scope.resourcePolicy) stages.push(resourcePolicyStage(scope.resourcePolicy, !!lambdaAuthorizer));
  if (lambdaAuthorizer) stages.push(lambdaAuthorizerStage(lambdaAuthorizer));
  else if (c.authorization) {
    const authorizer = scope.authorizers.get(c.authorization.authorizerId);
    if (!authorizer) {
      throw new Error(
        `route '${c.routeKey}' names authorizer '${c.authorization.authorizerId}', which is not configured`,
      );
    }
    stages.push(authorizerStage(scope.kind, authorizer, c.authorization.scopes));
  }
  if (c.apiKeyRequired && scope.kind !== 'rest') {
    throw new Error(`route '${c.routeKey}': API keys exist on REST APIs only`);
  }
  const apiKeyRequired = c.apiKeyRequired === true && scope.usagePlans !== undefined;
  if (apiKeyRequired && scope.usagePlans) stages.push(apiKeyStage(scope.usagePlans));
  const buckets = routeBuckets(c.throttle ?? scope.stageDefaultThrottle, scope);
  if (buckets.length > 0 || apiKeyRequired) stages.push(throttleStage(route, buckets, scope.clock));
  if (c.validation) stages.push(requestValidationStage(c.validation, scope.maxPayloadBytes));
  const answering = answeringStage(route, scope);
  const cached = c.cache && scope.cache && c.cache.ttlSeconds > 0;
  stages.push(cached ? cacheStage(c.routeKey, c.cache, scope.cache, answering) : answering, scope.response);
  return stages;
}

/**
 * What answers the route: its integration through `forward` (REST `HTTP` through its mapping templates),
 * the gateway itself for a MOCK, the service action of an AWS integration, or API Gateway's 500 for an
 * integration the twin does not emulate.
 */
function answeringStage(route: CompiledRoute, scope: GatewayScope): GatewayStage {
  const { routeKey, integration } = route.config;
  const missing = integrationProblem(scope.kind, integration);
  if (missing) return notEmulatedStage(routeKey, integration.id, missing, scope.log);
  const api = { apiKind: scope.kind, apiId: scope.apiId, stage: scope.stageName };
  const { maxPayloadBytes, stageVariables } = scope;
  if (integration.type === 'MOCK') {
    return mockStage(routeKey, integration.mock ?? {}, scope.log, { api, stageVariables, maxPayloadBytes });
  }
  if (integration.type === 'AWS') {
    return awsIntegrationStage({
      api,
      routeKey,
      uri: integration.uri ?? '',
      mapping: integration.mapping ?? {},
      stageVariables,
      execute: scope.awsActions ?? noAwsEmulators,
      timeoutMs: integration.timeoutMs ?? scope.defaultTimeoutMs,
      maxPayloadBytes,
      log: scope.log,
    });
  }
  const options = {
    api,
    integration,
    forward: scope.forward,
    timeoutMs: integration.timeoutMs ?? scope.defaultTimeoutMs,
    maxPayloadBytes,
  };
  if (scope.kind === 'rest' && integration.type === 'HTTP') {
    return mappedIntegrationStage({ ...options, stageVariables, log: scope.log });
  }
  return integrationStage(options);
}

/** The route/method bucket (its own, else one of the stage default's size) then the account bucket. */
function routeBuckets(throttle: Throttle | undefined, scope: GatewayScope): ThrottleBucket[] {
  const buckets: ThrottleBucket[] = [];
  if (throttle) buckets.push(new TokenBucket(throttle, scope.clock));
  if (scope.accountBucket) buckets.push(scope.accountBucket);
  return buckets;
}
