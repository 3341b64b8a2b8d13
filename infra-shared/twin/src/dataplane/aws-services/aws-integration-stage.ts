import { PIK_HEADERS } from '@pik/contracts/headers';
import { type GatewayStage, refusal, type StageResult } from '../gateway/context.js';
import {
  type CompiledMapping,
  compileMapping,
  type MappingRequest,
  renderRequest,
  renderResponse,
  selectIntegrationResponse,
} from '../gateway/mapping/index.js';
import { gatewayRequest } from '../gateway/stages/integration.js';
import type { GatewayRequest, IntegrationMappingConfig, IntegrationResponse } from '../gateway/types.js';
import { readBody } from '../http-util.js';
import type { AwsActionResult, ExecuteAwsAction } from './action-executor.js';
import { serviceActionOf } from './service-action.js';

export interface AwsIntegrationStageOptions {
  /** The API the method belongs to, as its templates see it (`$context.apiId`, `$context.stage`, ...). */
  readonly api: Pick<GatewayRequest, 'apiKind' | 'apiId' | 'stage'>;
  readonly routeKey: string;
  /** The action URI (`arn:aws:apigateway:{region}:kinesis:action/PutRecord`). */
  readonly uri: string;
  /** Request templates, passthrough behaviour and integration responses (`gateway/mapping/`). */
  readonly mapping: IntegrationMappingConfig;
  /** REST stage variables (`$stageVariables.*`). */
  readonly stageVariables?: Readonly<Record<string, string>>;
  readonly execute: ExecuteAwsAction;
  readonly timeoutMs: number;
  readonly maxPayloadBytes: number;
  readonly log: (line: string) => void;
}

/**
 * A REST `Type: AWS` integration in place of the integration stage, on the mapping engine
 * (`gateway/mapping/`): the request template chosen by content type renders the action's body (VTL, or the
 * body passed through, or 415), the action runs against the local emulator, and the integration response
 * selected by the service's HTTP status renders the method response (its template, header mappings and
 * `$context.responseOverride.*`); the trace ends `aws:<service>`. A template that fails or no matching
 * integration response is API Gateway's 500 (the reason logged), a body a template cannot read as JSON
 * 400, an unreachable emulator the unreachable-integration answer, a late one 504.
 *
 * The action's protocol headers (`X-Amz-Target`, content type) are the executor's: integration request
 * parameters are not applied to the service call.
 */
export function awsIntegrationStage(options: AwsIntegrationStageOptions): GatewayStage {
  const mapping = compileMapping(options.mapping);
  // The service is the hop after the gateway: `gateway:rest > aws:kinesis`.
  const hop = `aws:${serviceActionOf(options.uri)?.service ?? 'unknown'}`;
  const refusals = {
    tooLarge: refusal('payloadTooLarge'),
    unsupported: refusal('unsupportedMediaType'),
    error: refusal('integrationError'),
    failure: refusal('integrationFailure'),
    timeout: refusal('integrationTimeout'),
  };
  const fail = (reason: string): StageResult => {
    options.log(`${options.routeKey}: AWS integration failed (${reason}); answered 500`);
    return refusals.error;
  };
  return {
    name: 'aws-integration',
    async run(context) {
      const body = context.body ?? (await readBody(context.req, options.maxPayloadBytes));
      if (body === undefined) return refusals.tooLarge;
      const controller = new AbortController();
      const request = gatewayRequest(context, options.api, body, controller.signal);
      const facts: MappingRequest = { ...request, stageVariables: options.stageVariables };
      const mapped = renderRequest(mapping, facts);
      if (mapped.kind === 'unsupportedMediaType') return refusals.unsupported;
      if (mapped.kind === 'badRequestBody') return { error: 'badRequestBody', message: mapped.message };
      if (mapped.kind === 'failed') return fail(mapped.reason);
      const answer = await callService(options, mapped.body.toString('utf8'), controller);
      if (answer === 'timeout') return refusals.timeout;
      if (answer instanceof Error) {
        options.log(`${options.routeKey}: ${answer.message}`);
        return refusals.failure;
      }
      const result = methodResponse(mapping, facts, answer);
      if (typeof result === 'string') return fail(result);
      context.result = {
        ...result,
        headers: { ...result.headers, [PIK_HEADERS.trace]: `${context.trace} > ${hop}` },
      };
      return undefined;
    },
  };
}

/** The method response for the service's answer, or why there is none (API Gateway's 500). */
function methodResponse(
  mapping: CompiledMapping,
  request: MappingRequest,
  answer: AwsActionResult,
): IntegrationResponse | string {
  const chosen = selectIntegrationResponse(mapping, { statusCode: answer.status });
  if (!chosen) return `no integration response matches status ${answer.status} and none is the default`;
  const outcome = renderResponse(chosen, request, answer);
  return outcome.kind === 'response' ? outcome.response : outcome.reason;
}

/** The service's answer, the error that kept it from answering, or `'timeout'` past the integration timeout. */
async function callService(
  options: AwsIntegrationStageOptions,
  payload: string,
  controller: AbortController,
) {
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  try {
    return await options.execute(options.uri, payload, controller.signal);
  } catch (error) {
    if (controller.signal.aborted) return 'timeout' as const;
    return error instanceof Error ? error : new Error(String(error));
  } finally {
    clearTimeout(timer);
  }
}
