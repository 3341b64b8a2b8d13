/**
 * JSON access log lines: one object per request with the fields the benchmarks and the twin compare.
 * REST and HTTP APIs share most context variables; each gets its own list where they differ.
 */
const COMMON_FIELDS = {
  requestId: '$context.requestId',
  ip: '$context.identity.sourceIp',
  requestTime: '$context.requestTime',
  requestTimeEpoch: '$context.requestTimeEpoch',
  httpMethod: '$context.httpMethod',
  path: '$context.path',
  protocol: '$context.protocol',
  status: '$context.status',
  responseLength: '$context.responseLength',
  integrationLatency: '$context.integrationLatency',
  integrationStatus: '$context.integrationStatus',
  errorMessage: '$context.error.message',
  errorType: '$context.error.responseType',
  stage: '$context.stage',
};

export const REST_ACCESS_LOG_FORMAT = JSON.stringify({
  ...COMMON_FIELDS,
  resourcePath: '$context.resourcePath',
  responseLatency: '$context.responseLatency',
  apiKeyId: '$context.identity.apiKeyId',
  authorizerError: '$context.authorizer.error',
  wafStatus: '$context.waf.status',
  xrayTraceId: '$context.xrayTraceId',
});

export const HTTP_ACCESS_LOG_FORMAT = JSON.stringify({
  ...COMMON_FIELDS,
  routeKey: '$context.routeKey',
  responseLatency: '$context.responseLatency',
  integrationError: '$context.integrationErrorMessage',
  authorizerError: '$context.authorizer.error',
});
