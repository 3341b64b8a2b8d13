/**
 * The API Gateway front's contracts: its config (what the template says once the topology reader resolved
 * it), the request it hands to an integration, and what an integration answers.
 */
import type { IncomingHttpHeaders, OutgoingHttpHeaders } from 'node:http';
import type { Readable } from 'node:stream';
import type { Throttle } from '@pik/contracts';
import type { AuthorizerConfig, LambdaAuthorizerConfig } from '../auth/types.js';
import type { RunningComponent } from '../http-util.js';
import type { StreamLimits } from './stream-relay.js';

/** Usage-plan quota (REST only): requests per period per API key. */
export interface QuotaSettings {
  readonly limit: number;
  readonly period: 'DAY' | 'WEEK' | 'MONTH';
  /** Requests already counted at the start of the first period (AWS `Quota.Offset`). @default 0 */
  readonly offset?: number;
}

export type ApiKind = 'http' | 'rest';

/** One REST integration response (`IntegrationResponses` entry of a method's integration). */
export interface IntegrationResponseConfig {
  /** The method response status this integration response answers with. */
  readonly statusCode: string;
  /** Regex matched against the whole integration status; absent or empty marks the default response. */
  readonly selectionPattern?: string;
  /** `method.response.header.X` -> `'literal'` or `integration.response.header.Y`. */
  readonly responseParameters?: Readonly<Record<string, string>>;
  /** Response body by content type; an empty template is an empty body. */
  readonly responseTemplates?: Readonly<Record<string, string>>;
}

/**
 * The mapping of a REST non-proxy integration (`HTTP`, `AWS`, `MOCK`): request templates (VTL) by content
 * type, passthrough behaviour and integration responses; evaluated by `mapping/`.
 */
export interface IntegrationMappingConfig {
  /** Request templates by content type (for a MOCK, the output's `statusCode` selects the response). */
  readonly requestTemplates?: Readonly<Record<string, string>>;
  /** @default 'WHEN_NO_MATCH' (CloudFormation's default) */
  readonly passthroughBehavior?: 'WHEN_NO_MATCH' | 'WHEN_NO_TEMPLATES' | 'NEVER';
  readonly integrationResponses?: readonly IntegrationResponseConfig[];
}

/** A REST MOCK integration (`mock-integration.ts`). */
export type MockIntegrationConfig = IntegrationMappingConfig;

/**
 * One integration as the template declares it. Proxy integrations are handed verbatim to the injected
 * {@link Forward}; MOCK integrations are answered by the gateway itself; any other type (or a MOCK the twin
 * cannot evaluate) answers API Gateway's 500 (`integration-support.ts`).
 */
