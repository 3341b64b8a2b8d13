export {
  AUTHORIZER_ENV,
  type AuthorizerSettings,
  settingsFromEnv,
  WEBSOCKET_TOKEN_QUERY_PARAMETER,
} from './env.js';
export {
  authorizeHttpRequest,
  authorizeRestToken,
  authorizeWebSocketConnect,
  createAuthorizerHandler,
  type HttpRequestEvent,
  type IamPolicyResponse,
  type RestTokenEvent,
  type SimpleResponse,
  stageResource,
  type WebSocketConnectEvent,
} from './handler.js';
export { bearerToken, createTokenVerifier, type TokenVerifier, type Verdict } from './verify.js';
