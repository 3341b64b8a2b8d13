import { PIK_HEADERS } from '@pik/contracts/headers';
import { type GatewayStage, type Refusal, refusal } from '../context.js';
import {
  type CompiledMapping,
  compileMapping,
  type MappedRequest,
  type MappingRequest,
} from '../mapping/index.js';
import type { GatewayRequest, IntegrationConfig, IntegrationResponse } from '../types.js';
import { callWithin, type IntegrationStageOptions } from './integration.js';
import { mapMethodRequest, mapMethodResponse, mappingRefusals } from './mapping-steps.js';

export interface MappedIntegrationStageOptions extends IntegrationStageOptions {
  readonly stageVariables?: Readonly<Record<string, string>>;
  /** Where a request the mapping cannot serve (500) says why. */
  readonly log: (line: string) => void;
}

/**
 * A REST `HTTP` (non-proxy) integration: the request template and parameter mappings build the integration
 * request (`mapping/request.ts`; only mapped headers and query values reach the backend), `forward` sends
 * it with the integration's timeout, and the integration response selected by the backend status renders
 * the method response (`mapping/response.ts`). The twin's trace header is carried across, as hop tracing
 * is the twin's own and not a backend header.
 */
export function mappedIntegrationStage(options: MappedIntegrationStageOptions): GatewayStage {
  const { integration, forward, timeoutMs, log } = options;
  const mapping = compileMapping(integration.mapping ?? {}, integration.requestParameters);
  // The mapping has already applied the request parameters; the forwarder must not apply them again.
  const sent: IntegrationConfig = { ...integration, requestParameters: undefined };
  const refusals = mappingRefusals();
  const fail = (reason: string): Refusal => {
    log(`${integration.id}: ${reason}; answered 500`);
    return refusals.error;
  };
  const tooLarge = refusal('responseTooLarge');
  return {
    name: 'mapped-integration',
    async run(context) {
      const step = await mapMethodRequest(context, options, mapping, refusals);
      if (typeof step === 'string') return fail(step);
      if ('error' in step) return step;
      const { request, facts, mapped, controller } = step;
      const outgoing = integrationRequest(request, mapped, context.trace);
      const result = await callWithin(timeoutMs, controller, () => forward(outgoing, sent));
      if (result === 'failed') return refusals.failure;
      if (result === 'timedOut') return refusals.timeout;
      if (result === 'tooLarge') return tooLarge;
      const answered = methodResponse(mapping, facts, result);
      if (typeof answered === 'string') return fail(answered);
      context.result = answered;
      return undefined;
    },
  };
}

/** The method request with the mapped body, headers, query string and URI path values in its place. */
function integrationRequest(request: GatewayRequest, mapped: MappedRequest, trace: string): GatewayRequest {
  return {
    ...request,
    headers: { ...mapped.headers, [PIK_HEADERS.trace]: trace },
    body: mapped.body,
    rawQueryString: new URLSearchParams(mapped.querystring).toString(),
    pathParameters: mapped.pathParameters,
  };
}

/** The method response (the backend's trace carried over), or why there is none (API Gateway's 500). */
function methodResponse(
  mapping: CompiledMapping,
  request: MappingRequest,
  backend: IntegrationResponse,
): IntegrationResponse | string {
  const response = mapMethodResponse(mapping, request, backend);
  if (typeof response === 'string') return response;
  const trace = backend.headers[PIK_HEADERS.trace];
  return trace === undefined
    ? response
    : { ...response, headers: { ...response.headers, [PIK_HEADERS.trace]: trace } };
}
