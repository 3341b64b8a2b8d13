/**
 * Several stages of one REST API: each its own throttle, cache, logging and stage variables, with an
 * optional canary. With stages, the API's private integrations read their VPC link id
 * (`${stageVariables.vpcLinkId}`) and backend host from stage variables, which every stage sets to the
 * stack's own values unless its `variables` say otherwise: a stage (or its canary) can point at another link
 * or load balancer without a new deployment.
 */
import type { Throttle } from '@pik/contracts';
import { effectiveQuota, QUOTAS, type QuotaOverrides } from '@pik/limits';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import { type Duration, Lazy, Token } from 'aws-cdk-lib/core';
import { validateThrottle } from './throttle.js';

/** The stage variable naming a service's alias: `<svc>Alias`. */
export function aliasVariable(service: string): string {
  return `${service}Alias`;
}

/** API Gateway's execution logging levels for a stage (`MethodSettings` `LoggingLevel`). */
export type StageLoggingLevel = 'ERROR' | 'INFO';

export interface RestStageCanary {
  /** Share of the stage's requests the canary serves, 0 to 100 (`CanarySetting.PercentTraffic`). */
  readonly percentTraffic: number;
  /** Stage variables the canary sees instead of the stage's (`StageVariableOverrides`). @default none */
  readonly variables?: Readonly<Record<string, string>>;
}

export interface RestStageSpec {
  /** The stage name, the first path segment of its invoke URL (letters, digits, `-`, `_`). */
  readonly name: string;
  /** The stage throttle. @default the stack's `throttle` */
  readonly throttle?: Throttle;
  /** With the stack's `cacheTtl`: this stage's TTL, or `false` for no cache cluster on it. @default the stack's */
  readonly cacheTtl?: Duration | false;
  /** Execution logging. @default 'ERROR' */
  readonly loggingLevel?: StageLoggingLevel;
  /** Stage variables, on top of those the kit sets (`vpcLinkId`, `<svc>Host`, ...). @default none */
  readonly variables?: Readonly<Record<string, string>>;
  /** A canary on this stage. @default none */
  readonly canary?: RestStageCanary;
}

/** Stage names API Gateway accepts (`StageName`: alphanumerics, hyphens and underscores). */
const STAGE_NAME = /^[A-Za-z0-9_-]{1,128}$/;
/** Stage variable names: alphanumerics and underscores (`Variables` keys). */
const VARIABLE_NAME = /^[A-Za-z0-9_]+$/;
/** Characters a stage variable value may hold (API Gateway: `[A-Za-z0-9-._~:/?#&=,]+`). */
const VARIABLE_VALUE = /^[A-Za-z0-9\-._~:/?#&=,]+$/;

function validateVariables(where: string, variables: Readonly<Record<string, string>> | undefined): void {
  for (const [name, value] of Object.entries(variables ?? {})) {
    if (!VARIABLE_NAME.test(name))
      throw new Error(`${where}: stage variable name '${name}' must be [A-Za-z0-9_]+`);
    if (!Token.isUnresolved(value) && !VARIABLE_VALUE.test(value)) {
      throw new Error(`${where}: stage variable ${name}='${value}' holds a character API Gateway refuses`);
    }
  }
}

/** Throws, naming the stage and field, for what API Gateway would refuse or what could never take effect. */
export function validateRestStages(
  where: string,
  stages: readonly RestStageSpec[],
  overrides: QuotaOverrides = {},
): void {
  const max = effectiveQuota('restStagesPerApi', overrides);
  if (stages.length === 0 || stages.length > max) {
    throw new Error(
      `${where}: stages must list 1 to ${max} stages ('${QUOTAS.restStagesPerApi.name}', ${QUOTAS.restStagesPerApi.source}), got ${stages.length}`,
    );
  }
  const seen = new Set<string>();
  for (const [i, stage] of stages.entries()) {
    const at = `${where} stages[${i}]`;
    if (!STAGE_NAME.test(stage.name))
      throw new Error(`${at}.name: '${stage.name}' must be [A-Za-z0-9_-], 1 to 128 characters`);
    if (seen.has(stage.name)) throw new Error(`${at}.name: '${stage.name}' is listed twice`);
    seen.add(stage.name);
    if (stage.throttle) validateThrottle(`${at}.throttle`, stage.throttle, overrides);
    validateVariables(`${at}.variables`, stage.variables);
    const canary = stage.canary;
    if (canary) {
      if (
        !(
          Number.isFinite(canary.percentTraffic) &&
          canary.percentTraffic >= 0 &&
          canary.percentTraffic <= 100
        )
      ) {
        throw new Error(`${at}.canary.percentTraffic: must be 0 to 100, got ${canary.percentTraffic}`);
      }
      validateVariables(`${at}.canary.variables`, canary.variables);
    }
  }
}

/**
 * HTTP API patterns take named stages beside `$default` with a name and a throttle only: the REST-only
 * fields (cache, logging level, canary) exist on REST stages alone, and the kit sets no HTTP stage variables.
 */
export function validateHttpStages(where: string, stages: readonly RestStageSpec[]): void {
  for (const [i, stage] of stages.entries()) {
    for (const field of ['cacheTtl', 'loggingLevel', 'variables', 'canary'] as const) {
      if (stage[field] !== undefined) {
        throw new Error(`${where} stages[${i}].${field}: HTTP API stages take a name and a throttle only`);
      }
    }
  }
}

/**
 * The kit's own stage variables: each VPC link id and each backend host a private integration uses,
 * under a name that says what it holds (`vpcLinkId` when the API has one link, `<svc>VpcLinkId` per link
 * otherwise; `<svc>Host`). The integrations refer to them; every stage sets them.
 */
export class KitStageVariables {
  private readonly links = new Map<string, { service: string; value: string }>();
  private readonly hosts = new Map<string, string>();
  /** Services whose Lambda integrations name their alias through `<svc>Alias` (`rest-lambda-aliases.ts`). */
  private readonly aliased = new Set<string>();

  /** `<svc>Alias` becomes a kit variable: each stage sets it to its own name (the alias of that stage). */
  useAlias(service: string): void {
    this.aliased.add(service);
  }

  /**
   * Rewrites one method's private integration to read its link id and host from stage variables. `linkId`
   * names the link when the method gets it by property override (VPC link V2), else the integration's own.
   */
  use(method: apigw.Method, service: string, linkId?: string): void {
    const cfn = method.node.defaultChild as apigw.CfnMethod;
    const integration = cfn.integration as apigw.CfnMethod.IntegrationProperty | undefined;
    const connectionId =
      linkId ?? (integration?.connectionType === 'VPC_LINK' ? integration.connectionId : undefined);
    if (!connectionId || !integration?.uri) return;
    const key = Token.asString(connectionId);
    if (!this.links.has(key)) this.links.set(key, { service, value: connectionId });
    cfn.addPropertyOverride(
      'Integration.ConnectionId',
      Lazy.string({ produce: () => `\${stageVariables.${this.linkVariable(key)}}` }),
    );
    const host = /^http:\/\/(.+):(\d+)(\/.*)$/.exec(integration.uri);
    if (!host) return;
    this.hosts.set(`${service}Host`, host[1] as string);
    cfn.addPropertyOverride(
      'Integration.Uri',
      `http://\${stageVariables.${service}Host}:${host[2]}${host[3]}`,
    );
  }

  private linkVariable(key: string): string {
    return this.links.size === 1 ? 'vpcLinkId' : `${this.links.get(key)?.service}VpcLinkId`;
  }

  /** The variables stage `stageName` gets (its own `variables` win). */
  values(stageName: string): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [key, link] of this.links) out[this.linkVariable(key)] = link.value;
    for (const [name, host] of this.hosts) out[name] = host;
    for (const service of this.aliased) out[aliasVariable(service)] = stageName;
    return out;
  }
}