export interface IntegrationConfig {
  /** Logical id of the integration (template logical id or any stable name); used by the forwarder. */
  readonly id: string;
  /**
   * `HTTP_PROXY` (REST http_proxy / HTTP API HTTP_PROXY), `AWS_PROXY` (Lambda proxy, or an HTTP API AWS
   * service integration with `subtype`), `MOCK`, `HTTP` (non-proxy, mapping templates), `AWS` (REST
   * service actions, `aws-services/`); see `integration-support.ts`.
   */
  readonly type: 'HTTP_PROXY' | 'AWS_PROXY' | 'MOCK' | 'HTTP' | 'AWS';
  /** HTTP API `IntegrationSubtype` (an AWS service action such as `SQS-SendMessage`). */
  readonly subtype?: string;
  /** REST MOCK: templates and integration responses. */
  readonly mock?: MockIntegrationConfig;
  /** REST `HTTP` / `AWS` (non-proxy): templates and integration responses. */
  readonly mapping?: IntegrationMappingConfig;
  /** `VPC_LINK` for private integrations. @default 'INTERNET' */
  readonly connectionType?: 'INTERNET' | 'VPC_LINK';
  /** Resolved connection id (VPC link id) when `connectionType` is `VPC_LINK`. */
  readonly connectionId?: string;
  /** VPC link generation: V1 (REST -> NLB) or V2 (HTTP API, or REST -> ALB since Nov 2025). */
  readonly vpcLinkVersion?: 'v1' | 'v2';
  /**
   * Integration URI: REST `http://nlb-dns:8083/orders/{proxy}`; HTTP API private integration: the
   * listener ARN; Lambda proxy: the function ARN/name.
   */
  readonly uri?: string;
  /** REST + VPC link V2: the ALB ARN from `IntegrationTarget`. */
  readonly integrationTarget?: string;
  /** HTTP method sent to the backend (`ANY`/absent = same as the request). */
  readonly integrationHttpMethod?: string;
  /**
   * Parameter mapping. HTTP API: `overwrite:path`, `append:header.x`, `overwrite:header.x`,
   * `remove:header.x`, `overwrite:querystring.x`, ... -> `$request.path`, `$request.path.name`, literals.
   * REST: `integration.request.path.proxy` -> `method.request.path.proxy`, headers likewise.
   */
  readonly requestParameters?: Readonly<Record<string, string>>;
  /**
   * REST `ResponseTransferMode`: `STREAM` relays the answer as the backend writes it (HTTP_PROXY; no 10 MB
   * limit, the stream time limits of `StreamLimits` instead). @default 'BUFFERED'
   */
  readonly responseTransferMode?: 'BUFFERED' | 'STREAM';
  /** Integration timeout. @default REST 29000, HTTP API 30000 */
  readonly timeoutMs?: number;
  /** Lambda proxy payload format (HTTP API). REST Lambda proxy is always 1.0. @default '2.0' for HTTP API */
  readonly payloadFormatVersion?: '1.0' | '2.0';
  /** Lambda proxy: the function the runtime knows (logical id or name). */
  readonly functionId?: string;
  /** Lambda proxy: the alias or version invoked (stage variables already resolved). @default unqualified */
  readonly functionQualifier?: string;
}

/**
 * A REST method's request validator (`AWS::ApiGateway::RequestValidator` named by the method) with what it
 * checks: the method's required `RequestParameters` and its `RequestModels` (JSON Schema draft 4 by
 * content type, `$default` for any other).
 */
export interface RequestValidationConfig {
  readonly validateBody: boolean;
  readonly validateParameters: boolean;
  /** `method.request.{path,querystring,header}.<name>` marked required. */
  readonly requiredParameters?: readonly string[];
  readonly models?: Readonly<Record<string, unknown>>;
}

/** A REST `AWS::ApiGateway::GatewayResponse`: how the API answers one of its gateway response types. */
export interface GatewayResponseConfig {
  /** `BAD_REQUEST_BODY`, `DEFAULT_4XX`, ... */
  readonly responseType: string;
  readonly statusCode?: string;
  /** `gatewayresponse.header.X` -> `'literal'`. */
  readonly responseParameters?: Readonly<Record<string, string>>;
  readonly responseTemplates?: Readonly<Record<string, string>>;
}

/** Which authorizer protects a route/method, and the scopes it requires. */
export interface RouteAuthorizationConfig {
  readonly authorizerId: string;
  /** HTTP API `AuthorizationScopes` / REST `AuthorizationScopes`: the token must carry at least one. */
  readonly scopes?: readonly string[];
}

/**
 * One route (HTTP API) or method on a resource (REST), keyed uniformly as `METHOD /path`:
 * HTTP API `ANY /orders/{proxy+}`, `GET /orders/{id}`, `$default`; REST `GET /orders/{proxy+}`,
 * `ANY /{proxy+}` (REST resource path + method).
 */
export interface RouteConfig {
  readonly routeKey: string;
  readonly integration: IntegrationConfig;
  /** Route (HTTP API) / method (REST) throttle override. Falls back to the stage default. */
  readonly throttle?: Throttle;
  readonly authorization?: RouteAuthorizationConfig;
  /** REST `ApiKeyRequired`. */
  readonly apiKeyRequired?: boolean;
  /** REST request validator of the method. */
  readonly validation?: RequestValidationConfig;
  /** REST: answered from the stage cache when set (`StageCacheConfig`). */
  readonly cache?: RouteCacheConfig;
}

/**
 * REST method caching (the stage's `MethodSettings` for this method, the stage-wide `/*` entry otherwise),
 * on a stage whose cache cluster is enabled.
 */
