import type { ApiKind } from './types.js';

/**
 * The answers API Gateway gives by itself (gateway responses), per API flavour.
 *
 * Sources and confidence:
 * - 429 `Too Many Requests` / `Limit Exceeded`, 403 `Forbidden` (API key), 401 `Unauthorized`: AWS docs
 *   (supported-gateway-response-types: THROTTLED, QUOTA_EXCEEDED, INVALID_API_KEY, UNAUTHORIZED) and the
 *   default `{"message":$context.error.messageString}` template. REST adds `x-amzn-ErrorType`.
 * - HTTP API 401 carries `www-authenticate: Bearer scope="" error="invalid_token" error_description="..."`
 *   (documented in http-api-troubleshooting-jwt for the audience case; the other descriptions are inferred).
 * - HTTP API no route: 404 `Not Found` (documented). REST unknown resource/method: 403
 *   `Missing Authentication Token` (MISSING_AUTHENTICATION_TOKEN, long-standing observed behaviour).
 * - REST integration timeout: 504 `Endpoint request timed out` (INTEGRATION_TIMEOUT). HTTP API integration
 *   timeout: 503 `Service Unavailable` with only `apigw-requestid` (observed in public reports; AWS does not
 *   document an HTTP API body) -- inferred.
 * - Unreachable integration: REST 500 `Internal server error` (inferred; INTEGRATION_FAILURE is documented as
 *   504 but VPC-link connection failures are commonly reported as 500), HTTP API 503 `Service Unavailable`.
 * - 413: REST `Request Too Long` (REQUEST_TOO_LARGE), HTTP API `Request Entity Too Large` -- inferred.
 * - HTTP API missing scope: 403 `Forbidden` with `www-authenticate ... error="insufficient_scope"` --
 *   inferred; REST Cognito authorizer answers 401 for a token without the method's scopes (AWS knowledge
 *   center: Cognito-authorized REST API 401).
 * - Integration error (a MOCK without a matching integration response, an integration type the twin does not
 *   emulate): 500, REST `{"message": "Internal server error"}` with `InternalServerErrorException`, HTTP API
 *   `{"message":"Internal Server Error"}` (AWS re:Post and http-api-troubleshooting-lambda show this body).
 * - 400 `Invalid request body` (BAD_REQUEST_BODY) and `Missing required request parameters: [name]`
 *   (BAD_REQUEST_PARAMETERS, the message lists the names) with `BadRequestException`: request validators
 *   (api-gateway-method-request-validation). HTTP APIs have no validators; their entries are never used.
 * - 415 `Unsupported Media Type` (UNSUPPORTED_MEDIA_TYPE): a request whose content type has no request
 *   template under passthrough `NEVER` / `WHEN_NO_TEMPLATES` (api-gateway-integration-passthrough-behaviors).
 * - 403 for `Cache-Control: max-age=0` from a caller not authorized to invalidate under `FAIL_WITH_403`
 *   (api-gateway-caching: "returns a 403 Unauthorized response"); the body and error type are inferred.
 * - Lambda authorizer (REST): a policy without a matching Allow is 403 ACCESS_DENIED
 *   `{"Message":"User is not authorized to access this resource"}`, an explicit Deny adds `with an explicit
 *   deny`, both `AccessDeniedException` (AWS knowledge center: API Gateway 403 errors); an authorizer that
 *   fails or answers without a policy is 500 AUTHORIZER_CONFIGURATION_ERROR `{"message": null}` with
 *   `AuthorizerConfigurationException` (observed; the default template's message string is null). HTTP API:
 *   403 `Forbidden` and 500 `Internal Server Error` (http-api-lambda-authorizer troubleshooting).
 * - A buffered integration answer over 10 MB (`QUOTAS.payloadBytes`): REST 502 `{"message": "Internal server
 *   error"}` with `InternalServerErrorException` (observed: an API Gateway access log in public report
 *   DataBiosphere/azul#8192 shows INTEGRATION_FAILURE, status 502, for an answer over the payload limit);
 *   HTTP API 500 `Internal Server Error` (inferred). Streamed answers (ResponseTransferMode STREAM) have no
 *   such limit (response-transfer-mode).
 * - A request to a private API that did not come through one of its execute-api endpoints: 403
 *   `{"message":"Forbidden"}` (AWS knowledge center, api-gateway-vpc-connections) with `ForbiddenException`
 *   (inferred). HTTP APIs cannot be private; their entry keeps the table total.
 */
export type GatewayErrorKind =
  | 'throttled'
  | 'quotaExceeded'
  | 'invalidApiKey'
  | 'unauthorized'
  | 'insufficientScope'
  | 'noRoute'
  | 'wrongStage'
  | 'payloadTooLarge'
  | 'integrationTimeout'
  | 'integrationFailure'
  | 'integrationError'
  | 'responseTooLarge'
  | 'unsupportedMediaType'
  | 'cacheControlForbidden'
  | 'badRequestBody'
  | 'badRequestParameters'
  | 'accessDenied'
  | 'explicitDeny'
  | 'authorizerFailure'
  | 'notThroughEndpoint';

