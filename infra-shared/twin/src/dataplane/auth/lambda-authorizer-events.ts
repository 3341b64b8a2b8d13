import type { AuthorizerRequest, LambdaAuthorizerConfig, LambdaAuthorizerDeps } from './types.js';

/**
 * The event a Lambda authorizer function receives: REST TOKEN and REQUEST (api-gateway-lambda-authorizer-input)
 * and HTTP API payload format 2.0 (http-api-lambda-authorizer, "Payload format version 2.0").
 */
export function authorizerEvent(
  config: LambdaAuthorizerConfig,
  deps: LambdaAuthorizerDeps,
  request: AuthorizerRequest,
  arn: string,
  identities: readonly string[],
): Record<string, unknown> {
  if (deps.apiKind === 'http') return httpRequestEvent(deps, request, arn, identities);
  if (config.type === 'TOKEN')
    return { type: 'TOKEN', authorizationToken: identities[0] ?? '', methodArn: arn };
  return restRequestEvent(deps, request, arn);
}

function singleHeaders(request: AuthorizerRequest): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(request.headers)) {
    if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(',') : v;
  }
  return headers;
}

function queryValues(rawQueryString: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of new URLSearchParams(rawQueryString)) out[k] = k in out ? `${out[k]},${v}` : v;
  return out;
}

const accountOf = (deps: LambdaAuthorizerDeps) => deps.accountId ?? '000000000000';

function restRequestEvent(
  deps: LambdaAuthorizerDeps,
  request: AuthorizerRequest,
  arn: string,
): Record<string, unknown> {
  return {
    type: 'REQUEST',
    methodArn: arn,
    resource: request.resourcePath,
    path: request.path,
    httpMethod: request.method,
    headers: singleHeaders(request),
    queryStringParameters: queryValues(request.rawQueryString),
    pathParameters: request.pathParameters,
    stageVariables: {},
    requestContext: {
      accountId: accountOf(deps),
      apiId: deps.apiId,
      httpMethod: request.method,
      identity: { sourceIp: request.sourceIp },
      path: `/${deps.stage}${request.path}`,
      requestId: request.requestId,
      resourcePath: request.resourcePath,
      stage: deps.stage,
    },
  };
}

function httpRequestEvent(
  deps: LambdaAuthorizerDeps,
  request: AuthorizerRequest,
  arn: string,
  identities: readonly string[],
): Record<string, unknown> {
  const headers = singleHeaders(request);
  const routeKey = request.routeKey ?? `${request.method} ${request.resourcePath}`;
  return {
    version: '2.0',
    type: 'REQUEST',
    routeArn: arn,
    identitySource: identities,
    routeKey,
    rawPath: request.rawPath ?? request.path,
    rawQueryString: request.rawQueryString,
    headers,
    queryStringParameters: queryValues(request.rawQueryString),
    pathParameters: request.pathParameters,
    requestContext: {
      accountId: accountOf(deps),
      apiId: deps.apiId,
      http: {
        method: request.method,
        path: request.rawPath ?? request.path,
        protocol: 'HTTP/1.1',
        sourceIp: request.sourceIp,
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: request.requestId,
      routeKey,
      stage: deps.stage,
    },
  };
}
