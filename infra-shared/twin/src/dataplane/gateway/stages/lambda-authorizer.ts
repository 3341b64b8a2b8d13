import type { LambdaAuthorizer } from '../../auth/lambda-authorizer.js';
import { type GatewayStage, refusal } from '../context.js';

const NO_CLAIMS = Object.freeze({});
const NO_SCOPES: readonly string[] = Object.freeze([]);

/**
 * The route's Lambda authorizer (REST `TOKEN` / `REQUEST`, HTTP API `REQUEST`): a refusal stops the request with 401, 403 or
 * 500 (`lambda-authorizer.ts` says which); an allowed request carries the `principalId` and `context` on
 * to the integration (`requestContext.authorizer` of the Lambda proxy event; `.lambda` in payload 2.0).
 */
export function lambdaAuthorizerStage(authorizer: LambdaAuthorizer): GatewayStage {
  return {
    name: 'lambda-authorizer',
    async run(context) {
      const outcome = await authorizer.authorize({
        method: context.method,
        path: context.path,
        resourcePath: context.route?.resourcePath ?? '',
        routeKey: context.route?.routeKey,
        rawPath: context.rawPath,
        headers: context.req.headers,
        rawQueryString: context.rawQueryString,
        pathParameters: context.pathParameters,
        requestId: context.requestId,
        sourceIp: context.req.socket.remoteAddress ?? '127.0.0.1',
      });
      if (!outcome.ok) return refusal(outcome.error);
      context.authorizer = {
        claims: NO_CLAIMS,
        scopes: NO_SCOPES,
        lambda: { principalId: outcome.principalId, context: outcome.context },
      };
      return undefined;
    },
  };
}
