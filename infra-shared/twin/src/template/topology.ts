/**
 * The typed data plane of one pattern, as its template declares it. Ids are the template's logical ids.
 * Built by `buildTopology`; consumed by the orchestrator, which stands it up on 127.0.0.1.
 */

import type { Throttle } from '@pik/contracts';
import type { LambdaAuthorizerConfig } from '../dataplane/auth/types.js';
import type {
  GatewayResponseConfig,
  IntegrationMappingConfig,
  MockIntegrationConfig,
  RequestValidationConfig,
  RouteCacheConfig,
} from '../dataplane/gateway/types.js';
import type { EventRuleSpec, WebSocketApiSpec } from './websocket-topology.js';

export interface JwtAuthorizerSpec {
  readonly id: string;
  readonly name: string;
  readonly kind: 'jwt' | 'cognito';
  /** Expected `iss` claim (HTTP API JWT authorizer) or the user pool issuer (Cognito authorizer). */
  readonly issuer: string;
  /** Allowed audiences (`aud`, or `client_id` for Cognito access tokens). Empty for Cognito authorizers. */
  readonly audience: readonly string[];
  /** Where the token comes from, e.g. `Authorization` header. */
  readonly identityHeader: string;
  /** Cognito user pool logical id behind this authorizer, if any. */
  readonly userPoolId?: string;
}

/** Where an integration sends the request next. */
export type IntegrationTarget =
  | {
      readonly kind: 'vpc-link';
      /** `v1` (REST VpcLink to NLBs) or `v2` (ApiGatewayV2 VpcLink). */
      readonly linkVersion: 'v1' | 'v2';
      readonly vpcLinkId: string;
      /** The load balancer the request reaches, resolved from the URI host, the listener ARN or IntegrationTarget. */
      readonly loadBalancerId: string;
      /** Listener on that load balancer (by port for URIs, by ARN for HTTP API listener integrations). */
      readonly listenerId: string;
      readonly port: number;
    }
  | {
      readonly kind: 'lambda';
      readonly functionId: string;
      /** The alias or version the URI invokes (`...:function:<name>:<qualifier>`); absent: unqualified. */
      readonly qualifier?: string;
    }
  | { readonly kind: 'http'; readonly url: string };

export interface IntegrationSpec {
  readonly id: string;
  readonly type: string;
  /** HTTP API `IntegrationSubtype` (AWS service integrations). */
  readonly subtype?: string;
  /** REST MOCK: request templates, passthrough behaviour, integration responses (as the gateway reads them). */
  readonly mock?: MockIntegrationConfig;
  /** REST `AWS`: `Credentials`, the role API Gateway assumes to call the service (read, not enforced). */
  readonly credentials?: string;
  /** REST `HTTP` / `AWS` (non-proxy): templates and integration responses. */
  readonly mapping?: IntegrationMappingConfig;
  readonly target: IntegrationTarget;
  /** Integration URI as resolved (REST: full URL with path template; HTTP API: listener ARN / function ARN). */
  readonly uri: string;
  readonly method: string;
  /** HTTP API payload format for Lambda proxy integrations. */
  readonly payloadFormatVersion?: '1.0' | '2.0';
  readonly timeoutMs: number;
  /** REST `ResponseTransferMode` as written (`STREAM`), absent for the default `BUFFERED`. */
  readonly responseTransferMode?: 'STREAM';
  /** Request parameter mappings as written, e.g. `overwrite:path` or `integration.request.path.proxy`. */
  readonly requestParameters: Readonly<Record<string, string>>;
}

export interface RouteSpec {
  /** Route id (HTTP API route logical id, or REST method logical id). */
  readonly id: string;
  /** HTTP method or `ANY`. */
  readonly method: string;
  /** Path template as API Gateway writes it: `/orders/{proxy+}`, `/` or `$default`. */
  readonly path: string;
  readonly integration: IntegrationSpec;
  readonly authorizerId?: string;
  readonly authorizationType: string;
  readonly scopes: readonly string[];
  readonly apiKeyRequired: boolean;
  /** Route/method-level throttle overriding the stage default. */
  readonly throttle?: Throttle;
  /** REST: the method's cache settings when the stage has a cache cluster and the method caches. */
  readonly cache?: RouteCacheConfig;
  /** REST: the method's request validator and what it checks. */
  readonly validation?: RequestValidationConfig;
}

