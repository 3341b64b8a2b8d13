import { pascalName, type Throttle } from '@pik/contracts';
import { PIK_HEADERS } from '@pik/contracts/headers';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import type * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as logs from 'aws-cdk-lib/aws-logs';
import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import { Aws, type Duration } from 'aws-cdk-lib/core';
import { Construct } from 'constructs';
import { REST_ACCESS_LOG_FORMAT } from './access-log.js';
import {
  type ApiCacheSettings,
  addCachedMethodSetting,
  cacheKeyParameters,
  cacheStageOptions,
  validateApiCache,
} from './api-cache.js';
import type { PikAuth } from './auth.js';
import {
  AUTHORIZER_IDENTITY_HEADER,
  AUTHORIZER_TOKEN_PATTERN,
  PikLambdaAuthorizer,
} from './lambda-authorizer.js';
import { retainedLogGroup } from './logs.js';
import { markService } from './metadata.js';
import { acknowledge } from './nag.js';
import { privateApiPolicy } from './private-api-policy.js';
import {
  lambdaInvocationUri,
  lambdaProxyIntegration,
  StageAliases,
  validateAliasStages,
} from './rest-lambda-aliases.js';
import {
  REQUEST_MODEL_CONTENT_TYPE,
  type RequestSchemas,
  serviceRequestModels,
  validatedMethodPaths,
} from './rest-request-models.js';
import {
  configureStage,
  KitStageVariables,
  type RestStageSpec,
  type SharedStageOptions,
  stageCacheTtl,
  stageOptionsOf,
} from './rest-stages.js';
import {
  addThrottleMethodSetting,
  exportPathIntegration,
  STREAMING_ROUTE_SEGMENT,
  streamExportIntegration,
} from './rest-streaming.js';
import type { ServiceSpec } from './service-specs.js';
import { StageWebAcl } from './waf.js';

/** Stage name of every REST API in the kit; it appears in the invoke URL (`.../v1/orders`). */
export const REST_STAGE_NAME = 'v1';

export interface PikRestApiProps {
  /** Name shown in the console. */
  readonly apiName: string;
  readonly throttle: Throttle;
  /** Per-service overrides of the stage throttle, applied to both of a service's methods. */
  readonly serviceThrottles?: Readonly<Record<string, Throttle>>;
  /** Cognito authorizer requiring the pool's scope on every method; none when undefined. */
  readonly auth?: PikAuth;
  /**
   * With `auth`: the kit's Lambda `TOKEN` authorizer validating the pool's tokens instead of the Cognito
   * authorizer, its results cached for `cacheTtl`; the caller's `sub` and scopes reach the backends as
   * `x-pik-auth-sub` / `x-pik-auth-scope` headers. @default the Cognito authorizer
   */
  readonly lambdaAuthorizer?: { readonly cacheTtl: Duration };
  /** Require an API key (and attach a usage plan with the stage throttle). */
  readonly apiKey: boolean;
  /** Associate a WAF web ACL with AWS managed rule groups. */
  readonly waf: boolean;
  readonly logRetention: logs.RetentionDays;
  /** A stage cache in front of every service's list and get (GET methods); none when undefined. */
  readonly cache?: ApiCacheSettings;
  /**
   * Services whose write bodies the gateway validates: each gets `POST /<svc>` and `PATCH /<svc>/{proxy+}`
   * with the draft-4 models of its own schemas, next to its `ANY` methods. @default none
   */
  readonly requestSchemas?: RequestSchemas;
  /**
   * A private API (endpoint type `PRIVATE`) reachable only through this execute-api interface endpoint:
   * bound to it, with the resource policy `privateApiPolicy` (an explicit deny for any other source).
   * @default a regional API
   */
  readonly privateEndpoint?: ec2.IInterfaceVpcEndpoint;
  /**
   * Stages of the API (`rest-stages.ts`): the one named `v1` configures the default stage, the others are
   * added beside it on the same deployment; private integrations then read their link id and host from
   * stage variables. @default stage `v1` alone, no stage variables
   */
  readonly stages?: readonly RestStageSpec[];
}

