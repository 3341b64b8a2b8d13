import { PIK_HEADERS } from '@pik/contracts/headers';
import { ResponseTooLargeError } from '../../http-forwarder.js';
import { readBody } from '../../http-util.js';
import { type GatewayContext, type GatewayStage, refusal } from '../context.js';
import type { Forward, GatewayRequest, IntegrationConfig, IntegrationResponse } from '../types.js';

/** What the integration stage needs to know about the API it belongs to. */
export interface IntegrationStageOptions {
  readonly api: Pick<GatewayRequest, 'apiKind' | 'apiId' | 'stage'>;
  readonly integration: IntegrationConfig;
  readonly forward: Forward;
  readonly timeoutMs: number;
  readonly maxPayloadBytes: number;
}

const TIMED_OUT = Symbol('timed out');

/**
 * Reads the body (refused past the payload limit), hands the request to the integration through `forward`
 * and waits at most `timeoutMs`: a rejected forward is an unreachable integration, a late one is aborted
 * and answered as an integration timeout. The answer is left in `context.result` for the response stage.
 */
export function integrationStage(options: IntegrationStageOptions): GatewayStage {
  const { integration, forward, timeoutMs, maxPayloadBytes } = options;
  const tooLarge = refusal('payloadTooLarge');
  const failure = refusal('integrationFailure');
  const timeout = refusal('integrationTimeout');
  const responseTooLarge = refusal('responseTooLarge');
  return {
    name: 'integration',
    async run(context) {
      const body = context.body ?? (await readBody(context.req, maxPayloadBytes));
      if (body === undefined) return tooLarge;
      context.req.headers[PIK_HEADERS.trace] = context.trace;
      const controller = new AbortController();
      const request = gatewayRequest(context, options.api, body, controller.signal);
      const result = await callWithin(timeoutMs, controller, () => forward(request, integration));
      if (result === 'failed') return failure;
      if (result === 'timedOut') return timeout;
      if (result === 'tooLarge') return responseTooLarge;
      context.result = result;
      return undefined;
    },
  };
}

/**
 * Waits for `call` at most `timeoutMs`: a rejection is an unreachable integration (`failed`), or a buffered
 * answer over the payload limit (`tooLarge`); a late answer is aborted through `controller` (`timedOut`).
 * A streamed answer counts as arrived with its status and headers.
 */
export async function callWithin(
  timeoutMs: number,
  controller: AbortController,
  call: () => Promise<IntegrationResponse>,
): Promise<IntegrationResponse | 'failed' | 'timedOut' | 'tooLarge'> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(resolve, timeoutMs, TIMED_OUT);
  });
  let result: IntegrationResponse | typeof TIMED_OUT;
  try {
    result = await Promise.race([call(), timedOut]);
  } catch (error) {
    clearTimeout(timer);
    return error instanceof ResponseTooLargeError ? 'tooLarge' : 'failed';
  }
  clearTimeout(timer);
  if (result === TIMED_OUT) {
    controller.abort();
    return 'timedOut';
  }
  return result;
}

export function gatewayRequest(
  context: GatewayContext,
  api: IntegrationStageOptions['api'],
  body: Buffer,
  signal: AbortSignal,
): GatewayRequest {
  const route = context.route;
  const req = context.req;
  return {
    apiKind: api.apiKind,
    apiId: api.apiId,
    stage: api.stage,
    requestId: context.requestId,
    method: context.method,
    rawPath: context.rawPath,
    path: context.path,
    rawQueryString: context.rawQueryString,
    headers: req.headers,
    body,
    routeKey: route?.routeKey ?? '',
    resourcePath: route?.resourcePath ?? '',
    pathParameters: context.pathParameters,
    trace: context.trace,
    sourceIp: req.socket.remoteAddress ?? '127.0.0.1',
    requestTimeEpoch: context.requestTimeEpoch,
    authorizer: context.authorizer,
    apiKeyId: context.grant?.keyId,
    signal,
  };
}
