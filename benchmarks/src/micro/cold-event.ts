/**
 * The first event each cold process serves: an API Gateway HTTP API (payload 2.0) GET. With the liveness
 * path it goes through the whole Lambda path (event translation, Fastify routing, hooks, runtime
 * headers, Powertools logger and metrics) without touching a table, so the figure is init cost; with an
 * item path (`bench:cold --event read`) it also makes the SDK's first call, on every side alike.
 */
export function httpApiGet(path: string): Record<string, unknown> {
  const now = Date.now();
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: path,
    rawQueryString: '',
    headers: { host: 'bench.execute-api.us-east-1.amazonaws.com', 'user-agent': 'pik-bench-cold' },
    requestContext: {
      accountId: '000000000000',
      apiId: 'bench',
      domainName: 'bench.execute-api.us-east-1.amazonaws.com',
      http: { method: 'GET', path, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'pik-bench-cold' },
      requestId: `bench-${now}`,
      routeKey: '$default',
      stage: '$default',
      time: new Date(now).toUTCString(),
      timeEpoch: now,
    },
    isBase64Encoded: false,
  };
}

/** The Lambda context fields the services read (Powertools logger and the cold-start metric). */
export function lambdaContext(functionName: string): Record<string, unknown> {
  return {
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:us-east-1:000000000000:function:${functionName}`,
    memoryLimitInMB: '1024',
    awsRequestId: '00000000-0000-4000-8000-000000000000',
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: 'bench',
    callbackWaitsForEmptyEventLoop: false,
    getRemainingTimeInMillis: () => 30_000,
    done: () => {},
    fail: () => {},
    succeed: () => {},
  };
}