/** Builds one service's integration; `proxy` is true for the `{proxy+}` method. */
export type RestIntegrationFactory = (spec: ServiceSpec, proxy: boolean) => apigw.Integration;

/** Method throttles of the services that have their own, on every method of the service. */
function serviceMethodThrottles(props: PikRestApiProps): Record<string, apigw.MethodDeploymentOptions> {
  const methodOptions: Record<string, apigw.MethodDeploymentOptions> = {};
  for (const [service, t] of Object.entries(props.serviceThrottles ?? {})) {
    const validated = props.requestSchemas?.[service] ? validatedMethodPaths(service) : [];
    for (const path of [`/${service}/ANY`, `/${service}/{proxy+}/ANY`, ...validated]) {
      methodOptions[path] = { throttlingRateLimit: t.rateLimit, throttlingBurstLimit: t.burstLimit };
    }
  }
  return methodOptions;
}

/**
 * A regional REST API with the kit's defaults: stage `v1` with explicit throttling, JSON access logs,
 * execution logging of errors, X-Ray tracing, a WAF web ACL, a Cognito authorizer, and optionally an API
 * key with a usage plan. Each service gets `ANY /<svc>` and `ANY /<svc>/{proxy+}`.
 */
export class PikRestApi extends Construct {
  readonly api: apigw.RestApi;
  readonly accessLogs: logs.LogGroup;
  readonly apiKey?: apigw.IApiKey;
  readonly methods: apigw.Method[] = [];
  /** Every stage, `v1` first (one unless `stages` adds others), with its name (`Stage.stageName` is a token). */
  readonly stages: { readonly name: string; readonly stage: apigw.Stage }[] = [];
  private readonly props: PikRestApiProps;
  private readonly kitVariables = new KitStageVariables();
  /** Each service function's version and per-stage aliases (with `stages` only), by construct id. */
  readonly stageAliases = new Map<string, StageAliases>();
  private readonly authorizer?: apigw.IAuthorizer;
  private readonly validator: apigw.RequestValidator;

  constructor(scope: Construct, id: string, props: PikRestApiProps) {
    super(scope, id);
    this.props = props;
    if (props.cache) validateApiCache(props.cache);
    this.accessLogs = retainedLogGroup(this, 'AccessLogs', props.logRetention);
    const methodOptions = serviceMethodThrottles(props);
    const shared: SharedStageOptions = {
      throttle: props.throttle,
      methodOptions,
      accessLogs: new apigw.LogGroupLogDestination(this.accessLogs),
      accessLogFormat: apigw.AccessLogFormat.custom(REST_ACCESS_LOG_FORMAT),
      ...(props.cache ? { cache: props.cache } : {}),
    };
    this.api = new apigw.RestApi(this, 'Api', {
      restApiName: props.apiName,
      ...(props.privateEndpoint
        ? {
            endpointConfiguration: {
              types: [apigw.EndpointType.PRIVATE],
              vpcEndpoints: [props.privateEndpoint],
            },
            policy: privateApiPolicy(props.privateEndpoint.vpcEndpointId),
          }
        : { endpointTypes: [apigw.EndpointType.REGIONAL] }),
      cloudWatchRole: true,
      deployOptions: props.stages
        ? { stageName: REST_STAGE_NAME, ...stageOptionsOf(this.stageSpec(REST_STAGE_NAME), shared) }
        : {
            stageName: REST_STAGE_NAME,
            throttlingRateLimit: props.throttle.rateLimit,
            throttlingBurstLimit: props.throttle.burstLimit,
            methodOptions,
            accessLogDestination: shared.accessLogs,
            accessLogFormat: shared.accessLogFormat,
            loggingLevel: apigw.MethodLoggingLevel.ERROR,
            tracingEnabled: true,
            ...(props.cache ? cacheStageOptions(props.cache) : {}),
          },
    });
    this.stages.push({ name: REST_STAGE_NAME, stage: this.api.deploymentStage });
    if (props.stages) this.addStages(props.stages, shared);
    this.validator = this.api.addRequestValidator('Validator', {
      validateRequestParameters: true,
      // Bodies are proxied as they are: with no request model defined, body validation checks nothing.
      validateRequestBody: true,
    });
    if (props.auth) {
      this.authorizer = props.lambdaAuthorizer
        ? this.tokenAuthorizer(props.auth, props.lambdaAuthorizer.cacheTtl)
        : new apigw.CognitoUserPoolsAuthorizer(this, 'Authorizer', {
            cognitoUserPools: [props.auth.userPool],
          });
    }
    if (props.apiKey) this.apiKey = this.addKeyWithUsagePlan();
    this.protectStagesWithWaf();
    acknowledge(
      this.api,
      'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs]',
      'The account-level role API Gateway needs to write access and execution logs; AWS maintains its policy.',
    );
  }

