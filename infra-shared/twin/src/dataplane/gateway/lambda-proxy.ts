import type { OutgoingHttpHeaders } from 'node:http';
import { PIK_HEADERS } from '@pik/contracts/headers';
import type { InvokeLambda } from '../lambda-invoke.js';
import { appendTrace } from '../trace.js';
import type { Forward, GatewayRequest, IntegrationConfig, IntegrationResponse } from './types.js';

/**
 * API Gateway Lambda proxy integration (`AWS_PROXY`): builds the payload format 2.0 (HTTP API default) or
 * 1.0 (REST, or HTTP API with `PayloadFormatVersion: '1.0'`) event, invokes through the runtime, and reads
 * the result as API Gateway does (docs: http-api-develop-integrations-lambda, set-up-lambda-proxy-integrations).
 * - 2.0: a result without `statusCode` is taken as a 200 JSON body; `cookies` become `set-cookie`.
 * - 1.0: `statusCode` required. A function error or a malformed result: REST 502
 *   `{"message": "Internal server error"}`, HTTP API 500 `{"message":"Internal Server Error"}`.
 * - REST bodies are passed as text (no `binaryMediaTypes` support yet); HTTP API base64-encodes non-text
 *   bodies. JWT claims are passed as strings, arrays as `[a b]` (inferred from observed events).
 * Trace: appends `lambda:<functionId>` (or `options.traceSegment`), then `:<alias>` for a qualified invocation.
 */
const TEXT_TYPE = /^(text\/|application\/(json|javascript|xml|x-www-form-urlencoded)|[^;]*\+(json|xml))/i;

function functionIdOf(integration: IntegrationConfig): string {
  const id = integration.functionId ?? integration.uri;
  if (!id) throw new Error(`integration ${integration.id} has neither functionId nor uri`);
  return id;
}

/** The function a Lambda proxy integration invokes, its alias or version, and the trace with its segment. */
export function lambdaCall(
  request: GatewayRequest,
  integration: IntegrationConfig,
  options: LambdaProxyOptions,
): { functionId: string; qualifier: string | undefined; trace: string } {
  const functionId = functionIdOf(integration);
  const qualifier = integration.functionQualifier;
  const segment = options.traceSegment?.(functionId, integration) ?? `lambda:${functionId}`;
  return {
    functionId,
    qualifier,
    trace: appendTrace(request.trace, qualifier ? `${segment}:${qualifier}` : segment),
  };
}

function singleHeaders(request: GatewayRequest): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name in request.headers) {
    const v = request.headers[name];
    if (v !== undefined) out[name] = Array.isArray(v) ? v.join(',') : v;
  }
  return out;
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}

function decodedPathParameters(request: GatewayRequest): Record<string, string> | null {
  const keys = Object.keys(request.pathParameters);
  if (keys.length === 0) return null;
  const out: Record<string, string> = {};
  for (const k of keys) out[k] = decode(request.pathParameters[k] as string);
  return out;
}

function stringClaims(claims: Readonly<Record<string, unknown>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(claims)) {
    out[k] = typeof v === 'string' ? v : Array.isArray(v) ? `[${v.join(' ')}]` : String(v);
  }
  return out;
}