export interface UsagePlanSpec {
  readonly id: string;
  readonly name: string;
  readonly throttle?: Throttle;
  readonly quota?: {
    readonly limit: number;
    readonly period: 'DAY' | 'WEEK' | 'MONTH';
    readonly offset?: number;
  };
  /** Per method throttles, keyed `/path/METHOD` as in the template. */
  readonly methodThrottles: Readonly<Record<string, Throttle>>;
  /** API key logical ids attached to the plan. */
  readonly apiKeyIds: readonly string[];
}

export interface ApiKeySpec {
  readonly id: string;
  readonly name: string;
  /** The template's value if it sets one; otherwise the twin generates one at start-up. */
  readonly value?: string;
  readonly enabled: boolean;
}

export interface ApiSpec {
  readonly id: string;
  readonly name: string;
  readonly flavour: 'http' | 'rest';
  readonly stage: {
    readonly id: string;
    readonly name: string;
    readonly throttle?: Throttle;
    readonly accessLog?: { readonly destination: string; readonly format: string };
    readonly tracingEnabled: boolean;
    /** REST stage `Variables`. */
    readonly variables?: Readonly<Record<string, string>>;
    /** REST `CacheClusterEnabled`: the cluster's size (`CacheClusterSize`) and capacity. */
    readonly cacheCluster?: { readonly sizeGb: number; readonly capacityBytes: number };
    /** REST `CanarySetting`: the share of this stage's requests the canary serves, and its routes. */
    readonly canary?: CanarySpec;
  };
  readonly routes: readonly RouteSpec[];
  /**
   * REST: the API's other stages, each served at its own path beside `stage` with its own settings and
   * routes (`${stageVariables.x}` in integrations resolved with its variables). Absent with one stage.
   */
  readonly moreStages?: readonly StageVariantSpec[];
  readonly authorizers: readonly JwtAuthorizerSpec[];
  /** REST `TOKEN` / `REQUEST` authorizers whose function the template defines. */
  readonly lambdaAuthorizers?: readonly LambdaAuthorizerConfig[];
  readonly usagePlans: readonly UsagePlanSpec[];
  readonly apiKeys: readonly ApiKeySpec[];
  /** REST `AWS::ApiGateway::GatewayResponse`s. */
  readonly gatewayResponses?: readonly GatewayResponseConfig[];
  /** REST `Policy` (resource policy), resolved, as the template gives it. */
  readonly resourcePolicy?: unknown;
}

/** A REST stage's canary: the same API with the canary's variables (the stage's, overridden). */
export interface CanarySpec {
  readonly percentTraffic: number;
  readonly variables: Readonly<Record<string, string>>;
  readonly routes: readonly RouteSpec[];
}

/** Another stage of a REST API: its settings and its routes as its variables resolve them. */
export interface StageVariantSpec {
  readonly stage: ApiSpec['stage'];
  readonly routes: readonly RouteSpec[];
}

export interface VpcLinkSpec {
  readonly id: string;
  readonly version: 'v1' | 'v2';
  /** V1: the NLBs it reaches. V2 reaches anything in its subnets. */
  readonly targetLoadBalancerIds: readonly string[];
}

export type ListenerAction =
  | { readonly kind: 'forward'; readonly targetGroups: readonly { id: string; weight: number }[] }
  | {
      readonly kind: 'fixed-response';
      readonly statusCode: number;
      readonly contentType?: string;
      readonly body?: string;
    };

export interface RuleCondition {
  readonly field:
    | 'path-pattern'
    | 'host-header'
    | 'http-request-method'
    | 'http-header'
    | 'query-string'
    | string;
  readonly values: readonly string[];
  /** For http-header conditions. */
  readonly headerName?: string;
}

export interface ListenerRuleSpec {
  readonly id: string;
  readonly priority: number;
  readonly conditions: readonly RuleCondition[];
  readonly action: ListenerAction;
  /** The `url-rewrite` transform's rewrites (`Transforms[].UrlRewriteConfig.Rewrites`), in order. */
  readonly urlRewrites?: readonly { readonly regex: string; readonly replace: string }[];
  /** Transform types of the rule the twin does not apply (`host-header-rewrite`); listed at start-up. */
  readonly unappliedTransforms?: readonly string[];
}

