/**
 * The Lambda events of API Gateway's WebSocket APIs: the `$connect` REQUEST authorizer event and the proxy
 * event of every route (`requestContext.routeKey`, `eventType`, `connectionId`, `domainName`, `stage`,
 * `connectedAt`, ...), as AWS documents them for Lambda proxy integrations of WebSocket APIs.
 */
import { randomBytes } from 'node:crypto';

export type WebSocketEventType = 'CONNECT' | 'MESSAGE' | 'DISCONNECT';

export interface ConnectionFacts {
  readonly connectionId: string;
  readonly connectedAt: number;
  readonly sourceIp: string;
  readonly userAgent?: string;
  /** What the authorizer allowed with: `principalId` and its context. */
  readonly authorizer?: Readonly<Record<string, unknown>>;
}

export interface ApiFacts {
  readonly apiId: string;
  readonly stage: string;
  readonly domainName: string;
}

/** AWS connection ids look like `L0SM9cOFvHcCIhw=`: 12 random bytes, base64. */
export function newConnectionId(): string {
  return randomBytes(10).toString('base64');
}

export function newRequestId(): string {
  return randomBytes(12).toString('base64url');
}

function requestTime(epoch: number): string {
  const d = new Date(epoch);
  const month = d.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' });
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getUTCDate())}/${month}/${d.getUTCFullYear()}:${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`;
}

export function requestContext(
  api: ApiFacts,
  connection: ConnectionFacts,
  routeKey: string,
  eventType: WebSocketEventType,
  extra: Readonly<Record<string, unknown>> = {},
) {
  const now = Date.now();
  const requestId = newRequestId();
  return {
    routeKey,
    eventType,
    extendedRequestId: requestId,
    requestTime: requestTime(now),
    messageDirection: 'IN',
    stage: api.stage,
    connectedAt: connection.connectedAt,
    requestTimeEpoch: now,
    identity: {
      sourceIp: connection.sourceIp,
      ...(connection.userAgent ? { userAgent: connection.userAgent } : {}),
    },
    requestId,
    domainName: api.domainName,
    connectionId: connection.connectionId,
    apiId: api.apiId,
    ...(connection.authorizer ? { authorizer: connection.authorizer } : {}),
    ...extra,
  };
}

/** The `$connect` authorizer's REQUEST event (headers and query string of the handshake). */
export function authorizerEvent(
  api: ApiFacts,
  connection: ConnectionFacts,
  headers: Readonly<Record<string, string>>,
  query: Readonly<Record<string, string>>,
) {
  return {
    type: 'REQUEST',
    methodArn: `arn:aws:execute-api:us-east-1:000000000000:${api.apiId}/${api.stage}/$connect`,
    headers,
    multiValueHeaders: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, [v]])),
    queryStringParameters: query,
    multiValueQueryStringParameters: Object.fromEntries(Object.entries(query).map(([k, v]) => [k, [v]])),
    stageVariables: {},
    requestContext: requestContext(api, connection, '$connect', 'CONNECT'),
  };
}

export function connectEvent(
  api: ApiFacts,
  connection: ConnectionFacts,
  headers: Readonly<Record<string, string>>,
  query: Readonly<Record<string, string>>,
) {
  return {
    headers,
    multiValueHeaders: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, [v]])),
    ...(Object.keys(query).length ? { queryStringParameters: query } : {}),
    requestContext: requestContext(api, connection, '$connect', 'CONNECT'),
    isBase64Encoded: false,
  };
}

export function messageEvent(api: ApiFacts, connection: ConnectionFacts, routeKey: string, body: string) {
  return {
    requestContext: requestContext(api, connection, routeKey, 'MESSAGE', { messageId: newRequestId() }),
    body,
    isBase64Encoded: false,
  };
}

export function disconnectEvent(api: ApiFacts, connection: ConnectionFacts, code: number, reason: string) {
  return {
    requestContext: requestContext(api, connection, '$disconnect', 'DISCONNECT', {
      disconnectStatusCode: code,
      disconnectReason: reason,
    }),
    isBase64Encoded: false,
  };
}
