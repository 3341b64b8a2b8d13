/** Contracts of the JWT / Cognito authorizers and the local Cognito-shaped token issuer. */
import type { IncomingHttpHeaders } from 'node:http';
import type { Clock } from '../clock.js';
import type { RunningComponent } from '../http-util.js';
import type { InvokeLambda } from '../lambda-invoke.js';

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

// Local token issuer (Cognito-shaped) --------------------------------------------------------------------

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

// Lambda authorizers (REST `TOKEN` / `REQUEST`) ---------------------------------------------------------

/**
 * Lambda authorizer: REST (`AWS::ApiGateway::Authorizer`, `Type: TOKEN | REQUEST`) or HTTP API
 * (`AWS::ApiGatewayV2::Authorizer`, `AuthorizerType: REQUEST`, payload format 2.0).
 */
export interface LambdaAuthorizerConfig {
  readonly id: string;
  readonly type: 'TOKEN' | 'REQUEST';
  /** The function the twin's Lambda runtime knows (logical id or name). */
  readonly functionId: string;
  /**
   * REST `IdentitySource` split on commas (`method.request.header.X`, `method.request.querystring.x`) or the
   * HTTP API list (`$request.header.X`, `$request.querystring.x`). TOKEN
   * has exactly one header. A request missing any of them is refused with 401 without invoking.
   */
  readonly identitySources: readonly string[];
  /** TOKEN only: `IdentityValidationExpression`; a token it does not match is refused without invoking. */
  readonly identityValidationExpression?: string;
  /** HTTP API `EnableSimpleResponses`: the function answers `{ isAuthorized, context }`, not a policy. */
  readonly simpleResponses?: boolean;
  /** `AuthorizerResultTtlInSeconds`: 0 turns caching off, at most 3600. @default 300 */
  readonly resultTtlSeconds?: number;
}

/** What the gateway knows of a request when it asks the authorizer. */
export interface AuthorizerRequest {
  readonly method: string;
  /** Path without the stage prefix. */
  readonly path: string;
  readonly resourcePath: string;
  /** HTTP API: the matched route key and the path as received (stage prefix included). */
  readonly routeKey?: string;
  readonly rawPath?: string;
  readonly headers: IncomingHttpHeaders;
  readonly rawQueryString: string;
  readonly pathParameters: Readonly<Record<string, string>>;
  readonly requestId: string;
  readonly sourceIp: string;
}

export interface LambdaAuthorizerDeps {
  readonly invoke: InvokeLambda;
  /** REST (TOKEN / REQUEST, IAM policy answers) or HTTP API (payload 2.0 REQUEST, simple or policy answers). */
  readonly apiKind: 'rest' | 'http';
  readonly apiId: string;
  readonly stage: string;
  readonly clock: Clock;
  /** @default 'us-east-1' */
  readonly region?: string;
  /** @default '000000000000' (the account the twin's Lambda proxy events name) */
  readonly accountId?: string;
}
