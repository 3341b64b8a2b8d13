/**
 * The environment the authorizer function reads at init; the CDK construct writes it from the stack's user
 * pool. Names live here so the construct and the function agree.
 */
export const AUTHORIZER_ENV = {
  /** The user pool's issuer (`https://cognito-idp.<region>.amazonaws.com/<pool id>`), checked against `iss`. */
  issuer: 'PIK_AUTH_ISSUER',
  /** Where the pool's public keys are (`<issuer>/.well-known/jwks.json`). */
  jwksUrl: 'PIK_AUTH_JWKS_URL',
  /** App client ids whose tokens are accepted, comma-separated (Cognito access tokens carry `client_id`, no `aud`). */
  clientIds: 'PIK_AUTH_CLIENT_IDS',
  /** The scope every request needs (`pik/invoke`). */
  scope: 'PIK_AUTH_SCOPE',
} as const;

/**
 * Query parameter carrying the access token on a WebSocket handshake (`wss://...?token=<jwt>`): browsers
 * cannot set an `Authorization` header there. The authorizer's identity source is
 * `route.request.querystring.<this>`.
 */
export const WEBSOCKET_TOKEN_QUERY_PARAMETER = 'token';

export interface AuthorizerSettings {
  readonly issuer: string;
  readonly jwksUrl: URL;
  readonly clientIds: readonly string[];
  readonly scope: string;
}

/** Reads the settings; a missing or malformed value fails the function's init, naming the variable. */
export function settingsFromEnv(env: NodeJS.ProcessEnv): AuthorizerSettings {
  const read = (name: string): string => {
    const value = env[name]?.trim();
    if (!value) throw new Error(`authorizer: environment variable ${name} is not set`);
    return value;
  };
  const jwks = read(AUTHORIZER_ENV.jwksUrl);
  let jwksUrl: URL;
  try {
    jwksUrl = new URL(jwks);
  } catch {
    throw new Error(`authorizer: ${AUTHORIZER_ENV.jwksUrl} is not a URL: '${jwks}'`);
  }
  const clientIds = read(AUTHORIZER_ENV.clientIds)
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');
  return { issuer: read(AUTHORIZER_ENV.issuer), jwksUrl, clientIds, scope: read(AUTHORIZER_ENV.scope) };
}
