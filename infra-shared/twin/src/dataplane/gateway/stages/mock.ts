import { refusal, type SyncGatewayStage } from '../context.js';
import { compileMock } from '../mock-integration.js';
import type { MockIntegrationConfig } from '../types.js';

/**
 * A REST MOCK integration in place of the integration stage: the gateway answers by itself, from the
 * request's content type (request template) and accept header (response template). The answer is left in
 * `context.result` for the response stage; a MOCK that fails answers API Gateway's 500 and `log` says why.
 */
export function mockStage(
  routeKey: string,
  mock: MockIntegrationConfig,
  log: (line: string) => void,
): SyncGatewayStage {
  const answer = compileMock(mock);
  const error = refusal('integrationError');
  const unsupported = refusal('unsupportedMediaType');
  return {
    name: 'mock',
    run(context) {
      const headers = context.req.headers;
      const outcome = answer(headers['content-type'], headers.accept);
      if (outcome.kind === 'response') {
        context.result = outcome.response;
        return undefined;
      }
      if (outcome.kind === 'unsupportedMediaType') return unsupported;
      log(`${routeKey}: MOCK integration failed (${outcome.reason}); answered 500`);
      return error;
    },
  };
}
