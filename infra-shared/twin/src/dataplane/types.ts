/**
 * Configuration and wiring contracts of the twin's data-plane components: API Gateway front, token-bucket
 * throttles, local token issuer and authorizers, NLB (L4) and ALB (L7) with health checks.
 *
 * Every component is built from a plain, serialisable config object (what the template says, already
 * resolved by the topology reader) plus a small `deps` object for the few things that are behaviour
 * rather than data (the integration forwarder, the Lambda invoker, a clock for tests).
 *
 * Hop trace (`x-pik-trace`): every L7 hop appends its own segment to the request header before passing it
 * on and answers with the full chain. L4 hops (VPC link, NLB) cannot touch headers, so the L7 component that
 * sends *through* them (the gateway's HTTP forwarder) appends their segments on their behalf, taken from
 * `HttpForwardTarget.hops` (for example `['vpclink:v1', 'nlb:8083']`). The ALB then appends `alb` (or
 * `alb:<name>`) and its target's segment (`lambda:orders`, `ip:8083#1`, ...). A response that already
 * carries a trace from further down keeps it; otherwise the hop that produced the response sets it.
 */
import type { IncomingHttpHeaders, OutgoingHttpHeaders } from 'node:http';

/** Request/response header carrying the hop trace, segments joined by {@link TRACE_SEPARATOR}. */
export const TRACE_HEADER = 'x-pik-trace';
export const TRACE_SEPARATOR = ' > ';

/** Monotonic clock in milliseconds (defaults to `performance.now`). Injected in unit tests. */
export type Clock = () => number;

/** A component listening on 127.0.0.1. `close()` stops listening, ends keep-alive sockets and timers. */
export interface RunningComponent {
  readonly host: string;
  /** Actual bound port (the config may ask for 0 = any free port). */
  readonly port: number;
  close(): Promise<void>;
}

// ---------------------------------------------------------------------------------------------------------
// Throttling
// ---------------------------------------------------------------------------------------------------------

/** A token bucket: `burstLimit` tokens capacity (starts full), refilled at `rateLimit` tokens per second. */
export interface ThrottleSettings {
  /** Steady-state requests per second (may be fractional). 0 with burst 0 rejects everything, like AWS. */
  readonly rateLimit: number;
  /** Bucket capacity (integer requests). */
  readonly burstLimit: number;
}

/** Usage-plan quota (REST only): requests per period per API key. */
export interface QuotaSettings {
  readonly limit: number;
  readonly period: 'DAY' | 'WEEK' | 'MONTH';
  /** Requests already counted at the start of the first period (AWS `Quota.Offset`). @default 0 */
  readonly offset?: number;
}

// ---------------------------------------------------------------------------------------------------------
// API Gateway
// ---------------------------------------------------------------------------------------------------------

export type ApiKind = 'http' | 'rest';

/**
 * One integration as the template declares it. The gateway never interprets it beyond `timeoutMs`; it is
 * handed verbatim to the injected {@link Forward}.
 */
export interface IntegrationConfig {
  /** Logical id of the integration (template logical id or any stable name); used by the forwarder. */
  readonly id: string;
  /** `HTTP_PROXY` (REST http_proxy / HTTP API HTTP_PROXY), `AWS_PROXY` (Lambda proxy), `MOCK`. */
  readonly type: 'HTTP_PROXY' | 'AWS_PROXY' | 'MOCK';
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
  /** Integration timeout. @default REST 29000, HTTP API 30000 */
  readonly timeoutMs?: number;
  /** Lambda proxy payload format (HTTP API). REST Lambda proxy is always 1.0. @default '2.0' for HTTP API */
  readonly payloadFormatVersion?: '1.0' | '2.0';
  /** Lambda proxy: the function the runtime knows (logical id or name). */
  readonly functionId?: string;
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
  readonly throttle?: ThrottleSettings;
  readonly authorization?: RouteAuthorizationConfig;
  /** REST `ApiKeyRequired`. */
  readonly apiKeyRequired?: boolean;
}

/** Where an authorizer gets verification keys: a JWKS URL (fetched and cached) or the key set itself. */
export type KeySource = { readonly jwksUri: string } | { readonly jwks: JsonWebKeySet };

export interface JsonWebKeySet {
  readonly keys: readonly Readonly<Record<string, unknown>>[];
}

/** HTTP API JWT authorizer (`AWS::ApiGatewayV2::Authorizer`, `AuthorizerType: JWT`). */
export interface JwtAuthorizerConfig {
  readonly kind: 'jwt';
  readonly id: string;
  /** @default '$request.header.Authorization' */
  readonly identitySource?: string;
  /** Expected `iss` claim, exactly as the template's `JwtConfiguration.Issuer`. */
  readonly issuer: string;
  /** `JwtConfiguration.Audience`: matched against `aud`, or `client_id` when the token has no `aud`. */
  readonly audience: readonly string[];
  readonly keys: KeySource;
}