export interface RouteCacheConfig {
  /** `CacheTtlInSeconds`: 0 turns caching off for the method. @default 300 */
  readonly ttlSeconds: number;
  /**
   * `CacheKeyParameters` of the integration: `method.request.path.id`, `method.request.querystring.page`,
   * `method.request.header.Authorization`. The method and resource path are always part of the key.
   */
  readonly keyParameters: readonly string[];
  /** `RequireAuthorizationForCacheControl`. @default true */
  readonly requireAuthorizationForCacheControl: boolean;
  /** `UnauthorizedCacheControlHeaderStrategy`. @default 'SUCCEED_WITH_RESPONSE_HEADER' */
  readonly unauthorizedStrategy:
    | 'FAIL_WITH_403'
    | 'SUCCEED_WITH_RESPONSE_HEADER'
    | 'SUCCEED_WITHOUT_RESPONSE_HEADER';
}

/** REST API key (`AWS::ApiGateway::ApiKey`). */
export interface ApiKeyConfig {
  readonly id: string;
  /** The key value clients send in `x-api-key`. */
  readonly value: string;
  /** @default true */
  readonly enabled?: boolean;
}

/** REST usage plan (`AWS::ApiGateway::UsagePlan` + its `UsagePlanKey`s). */
export interface UsagePlanConfig {
  readonly id: string;
  /** Per-key bucket (each API key in the plan gets its own bucket of this size). */
  readonly throttle?: Throttle;
  readonly quota?: QuotaSettings;
  /** API stages the plan covers; per-method overrides keyed `/resource/path/METHOD` as in CloudFormation. */
  readonly apiStages: readonly {
    readonly apiId: string;
    readonly stage: string;
    readonly methodThrottle?: Readonly<Record<string, Throttle>>;
  }[];
  /** Ids of the API keys attached to this plan. */
  readonly apiKeyIds: readonly string[];
}

export interface ApiGatewayConfig {
  /** The API's id (logical id or resolved id); usage plans match on it. */
  readonly apiId: string;
  readonly kind: ApiKind;
  readonly stageName: string;
  /**
   * Whether the first path segment is the stage: REST always; HTTP API named stage yes; `$default` no.
   * @default kind === 'rest' || stageName !== '$default'
   */
  readonly stageInPath?: boolean;
  /** @default '127.0.0.1' */
  readonly host?: string;
  /** @default 0 (any free port) */
  readonly port?: number;
  readonly routes: readonly RouteConfig[];
  readonly throttle?: {
    /**
     * An account-level bucket for this API alone (a gateway run by itself). The twin passes one bucket shared
     * by every API in `ApiGatewayDeps.accountBucket` instead, as AWS throttles per account and Region.
     */
    readonly account?: Throttle;
    /**
     * Stage default (HTTP API `DefaultRouteSettings`, REST `MethodSettings` `* /*`): applied per
     * route/method, each with its own bucket, unless the route has its own `throttle`.
     */
    readonly stageDefault?: Throttle;
  };
  readonly authorizers?: readonly AuthorizerConfig[];
  /** Lambda authorizers (REST TOKEN / REQUEST, HTTP API REQUEST); functions run through `ApiGatewayDeps.invoke`. */
  readonly lambdaAuthorizers?: readonly LambdaAuthorizerConfig[];
  /** REST only. Usage plans not covering (apiId, stageName) are ignored. */
  readonly usagePlans?: readonly UsagePlanConfig[];
  readonly apiKeys?: readonly ApiKeyConfig[];
  /** REST `AWS::ApiGateway::GatewayResponse`s of the API. */
  readonly gatewayResponses?: readonly GatewayResponseConfig[];
  /** Overrides each integration's default timeout. */
  readonly integrationTimeoutMs?: number;
  /** Request body limit. @default API Gateway's 10 MB */
  readonly maxPayloadBytes?: number;
  /** Time limits of streamed answers (REST `ResponseTransferMode: STREAM`). @default AWS's 5 min idle, 15 min */
  readonly streamLimits?: StreamLimits;
  /**
   * REST resource policy (the API's `Policy`: an object or its JSON text), checked at start and evaluated
   * for every request (`stages/resource-policy.ts`).
   */
  readonly resourcePolicy?: unknown;
  /** REST stage `Variables` (`$stageVariables.*` in mapping templates). */
  readonly stageVariables?: Readonly<Record<string, string>>;
  /** REST stage cache cluster (`CacheClusterEnabled`); routes with `cache` use it. */
  readonly cache?: { readonly capacityBytes: number };
  /** First trace segment. @default `gateway:${kind}` */
  readonly traceSegment?: string;
  /** REST: a canary on this stage, serving `percentTraffic` % of its requests with its own routes and variables. */
  readonly canary?: CanaryConfig;
  /**
   * REST: the API's other stages, served on the same port at their own path (`/<stage>/...`), each with its
   * own routes, throttle, variables, cache and canary. With more than one stage or a canary, the trace
   * names the stage after the gateway (`stage:prod`, `stage:prod(canary)`).
   */
  readonly moreStages?: readonly StageConfig[];
}

