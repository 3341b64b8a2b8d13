/**
 * Lambda event shapes as AWS sends them: ALB target, API Gateway REST (payload 1.0) and HTTP API
 * (payload 2.0) proxy events, built for a method, a path (with query string) and an optional JSON body.
 */
export interface EventRequest {
  readonly method: string;
  /** Path as the client sent it, e.g. `/catalog?limit=2`. */
  readonly path: string;
  readonly headers?: Record<string, string>;
  readonly body?: unknown;
  /** REST and HTTP API stage name (the default is a named stage, `prod`, to exercise stage handling). */
  readonly stage?: string;
}

function split(path: string): { pathname: string; query: Record<string, string>; raw: string } {
  const url = new URL(path, 'http://localhost');
  return { pathname: url.pathname, query: Object.fromEntries(url.searchParams), raw: url.search.slice(1) };
}

function bodyOf(request: EventRequest): { body: string | null; headers: Record<string, string> } {
  const headers = { host: 'api.example.test', 'user-agent': 'pik-test', ...(request.headers ?? {}) };
  if (request.body === undefined) return { body: null, headers };
  const body = typeof request.body === 'string' ? request.body : JSON.stringify(request.body);
  return { body, headers: { 'content-type': 'application/json', ...headers } };
}

export function albEvent(request: EventRequest): Record<string, unknown> {
  const { pathname, query } = split(request.path);
  const { body, headers } = bodyOf(request);
  return {
    requestContext: {
      elb: {
        targetGroupArn:
          'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/pik/0123456789abcdef',
      },
    },
    httpMethod: request.method,
    path: pathname,
    queryStringParameters: query,
    headers: {
      ...headers,
      'x-forwarded-for': '10.0.0.1',
      'x-forwarded-proto': 'http',
      'x-forwarded-port': '80',
    },
    body: body ?? '',
    isBase64Encoded: false,
  };
}

export function restV1Event(request: EventRequest): Record<string, unknown> {
  const { pathname, query } = split(request.path);
  const { body, headers } = bodyOf(request);
  const stage = request.stage ?? 'prod';
  return {
    version: '1.0',
    resource: '/{proxy+}',
    path: pathname,
    httpMethod: request.method,
    headers,
    multiValueHeaders: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, [v]])),
    queryStringParameters: Object.keys(query).length ? query : null,
    multiValueQueryStringParameters: Object.keys(query).length
      ? Object.fromEntries(Object.entries(query).map(([k, v]) => [k, [v]]))
      : null,
    pathParameters: { proxy: pathname.slice(1) },
    stageVariables: null,
    requestContext: {
      accountId: '123456789012',
      apiId: 'abc123',
      resourceId: 'res1',
      resourcePath: '/{proxy+}',
      httpMethod: request.method,
      path: `/${stage}${pathname}`,
      stage,
      requestId: 'c6af9ac6-7b61-11e6-9a41-93e8deadbeef',
      requestTimeEpoch: 1_763_700_000_000,
      identity: { sourceIp: '203.0.113.7', userAgent: 'pik-test' },
      protocol: 'HTTP/1.1',
    },
    body,
    isBase64Encoded: false,
  };
}

export function httpV2Event(request: EventRequest): Record<string, unknown> {
  const { pathname, raw } = split(request.path);
  const { body, headers } = bodyOf(request);
  const stage = request.stage ?? 'prod';
  const rawPath = stage === '$default' ? pathname : `/${stage}${pathname}`;
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath,
    rawQueryString: raw,
    headers,
    ...(raw ? { queryStringParameters: Object.fromEntries(new URLSearchParams(raw)) } : {}),
    requestContext: {
      accountId: '123456789012',
      apiId: 'abc123',
      domainName: 'abc123.execute-api.us-east-1.amazonaws.com',
      domainPrefix: 'abc123',
      http: {
        method: request.method,
        path: rawPath,
        protocol: 'HTTP/1.1',
        sourceIp: '203.0.113.7',
        userAgent: 'pik-test',
      },
      requestId: 'JKJaXmPLvHcESHA=',
      routeKey: '$default',
      stage,
      time: '21/Nov/2026:08:00:00 +0000',
      timeEpoch: 1_763_700_000_000,
    },
    ...(body !== null ? { body } : {}),
    isBase64Encoded: false,
  };
}

export const EVENT_SHAPES = { alb: albEvent, restV1: restV1Event, httpV2: httpV2Event } as const;

/** A Lambda context good enough for the handler (Powertools reads the names and request id). */
export function lambdaContext(functionName = 'pik-test'): Record<string, unknown> {
  return {
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:us-east-1:123456789012:function:${functionName}`,
    memoryLimitInMB: '512',
    awsRequestId: 'b7c5f0d5-0000-4000-8000-000000000000',
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: '2026/11/21/[$LATEST]0123456789abcdef',
    callbackWaitsForEmptyEventLoop: true,
    getRemainingTimeInMillis: () => 30_000,
  };
}