/** REST Cognito authorizer (`AWS::ApiGateway::Authorizer`, `Type: COGNITO_USER_POOLS`). */
export interface CognitoAuthorizerConfig {
  readonly kind: 'cognito';
  readonly id: string;
  /** Header carrying the raw token (no `Bearer ` required). @default 'Authorization' */
  readonly identityHeader?: string;
  /** One entry per user pool in `ProviderARNs`: its issuer URL and where its keys are. */
  readonly userPools: readonly { readonly issuer: string; readonly keys: KeySource }[];
}

export type AuthorizerConfig = JwtAuthorizerConfig | CognitoAuthorizerConfig;

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
  readonly throttle?: ThrottleSettings;
  readonly quota?: QuotaSettings;
  /** API stages the plan covers; per-method overrides keyed `/resource/path/METHOD` as in CloudFormation. */
  readonly apiStages: readonly {
    readonly apiId: string;
    readonly stage: string;
    readonly methodThrottle?: Readonly<Record<string, ThrottleSettings>>;
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
    /** Account-level bucket for this Region, shared by every route of this API in the twin. */
    readonly account?: ThrottleSettings;
    /**
     * Stage default (HTTP API `DefaultRouteSettings`, REST `MethodSettings` `* /*`): applied per
     * route/method, each with its own bucket, unless the route has its own `throttle`.
     */
    readonly stageDefault?: ThrottleSettings;
  };
  readonly authorizers?: readonly AuthorizerConfig[];
  /** REST only. Usage plans not covering (apiId, stageName) are ignored. */
  readonly usagePlans?: readonly UsagePlanConfig[];
  readonly apiKeys?: readonly ApiKeyConfig[];
  /** Overrides each integration's default timeout. */
  readonly integrationTimeoutMs?: number;
  /** Request body limit. @default API Gateway's 10 MB */
  readonly maxPayloadBytes?: number;
  /** First trace segment. @default `gateway:${kind}` */
  readonly traceSegment?: string;
}

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
}

/**
 * Sends a request to one integration. Rejecting means the integration could not be reached (connection
 * refused/reset): the gateway answers as AWS does for an unreachable endpoint.
 */
export type Forward = (
  request: GatewayRequest,
  integration: IntegrationConfig,
) => Promise<IntegrationResponse>;

export interface ApiGatewayDeps {
  readonly forward: Forward;
  readonly clock?: Clock;
  /**
   * The Region's account-level bucket, shared by every API of the account (pass the same bucket to each
   * gateway the twin runs). Takes precedence over `config.throttle.account`, which gives one API its own.
   */
  readonly accountBucket?: AccountThrottle;
}

/** A token bucket shared between gateways (structurally a `TokenBucket`). */
export interface AccountThrottle {
  available(now: number): boolean;
  take(): void;
}

export interface RunningApiGateway extends RunningComponent {
  /** `http://127.0.0.1:<port>` plus `/<stage>` when the stage is in the path. */
  readonly baseUrl: string;
}

export type CreateApiGateway = (config: ApiGatewayConfig, deps: ApiGatewayDeps) => Promise<RunningApiGateway>;

// ---------------------------------------------------------------------------------------------------------
// HTTP forwarder (gateway -> [VPC link -> NLB ->] ALB / service)
// ---------------------------------------------------------------------------------------------------------

/** Where one integration's traffic goes on 127.0.0.1, and the L4 hops on the way. */
export interface HttpForwardTarget {
  readonly host: string;
  readonly port: number;
  /** Segments appended to the trace for hops that cannot add headers, e.g. `['vpclink:v1', 'nlb:8083']`. */
  readonly hops: readonly string[];
}

export interface HttpForwarderConfig {
  /** Keep-alive sockets per target. @default 256 */
  readonly maxSocketsPerTarget?: number;
}

/** Resolves an integration to its local target; the topology knows listener ARNs, NLB ports, etc. */
export type ResolveHttpTarget = (
  integration: IntegrationConfig,
  request: GatewayRequest,
) => HttpForwardTarget;

// ---------------------------------------------------------------------------------------------------------
// Lambda invocation (supplied by the runtime)
// ---------------------------------------------------------------------------------------------------------

export interface LambdaInvocationResult {
  /** The handler's return value (already JSON-parsed). */
  readonly payload: unknown;
  /** Set when the function failed (`Unhandled`, `Handled`) -> the caller answers 502. */
  readonly functionError?: string;
  /** Extra response headers from the runtime, e.g. `x-pik-cold: true`, `x-pik-init-ms: 143`. */
  readonly extraHeaders?: Readonly<Record<string, string>>;
}

