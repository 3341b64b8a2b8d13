/**
 * API Gateway's Lambda proxy integration (`AWS_PROXY`): turns the gateway's request into the event a
 * function receives (HTTP API payload 2.0 or 1.0, REST 1.0), invokes it through the local runtime, and
 * maps the function's answer back to an HTTP response as API Gateway does.
 */
import type { IncomingHttpHeaders, OutgoingHttpHeaders } from 'node:http';
import { appendTrace } from '../dataplane/trace.js';
import {
  type Forward,
  type GatewayRequest,
  type IntegrationConfig,
  type IntegrationResponse,
  type InvokeLambda,
  TRACE_HEADER,
} from '../dataplane/types.js';
import { LOCAL_PSEUDO } from '../template/intrinsics.js';

function singleHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers))
    if (v !== undefined) out[k] = Array.isArray(v) ? v.join(',') : v;
  return out;
}

function multiHeaders(headers: IncomingHttpHeaders): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(headers)) if (v !== undefined) out[k] = Array.isArray(v) ? v : [v];
  return out;
}

function queryMaps(raw: string): {
  single: Record<string, string> | null;
  multi: Record<string, string[]> | null;
} {
  if (!raw) return { single: null, multi: null };
  const single: Record<string, string> = {};
  const multi: Record<string, string[]> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    single[k] = v;
    const values = multi[k] ?? [];
    values.push(v);
    multi[k] = values;
  }
  return { single, multi };
}

/** A body as the event carries it: text when it is valid UTF-8 text, base64 otherwise. */
function eventBody(
  body: Buffer,
  headers: IncomingHttpHeaders,
): { body: string | null; isBase64Encoded: boolean } {
  if (body.length === 0) return { body: null, isBase64Encoded: false };
  const type = String(headers['content-type'] ?? '');
  const textual =
    type === '' || /^(text\/|application\/(json|xml|x-www-form-urlencoded|.*\+json))/.test(type);
  return textual
    ? { body: body.toString('utf8'), isBase64Encoded: false }
    : { body: body.toString('base64'), isBase64Encoded: true };
}

