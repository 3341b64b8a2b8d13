import {
  OUTPUT_KEYS,
  type PatternDescriptor,
  type PatternId,
  patternById,
  serviceOutputKey,
  TEMPLATE_METADATA_KEY,
  type Throttle,
} from '@pik/contracts';
import { type QuotaOverrides, scaleViolations } from '@pik/limits';
import type { ServiceName } from '@pik/service-kit/catalogue';
import type { IApiKey } from 'aws-cdk-lib/aws-apigateway';
import type * as ec2 from 'aws-cdk-lib/aws-ec2';
import type * as logs from 'aws-cdk-lib/aws-logs';
import * as sns from 'aws-cdk-lib/aws-sns';
import { CfnOutput, type Duration, Fn, type RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib/core';
import type { Construct } from 'constructs';
import type { ApiCacheSize } from './api-cache.js';
import { type AuthMode, NATIVE_AUTH, PikAuth, validateAuthMode } from './auth.js';
import { type CustomDomain, PikCustomDomain } from './custom-domain.js';
import { HTTP_STAGE_NAME, PikHttpApi } from './http-api.js';
import { DEFAULT_AUTHORIZER_CACHE_TTL, validateAuthorizerCacheTtl } from './lambda-authorizer.js';
import { InternalNlb, ServiceAlb } from './load-balancers.js';
import { DEFAULT_LOG_RETENTION } from './logs.js';
import { PikNetwork } from './network.js';
import {
  type OperationsThresholds,
  PatternOperations,
  type StageMetrics,
  type WatchedAlb,
} from './operations.js';
import { findRepoRoot } from './repo.js';
import { PikRestApi, REST_STAGE_NAME } from './rest-api.js';
import type { RequestSchemas } from './rest-request-models.js';
import { type RestStageSpec, validateHttpStages, validateRestStages } from './rest-stages.js';
import { ServiceFleet } from './service-fleet.js';
import { type ComputeKind, resolveServiceSpecs, type ServiceSpec } from './service-specs.js';
import { DEFAULT_STAGE_THROTTLE, validateThrottle } from './throttle.js';

/** Props every pattern stack accepts. Each pattern documents its own compute default. */
export interface PikPatternStackProps extends StackProps {
  /** Catalogue services to deploy. @default all four: catalog, customers, orders, inventory */
  readonly services?: readonly ServiceName[];
  /**
   * Extra generated services (`syn001`...) that run the catalog bundle, to show at synth time where the
   * pattern's quotas bite. They answer the catalog's health paths only. @default 0
   */
  readonly syntheticServices?: number;
  /** Compute for every service. @default the pattern's default (see its README) */
  readonly compute?: ComputeKind;
  /** Compute per service name, overriding `compute`. @default none */
  readonly computeByService?: Readonly<Record<string, ComputeKind>>;
  /**
   * What checks the callers' Cognito tokens: `cognito` (REST's Cognito user-pool authorizer), `jwt` (the
   * HTTP API's JWT authorizer), `lambda` (the kit's Lambda authorizer, either API) or `none`. Context
   * `pik:auth` sets it for every stack. @default the native one: 'cognito' on REST, 'jwt' on HTTP APIs
   */
  readonly auth?: AuthMode;
  /** With `auth: 'lambda'`: how long API Gateway caches an authorizer result per token (0 to 3600 s). @default 300 s */
  readonly authorizerCacheTtl?: Duration;
  /** REST only: require an API key and attach a usage plan with the stage throttle. @default false */
  readonly apiKey?: boolean;
  /** Stage throttle, always written with both values. @default DEFAULT_STAGE_THROTTLE */
  readonly throttle?: Throttle;
  /** Per-service throttle overrides (route settings on HTTP APIs, method settings on REST APIs). @default none */
  readonly serviceThrottles?: Readonly<Record<string, Throttle>>;
  /** REST only: a WAF web ACL with AWS managed rule groups on the stage. @default true on REST, unavailable on HTTP */
  readonly waf?: boolean;
  /**
   * REST only: an API cache (encrypted stage cache cluster) in front of every service's list and get, with
   * this TTL (1 to 3600 s). Context `pik:api-cache` sets it for every stack. @default no cache
   */
  readonly cacheTtl?: Duration;
  /** Size of the cache cluster in GB, with `cacheTtl`. @default '0.5' */
  readonly cacheClusterSize?: ApiCacheSize;
  /**
   * REST only: the stages of the API, each with its own throttle, cache, logging, stage variables and
   * optional canary (`RestStageSpec`); `v1` is always one of them (outputs, WAF and dashboards name it).
   * @default stage `v1` alone, as configured by the props above
   */
  readonly stages?: readonly RestStageSpec[];
  /**
   * REST only: services whose create and update bodies API Gateway validates against models made from
   * the services' own schemas (`PikRestApi.requestSchemas`; the app sets it under `pik:request-validation`).
   * @default none: the services validate, and their 400s name the field
   */
  readonly requestSchemas?: RequestSchemas;
  /**
   * ARN of the SNS topic the pattern's alarms (5xx rate, p99 latency, unhealthy targets, Lambda throttles)
   * notify. Context `pik:alarm-topic-arn` sets it for every stack. @default none: alarms notify no one
   */
  readonly alarmTopicArn?: string;
  /** Thresholds of those alarms. @default 1 % 5xx, 2,000 ms p99 */
  readonly alarmThresholds?: OperationsThresholds;
  /**
   * A Regional custom domain name for the API (ACM certificate validated in the zone, the stage mapped,
   * an alias record), with optional routing rules on REST APIs. Context `pik:domain-zone` gives every
   * stack `<pattern id>.<zone>`. @default none: clients call the execute-api URL
   */
  readonly domain?: CustomDomain;
  /** Retention of every log group. @default logs.RetentionDays.ONE_MONTH */
  readonly logRetention?: logs.RetentionDays;
  /** Tasks per Fargate service. @default 1 */
  readonly desiredCount?: number;
  /** What happens to the service tables on stack deletion. @default RemovalPolicy.DESTROY */
  readonly tableRemovalPolicy?: RemovalPolicy;
  /** Quota increases the account has been granted, by @pik/limits key. @default none */
  readonly quotaOverrides?: QuotaOverrides;
  /** Repository root holding `services/<name>/`. @default found from this package's location */
  readonly repoRoot?: string;
}

/** What a pattern is made of, for validation and shared wiring. */
export interface PatternTraits {
  readonly defaultCompute: ComputeKind;
  readonly allowedCompute: readonly ComputeKind[];
  /** Why other compute kinds are not allowed, and which patterns allow them. */
  readonly computeReason?: string;
  readonly needsVpc: boolean;
  /** Cross-zone load balancing on the NLB in front of ALBs (option 4). */
  readonly nlbCrossZone?: boolean;
  /** Public subnets in the VPC, for an internet-facing load balancer (option 7). */
  readonly publicSubnets?: boolean;
}

/** The front door a pattern built, for the outputs every pattern publishes. */
export interface PatternFront {
  readonly invokeUrl: string;
  readonly stage: string;
  readonly accessLogs: logs.ILogGroup;
  readonly apiKey?: IApiKey;
  /** The stage whose metrics the dashboard and alarms watch. @default the API made by createRestApi / createHttpApi */
  readonly stageMetrics?: StageMetrics;
  /** ALBs the pattern built itself (option 7's public ALB), watched and published like the services' ALBs. @default none */
  readonly albs?: readonly WatchedAlb[];
}

/** Summary of services in the template's top-level Metadata (see docs/template-conventions.md). */
export interface TemplateServiceSummary {
  readonly name: string;
  readonly basePath: string;
  readonly port: number;
  readonly compute: ComputeKind;
  readonly bundle: string;
}

/**
 * Shared skeleton of every pattern stack: validates props against the pattern and its quotas, marks the
 * template with the pattern id, builds network, services and auth, and publishes the standard outputs.
 */
export abstract class PikPatternStack extends Stack {
  readonly pattern: PatternDescriptor;
  readonly specs: readonly ServiceSpec[];
  readonly network?: PikNetwork;
  readonly fleet: ServiceFleet;
  readonly auth?: PikAuth;
  /** What checks the tokens (the `auth` prop resolved against the pattern's API kind). */
  readonly authMode: AuthMode;
  readonly throttle: Readonly<Throttle>;
  readonly logRetention: logs.RetentionDays;
  protected readonly patternProps: PikPatternStackProps;
  private frontApi?: PikRestApi | PikHttpApi;

  constructor(scope: Construct, patternId: PatternId, props: PikPatternStackProps, traits: PatternTraits) {
    const pattern = patternById(patternId);
    super(scope, pattern.stackName, {
      description: `pik option ${pattern.option}: ${pattern.title}`,
      ...props,
    });
    this.pattern = pattern;
    this.patternProps = props;
    this.specs = resolveServiceSpecs(props, traits.defaultCompute);
    this.throttle = props.throttle ?? DEFAULT_STAGE_THROTTLE;
    this.logRetention = props.logRetention ?? DEFAULT_LOG_RETENTION;
    this.authMode = props.auth ?? NATIVE_AUTH[pattern.api];
    validatePatternProps(pattern, props, traits, this.specs, this.throttle);

    this.templateOptions.metadata = {
      [TEMPLATE_METADATA_KEY]: {
        pattern: pattern.id,
        option: pattern.option,
        api: pattern.api,
        services: this.specs.map(
          (s): TemplateServiceSummary => ({
            name: s.name,
            basePath: s.basePath,
            port: s.port,
            compute: s.compute,
            bundle: s.bundle,
          }),
        ),
      },
    };

    const containers = this.specs.some((s) => s.compute === 'fargate');
    if (traits.needsVpc || containers) {
      this.network = new PikNetwork(this, 'Network', {
        containers,
        logRetention: this.logRetention,
        ...(traits.publicSubnets ? { publicSubnets: true } : {}),
      });
    }
    this.fleet = new ServiceFleet(this, 'Services', {
      specs: this.specs,
      repoRoot: props.repoRoot ?? findRepoRoot(),
      logRetention: this.logRetention,
      ...(this.network ? { vpc: this.network.vpc, subnets: this.network.privateSubnets } : {}),
      ...(props.desiredCount !== undefined ? { desiredCount: props.desiredCount } : {}),
      ...(props.tableRemovalPolicy !== undefined ? { tableRemovalPolicy: props.tableRemovalPolicy } : {}),
    });
    if (this.authMode !== 'none') {
      this.auth = new PikAuth(this, 'Auth', { domainPrefix: `pik-${pattern.id}` });
    }
  }

  /** The VPC; only for patterns that declared `needsVpc`. */
  protected get vpcNetwork(): PikNetwork {
    if (!this.network) throw new Error(`${this.pattern.id} has no VPC`);
    return this.network;
  }

  /** The pattern's HTTP API with the stack's throttle, auth and log settings. */
  protected createHttpApi(): PikHttpApi {
    this.frontApi = new PikHttpApi(this, 'HttpApi', {
      apiName: this.pattern.stackName,
      throttle: this.throttle,
      ...(this.patternProps.serviceThrottles ? { serviceThrottles: this.patternProps.serviceThrottles } : {}),
      ...(this.auth ? { auth: this.auth } : {}),
      ...this.lambdaAuthorizerProps(),
      logRetention: this.logRetention,
      ...(this.patternProps.requestSchemas ? { requestSchemas: this.patternProps.requestSchemas } : {}),
      ...(this.patternProps.stages
        ? { stages: this.patternProps.stages.filter((s) => s.name !== HTTP_STAGE_NAME) }
        : {}),
    });
    return this.frontApi;
  }

  /** `lambdaAuthorizer` for the API constructs when `auth` is `lambda`. */
  private lambdaAuthorizerProps(): { lambdaAuthorizer?: { cacheTtl: Duration } } {
    if (this.authMode !== 'lambda') return {};
    return {
      lambdaAuthorizer: { cacheTtl: this.patternProps.authorizerCacheTtl ?? DEFAULT_AUTHORIZER_CACHE_TTL },
    };
  }

  /**
   * The pattern's REST API with the stack's throttle, auth, API key, WAF and log settings; private (bound to
   * `privateEndpoint`) when one is given.
   */
  protected createRestApi(privateEndpoint?: ec2.IInterfaceVpcEndpoint): PikRestApi {
    if (privateEndpoint && this.patternProps.domain) {
      throw new Error(
        `${this.pattern.stackName}: domain is a Regional custom domain and cannot front a private API; a private API takes a private custom domain name (see the pattern's README)`,
      );
    }
    this.frontApi = new PikRestApi(this, 'RestApi', {
      apiName: this.pattern.stackName,
      throttle: this.throttle,
      ...(this.patternProps.serviceThrottles ? { serviceThrottles: this.patternProps.serviceThrottles } : {}),
      ...(this.auth ? { auth: this.auth } : {}),
      ...this.lambdaAuthorizerProps(),
      apiKey: this.patternProps.apiKey ?? false,
      waf: this.patternProps.waf ?? true,
      logRetention: this.logRetention,
      ...(this.patternProps.cacheTtl
        ? { cache: { ttl: this.patternProps.cacheTtl, clusterSize: this.patternProps.cacheClusterSize } }
        : {}),
      ...(this.patternProps.requestSchemas ? { requestSchemas: this.patternProps.requestSchemas } : {}),
      ...(privateEndpoint ? { privateEndpoint } : {}),
      ...(this.patternProps.stages ? { stages: this.patternProps.stages } : {}),
    });
    return this.frontApi;
  }

  /** Publishes the pattern whose front is `api` at its own invoke URL (its API key too, when it has one). */
  protected publishApi(api: PikRestApi | PikHttpApi): void {
    const rest = api instanceof PikRestApi;
    this.publish({
      invokeUrl: api.invokeUrl,
      stage: rest ? REST_STAGE_NAME : HTTP_STAGE_NAME,
      accessLogs: api.accessLogs,
      ...(rest && api.apiKey ? { apiKey: api.apiKey } : {}),
    });
  }

  /** Publishes the outputs the targets file is built from (see outputs.ts and docs/stack-outputs.md). */
  protected publish(front: PatternFront): void {
    const out = (key: string, value: string, description: string) =>
      new CfnOutput(this, key, { value, description });
    out(OUTPUT_KEYS.patternId, this.pattern.id, 'Pattern id (@pik/contracts PATTERN_IDS)');
    out(
      OUTPUT_KEYS.invokeUrl,
      front.invokeUrl,
      'Base URL of the API including the stage path, no trailing slash',
    );
    out(OUTPUT_KEYS.stage, front.stage, 'Stage name');
    out(OUTPUT_KEYS.accessLogGroup, front.accessLogs.logGroupName, 'JSON access log group of the stage');
    out(
      OUTPUT_KEYS.throttleRateLimit,
      String(this.throttle.rateLimit),
      'Stage throttle, requests per second',
    );
    out(OUTPUT_KEYS.throttleBurstLimit, String(this.throttle.burstLimit), 'Stage throttle, bucket size');
    out(OUTPUT_KEYS.authKind, this.auth ? 'jwt' : 'none', 'jwt: send a client-credentials access token');
    if (this.auth) {
      out(OUTPUT_KEYS.userPoolId, this.auth.userPool.userPoolId, 'Cognito user pool id');
      out(OUTPUT_KEYS.userPoolClientId, this.auth.client.userPoolClientId, 'Machine-to-machine client id');
      out(OUTPUT_KEYS.tokenUrl, this.auth.tokenUrl, 'OAuth2 token endpoint (client-credentials grant)');
      out(OUTPUT_KEYS.authScope, this.auth.scope, 'Scope to request');
    }
    if (front.apiKey)
      out(OUTPUT_KEYS.apiKeyId, front.apiKey.keyId, 'API key id (read its value with GetApiKey)');
    out(OUTPUT_KEYS.serviceNames, this.specs.map((s) => s.name).join(','), 'Deployed services, in order');
    const api = this.frontApi;
    const domain = this.customDomain(api);
    if (domain)
      out(OUTPUT_KEYS.customDomainUrl, domain.url, 'Base URL on the custom domain, no trailing slash');
    const stageMetrics =
      front.stageMetrics ?? (api instanceof PikRestApi ? api.api.deploymentStage : api?.stage);
    if (!stageMetrics)
      throw new Error(`${this.pattern.stackName}: publish() needs the stage's metrics (stageMetrics)`);
    const albs = [
      ...this.node.findAll().filter((c): c is ServiceAlb => c instanceof ServiceAlb),
      ...(front.albs ?? []),
    ];
    if (albs.length > 0)
      out(
        OUTPUT_KEYS.albDimensions,
        Fn.join(
          ',',
          albs.map((a) => a.loadBalancer.loadBalancerFullName),
        ),
        'CloudWatch LoadBalancer dimensions (app/<name>/<id>) of the ALBs, for TargetResponseTime',
      );
    this.watch(stageMetrics, albs);
    for (const deployed of this.fleet.services) {
      const { spec } = deployed;
      out(serviceOutputKey(spec.name, 'Path'), spec.basePath, `Base path of ${spec.name}`);
      out(serviceOutputKey(spec.name, 'Compute'), spec.compute, `Compute of ${spec.name}`);
      out(
        serviceOutputKey(spec.name, 'LogGroup'),
        deployed.logGroup.logGroupName,
        `Log group of ${spec.name}`,
      );
      out(serviceOutputKey(spec.name, 'TableName'), deployed.table.table.tableName, `Table of ${spec.name}`);
      if (deployed.lambda) {
        out(
          serviceOutputKey(spec.name, 'FunctionName'),
          deployed.lambda.function.functionName,
          `Lambda function of ${spec.name}`,
        );
      }
    }
  }

  /** The `domain` prop's custom domain in front of the API, when given. */
  private customDomain(api: PikRestApi | PikHttpApi | undefined): PikCustomDomain | undefined {
    const domain = this.patternProps.domain;
    if (!domain || !api) return undefined;
    return new PikCustomDomain(this, 'CustomDomain', {
      domain,
      api:
        api instanceof PikRestApi
          ? { kind: 'rest', api: api.api, stageName: REST_STAGE_NAME }
          : { kind: 'http', api: api.api, stage: api.stage },
    });
  }

  /** The dashboard and alarms of the pattern, over every load balancer the stack built. */
  private watch(stageMetrics: StageMetrics, albs: readonly WatchedAlb[]): void {
    const all = this.node.findAll();
    new PatternOperations(this, 'Operations', {
      dashboardName: this.pattern.stackName,
      stage: stageMetrics,
      albs,
      nlbs: all.filter((c): c is InternalNlb => c instanceof InternalNlb),
      services: this.fleet.services,
      ...(this.patternProps.alarmTopicArn
        ? { alarmTopic: sns.Topic.fromTopicArn(this, 'AlarmTopic', this.patternProps.alarmTopicArn) }
        : {}),
      ...this.patternProps.alarmThresholds,
    });
  }
}

function validatePatternProps(
  pattern: PatternDescriptor,
  props: PikPatternStackProps,
  traits: PatternTraits,
  specs: readonly ServiceSpec[],
  throttle: Throttle,
): void {
  const where = `${pattern.stackName} (${pattern.id})`;
  for (const spec of specs) {
    if (!traits.allowedCompute.includes(spec.compute)) {
      throw new Error(
        `${where}: service ${spec.name} cannot run on ${spec.compute}: ${traits.computeReason ?? ''}`,
      );
    }
  }
  if (pattern.api === 'http' && props.waf) {
    throw new Error(`${where}: AWS WAF cannot be associated with an HTTP API; pick a REST pattern for WAF`);
  }
  if (pattern.api === 'http' && props.apiKey) {
    throw new Error(`${where}: HTTP APIs have no API keys or usage plans; pick a REST pattern for them`);
  }
  if (pattern.api === 'http' && (props.cacheTtl || props.cacheClusterSize)) {
    throw new Error(`${where}: HTTP APIs have no API cache; pick a REST pattern for cacheTtl`);
  }
  validateAuthMode(where, pattern.api, props.auth ?? NATIVE_AUTH[pattern.api]);
  if (props.authorizerCacheTtl) {
    if (props.auth !== 'lambda') {
      throw new Error(
        `${where}: authorizerCacheTtl needs auth: 'lambda' (it is the Lambda authorizer's result cache)`,
      );
    }
    validateAuthorizerCacheTtl(where, props.authorizerCacheTtl);
  }
  if (props.stages) {
    if (pattern.api === 'http') validateHttpStages(where, props.stages);
    validateRestStages(where, props.stages, props.quotaOverrides);
  }
  if (props.cacheClusterSize && !props.cacheTtl) {
    throw new Error(`${where}: cacheClusterSize needs cacheTtl (the cache is off without a TTL)`);
  }
  validateThrottle(`${where} throttle`, throttle, props.quotaOverrides);
  for (const [service, t] of Object.entries(props.serviceThrottles ?? {})) {
    if (!specs.some((s) => s.name === service)) {
      throw new Error(`${where}: serviceThrottles names '${service}', which is not deployed`);
    }
    validateThrottle(`${where} serviceThrottles.${service}`, t, props.quotaOverrides);
  }
  const violations = scaleViolations(pattern.id, {
    services: specs.length,
    nlbCrossZone: traits.nlbCrossZone ?? false,
    ...(props.quotaOverrides ? { quotaOverrides: props.quotaOverrides } : {}),
  });
  if (violations.length > 0) {
    throw new Error(`${where} exceeds AWS quotas:\n- ${violations.map((v) => v.message).join('\n- ')}`);
  }
}
