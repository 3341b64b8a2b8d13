import type { AuthorizerConfig, JsonWebKeySet, TokenIssuerConfig } from '../../dataplane/auth/types.js';
import { LOOPBACK } from '../../runtime/ports.js';
import type { ApiSpec, LambdaFunctionSpec, PatternTopology } from '../../template/topology.js';

/** An app client the local token issuer accepts (the secret is made at start-up, never from the template). */
export interface ClientCredentials {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly scopes: readonly string[];
}

/** The issuer every authorizer of the API trusts (the first authorizer's; '' when there is none). */
function issuerUrl(api: ApiSpec): string {
  return api.authorizers[0]?.issuer ?? '';
}

/** Where a Cognito user pool publishes its keys, under its issuer (ProviderURL). */
const jwksUrlOf = (issuer: string) => `${issuer}/.well-known/jwks.json`;

/**
 * The issuer the local token issuer stands in for: the native authorizers' one, else that of a user pool
 * of the stack whose key set URL a function's environment holds (a Lambda authorizer that validates the
 * pool's tokens itself); undefined when nothing checks tokens.
 */
export function trustedIssuer(topology: PatternTopology): string | undefined {
  if (topology.api.authorizers.length > 0) return issuerUrl(topology.api);
  const named = (issuer: string) =>
    topology.functions.some((f) => Object.values(f.environment).includes(jwksUrlOf(issuer)));
  return topology.userPools.find((pool) => named(pool.issuer))?.issuer;
}

/**
 * The functions with the pool's key set URL in their environment pointed at the local issuer's key set,
 * which signs the tokens the twin hands out (Cognito's own endpoint is not reachable, nor would it know them).
 */
export function withLocalKeySet(
  functions: readonly LambdaFunctionSpec[],
  issuer: string,
  localJwksUri: string,
): LambdaFunctionSpec[] {
  const pool = jwksUrlOf(issuer);
  return functions.map((f) =>
    Object.values(f.environment).includes(pool)
      ? {
          ...f,
          environment: Object.fromEntries(
            Object.entries(f.environment).map(([k, v]) => [k, v === pool ? localJwksUri : v]),
          ),
        }
      : f,
  );
}

/**
 * The clients the local issuer serves: the app clients of the user pools behind the issuer (each with its
 * own scopes, else every scope a route requires); when the issuer is no pool of this stack (a JWT authorizer
 * pointing elsewhere), one client per allowed audience. `newSecret` makes each client secret.
 */
export function issuerClients(topology: PatternTopology, newSecret: () => string): ClientCredentials[] {
  const api = topology.api;
  const issuer = trustedIssuer(topology);
  if (issuer === undefined) return [];
  const routeScopes = [...new Set(api.routes.flatMap((r) => r.scopes))];
  const poolClients = topology.userPools.filter((p) => p.issuer === issuer).flatMap((p) => p.clients);
  if (poolClients.length > 0) {
    return poolClients.map((client) => ({
      clientId: client.clientId,
      clientSecret: newSecret(),
      scopes: client.scopes.length ? client.scopes : routeScopes,
    }));
  }
  return api.authorizers
    .flatMap((a) => a.audience)
    .map((audience) => ({ clientId: audience, clientSecret: newSecret(), scopes: routeScopes }));
}

export function tokenIssuerConfig(
  api: ApiSpec,
  clients: readonly ClientCredentials[],
  issuer: string = issuerUrl(api),
): TokenIssuerConfig {
  return {
    issuer,
    host: LOOPBACK,
    clients: clients.map((c) => ({
      clientId: c.clientId,
      clientSecret: c.clientSecret,
      allowedScopes: c.scopes,
    })),
  };
}

/** The API's authorizers, each verifying tokens against the local issuer's key set. */
export function authorizerConfigs(api: ApiSpec, jwks: JsonWebKeySet): AuthorizerConfig[] {
  const keys = { jwks };
  return api.authorizers.map(
    (a): AuthorizerConfig =>
      a.kind === 'jwt'
        ? {
            kind: 'jwt',
            id: a.id,
            identitySource: `$request.header.${a.identityHeader}`,
            issuer: a.issuer,
            audience: a.audience,
            keys,
          }
        : {
            kind: 'cognito',
            id: a.id,
            identityHeader: a.identityHeader,
            userPools: [{ issuer: a.issuer, keys }],
          },
  );
}