/** A stage's canary: the same routes as the canary's variables resolve them. */
export interface CanaryConfig {
  /** 0 to 100. */
  readonly percentTraffic: number;
  readonly routes: readonly RouteConfig[];
  readonly stageVariables?: Readonly<Record<string, string>>;
}

/** What differs from one stage of an API to another. */
export type StageConfig = Pick<
  ApiGatewayConfig,
  'stageName' | 'routes' | 'throttle' | 'stageVariables' | 'cache' | 'canary'
>;

/** The request as the gateway hands it to an integration. */
export interface GatewayRequest {
  readonly apiKind: ApiKind;
  readonly apiId: string;
  readonly stage: string;
  /** Same value the client sees in `x-amzn-RequestId` / `apigw-requestid`. */
  readonly requestId: string;
  readonly method: string;
  /** Path as received, stage prefix included (what an HTTP API private integration forwards). */
  readonly rawPath: string;
  /** Path with the stage prefix removed (`$request.path`; REST resource path space). */
  readonly path: string;
  /** Query string without `?` ('' when none). */
  readonly rawQueryString: string;
  /** Lower-case header names as Node parses them; `x-pik-trace` already includes the gateway segment. */
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
  /** The matched route key (`ANY /orders/{proxy+}`, `$default`). */
  readonly routeKey: string;
  /** The matched resource path (`/orders/{proxy+}`); `$default` for the default route. */
  readonly resourcePath: string;
  readonly pathParameters: Readonly<Record<string, string>>;
  /** Trace so far, gateway segment included. */
  readonly trace: string;
  readonly sourceIp: string;
  /** Epoch ms when the gateway received the request. */
  readonly requestTimeEpoch: number;
  /** Verified JWT claims and scopes when the route had an authorizer. */
  readonly authorizer?: {
    readonly claims: Readonly<Record<string, unknown>>;
    readonly scopes: readonly string[];
    /** A Lambda authorizer's `principalId` and `context` (REST `$context.authorizer.*`). */
    readonly lambda?: {
      readonly principalId: string;
      readonly context: Readonly<Record<string, string | number | boolean>>;
    };
  };
  /** API key id when one was presented and accepted. */
  readonly apiKeyId?: string;
  /** Aborted when the integration timeout fires (the gateway has answered 504). */
  readonly signal: AbortSignal;
}

/** What an integration answers. Bodies are buffered (API Gateway buffers both directions too). */
export interface IntegrationResponse {
  readonly statusCode: number;
  readonly headers: OutgoingHttpHeaders;
  readonly body: Buffer | string;
  /**
   * A streaming integration's body (ResponseTransferMode STREAM): the response stage relays it chunk by chunk
   * as the backend writes it; `body` is then empty.
   */
  readonly stream?: Readable;
}

/**
 * Sends a request to one integration. Rejecting means the integration could not be reached (connection
 * refused/reset): the gateway answers as AWS does for an unreachable endpoint.
 */
export type Forward = (
  request: GatewayRequest,
  integration: IntegrationConfig,
) => Promise<IntegrationResponse>;

export interface RunningApiGateway extends RunningComponent {
  /** `http://127.0.0.1:<port>` plus `/<stage>` when the stage is in the path. */
  readonly baseUrl: string;
  /** Every stage's base URL by stage name (REST APIs with `moreStages`: one per stage). */
  readonly stageUrls: Readonly<Record<string, string>>;
  /** Empties the stage cache (API Gateway's "Flush entire cache"); the number of entries dropped. */
  flushCache(): number;
}