  /** An API key with a usage plan on every stage, at the stage throttle. */
  private addKeyWithUsagePlan(): apigw.IApiKey {
    const { rateLimit, burstLimit } = this.props.throttle;
    const key = this.api.addApiKey('ApiKey');
    const plan = this.api.addUsagePlan('UsagePlan', { throttle: { rateLimit, burstLimit } });
    for (const { stage } of this.stages) plan.addApiStage({ stage });
    plan.addApiKey(key);
    return key;
  }

  /** One web ACL associated with every stage, or an acknowledgement on each stage when WAF is off. */
  private protectStagesWithWaf(): void {
    if (!this.props.waf) {
      for (const { stage } of this.stages) {
        acknowledge(stage, 'AwsSolutions-APIG3', 'WAF turned off explicitly (waf: false).');
      }
      return;
    }
    const acl = new StageWebAcl(this, 'Waf', { stageArn: this.stageArn, metricPrefix: this.props.apiName });
    acl.node.addDependency(this.api.deploymentStage);
    for (const { name, stage } of this.stages.slice(1)) {
      new wafv2.CfnWebACLAssociation(this, `Waf${pascalName(name)}`, {
        resourceArn: this.stageArnOf(name),
        webAclArn: acl.webAcl.attrArn,
      }).node.addDependency(stage);
    }
  }

  /** The kit's Lambda function as a `TOKEN` authorizer (API Gateway may invoke it for this API only). */
  private tokenAuthorizer(auth: PikAuth, cacheTtl: Duration): apigw.TokenAuthorizer {
    const { function: handler } = new PikLambdaAuthorizer(this, 'AuthorizerFunction', {
      auth,
      logRetention: this.props.logRetention,
    });
    return new apigw.TokenAuthorizer(this, 'LambdaAuthorizer', {
      handler,
      identitySource: apigw.IdentitySource.header(AUTHORIZER_IDENTITY_HEADER),
      validationRegex: AUTHORIZER_TOKEN_PATTERN,
      resultsCacheTtl: cacheTtl,
    });
  }

  /** ARN of the stage, as WAF associations expect it. */
  get stageArn(): string {
    return this.stageArnOf(REST_STAGE_NAME);
  }

  private stageArnOf(stageName: string): string {
    return `arn:${Aws.PARTITION}:apigateway:${Aws.REGION}::/restapis/${this.api.restApiId}/stages/${stageName}`;
  }

  private stageSpec(name: string): RestStageSpec | undefined {
    return this.props.stages?.find((s) => s.name === name);
  }

  /** The stages beside `v1` on the same deployment; variables and canaries on every stage. */
  private addStages(stages: readonly RestStageSpec[], shared: SharedStageOptions): void {
    const deployment = this.api.latestDeployment as apigw.Deployment;
    for (const spec of stages.filter((s) => s.name !== REST_STAGE_NAME)) {
      const stage = new apigw.Stage(this, `Stage${pascalName(spec.name)}`, {
        deployment,
        stageName: spec.name,
        ...stageOptionsOf(spec, shared),
      });
      this.stages.push({ name: spec.name, stage });
    }
    for (const { name, stage } of this.stages) {
      configureStage(stage, name, this.stageSpec(name), this.kitVariables, deployment);
    }
  }