export interface ListenerSpec {
  readonly id: string;
  readonly loadBalancerId: string;
  readonly port: number;
  readonly protocol: string;
  readonly defaultAction: ListenerAction;
  /** ALB rules, sorted by priority. */
  readonly rules: readonly ListenerRuleSpec[];
}

export interface LoadBalancerSpec {
  readonly id: string;
  readonly kind: 'network' | 'application';
  readonly dnsName: string;
  readonly listeners: readonly ListenerSpec[];
}

export interface HealthCheckSpec {
  readonly enabled: boolean;
  readonly protocol: string;
  readonly path?: string;
  /** `traffic-port` or a number. */
  readonly port: string;
  readonly intervalSeconds: number;
  readonly timeoutSeconds: number;
  readonly healthyThreshold: number;
  readonly unhealthyThreshold: number;
  readonly matcher?: string;
}

export type TargetGroupTargets =
  /** Registered by an ECS service (the replicas). */
  | {
      readonly kind: 'ip';
      readonly containerServiceIds: readonly string[];
      readonly port: number;
      /** Execute-api VPC endpoints (logical ids) whose addresses are the registered IPs. */
      readonly executeApiEndpointIds?: readonly string[];
    }
  | { readonly kind: 'lambda'; readonly functionIds: readonly string[]; readonly multiValueHeaders: boolean }
  | { readonly kind: 'alb'; readonly loadBalancerIds: readonly string[]; readonly port: number };

export interface TargetGroupSpec {
  readonly id: string;
  readonly protocol?: string;
  readonly port?: number;
  readonly targets: TargetGroupTargets;
  readonly healthCheck: HealthCheckSpec;
  readonly deregistrationDelaySeconds: number;
}

export interface LambdaFunctionSpec {
  readonly id: string;
  readonly functionName: string;
  /** Absolute path of the code folder: staged in cdk.out, or where inline code goes; empty when refused. */
  readonly codeDir: string;
  readonly handler: string;
  readonly runtime: string;
  readonly memoryMb: number;
  readonly timeoutSeconds: number;
  readonly reservedConcurrency?: number;
  readonly environment: Readonly<Record<string, string>>;
  /** The service it runs (SERVICE_NAME env or pik:service tag). */
  readonly serviceName?: string;
  /** Inline code (`Code.ZipFile`): the runtime writes it to `codeDir` as `index.js` / `index.py`. */
  readonly inlineCode?: string;
  /** Why the twin does not run this function; every invocation answers a function error naming it. */
  readonly refusal?: string;
  /** How running it locally differs from AWS (the host's interpreter version), for the start-up report. */
  readonly hostDifference?: string;
  /** Its aliases (`AWS::Lambda::Alias`): alias name to version number (`lambda-alias-topology.ts`). */
  readonly aliases?: Readonly<Record<string, string>>;
}

export interface ContainerServiceSpec {
  readonly id: string;
  readonly desiredCount: number;
  readonly containerName: string;
  readonly containerPort: number;
  /** Absolute path of the staged image build context (a copy of the service folder). */
  readonly imageDir: string;
  readonly environment: Readonly<Record<string, string>>;
  readonly serviceName?: string;
  /** Target groups the service registers its tasks in. */
  readonly targetGroupIds: readonly string[];
  /** How to start a replica when it is not a kit service bundle (see `template/container-launch.ts`). */
  readonly launch?: ContainerLaunch;
}

/** A process standing in for a container image: its Dockerfile's command, or a `--container` command. */
export interface ContainerLaunch {
  /** Argv; a leading `node` runs as the host's node. */
  readonly argv: readonly string[];
  /** The staged build folder (mapped to the image's WORKDIR), or the working directory for a command. */
  readonly cwd: string;
  /** Dockerfile ENV, then the task definition's environment. */
  readonly env: Readonly<Record<string, string>>;
  /** What the process stands in for, for the start-up listing: `Dockerfile FROM node:22` or a command. */
  readonly source: string;
}