/** The stage's `Variables`, resolved at synth when every service's integration is known. */
export function stageVariablesOf(
  kit: KitStageVariables,
  stageName: string,
  own: Readonly<Record<string, string>> | undefined,
) {
  return Lazy.any({ produce: () => ({ ...kit.values(stageName), ...own }) });
}

/** `CanarySetting` of a stage: the same deployment, a share of the traffic, variable overrides. */
export function canarySettingOf(
  deployment: apigw.Deployment,
  canary: RestStageCanary,
): apigw.CfnStage.CanarySettingProperty {
  return {
    deploymentId: deployment.deploymentId,
    percentTraffic: canary.percentTraffic,
    ...(canary.variables ? { stageVariableOverrides: { ...canary.variables } } : {}),
    useStageCache: false,
  };
}

/** What every stage of the API shares: access logs, tracing, per-service throttles, the cache cluster size. */
export interface SharedStageOptions {
  readonly throttle: Throttle;
  readonly methodOptions: Record<string, apigw.MethodDeploymentOptions>;
  readonly accessLogs: apigw.IAccessLogDestination;
  readonly accessLogFormat: apigw.AccessLogFormat;
  /** The stack's cache (`cacheTtl`): stages have a cluster unless their `cacheTtl` is `false`. */
  readonly cache?: { readonly ttl: Duration; readonly clusterSize?: string };
}

/** The stage's cache TTL, or undefined when it has no cache cluster. */
export function stageCacheTtl(
  stage: RestStageSpec | undefined,
  shared: SharedStageOptions,
): Duration | undefined {
  if (!shared.cache || stage?.cacheTtl === false) return undefined;
  return stage?.cacheTtl ?? shared.cache.ttl;
}

/** `StageOptions` of one stage: its throttle and logging on top of what every stage shares. */
export function stageOptionsOf(
  stage: RestStageSpec | undefined,
  shared: SharedStageOptions,
): apigw.StageOptions {
  const throttle = stage?.throttle ?? shared.throttle;
  const ttl = stageCacheTtl(stage, shared);
  return {
    throttlingRateLimit: throttle.rateLimit,
    throttlingBurstLimit: throttle.burstLimit,
    methodOptions: shared.methodOptions,
    accessLogDestination: shared.accessLogs,
    accessLogFormat: shared.accessLogFormat,
    loggingLevel:
      stage?.loggingLevel === 'INFO' ? apigw.MethodLoggingLevel.INFO : apigw.MethodLoggingLevel.ERROR,
    tracingEnabled: true,
    ...(ttl
      ? {
          cacheClusterEnabled: true,
          cacheClusterSize: shared.cache?.clusterSize ?? '0.5',
          cachingEnabled: false,
          cacheDataEncrypted: true,
        }
      : {}),
  };
}

/** Variables and canary of stage `name`, on its CloudFormation resource. */
export function configureStage(
  stage: apigw.Stage,
  name: string,
  spec: RestStageSpec | undefined,
  kit: KitStageVariables,
  deployment: apigw.Deployment,
): void {
  const cfn = stage.node.defaultChild as apigw.CfnStage;
  cfn.variables = stageVariablesOf(kit, name, spec?.variables);
  if (spec?.canary) cfn.canarySetting = canarySettingOf(deployment, spec.canary);
}