  /**
   * Points a method at a VPC link V2 and its load balancer (L1 properties: aws-cdk-lib has no L2 for REST
   * VPC link V2 yet); with `stages`, through the `vpcLinkId` / `<svc>Host` stage variables.
   */
  linkV2(method: apigw.Method, service: string, linkId: string, targetArn: string): void {
    const cfn = method.node.defaultChild as apigw.CfnMethod;
    cfn.addPropertyOverride('Integration.ConnectionType', 'VPC_LINK');
    cfn.addPropertyOverride('Integration.ConnectionId', linkId);
    cfn.addPropertyOverride('Integration.IntegrationTarget', targetArn);
    if (this.props.stages) this.kitVariables.use(method, service, linkId);
  }

  /**
   * A service function's Lambda proxy integration: the function itself without `stages` (as always); with
   * them, the alias the `<svc>Alias` stage variable names, one version and one alias per stage published
   * on first use (`rest-lambda-aliases.ts`).
   */
  lambdaIntegration(spec: ServiceSpec, fn: lambda.Function): apigw.Integration {
    if (!this.props.stages) return new apigw.LambdaIntegration(fn);
    return this.aliasesOf(spec, fn, 'Aliases').integration();
  }

  /**
   * The integration of a service's streamed export (`addService` `streamingIntegration`): `fn` (a
   * streaming handler) invoked for a response stream, allowed for `GET /<svc>/export` only; with `stages`,
   * its alias the `<svc>Alias` stage variable names (the same variable as the service's other function).
   * `lambda:InvokeFunction` covers InvokeWithResponseStream (Lambda API reference).
   */
  lambdaStreamingIntegration(spec: ServiceSpec, fn: lambda.Function): apigw.Integration {
    if (this.props.stages) return this.aliasesOf(spec, fn, 'ExportAliases').integration(true);
    fn.addPermission('ApiGatewayStreamedExport', {
      principal: new iam.ServicePrincipal('apigateway.amazonaws.com'),
      sourceArn: this.api.arnForExecuteApi('GET', `${spec.basePath}/${STREAMING_ROUTE_SEGMENT}`),
    });
    return lambdaProxyIntegration(lambdaInvocationUri(fn.functionArn, true));
  }

  /** The version and per-stage aliases of `fn`, published on first use under `<Svc><suffix>`. */
  private aliasesOf(spec: ServiceSpec, fn: lambda.Function, suffix: string): StageAliases {
    const id = `${pascalName(spec.name)}${suffix}`;
    let aliases = this.stageAliases.get(id);
    if (!aliases) {
      const stageNames = this.stages.map((s) => s.name);
      validateAliasStages(this.props.apiName, this.props.stages ?? [], [spec.name], stageNames);
      aliases = new StageAliases(this, id, { fn, service: spec.name, stageNames, api: this.api });
      this.stageAliases.set(id, aliases);
      this.kitVariables.useAlias(spec.name);
    }
    return aliases;
  }

  /** Invoke URL of the stage, without a trailing slash. */
  get invokeUrl(): string {
    return `https://${this.api.restApiId}.execute-api.${Aws.REGION}.${Aws.URL_SUFFIX}/${REST_STAGE_NAME}`;
  }

  /**
   * Adds `ANY /<svc>` and `ANY /<svc>/{proxy+}` for one service, with the API cache also `GET` on both and
   * with `requestSchemas` its validated `POST` / `PATCH`; with `streaming`, `GET /<svc>/export` over the
   * `{proxy+}` integration with `ResponseTransferMode: STREAM`. `all` lists every method added (what a
   * pattern completing its integrations must go through).
   */
  addService(
    spec: ServiceSpec,
    integrationFor: RestIntegrationFactory,
    options: {
      readonly streaming?: boolean;
      /** The streamed export's own integration (a Lambda streaming invocation). @default the `{proxy+}` one */
      readonly streamingIntegration?: (spec: ServiceSpec) => apigw.Integration;
    } = {},
  ): { root: apigw.Method; proxy: apigw.Method; all: apigw.Method[] } {
    const resource = this.api.root.addResource(spec.basePath.slice(1));
    const root = resource.addMethod('ANY', integrationFor(spec, false), this.methodOptions(false));
    const proxyResource = resource.addResource('{proxy+}');
    const proxy = proxyResource.addMethod('ANY', integrationFor(spec, true), this.methodOptions(true));
    const methods = [
      root,
      proxy,
      ...this.validatedWriteMethods(spec, resource, proxyResource, integrationFor),
    ];
    if (options.streaming) {
      const streamed = options.streamingIntegration?.(spec) ?? integrationFor(spec, true);
      methods.push(...this.addStreamingExport(resource, spec, integrationFor, streamed));
    }
    if (this.props.cache) {
      methods.push(this.addCachedGet(resource, spec, integrationFor, false));
      methods.push(this.addCachedGet(proxyResource, spec, integrationFor, true));
    }
    for (const method of methods) {
      if (this.props.stages) this.kitVariables.use(method, spec.name);
      this.adopt(method, spec.name);
    }
    return { root, proxy, all: methods };
  }

