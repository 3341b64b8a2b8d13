import { readBody } from '../../http-util.js';
import { type GatewayContext, type GatewayStage, refusal, type StageResult } from '../context.js';
import { compileMock, type MockAnswer } from '../mock-integration.js';
import type { GatewayRequest, MockIntegrationConfig } from '../types.js';
import { gatewayRequest } from './integration.js';

/** The API a MOCK belongs to, as its templates see it (`$context.apiId`, `$context.stage`, ...). */
export interface MockScope {
  readonly api: Pick<GatewayRequest, 'apiKind' | 'apiId' | 'stage'>;
  readonly stageVariables?: Readonly<Record<string, string>>;
  readonly maxPayloadBytes: number;
}

const NEVER_ABORTED = new AbortController().signal;
const NO_BODY = Buffer.alloc(0);

/**
 * A REST MOCK integration in place of the integration stage: the gateway answers by itself from its
 * templates (`mock-integration.ts`). The answer is left in `context.result` for the response stage; a MOCK
 * that fails answers API Gateway's 500 and `log` says why. A request without a body is answered without
 * waiting; one with a body is read first, as `$input` may read it.
 */
export function mockStage(
  routeKey: string,
  mock: MockIntegrationConfig,
  log: (line: string) => void,
  scope: MockScope,
): GatewayStage {
  const answer = compileMock(mock);
  const error = refusal('integrationError');
  const unsupported = refusal('unsupportedMediaType');
  const tooLarge = refusal('payloadTooLarge');
  const respond = (context: GatewayContext, body: Buffer): StageResult => {
    const outcome = run(answer, context, body, scope);
    if (outcome.kind === 'response') {
      context.result = outcome.response;
      return undefined;
    }
    if (outcome.kind === 'unsupportedMediaType') return unsupported;
    if (outcome.kind === 'badRequestBody') return { error: 'badRequestBody', message: outcome.message };
    log(`${routeKey}: MOCK integration failed (${outcome.reason}); answered 500`);
    return error;
  };
  return {
    name: 'mock',
    run(context: GatewayContext): StageResult | Promise<StageResult> {
      if (context.body || !hasBody(context)) return respond(context, context.body ?? NO_BODY);
      return readBody(context.req, scope.maxPayloadBytes).then((body) =>
        body === undefined ? tooLarge : respond(context, body),
      );
    },
  };
}

function run(answer: MockAnswer, context: GatewayContext, body: Buffer, scope: MockScope) {
  const request = gatewayRequest(context, scope.api, body, NEVER_ABORTED);
  return answer({ ...request, stageVariables: scope.stageVariables });
}

function hasBody(context: GatewayContext): boolean {
  const headers = context.req.headers;
  return headers['transfer-encoding'] !== undefined || Number(headers['content-length'] ?? 0) > 0;
}
