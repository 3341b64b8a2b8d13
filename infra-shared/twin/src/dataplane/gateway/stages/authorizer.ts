import type { Authorizer } from '../../auth/authorizers.js';
import type { GatewayStage, Refusal } from '../context.js';
import type { ApiKind } from '../types.js';

/**
 * The route's JWT / Cognito authorizer: a refused token stops the request (HTTP API answers carry a
 * `www-authenticate` challenge naming the error), an accepted one hands its claims and scopes on.
 */
export function authorizerStage(
  kind: ApiKind,
  authorizer: Authorizer,
  scopes: readonly string[] | undefined,
): GatewayStage {
  return {
    name: 'authorizer',
    async run(context) {
      const outcome = await authorizer.authorize(context.req.headers, context.rawQueryString, scopes);
      if (!outcome.ok) {
        const refused: Refusal = {
          error: outcome.error,
          headers: kind === 'http' ? ['www-authenticate', bearerChallenge(outcome, scopes)] : undefined,
        };
        return refused;
      }
      context.authorizer = { claims: outcome.claims, scopes: outcome.scopes };
      return undefined;
    },
  };
}

function bearerChallenge(
  outcome: { readonly error: 'unauthorized' | 'insufficientScope'; readonly description: string },
  scopes: readonly string[] | undefined,
): string {
  const insufficient = outcome.error === 'insufficientScope';
  const scope = insufficient ? (scopes ?? []).join(' ') : '';
  const error = insufficient ? 'insufficient_scope' : 'invalid_token';
  return `Bearer scope="${scope}" error="${error}" error_description="${outcome.description}"`;
}
