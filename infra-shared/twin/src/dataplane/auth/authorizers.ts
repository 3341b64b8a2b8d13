import type { IncomingHttpHeaders } from 'node:http';
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  decodeJwt,
  errors,
  type JSONWebKeySet,
  type JWTPayload,
  type JWTVerifyGetKey,
  jwtVerify,
} from 'jose';
import type { AuthorizerConfig, CognitoAuthorizerConfig, JwtAuthorizerConfig, KeySource } from './types.js';

/**
 * HTTP API JWT authorizer and REST Cognito user-pool authorizer, verifying RS256 tokens with `jose`.
 *
 * HTTP API (documented in http-api-jwt-authorizer): token from the identity source (a leading `Bearer ` is
 * accepted), signature against the issuer's JWKS, `iss` equal to the configured issuer, `exp`/`nbf`,
 * `aud` matching an audience entry, or `client_id` when the token has no `aud`; route scopes: the token's
 * `scope` (space separated) or `scp` must hold at least one of them. Failure: 401, missing scope: 403.
 * REST Cognito: token from the identity header; `iss` must be one of the authorizer's user pools; a method
 * with authorization scopes needs an access token holding one of them, a method without scopes needs an
 * ID token (AWS knowledge center); every failure is 401.
 */
export type AuthOutcome =
  | { readonly ok: true; readonly claims: JWTPayload; readonly scopes: readonly string[] }
  | {
      readonly ok: false;
      readonly error: 'unauthorized' | 'insufficientScope';
      readonly description: string;
    };

export interface Authorizer {
  readonly id: string;
  authorize(
    headers: IncomingHttpHeaders,
    rawQueryString: string,
    requiredScopes: readonly string[] | undefined,
  ): Promise<AuthOutcome>;
}

const ALGORITHMS = ['RS256'];
const CACHE_LIMIT = 1024;

interface VerifiedToken {
  readonly claims: JWTPayload;
  readonly scopes: readonly string[];
}

function keyResolver(keys: KeySource): JWTVerifyGetKey {
  return 'jwks' in keys
    ? createLocalJWKSet(keys.jwks as unknown as JSONWebKeySet)
    : createRemoteJWKSet(new URL(keys.jwksUri), { cooldownDuration: 1000 });
}

function scopesOf(claims: JWTPayload): readonly string[] {
  const scope = claims.scope ?? claims.scp;
  if (typeof scope === 'string') return scope === '' ? [] : scope.split(' ');
  if (Array.isArray(scope)) return scope.filter((s): s is string => typeof s === 'string');
  return [];
}

/** Why jose refused a token, worded like the `error_description` AWS puts in `www-authenticate`. */
function describe(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'the token has expired';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'nbf') return 'the token is not valid yet';
    if (error.claim === 'iss') return 'the token does not have a valid issuer';
    return `the token has an invalid ${error.claim} claim`;
  }
  if (error instanceof errors.JOSEAlgNotAllowed) return 'the token signing algorithm is not allowed';
  if (error instanceof errors.JWKSNoMatchingKey) return 'the token signing key is unknown';
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'the token signature is invalid';
  return 'the token is malformed';
}

/** Verified tokens, bounded; `exp`/`nbf` are re-checked on every hit. */
class VerifiedCache {
  private readonly entries = new Map<string, VerifiedToken>();

  get(token: string): VerifiedToken | undefined {
    const hit = this.entries.get(token);
    if (!hit) return undefined;
    const now = Date.now() / 1000;
    const { exp, nbf } = hit.claims;
    if ((exp !== undefined && now >= exp) || (nbf !== undefined && now < nbf)) {
      this.entries.delete(token);
      return undefined;
    }
    return hit;
  }

  set(token: string, verified: VerifiedToken): void {
    if (this.entries.size >= CACHE_LIMIT) this.entries.clear();
    this.entries.set(token, verified);
  }
}

/** Reads the token from `$request.header.X` / `$request.querystring.x` (HTTP) or a header name (REST). */
function tokenFrom(source: string, headers: IncomingHttpHeaders, rawQueryString: string): string | undefined {
  let raw: string | undefined;
  if (source.startsWith('$request.querystring.')) {
    raw = new URLSearchParams(rawQueryString).get(source.slice('$request.querystring.'.length)) ?? undefined;
  } else {
    const name = (
      source.startsWith('$request.header.')
        ? source.slice('$request.header.'.length)
        : source.startsWith('method.request.header.')
          ? source.slice('method.request.header.'.length)
          : source
    ).toLowerCase();
    const value = headers[name];
    raw = Array.isArray(value) ? value[0] : value;
  }
  if (raw === undefined) return undefined;
  const token = raw.startsWith('Bearer ') || raw.startsWith('bearer ') ? raw.slice(7).trim() : raw.trim();
  return token === '' ? undefined : token;
}