interface GatewayErrorShape {
  readonly status: number;
  readonly body: string;
  /** REST `x-amzn-ErrorType`. */
  readonly errorType?: string;
}

const REST: Record<GatewayErrorKind, GatewayErrorShape> = {
  throttled: { status: 429, body: '{"message":"Too Many Requests"}', errorType: 'TooManyRequestsException' },
  quotaExceeded: { status: 429, body: '{"message":"Limit Exceeded"}', errorType: 'LimitExceededException' },
  invalidApiKey: { status: 403, body: '{"message":"Forbidden"}', errorType: 'ForbiddenException' },
  unauthorized: { status: 401, body: '{"message":"Unauthorized"}', errorType: 'UnauthorizedException' },
  insufficientScope: { status: 401, body: '{"message":"Unauthorized"}', errorType: 'UnauthorizedException' },
  noRoute: {
    status: 403,
    body: '{"message":"Missing Authentication Token"}',
    errorType: 'MissingAuthenticationTokenException',
  },
  wrongStage: { status: 403, body: '{"message":"Forbidden"}', errorType: 'ForbiddenException' },
  payloadTooLarge: {
    status: 413,
    body: '{"message":"Request Too Long"}',
    errorType: 'RequestTooLargeException',
  },
  integrationTimeout: { status: 504, body: '{"message": "Endpoint request timed out"}' },
  integrationFailure: {
    status: 500,
    body: '{"message": "Internal server error"}',
    errorType: 'InternalServerErrorException',
  },
  integrationError: {
    status: 500,
    body: '{"message": "Internal server error"}',
    errorType: 'InternalServerErrorException',
  },
  responseTooLarge: {
    status: 502,
    body: '{"message": "Internal server error"}',
    errorType: 'InternalServerErrorException',
  },
  unsupportedMediaType: {
    status: 415,
    body: '{"message": "Unsupported Media Type"}',
    errorType: 'UnsupportedMediaTypeException',
  },
  cacheControlForbidden: { status: 403, body: '{"message":"Unauthorized"}', errorType: 'ForbiddenException' },
  badRequestBody: {
    status: 400,
    body: '{"message": "Invalid request body"}',
    errorType: 'BadRequestException',
  },
  badRequestParameters: {
    status: 400,
    body: '{"message": "Missing required request parameters"}',
    errorType: 'BadRequestException',
  },
  accessDenied: {
    status: 403,
    body: '{"Message":"User is not authorized to access this resource"}',
    errorType: 'AccessDeniedException',
  },
  explicitDeny: {
    status: 403,
    body: '{"Message":"User is not authorized to access this resource with an explicit deny"}',
    errorType: 'AccessDeniedException',
  },
  authorizerFailure: {
    status: 500,
    body: '{"message": null}',
    errorType: 'AuthorizerConfigurationException',
  },
  notThroughEndpoint: { status: 403, body: '{"message":"Forbidden"}', errorType: 'ForbiddenException' },
};

const HTTP: Record<GatewayErrorKind, GatewayErrorShape> = {
  throttled: { status: 429, body: '{"message":"Too Many Requests"}' },
  quotaExceeded: { status: 429, body: '{"message":"Too Many Requests"}' },
  invalidApiKey: { status: 403, body: '{"message":"Forbidden"}' },
  unauthorized: { status: 401, body: '{"message":"Unauthorized"}' },
  insufficientScope: { status: 403, body: '{"message":"Forbidden"}' },
  noRoute: { status: 404, body: '{"message":"Not Found"}' },
  wrongStage: { status: 404, body: '{"message":"Not Found"}' },
  payloadTooLarge: { status: 413, body: '{"message":"Request Entity Too Large"}' },
  integrationTimeout: { status: 503, body: '{"message":"Service Unavailable"}' },
  integrationFailure: { status: 503, body: '{"message":"Service Unavailable"}' },
  integrationError: { status: 500, body: '{"message":"Internal Server Error"}' },
  responseTooLarge: { status: 500, body: '{"message":"Internal Server Error"}' },
  unsupportedMediaType: { status: 415, body: '{"message":"Unsupported Media Type"}' },
  // HTTP APIs have no cache; present so the table is total.
  cacheControlForbidden: { status: 403, body: '{"message":"Forbidden"}' },
  badRequestBody: { status: 400, body: '{"message":"Bad Request"}' },
  badRequestParameters: { status: 400, body: '{"message":"Bad Request"}' },
  accessDenied: { status: 403, body: '{"message":"Forbidden"}' },
  explicitDeny: { status: 403, body: '{"message":"Forbidden"}' },
  authorizerFailure: { status: 500, body: '{"message":"Internal Server Error"}' },
  notThroughEndpoint: { status: 403, body: '{"message":"Forbidden"}' },
};

export function gatewayError(kind: ApiKind, error: GatewayErrorKind): GatewayErrorShape {
  return (kind === 'rest' ? REST : HTTP)[error];
}
