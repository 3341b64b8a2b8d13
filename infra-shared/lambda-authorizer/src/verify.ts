import { createRemoteJWKSet, type JWTPayload, jwtVerify } from 'jose';
import type { AuthorizerSettings } from './env.js';

/** What a verified token grants: the caller and its scopes. */
export interface VerifiedCaller {
  readonly sub: string;
  readonly clientId: string;
  readonly scopes: readonly string[];
}

/**
 * `invalid`: no usable token (bad signature, expired, another issuer or client, an id token): 401.
 * `forbidden`: a valid token without the required scope: 403.
 */
export type Verdict =
  | { readonly outcome: 'allow'; readonly caller: VerifiedCaller }
  | { readonly outcome: 'forbidden'; readonly caller: VerifiedCaller }
  | { readonly outcome: 'invalid'; readonly reason: string };

export type TokenVerifier = (token: string) => Promise<Verdict>;

/**
 * Verifies Cognito access tokens as the native authorizers do: RS256 signature by a key of the pool's JWKS
 * (jose's remote key set fetches it once and keeps it, refetching only for an unknown `kid`, at most every
 * 30 s), `iss`, `exp` / `nbf`, `token_use: access`, `client_id` among the allowed clients, and the scope.
 */
export function createTokenVerifier(settings: AuthorizerSettings): TokenVerifier {
  const keys = createRemoteJWKSet(settings.jwksUrl, { timeoutDuration: 3_000 });
  return async (token) => {
    let claims: JWTPayload;
    try {
      ({ payload: claims } = await jwtVerify(token, keys, {
        issuer: settings.issuer,
        algorithms: ['RS256'],
        requiredClaims: ['exp', 'sub'],
      }));
    } catch (error) {
      return { outcome: 'invalid', reason: (error as { code?: string }).code ?? String(error) };
    }
    if (claims.token_use !== 'access') return { outcome: 'invalid', reason: 'token_use is not access' };
    const clientId = typeof claims.client_id === 'string' ? claims.client_id : '';
    if (!settings.clientIds.includes(clientId))
      return { outcome: 'invalid', reason: 'client_id not allowed' };
    const scopes = typeof claims.scope === 'string' ? claims.scope.split(' ').filter(Boolean) : [];
    const caller: VerifiedCaller = { sub: String(claims.sub), clientId, scopes };
    return scopes.includes(settings.scope) ? { outcome: 'allow', caller } : { outcome: 'forbidden', caller };
  };
}

/** The token of an `Authorization` value: the bare token (REST clients) or `Bearer <token>` (HTTP clients). */
export function bearerToken(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  const token = /^bearer\s+/i.test(trimmed) ? trimmed.replace(/^bearer\s+/i, '') : trimmed;
  return token === '' ? undefined : token;
}