/** How an invocation came about. */
export interface InvokeOptions {
  /**
   * The request is a load balancer health check (an NLB probing an ALB whose rule forwards to Lambda).
   * The runtime still runs it, but an environment it starts right after a forced reset does not serve
   * client traffic until a client invocation has cold-started its own.
   */
  readonly healthCheck?: boolean;
}

/** Invokes one function with one event. Rejects when the invocation itself fails (throttled, crashed). */
export type InvokeLambda = (
  functionId: string,
  event: unknown,
  options?: InvokeOptions,
) => Promise<LambdaInvocationResult>;

/** The User-Agent ELB health checks send (ALB and NLB alike). */
export const ELB_HEALTH_CHECK_USER_AGENT = 'ELB-HealthChecker/2.0';

// ---------------------------------------------------------------------------------------------------------
// Load balancers: target groups and health checks
// ---------------------------------------------------------------------------------------------------------

export interface HealthCheckConfig {
  /** @default true (lambda target groups: false) */
  readonly enabled?: boolean;
  readonly protocol: 'TCP' | 'HTTP';
  /** Port probed; absent = the target's traffic port. */
  readonly port?: number;
  /** HTTP path. @default '/' */
  readonly path?: string;
  /** Time between checks of one target (the topology converts the template's seconds, may scale them). */
  readonly intervalMs: number;
  /** A check not answered in time fails. @default min(intervalMs, 5000) */
  readonly timeoutMs?: number;
  /** Consecutive successes to turn healthy. */
  readonly healthyThresholdCount: number;
  /** Consecutive failures to turn unhealthy. */
  readonly unhealthyThresholdCount: number;
  /** HTTP codes counted healthy: '200', '200-299', '200,204'. @default '200' (ALB) / '200-399' (NLB) */
  readonly matcher?: string;
}

export interface TargetConfig {
  /** ip / instance / alb targets. */
  readonly host?: string;
  readonly port?: number;
  /** lambda targets: the function id the runtime knows. */
  readonly functionId?: string;
  /** Trace segment this target adds (ALB targets), e.g. `container:orders#1`, `lambda:orders`. */
  readonly traceSegment?: string;
}

export interface TargetGroupConfig {
  readonly name: string;
  readonly targetType: 'ip' | 'instance' | 'alb' | 'lambda';
  readonly targets: readonly TargetConfig[];
  readonly healthCheck?: HealthCheckConfig;
  /** Lambda target groups: `lambda.multi_value_headers.enabled`. @default false */
  readonly multiValueHeaders?: boolean;
  /**
   * When every registered target is unhealthy, AWS load balancers "fail open" and route to all of them.
   * 'reject' answers 503 (ALB) / refuses the connection (NLB) instead. @default 'fail-open'
   */
  readonly whenAllUnhealthy?: 'fail-open' | 'reject';
}

export type TargetHealthState = 'initial' | 'healthy' | 'unhealthy' | 'unused';

export interface TargetHealth {
  readonly target: TargetConfig;
  readonly state: TargetHealthState;
}

// NLB ------------------------------------------------------------------------------------------------------

export interface NlbListenerConfig {
  /** Port to listen on. @default 0 */
  readonly port?: number;
  /** The port the template declares (for names/traces when the local port differs). */
  readonly templatePort?: number;
  readonly targetGroup: TargetGroupConfig;
}

export interface NlbConfig {
  readonly name: string;
  /** @default '127.0.0.1' */
  readonly host?: string;
  readonly listeners: readonly NlbListenerConfig[];
  /** Target selection per new connection. @default 'round-robin' */
  readonly algorithm?: 'round-robin' | 'flow-hash';
}

export interface RunningNlb {
  /** One entry per configured listener, same order: the bound local port. */
  readonly listeners: readonly {
    readonly port: number;
    readonly templatePort?: number;
    readonly targetGroup: string;
  }[];
  health(targetGroupName: string): readonly TargetHealth[];
  /**
   * Resolves once no target is still `initial`, i.e. each passed `healthyThresholdCount` or failed
   * `unhealthyThresholdCount` consecutive checks (at once for groups without health checks).
   */
  ready(): Promise<void>;
  close(): Promise<void>;
}

export type CreateNlb = (config: NlbConfig, deps?: { readonly clock?: Clock }) => Promise<RunningNlb>;

// ALB ------------------------------------------------------------------------------------------------------

export type AlbConditionConfig =
  | { readonly field: 'path-pattern'; readonly values: readonly string[] }
  | { readonly field: 'host-header'; readonly values: readonly string[] }
  | { readonly field: 'http-request-method'; readonly values: readonly string[] }
  | { readonly field: 'http-header'; readonly headerName: string; readonly values: readonly string[] }
  | {
      readonly field: 'query-string';
      readonly values: readonly { readonly key?: string; readonly value: string }[];
    };

