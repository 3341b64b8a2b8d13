import { PIK_HEADERS } from '@pik/contracts/headers';
import { type GatewayStage, refusal, type StageResult } from '../gateway/context.js';
import type { AwsIntegrationConfig } from '../gateway/types.js';
import { readBody } from '../http-util.js';
import type { ExecuteAwsAction } from './action-executor.js';
import { integrationResponder } from './integration-responses.js';
import { type RenderRequestTemplate, requestMapping, TemplateNotRendered } from './request-mapping.js';
import { serviceActionOf } from './service-action.js';

export interface AwsIntegrationStageOptions {
  readonly routeKey: string;
  /** The action URI (`arn:aws:apigateway:{region}:kinesis:action/PutRecord`). */
  readonly uri: string;
  readonly config: AwsIntegrationConfig;
  readonly execute: ExecuteAwsAction;
  readonly render: RenderRequestTemplate;
  readonly timeoutMs: number;
  readonly maxPayloadBytes: number;
  readonly log: (line: string) => void;
}

/**
 * A REST `Type: AWS` integration in place of the integration stage: builds the action's body (request
 * template or passthrough), runs the action against the local emulator and maps the service's answer
 * through the integration responses into `context.result`, the trace ending `aws:<service>`. A template that cannot be rendered or no
 * matching integration response is API Gateway's 500 (the reason logged), an unreachable emulator the
 * unreachable-integration answer, a late one 504.
 */
export function awsIntegrationStage(options: AwsIntegrationStageOptions): GatewayStage {
  const mapping = requestMapping(options.config);
  const respond = integrationResponder(options.config.integrationResponses);
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
      const how = mapping(context.req.headers['content-type']);
      if (how.kind === 'unsupportedMediaType') return refusals.unsupported;
      let payload: string;
      try {
        payload =
          how.kind === 'template' ? options.render(how.template, context, body) : body.toString('utf8');
      } catch (error) {
        if (error instanceof TemplateNotRendered) return fail(error.message);
        throw error;
      }
      const answer = await callService(options, payload);
      if (answer === 'timeout') return refusals.timeout;
      if (answer instanceof Error) {
        options.log(`${options.routeKey}: ${answer.message}`);
        return refusals.failure;
      }
      const result = respond(answer);
      if (!result)
        return fail(`no integration response matches status ${answer.status} and none is the default`);
      context.result = {
        ...result,
        headers: { ...result.headers, [PIK_HEADERS.trace]: `${context.trace} > ${hop}` },
      };
      return undefined;
    },
  };
}

/** The service's answer, the error that kept it from answering, or `'timeout'` past the integration timeout. */
async function callService(options: AwsIntegrationStageOptions, payload: string) {
  const controller = new AbortController();
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
