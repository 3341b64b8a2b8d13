import { WEBSOCKET_TOKEN_QUERY_PARAMETER } from './env.js';
import { bearerToken, type TokenVerifier, type VerifiedCaller } from './verify.js';

/** REST API `TOKEN` authorizer event. */
export interface RestTokenEvent {
  readonly type: 'TOKEN';
  readonly authorizationToken?: string;
  /** `arn:aws:execute-api:<region>:<account>:<api id>/<stage>/<METHOD>/<path>` */
  readonly methodArn: string;
}

/** HTTP API Lambda authorizer event, payload format 2.0. */
export interface HttpRequestEvent {
  readonly version: '2.0';
  readonly type: 'REQUEST';
  readonly routeArn: string;
  readonly identitySource?: readonly string[];
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * WebSocket API `$connect` REQUEST authorizer event. Browsers cannot set headers on the handshake, so the
 * token travels as the query parameter `WEBSOCKET_TOKEN_QUERY_PARAMETER` (the authorizer's identity source).
 */
export interface WebSocketConnectEvent {
  readonly type: 'REQUEST';
  /** `arn:aws:execute-api:<region>:<account>:<api id>/<stage>/$connect` */
  readonly methodArn: string;
  readonly queryStringParameters?: Readonly<Record<string, string>> | null;
  readonly requestContext?: { readonly eventType?: string; readonly routeKey?: string };
}

/** What the backend learns about the caller (`$context.authorizer.<key>`; strings only). */
export interface CallerContext {
  readonly [key: string]: string;
  readonly sub: string;
  readonly scope: string;
  readonly clientId: string;
}

export interface IamPolicyResponse {
  readonly principalId: string;
  readonly policyDocument: {
    readonly Version: '2012-10-17';
    readonly Statement: ReadonlyArray<{ Action: string; Effect: 'Allow' | 'Deny'; Resource: string }>;
  };
  readonly context: CallerContext;
}

export interface SimpleResponse {
  readonly isAuthorized: boolean;
  readonly context?: CallerContext;
}

/**
 * Every method of the API's stage (`<api arn>/<stage>/*`). API Gateway caches the policy by token and
 * reuses it for the caller's next requests to any method, so a policy naming only the first method would
 * deny the rest; the token's scope covers every route of the stage, and nothing beyond it.
 */
export function stageResource(methodArn: string): string {
  const [api, stage] = methodArn.split('/');
  if (!api || !stage) throw new Error(`authorizer: unexpected methodArn '${methodArn}'`);
  return `${api}/${stage}/*`;
}

function callerContext(caller: VerifiedCaller): CallerContext {
  return { sub: caller.sub, scope: caller.scopes.join(' '), clientId: caller.clientId };
}

/**
 * REST `TOKEN`: Allow (or, for a valid token without the scope, Deny: 403) on the stage, with the caller in
 * the context. A missing or invalid token throws `Unauthorized`, which API Gateway answers with 401.
 */
export async function authorizeRestToken(
  event: RestTokenEvent,
  verify: TokenVerifier,
): Promise<IamPolicyResponse> {
  const token = bearerToken(event.authorizationToken);
  const verdict = token === undefined ? undefined : await verify(token);
  if (!verdict || verdict.outcome === 'invalid') throw new Error('Unauthorized');
  const effect = verdict.outcome === 'allow' ? 'Allow' : 'Deny';
  return {
    principalId: verdict.caller.sub,
    policyDocument: {
      Version: '2012-10-17',
      Statement: [{ Action: 'execute-api:Invoke', Effect: effect, Resource: stageResource(event.methodArn) }],
    },
    context: callerContext(verdict.caller),
  };
}

/**
 * HTTP API simple response: authorized with the caller in the context (`$context.authorizer.lambda.*`), or
 * not (API Gateway answers 403; a request without the identity header gets 401 before the function runs).
 */
export async function authorizeHttpRequest(
  event: HttpRequestEvent,
  verify: TokenVerifier,
): Promise<SimpleResponse> {
  const token = bearerToken(event.identitySource?.[0] ?? event.headers?.authorization);
  const verdict = token === undefined ? undefined : await verify(token);
  if (verdict?.outcome !== 'allow') return { isAuthorized: false };
  return { isAuthorized: true, context: callerContext(verdict.caller) };
}

/**
 * WebSocket `$connect`: as REST `TOKEN`, on the token from the query string. API Gateway answers the
 * handshake 401 when the function throws `Unauthorized` and 403 on a Deny; the connection opens on Allow.
 */
export async function authorizeWebSocketConnect(
  event: WebSocketConnectEvent,
  verify: TokenVerifier,
): Promise<IamPolicyResponse> {
  const authorizationToken = event.queryStringParameters?.[WEBSOCKET_TOKEN_QUERY_PARAMETER];
  return authorizeRestToken(
    { type: 'TOKEN', methodArn: event.methodArn, ...(authorizationToken ? { authorizationToken } : {}) },
    verify,
  );
}

type AuthorizerEvent = RestTokenEvent | HttpRequestEvent | WebSocketConnectEvent;

/** One handler for the three APIs, told apart by the event's shape. */
export function createAuthorizerHandler(verify: TokenVerifier) {
  return async (event: AuthorizerEvent): Promise<IamPolicyResponse | SimpleResponse> => {
    if (event.type === 'TOKEN') return authorizeRestToken(event, verify);
    if ('version' in event && event.version === '2.0') return authorizeHttpRequest(event, verify);
    if ('methodArn' in event && event.requestContext?.eventType === 'CONNECT') {
      return authorizeWebSocketConnect(event, verify);
    }
    throw new Error(
      'authorizer: expected a REST TOKEN event, an HTTP API 2.0 event or a WebSocket CONNECT event',
    );
  };
}