  /**
   * `GET /<svc>/export`, streamed (never cached: AWS does not cache streamed answers), and `ANY` beside it
   * (buffered) so other methods reach the service and get its 405 as on every other path, instead of the
   * REST API's 403 for a method the resource lacks; both with the service's throttle.
   */
  private addStreamingExport(
    resource: apigw.Resource,
    spec: ServiceSpec,
    integrationFor: RestIntegrationFactory,
    streamedIntegration: apigw.Integration,
  ): apigw.Method[] {
    const exportResource = resource.addResource(STREAMING_ROUTE_SEGMENT);
    const streamed = exportResource.addMethod('GET', streamedIntegration, this.methodOptions(false));
    streamExportIntegration(streamed);
    const others = exportResource.addMethod('ANY', integrationFor(spec, true), this.methodOptions(false));
    exportPathIntegration(others);
    // The overrides are invisible to the deployment's change detection; add them to its hash.
    this.api.latestDeployment?.addToLogicalId({ streamed: exportResource.path });
    const throttle = this.props.serviceThrottles?.[spec.name];
    for (const method of throttle ? ['GET', 'ANY'] : []) {
      addThrottleMethodSetting(this.api.deploymentStage, exportResource.path, method, throttle as Throttle);
    }
    return [streamed, others];
  }

  /**
   * Registers a method a pattern added itself (with `methodOptions`) as one of `service`'s: marked with
   * the service, listed in `methods`, given the caller headers and nag reasons of the API's auth mode.
   */
  adopt(method: apigw.Method, service: string): void {
    markService(method, service);
    this.methods.push(method);
    if (!this.authorizer) {
      acknowledge(method, 'AwsSolutions-APIG4', 'Authorization turned off explicitly (auth: none).');
      acknowledge(method, 'AwsSolutions-COG4', 'Authorization turned off explicitly (auth: none).');
    } else if (this.props.lambdaAuthorizer) {
      passCallerHeaders(method);
      acknowledge(
        method,
        'AwsSolutions-COG4',
        "The kit's Lambda authorizer validates the Cognito user pool's access tokens (auth: lambda).",
      );
    }
  }

  /**
   * `GET` next to a service's `ANY` (list on `/<svc>`, get on `/<svc>/{proxy+}`), answered from the stage
   * cache keyed on the page (`limit`, `cursor`) or the item's path. The services answer every caller the
   * same data, so the caller is not part of the key (the authorizer still runs before the cache).
   */
  private addCachedGet(
    resource: apigw.Resource,
    spec: ServiceSpec,
    integrationFor: RestIntegrationFactory,
    proxy: boolean,
  ): apigw.Method {
    const cache = this.props.cache as ApiCacheSettings;
    const keys = cacheKeyParameters(proxy);
    const method = resource.addMethod('GET', integrationFor(spec, proxy), {
      ...this.methodOptions(proxy),
      requestParameters: Object.fromEntries(keys.map((k) => [k, k === 'method.request.path.proxy'])),
    });
    (method.node.defaultChild as apigw.CfnMethod).addPropertyOverride('Integration.CacheKeyParameters', keys);
    for (const { name, stage } of this.stages) {
      const stageSpec = this.stageSpec(name);
      const ttl = this.props.stages ? stageCacheTtl(stageSpec, { cache } as SharedStageOptions) : cache.ttl;
      if (!ttl) continue;
      const throttle = this.props.serviceThrottles?.[spec.name] ?? stageSpec?.throttle ?? this.props.throttle;
      addCachedMethodSetting(stage, resource.path, 'GET', { ...cache, ttl }, throttle);
    }
    return method;
  }