export interface TableSpec {
  readonly id: string;
  readonly tableName: string;
  readonly serviceName?: string;
  /** The code bundle using the table (`pik:bundle`, else the user's SERVICE_NAME): whose seed data it gets. */
  readonly bundle?: string;
  readonly keySchema: readonly { AttributeName: string; KeyType: string }[];
  readonly attributeDefinitions: readonly { AttributeName: string; AttributeType: string }[];
  readonly globalSecondaryIndexes: readonly unknown[];
}

/** A Kinesis data stream (`AWS::Kinesis::Stream`), created in the twin's kinesalite. */
export interface StreamSpec {
  readonly id: string;
  readonly streamName: string;
  readonly shardCount: number;
  /** `StreamEncryption` is set (KMS): records are kept unencrypted in the twin. */
  readonly encrypted: boolean;
}

/** A Lambda event source mapping reading a Kinesis stream of the template (`event-source-topology.ts`). */
export interface EventSourceSpec {
  readonly id: string;
  readonly functionId: string;
  readonly streamName: string;
  readonly batchSize: number;
  /** `MaximumBatchingWindowInSeconds` in ms: how long records are gathered before a smaller batch goes. */
  readonly batchingWindowMs: number;
  readonly bisectOnError: boolean;
  /** Retries of a failing batch; -1 retries until the records expire (AWS's default). */
  readonly maximumRetryAttempts: number;
  readonly startingPosition: 'TRIM_HORIZON' | 'LATEST';
  /** ARN of the on-failure destination (an SQS queue or SNS topic). */
  readonly onFailureDestination?: string;
}

/** A Firehose delivery stream from a Kinesis stream of the template to S3 (`firehose-topology.ts`). */
export interface DeliveryStreamSpec {
  readonly id: string;
  readonly streamName: string;
  /** The destination bucket's local name (its Ref, lower case). */
  readonly bucketName: string;
  /** `Prefix`, with Firehose's `!{timestamp:...}` expressions. */
  readonly prefix: string;
  readonly errorOutputPrefix: string;
  /** `GZIP`, `UNCOMPRESSED`, ... (the twin writes GZIP or uncompressed). */
  readonly compression: string;
  readonly bufferSizeBytes: number;
  /** As the template says; the twin scales it (printed at start-up). */
  readonly bufferIntervalMs: number;
}

/** One cache behaviour of a distribution, with its policies resolved (`cloudfront-topology.ts`). */
export interface CloudFrontBehaviourSpec {
  /** Absent on the default behaviour. */
  readonly pathPattern?: string;
  readonly allowedMethods: readonly string[];
  readonly cachedMethods: readonly string[];
  readonly minTtlSeconds: number;
  readonly defaultTtlSeconds: number;
  readonly maxTtlSeconds: number;
  /** Lower-case header names in the cache key (also sent to the origin), or `all`. */
  readonly keyHeaders: readonly string[] | 'all';
  readonly keyQueryStrings: readonly string[] | 'all';
  /** What the origin request policy adds for the origin (not in the key). */
  readonly forwardHeaders: readonly string[] | 'all';
  readonly forwardQueryStrings: readonly string[] | 'all';
}

/** A CloudFront distribution in front of the stack's API (`cloudfront-topology.ts`). */
export interface DistributionSpec {
  readonly id: string;
  readonly originPath: string;
  /** Lower-case names. */
  readonly originHeaders: Readonly<Record<string, string>>;
  /** In evaluation order: the path-pattern behaviours, then the default. */
  readonly behaviours: readonly CloudFrontBehaviourSpec[];
  /** A web ACL is attached (listed as not evaluated). */
  readonly webAcl: boolean;
}

export interface UserPoolSpec {
  readonly id: string;
  readonly issuer: string;
  readonly clients: readonly {
    readonly id: string;
    readonly clientId: string;
    readonly scopes: readonly string[];
    readonly generateSecret: boolean;
  }[];
  /** Resource server scopes, as `identifier/scope`. */
  readonly scopes: readonly string[];
}

/** How a custom domain picks an API (set-routing-mode.html): mappings, routing rules first, or rules only. */
export type DomainRoutingMode = 'mappings-only' | 'rules-then-mappings' | 'rules-only';