function clfTime(epoch: number): string {
  const d = new Date(epoch);
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${months[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(
    d.getUTCMinutes(),
  )}:${p(d.getUTCSeconds())} +0000`;
}

export function payloadV2Event(request: GatewayRequest): Record<string, unknown> {
  const headers = singleHeaders(request);
  const cookieHeader = headers.cookie;
  delete headers.cookie;
  const qs: Record<string, string> = {};
  for (const [k, v] of new URLSearchParams(request.rawQueryString)) qs[k] = k in qs ? `${qs[k]},${v}` : v;
  const contentType = headers['content-type'] ?? '';
  const text = request.body.length === 0 || TEXT_TYPE.test(contentType);
  const host = headers.host ?? `${request.apiId}.execute-api.us-east-1.amazonaws.com`;
  return {
    version: '2.0',
    routeKey: request.routeKey,
    rawPath: request.rawPath,
    rawQueryString: request.rawQueryString,
    ...(cookieHeader ? { cookies: cookieHeader.split(/;\s*/) } : {}),
    headers,
    ...(request.rawQueryString ? { queryStringParameters: qs } : {}),
    requestContext: {
      accountId: '000000000000',
      apiId: request.apiId,
      ...(request.authorizer ? { authorizer: httpAuthorizer(request.authorizer) } : {}),
      domainName: host,
      domainPrefix: host.split('.')[0],
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
      time: clfTime(request.requestTimeEpoch),
      timeEpoch: request.requestTimeEpoch,
    },
    ...(decodedPathParameters(request) ? { pathParameters: decodedPathParameters(request) } : {}),
    ...(request.body.length > 0 ? { body: request.body.toString(text ? 'utf8' : 'base64') } : {}),
    isBase64Encoded: !text,
  };
}

/** HTTP API payload 2.0 `requestContext.authorizer`: a Lambda authorizer's `context` as `lambda`, else `jwt`. */
function httpAuthorizer(authorizer: NonNullable<GatewayRequest['authorizer']>): Record<string, unknown> {
  if (authorizer.lambda) return { lambda: authorizer.lambda.context };
  return { jwt: { claims: stringClaims(authorizer.claims), scopes: authorizer.scopes } };
}

/**
 * REST `requestContext.authorizer`: a Lambda authorizer's `principalId` and `context` keys at the top level
 * (context values as strings, as API Gateway passes them), a Cognito authorizer's `claims`.
 */
function restAuthorizer(authorizer: GatewayRequest['authorizer']): Record<string, unknown> | undefined {
  if (!authorizer) return undefined;
  const lambda = authorizer.lambda;
  if (!lambda) return { claims: stringClaims(authorizer.claims) };
  const out: Record<string, unknown> = { principalId: lambda.principalId };
  for (const [k, v] of Object.entries(lambda.context)) out[k] = String(v);
  return out;
}

export function payloadV1Event(request: GatewayRequest): Record<string, unknown> {
  const headers = singleHeaders(request);
  const multiValueHeaders: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(headers)) multiValueHeaders[k] = [v];
  const qs: Record<string, string> = {};
  const mvqs: Record<string, string[]> = {};
  for (const [k, v] of new URLSearchParams(request.rawQueryString)) {
    qs[k] = v;
    const list = mvqs[k];
    if (list) list.push(v);
    else mvqs[k] = [v];
  }
  const hasQuery = request.rawQueryString !== '';
  const isRest = request.apiKind === 'rest';
  const contentType = headers['content-type'] ?? '';
  const text = isRest || request.body.length === 0 || TEXT_TYPE.test(contentType);
  const host = headers.host ?? `${request.apiId}.execute-api.us-east-1.amazonaws.com`;
  return {
    ...(isRest ? {} : { version: '1.0' }),
    resource: request.resourcePath,
    path: isRest ? request.path : request.rawPath,
    httpMethod: request.method,
    headers,
    multiValueHeaders,
    queryStringParameters: hasQuery ? qs : null,
    multiValueQueryStringParameters: hasQuery ? mvqs : null,
    requestContext: {
      accountId: '000000000000',
      apiId: request.apiId,
      authorizer: restAuthorizer(request.authorizer),
      domainName: host,
      domainPrefix: host.split('.')[0],
      extendedRequestId: request.requestId,
      httpMethod: request.method,
      identity: { sourceIp: request.sourceIp, userAgent: headers['user-agent'] ?? null },
      path: request.rawPath,
      protocol: 'HTTP/1.1',
      requestId: request.requestId,
      requestTime: clfTime(request.requestTimeEpoch),
      requestTimeEpoch: request.requestTimeEpoch,
      resourcePath: request.resourcePath,
      stage: request.stage,
    },
    pathParameters: decodedPathParameters(request),
    stageVariables: null,
    body: request.body.length > 0 ? request.body.toString(text ? 'utf8' : 'base64') : null,
    isBase64Encoded: !text,
  };
}

interface ProxyResult {
  readonly statusCode: number;
  readonly headers: OutgoingHttpHeaders;
  readonly body: Buffer;
}

function readProxyResult(payload: unknown, format: '1.0' | '2.0'): ProxyResult | undefined {
  if (format === '2.0' && (typeof payload !== 'object' || payload === null || !('statusCode' in payload))) {
    if (payload === undefined) return undefined;
    return {
      statusCode: 200,
      headers: { 'content-type': 'application/json' },
      body: Buffer.from(JSON.stringify(payload)),
    };
  }
  if (typeof payload !== 'object' || payload === null) return undefined;
  const p = payload as Record<string, unknown>;
  const status = typeof p.statusCode === 'string' ? Number(p.statusCode) : p.statusCode;
  if (typeof status !== 'number' || !Number.isInteger(status) || status < 100 || status > 599)
    return undefined;
  const headers: OutgoingHttpHeaders = {};
  if (p.headers && typeof p.headers === 'object') {
    for (const [k, v] of Object.entries(p.headers)) headers[k.toLowerCase()] = String(v);
  }
  if (p.multiValueHeaders && typeof p.multiValueHeaders === 'object') {
    for (const [k, v] of Object.entries(p.multiValueHeaders)) {
      if (Array.isArray(v)) headers[k.toLowerCase()] = v.map(String);
    }
  }
  if (format === '2.0' && Array.isArray(p.cookies)) headers['set-cookie'] = p.cookies.map(String);
  let body: Buffer;
  if (p.body === undefined || p.body === null) body = Buffer.alloc(0);
  else if (typeof p.body === 'string')
    body = Buffer.from(p.body, p.isBase64Encoded === true ? 'base64' : 'utf8');
  else return undefined;
  return { statusCode: status, headers, body };
}

/** API Gateway's answer to a failed function or a result it cannot read: REST 502, HTTP API 500. */
export function lambdaProxyFailure(rest: boolean, trace: string): IntegrationResponse {
  return {
    statusCode: rest ? 502 : 500,
    headers: {
      'content-type': 'application/json',
      [PIK_HEADERS.trace]: trace,
      ...(rest ? { 'x-amzn-ErrorType': 'InternalServerErrorException' } : {}),
    },
    body: rest ? '{"message": "Internal server error"}' : '{"message":"Internal Server Error"}',
  };
}

export interface LambdaProxyOptions {
  /** Trace segment of the function. @default `lambda:<functionId>` */
  readonly traceSegment?: (functionId: string, integration: IntegrationConfig) => string;
}

export function createLambdaProxyForward(invoke: InvokeLambda, options: LambdaProxyOptions = {}): Forward {
  return async (request, integration): Promise<IntegrationResponse> => {
    const { functionId, qualifier, trace } = lambdaCall(request, integration, options);
    const format = request.apiKind === 'rest' ? '1.0' : (integration.payloadFormatVersion ?? '2.0');
    const event = format === '2.0' ? payloadV2Event(request) : payloadV1Event(request);
    const result = await invoke(functionId, event, qualifier ? { qualifier } : undefined);
    const read = result.functionError ? undefined : readProxyResult(result.payload, format);
    if (!read) return lambdaProxyFailure(request.apiKind === 'rest', trace);
    const headers = read.headers;
    if (result.extraHeaders) for (const k in result.extraHeaders) headers[k] = result.extraHeaders[k];
    if (headers[PIK_HEADERS.trace] === undefined) headers[PIK_HEADERS.trace] = trace;
    return { statusCode: read.statusCode, headers, body: read.body };
  };
}