  /**
   * `POST /<svc>` and `PATCH /<svc>/{proxy+}` (the same integrations as the `ANY` methods) whose bodies the
   * validator checks against the service's own schemas; none unless `requestSchemas` names the service.
   */
  private validatedWriteMethods(
    spec: ServiceSpec,
    resource: apigw.Resource,
    proxyResource: apigw.Resource,
    integrationFor: RestIntegrationFactory,
  ): apigw.Method[] {
    const schemas = this.props.requestSchemas?.[spec.name];
    if (!schemas) return [];
    const models = serviceRequestModels(this, this.api, spec.name, schemas);
    const withModel = (proxy: boolean, model: apigw.IModel): apigw.MethodOptions => ({
      ...this.methodOptions(proxy),
      requestModels: { [REQUEST_MODEL_CONTENT_TYPE]: model },
    });
    return [
      resource.addMethod('POST', integrationFor(spec, false), withModel(false, models.create)),
      proxyResource.addMethod('PATCH', integrationFor(spec, true), withModel(true, models.update)),
    ];
  }

  private authorizationOptions(): apigw.MethodOptions {
    if (!this.authorizer) return { authorizationType: apigw.AuthorizationType.NONE };
    if (this.props.lambdaAuthorizer) {
      return { authorizer: this.authorizer, authorizationType: apigw.AuthorizationType.CUSTOM };
    }
    return {
      authorizer: this.authorizer,
      authorizationType: apigw.AuthorizationType.COGNITO,
      authorizationScopes: [this.props.auth?.scope ?? ''],
    };
  }

  /** The options every method of the API shares: validator, auth, API key, and `{proxy}` when `proxy`. */
  methodOptions(proxy: boolean): apigw.MethodOptions {
    return {
      requestValidator: this.validator,
      requestParameters: proxy ? { 'method.request.path.proxy': true } : {},
      apiKeyRequired: this.props.apiKey,
      ...this.authorizationOptions(),
    };
  }
}

/**
 * Maps the Lambda authorizer's context onto the integration request as headers (API Gateway overwrites a
 * client-sent header of the same name), so backends behind HTTP integrations learn the caller.
 */
function passCallerHeaders(method: apigw.Method): void {
  const cfn = method.node.defaultChild as apigw.CfnMethod;
  const header = (name: string) => `Integration.RequestParameters.integration\\.request\\.header\\.${name}`;
  cfn.addPropertyOverride(header(PIK_HEADERS.authSub), 'context.authorizer.sub');
  cfn.addPropertyOverride(header(PIK_HEADERS.authScope), 'context.authorizer.scope');
}

/** Backend URL of a service behind `host:port`, with `{proxy}` for the greedy method. */
export function backendUrl(host: string, spec: ServiceSpec, proxy: boolean): string {
  return `http://${host}:${spec.port}${spec.basePath}${proxy ? '/{proxy}' : ''}`;
}

/** Integration options mapping the greedy path parameter through to the backend. */
export function proxyPathParameters(proxy: boolean): Record<string, string> {
  return proxy ? { 'integration.request.path.proxy': 'method.request.path.proxy' } : {};
}

/** An HTTP proxy integration through a VPC link V1 to `host:port` (the NLB), forwarding the greedy path. */
export function vpcLinkV1Integration(
  vpcLink: apigw.IVpcLink,
  host: string,
  spec: ServiceSpec,
  proxy: boolean,
): apigw.Integration {
  return new apigw.Integration({
    type: apigw.IntegrationType.HTTP_PROXY,
    integrationHttpMethod: 'ANY',
    uri: backendUrl(host, spec, proxy),
    options: {
      connectionType: apigw.ConnectionType.VPC_LINK,
      vpcLink,
      requestParameters: proxyPathParameters(proxy),
    },
  });
}
