export { AUTHORIZER_ENV, type AuthorizerSettings, settingsFromEnv } from './env.js';
export {
  authorizeHttpRequest,
  authorizeRestToken,
  createAuthorizerHandler,
  type HttpRequestEvent,
  type IamPolicyResponse,
  type RestTokenEvent,
  type SimpleResponse,
  stageResource,
} from './handler.js';
export { bearerToken, createTokenVerifier, type TokenVerifier, type Verdict } from './verify.js';
