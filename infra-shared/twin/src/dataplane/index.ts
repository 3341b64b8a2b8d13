/** The twin's data-plane components; each is built from a plain config (see ./types.ts). */

export { type AuthOutcome, type Authorizer, createAuthorizer } from './auth/authorizers.js';
export { createTokenIssuer } from './auth/token-issuer.js';
export { createApiGateway } from './gateway/api-gateway.js';
export { type GatewayErrorKind, gatewayError } from './gateway/gateway-responses.js';
export {
  createLambdaProxyForward,
  type LambdaProxyOptions,
  payloadV1Event,
  payloadV2Event,
} from './gateway/lambda-proxy.js';
export { RouteTable } from './gateway/route-table.js';
export { backendPath, createHttpForwarder, type HttpForwarder } from './http-forwarder.js';
export { createAlb } from './lb/alb.js';
export { type AlbLambdaEvent, albLambdaEvent, readAlbLambdaResult } from './lb/alb-lambda.js';
export { createNlb } from './lb/nlb.js';
export { TargetGroupHealth } from './lb/target-health.js';
export { TokenBucket, takeFromAll } from './token-bucket.js';
export { appendTrace, traceSegments } from './trace.js';
export * from './types.js';