function hasAnyScope(tokenScopes: readonly string[], required: readonly string[] | undefined): boolean {
  if (!required || required.length === 0) return true;
  for (const s of required) if (tokenScopes.includes(s)) return true;
  return false;
}

const unauthorized = (description: string): AuthOutcome => ({
  ok: false,
  error: 'unauthorized',
  description,
});

const insufficientScope = (): AuthOutcome => ({
  ok: false,
  error: 'insufficientScope',
  description: 'the token does not have the required scope',
});

type Verify = (token: string) => Promise<VerifiedToken | string>;

/** `verify` behind the bounded cache: a token verified once is not verified again while it is in date. */
function cachedVerify(verify: Verify): Verify {
  const cache = new VerifiedCache();
  return async (token) => {
    const cached = cache.get(token);
    if (cached) return cached;
    const verified = await verify(token);
    if (typeof verified !== 'string') cache.set(token, verified);
    return verified;
  };
}

/** The token's claims once its signature, `iss`, `exp` and `nbf` check out; otherwise why not. */
async function verifiedClaims(
  token: string,
  getKey: JWTVerifyGetKey,
  issuer: string,
): Promise<JWTPayload | string> {
  try {
    const { payload } = await jwtVerify(token, getKey, { issuer, algorithms: ALGORITHMS });
    return payload;
  } catch (error) {
    return describe(error);
  }
}

/**
 * What both authorizers do: read the token from `source` (missing: 401), verify it (refused: 401), then let
 * `refuse` turn it down for the route's scopes; a token it does not refuse is accepted.
 */
function tokenAuthorizer(
  id: string,
  source: string,
  verify: Verify,
  refuse: (verified: VerifiedToken, requiredScopes: readonly string[] | undefined) => AuthOutcome | undefined,
): Authorizer {
  return {
    id,
    async authorize(headers, rawQueryString, requiredScopes) {
      const token = tokenFrom(source, headers, rawQueryString);
      if (token === undefined) return unauthorized('the token is missing');
      const verified = await verify(token);
      if (typeof verified === 'string') return unauthorized(verified);
      return (
        refuse(verified, requiredScopes) ?? { ok: true, claims: verified.claims, scopes: verified.scopes }
      );
    },
  };
}

export function createJwtAuthorizer(config: JwtAuthorizerConfig): Authorizer {
  const getKey = keyResolver(config.keys);
  const audiences = new Set(config.audience);

  const verify = cachedVerify(async (token) => {
    const payload = await verifiedClaims(token, getKey, config.issuer);
    if (typeof payload === 'string') return payload;
    const aud = payload.aud;
    const audOk =
      aud !== undefined
        ? (Array.isArray(aud) ? aud : [aud]).some((a) => audiences.has(a))
        : typeof payload.client_id === 'string' && audiences.has(payload.client_id);
    if (!audOk) return 'the token does not have a valid audience';
    return { claims: payload, scopes: scopesOf(payload) };
  });

  return tokenAuthorizer(
    config.id,
    config.identitySource ?? '$request.header.Authorization',
    verify,
    (verified, requiredScopes) =>
      hasAnyScope(verified.scopes, requiredScopes) ? undefined : insufficientScope(),
  );
}

export function createCognitoAuthorizer(config: CognitoAuthorizerConfig): Authorizer {
  const pools = new Map(config.userPools.map((p) => [p.issuer, keyResolver(p.keys)]));

  const verify = cachedVerify(async (token) => {
    let iss: string | undefined;
    try {
      iss = decodeJwt(token).iss;
    } catch {
      return 'the token is malformed';
    }
    const getKey = iss === undefined ? undefined : pools.get(iss);
    if (!getKey || iss === undefined) return 'the token does not have a valid issuer';
    const payload = await verifiedClaims(token, getKey, iss);
    if (typeof payload === 'string') return payload;
    return { claims: payload, scopes: scopesOf(payload) };
  });

  return tokenAuthorizer(
    config.id,
    config.identityHeader ?? 'Authorization',
    verify,
    (verified, requiredScopes) => {
      const tokenUse = verified.claims.token_use;
      if (requiredScopes && requiredScopes.length > 0) {
        if (tokenUse !== 'access' || !hasAnyScope(verified.scopes, requiredScopes))
          return insufficientScope();
      } else if (tokenUse !== 'id') {
        return unauthorized('a method without authorization scopes accepts ID tokens only');
      }
      return undefined;
    },
  );
}

export function createAuthorizer(config: AuthorizerConfig): Authorizer {
  return config.kind === 'jwt' ? createJwtAuthorizer(config) : createCognitoAuthorizer(config);
}
