/**
 * Mapping templates and non-proxy integrations: the one entry point. An integration compiles its mapping
 * once (`compileMapping`, or `mappingProblem` to ask why it cannot), then per request calls
 * `renderRequest` (integration request body, headers, query string, path values, or 415 / 400), sends that
 * to its backend, and calls `selectIntegrationResponse` + `renderResponse` on what came back.
 */
export {
  type CompiledIntegrationResponse,
  type CompiledMapping,
  compileMapping,
  mappingProblem,
} from './compile.js';
export { type MappedRequest, type RequestMappingOutcome, renderRequest } from './request.js';
export type { MappingRequest } from './request-facts.js';
export {
  type IntegrationResult,
  type ResponseMappingOutcome,
  renderResponse,
  selectIntegrationResponse,
} from './response.js';
