import type { AuthorizerConfig, JsonWebKeySet, TokenIssuerConfig } from '../../dataplane/auth/types.js';
import { LOOPBACK } from '../../runtime/ports.js';
import type { ApiSpec, PatternTopology } from '../../template/topology.js';

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

/**
 * The clients the local issuer serves: the app clients of the user pools behind the issuer (each with its
 * own scopes, else every scope a route requires); when the issuer is no pool of this stack (a JWT authorizer
 * pointing elsewhere), one client per allowed audience. `newSecret` makes each client secret.
 */
export function issuerClients(topology: PatternTopology, newSecret: () => string): ClientCredentials[] {
  const api = topology.api;
  if (api.authorizers.length === 0) return [];
  const issuer = issuerUrl(api);
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

export function tokenIssuerConfig(api: ApiSpec, clients: readonly ClientCredentials[]): TokenIssuerConfig {
  return {
    issuer: issuerUrl(api),
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