export type AlbActionConfig =
  | {
      readonly type: 'forward';
      readonly targetGroups: readonly { readonly name: string; readonly weight?: number }[];
    }
  | {
      readonly type: 'fixed-response';
      readonly statusCode: number;
      readonly contentType?: string;
      readonly messageBody?: string;
    };

export interface AlbRuleConfig {
  /** Lower number = evaluated first. */
  readonly priority: number;
  /** All conditions must match (values within one condition are OR-ed). */
  readonly conditions: readonly AlbConditionConfig[];
  readonly action: AlbActionConfig;
}

export interface AlbListenerConfig {
  /** @default 0 */
  readonly port?: number;
  readonly templatePort?: number;
  readonly rules?: readonly AlbRuleConfig[];
  readonly defaultAction: AlbActionConfig;
}

export interface AlbConfig {
  readonly name: string;
  /** @default '127.0.0.1' */
  readonly host?: string;
  readonly listeners: readonly AlbListenerConfig[];
  readonly targetGroups: readonly TargetGroupConfig[];
  /** Trace segment. @default 'alb' */
  readonly traceSegment?: string;
  /** Time the ALB waits for a target's answer before 504. @default 60000 (ALB idle timeout) */
  readonly targetTimeoutMs?: number;
}

export interface AlbDeps {
  /** Required when a target group is of type lambda. */
  readonly invoke?: InvokeLambda;
  readonly clock?: Clock;
}

export interface RunningAlb {
  readonly listeners: readonly { readonly port: number; readonly templatePort?: number }[];
  health(targetGroupName: string): readonly TargetHealth[];
  /** As {@link RunningNlb.ready}. */
  ready(): Promise<void>;
  close(): Promise<void>;
}

export type CreateAlb = (config: AlbConfig, deps?: AlbDeps) => Promise<RunningAlb>;

// ---------------------------------------------------------------------------------------------------------
// Local token issuer (Cognito-shaped)
// ---------------------------------------------------------------------------------------------------------

export interface TokenIssuerClientConfig {
  readonly clientId: string;
  readonly clientSecret: string;
  /** Scopes this app client may request (`resource-server/scope`). */
  readonly allowedScopes: readonly string[];
}

export interface TokenIssuerConfig {
  /** @default 'us-east-1' */
  readonly region?: string;
  /** @default 'us-east-1_pikTwin01' */
  readonly userPoolId?: string;
  /**
   * `iss` of every token. @default `http://127.0.0.1:<port>/<userPoolId>` (Cognito's
   * `https://cognito-idp.<region>.amazonaws.com/<userPoolId>` shape, served locally). Set it to the
   * template's issuer string so authorizers configured from the template accept the tokens.
   */
  readonly issuer?: string;
  readonly clients: readonly TokenIssuerClientConfig[];
  /** @default 3600 */
  readonly accessTokenTtlSeconds?: number;
  /** @default '127.0.0.1' */
  readonly host?: string;
  /** @default 0 */
  readonly port?: number;
}

/** Options for minting a token directly (tests, benchmarks), including deliberately broken ones. */
export interface MintOptions {
  readonly clientId: string;
  readonly scopes?: readonly string[];
  /** Adds `aud` (Cognito access tokens have none; ID tokens do). */
  readonly audience?: string;
  /** @default 'access' */
  readonly tokenUse?: 'access' | 'id';
  /** Seconds from now. Negative = already expired. @default accessTokenTtlSeconds */
  readonly expiresInSeconds?: number;
  /** `nbf` seconds from now (positive = not yet valid). */
  readonly notBeforeInSeconds?: number;
  /** Overrides `iss` (wrong-issuer tests). */
  readonly issuer?: string;
  /** Sign with a key the JWKS does not contain, under the real kid (bad-signature tests). */
  readonly signWithForeignKey?: boolean;
  /** Header `kid` not in the JWKS. */
  readonly unknownKid?: boolean;
  /** Unsigned token with `alg: none`. */
  readonly algNone?: boolean;
  readonly extraClaims?: Readonly<Record<string, unknown>>;
}

export interface RunningTokenIssuer extends RunningComponent {
  readonly issuer: string;
  readonly jwksUri: string;
  /** `POST` client-credentials endpoint, like Cognito's `/oauth2/token`. */
  readonly tokenEndpoint: string;
  /** The public key set (for in-process authorizers: `{ jwks: issuer.jwks }`). */
  readonly jwks: JsonWebKeySet;
  mint(options: MintOptions): Promise<string>;
}

export type CreateTokenIssuer = (config: TokenIssuerConfig) => Promise<RunningTokenIssuer>;
