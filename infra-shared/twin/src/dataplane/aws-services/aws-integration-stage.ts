import { PIK_HEADERS } from '@pik/contracts/headers';
import type { GatewayStage, StageResult } from '../gateway/context.js';
import { compileMapping } from '../gateway/mapping/index.js';
import {
  type MappingScope,
  mapMethodRequest,
  mapMethodResponse,
  mappingRefusals,
} from '../gateway/stages/mapping-steps.js';
import type { IntegrationMappingConfig } from '../gateway/types.js';
import type { ExecuteAwsAction } from './action-executor.js';
import { serviceActionOf } from './service-action.js';

/** `api` and `stageVariables`: what the templates see of the API (`$context.apiId`, `$stageVariables.*`). */
export interface AwsIntegrationStageOptions extends MappingScope {
  readonly routeKey: string;
  /** The action URI (`arn:aws:apigateway:{region}:kinesis:action/PutRecord`). */
  readonly uri: string;
  /** Request templates, passthrough behaviour and integration responses (`gateway/mapping/`). */
  readonly mapping: IntegrationMappingConfig;
  readonly execute: ExecuteAwsAction;
  readonly timeoutMs: number;
  readonly log: (line: string) => void;
}

/**
 * A REST `Type: AWS` integration in place of the integration stage, on the mapping engine
 * (`gateway/mapping/`): the request template chosen by content type renders the action's body (VTL, or the
 * body passed through, or 415), the action runs against the local emulator, and the integration response
 * selected by the service's HTTP status renders the method response (its template, header mappings and
 * `$context.responseOverride.*`); the trace ends `aws:<service>.<Action>`. A template that fails or no matching
 * integration response is API Gateway's 500 (the reason logged), a body a template cannot read as JSON
 * 400, an unreachable emulator the unreachable-integration answer, a late one 504.
 *
 * The action's protocol headers (`X-Amz-Target`, content type) are the executor's: integration request
 * parameters and `$context.requestOverride.*` are not applied to the service call.
 */
export function awsIntegrationStage(options: AwsIntegrationStageOptions): GatewayStage {
  const mapping = compileMapping(options.mapping);
  // The service and action are the hop after the gateway: `gateway:rest > aws:kinesis.PutRecord`.
  const action = serviceActionOf(options.uri);
  const hop = action ? `aws:${action.service}.${action.action}` : 'aws:unknown';
  const refusals = mappingRefusals();
  const fail = (reason: string): StageResult => {
    options.log(`${options.routeKey}: AWS integration failed (${reason}); answered 500`);
    return refusals.error;
  };
  return {
    name: 'aws-integration',
    async run(context) {
      const step = await mapMethodRequest(context, options, mapping, refusals);
      if (typeof step === 'string') return fail(step);
      if ('error' in step) return step;
      const { facts, mapped, controller } = step;
      const answer = await callService(options, mapped.body.toString('utf8'), controller);
      if (answer === 'timeout') return refusals.timeout;
      if (answer instanceof Error) {
        options.log(`${options.routeKey}: ${answer.message}`);
        return refusals.failure;
      }
      const result = mapMethodResponse(mapping, facts, { ...answer, statusCode: answer.status });
      if (typeof result === 'string') return fail(result);
      context.result = {
        ...result,
        headers: { ...result.headers, [PIK_HEADERS.trace]: `${context.trace} > ${hop}` },
      };
      return undefined;
    },
  };
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