export function httpApiEventV2(request: GatewayRequest): Record<string, unknown> {
  const { body, isBase64Encoded } = eventBody(request.body, request.headers);
  const headers = singleHeaders(request.headers);
  const cookies = headers.cookie ? headers.cookie.split(/;\s*/) : undefined;
  delete headers.cookie;
  const now = new Date(request.requestTimeEpoch);
  return {
    version: '2.0',
    routeKey: request.routeKey,
    rawPath: request.rawPath,
    rawQueryString: request.rawQueryString,
    ...(cookies ? { cookies } : {}),
    headers,
    ...(request.rawQueryString ? { queryStringParameters: queryMaps(request.rawQueryString).single } : {}),
    requestContext: {
      accountId: LOCAL_PSEUDO.accountId,
      apiId: request.apiId,
      domainName: headers.host ?? '127.0.0.1',
      domainPrefix: (headers.host ?? '127').split('.')[0],
      http: {
        method: request.method,
        path: request.rawPath,
        protocol: 'HTTP/1.1',
        sourceIp: request.sourceIp,
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: request.requestId,
      routeKey: request.routeKey,
      stage: request.stage,
      time: now.toUTCString(),
      timeEpoch: request.requestTimeEpoch,
      ...(request.authorizer
        ? { authorizer: { jwt: { claims: request.authorizer.claims, scopes: request.authorizer.scopes } } }
        : {}),
    },
    ...(Object.keys(request.pathParameters).length ? { pathParameters: request.pathParameters } : {}),
    body: body ?? undefined,
    isBase64Encoded,
  };
}

/** REST proxy and HTTP API payload 1.0 events. */
export function proxyEventV1(request: GatewayRequest): Record<string, unknown> {
  const { body, isBase64Encoded } = eventBody(request.body, request.headers);
  const query = queryMaps(request.rawQueryString);
  const rest = request.apiKind === 'rest';
  return {
    ...(rest ? {} : { version: '1.0' }),
    resource: request.resourcePath,
    path: rest ? request.path : request.rawPath,
    httpMethod: request.method,
    headers: singleHeaders(request.headers),
    multiValueHeaders: multiHeaders(request.headers),
    queryStringParameters: query.single,
    multiValueQueryStringParameters: query.multi,
    pathParameters: Object.keys(request.pathParameters).length ? request.pathParameters : null,
    stageVariables: null,
    requestContext: {
      accountId: LOCAL_PSEUDO.accountId,
      apiId: request.apiId,
      httpMethod: request.method,
      path: rest ? `/${request.stage}${request.path}` : request.rawPath,
      protocol: 'HTTP/1.1',
      requestId: request.requestId,
      requestTimeEpoch: request.requestTimeEpoch,
      resourcePath: request.resourcePath,
      stage: request.stage,
      identity: { sourceIp: request.sourceIp, userAgent: request.headers['user-agent'] ?? null },
      ...(request.authorizer
        ? { authorizer: { claims: request.authorizer.claims, scopes: request.authorizer.scopes } }
        : {}),
    },
    body,
    isBase64Encoded,
  };
}

interface ProxyResult {
  statusCode?: unknown;
  headers?: Record<string, unknown>;
  multiValueHeaders?: Record<string, unknown[]>;
  cookies?: string[];
  body?: unknown;
  isBase64Encoded?: boolean;
}

const json = (statusCode: number, message: string, trace: string): IntegrationResponse => ({
  statusCode,
  headers: { 'content-type': 'application/json', [TRACE_HEADER]: trace },
  body: JSON.stringify({ message }),
});

/** Maps a function's return value to the HTTP answer, or undefined when API Gateway would call it malformed. */
export function proxyResponse(
  payload: unknown,
  v2: boolean,
): (Omit<IntegrationResponse, 'headers'> & { headers: OutgoingHttpHeaders }) | undefined {
  const looksLikeResponse = typeof payload === 'object' && payload !== null && 'statusCode' in payload;
  if (!looksLikeResponse) {
    // Payload 2.0 accepts any JSON value as a 200 body; 1.0 requires the response shape.
    if (!v2) return undefined;
    return {
      statusCode: 200,
      headers: { 'content-type': 'application/json' },
      body: typeof payload === 'string' ? payload : JSON.stringify(payload),
    };
  }
  const result = payload as ProxyResult;
  const statusCode = Number(result.statusCode);
  if (!Number.isInteger(statusCode) || statusCode < 100 || statusCode > 599) return undefined;
  const headers: OutgoingHttpHeaders = {};
  for (const [k, v] of Object.entries(result.multiValueHeaders ?? {}))
    headers[k.toLowerCase()] = v.map(String);
  for (const [k, v] of Object.entries(result.headers ?? {})) headers[k.toLowerCase()] = String(v);
  if (v2 && result.cookies?.length) headers['set-cookie'] = result.cookies;
  if (v2 && headers['content-type'] === undefined) headers['content-type'] = 'application/json';
  const raw =
    typeof result.body === 'string'
      ? result.body
      : result.body === undefined
        ? ''
        : JSON.stringify(result.body);
  return { statusCode, headers, body: result.isBase64Encoded ? Buffer.from(raw, 'base64') : raw };
}

/**
 * The forward hook for `AWS_PROXY` integrations. `segmentOf` names the trace segment of each function
 * (for example `lambda:orders`).
 */
export function createLambdaProxyForward(
  invoke: InvokeLambda,
  segmentOf: (functionId: string) => string,
): Forward {
  return async (request: GatewayRequest, integration: IntegrationConfig): Promise<IntegrationResponse> => {
    const functionId = integration.functionId ?? integration.uri ?? '';
    const trace = appendTrace(request.trace, segmentOf(functionId));
    const v2 = request.apiKind === 'http' && integration.payloadFormatVersion !== '1.0';
    const event = v2 ? httpApiEventV2(request) : proxyEventV1(request);
    const serverError = request.apiKind === 'rest' ? 'Internal server error' : 'Internal Server Error';
    let result: Awaited<ReturnType<InvokeLambda>>;
    try {
      result = await invoke(functionId, event);
    } catch {
      // Invocation refused (throttled or no such function): API Gateway answers a server error.
      return json(500, serverError, trace);
    }
    const mapped = result.functionError ? undefined : proxyResponse(result.payload, v2);
    if (!mapped) return json(502, serverError, trace);
    return {
      statusCode: mapped.statusCode,
      body: mapped.body,
      headers: {
        ...mapped.headers,
        ...result.extraHeaders,
        [TRACE_HEADER]: (mapped.headers[TRACE_HEADER] as string) ?? trace,
      },
    };
  };
}