/** A base path mapping (REST) or API mapping (HTTP) of a custom domain. */
export interface DomainMappingSpec {
  readonly id: string;
  /** '' maps the domain's root; may have several segments (`orders/v2`). */
  readonly basePath: string;
  /** Logical id of the API. */
  readonly apiId: string;
  /** Stage name; '' when the mapping names none (the path's first segment is the stage). */
  readonly stage: string;
}

/** A REST routing rule (rest-api-routing-rules.html): all conditions must match; then the API's stage. */
export interface DomainRuleSpec {
  readonly id: string;
  readonly priority: number;
  readonly headers: readonly { readonly name: string; readonly valueGlob: string }[];
  readonly basePaths: readonly string[];
  readonly apiId: string;
  readonly stage: string;
  readonly stripBasePath: boolean;
}

/** A public (Regional or edge) custom domain name of the stack. */
export interface CustomDomainSpec {
  readonly id: string;
  /** Lower case, as clients send it in `Host`. */
  readonly domainName: string;
  readonly routingMode: DomainRoutingMode;
  readonly mappings: readonly DomainMappingSpec[];
  /** Sorted by priority. */
  readonly rules: readonly DomainRuleSpec[];
  /** Rules and mappings the routing mode leaves unused, as AWS does (ids), named at start-up. */
  readonly unused: readonly string[];
}
/** A template resource or setting the twin does not run, reported at start-up. */
export interface NotEmulated {
  readonly logicalId: string;
  readonly type: string;
  readonly reason: string;
}

export interface PatternTopology {
  readonly patternId: string;
  readonly stackName: string;
  readonly templatePath: string;
  /** Services the template metadata declares (name, base path); empty when it declares none. */
  readonly declaredServices: readonly { readonly name: string; readonly basePath: string }[];
  readonly api: ApiSpec;
  readonly vpcLinks: readonly VpcLinkSpec[];
  readonly loadBalancers: readonly LoadBalancerSpec[];
  readonly targetGroups: readonly TargetGroupSpec[];
  readonly functions: readonly LambdaFunctionSpec[];
  readonly containerServices: readonly ContainerServiceSpec[];
  readonly tables: readonly TableSpec[];
  /** Kinesis streams (absent: none). */
  readonly streams?: readonly StreamSpec[];
  /** Event source mappings from those streams to functions (absent: none). */
  readonly eventSources?: readonly EventSourceSpec[];
  /** Firehose delivery streams from those streams to S3 (absent: none). */
  readonly deliveryStreams?: readonly DeliveryStreamSpec[];
  /** CloudFront distributions in front of the API (absent: none). */
  readonly distributions?: readonly DistributionSpec[];
  readonly userPools: readonly UserPoolSpec[];
  readonly notEmulated: readonly NotEmulated[];
  /** Intrinsics the resolver could not compute. */
  readonly resolutionProblems: readonly string[];
  /** A private REST API's way in (endpoint type PRIVATE); absent for public APIs. */
  readonly privateAccess?: PrivateAccessSpec;
  /** Public custom domain names of the stack (the same list on every API of the stack). */
  readonly customDomains?: readonly CustomDomainSpec[];
  /** The stack's WebSocket API (the live feed), run beside the API by `dataplane/websocket/`. */
  readonly webSocketApi?: WebSocketApiSpec;
  /** EventBridge rules to Lambda, run by the twin's event bus (`dataplane/events/`). */
  readonly eventRules?: readonly EventRuleSpec[];
}

/** An interface VPC endpoint for `execute-api`. */
export interface ExecuteApiEndpointSpec {
  readonly id: string;
  /** Its `vpce-...` id as the template resolves it (what `aws:SourceVpce` compares against). */
  readonly endpointId: string;
  readonly vpcId: string;
}

/** A custom domain name for private APIs, its base path mapping and the endpoints associated with it. */
export interface PrivateDomainSpec {
  readonly id: string;
  readonly domainName: string;
  /** '' maps the domain's root. */
  readonly basePath: string;
  readonly apiId: string;
  readonly stage: string;
  /** Endpoints (logical ids) with a domain name access association. */
  readonly endpointIds: readonly string[];
}

export interface PrivateAccessSpec {
  readonly endpoints: readonly ExecuteApiEndpointSpec[];
  readonly domains: readonly PrivateDomainSpec[];
}
