import { readBody } from '../../http-util.js';
import { type GatewayStage, refusal } from '../context.js';
import { compileRequestValidator } from '../request-validation.js';
import type { RequestValidationConfig } from '../types.js';

/**
 * REST request validator: after throttling and before the integration, as on AWS, so a refused request
 * never reaches the backend. Reads the body (kept in `context.body` for the integration) only when a
 * model checks it.
 */
export function requestValidationStage(
  config: RequestValidationConfig,
  maxPayloadBytes: number,
): GatewayStage {
  const { check, readsBody } = compileRequestValidator(config);
  const tooLarge = refusal('payloadTooLarge');
  return {
    name: 'request-validation',
    async run(context) {
      if (readsBody) {
        const body = await readBody(context.req, maxPayloadBytes);
        if (body === undefined) return tooLarge;
        context.body = body;
      }
      const failure = check({
        headers: context.req.headers,
        rawQueryString: context.rawQueryString,
        pathParameters: context.pathParameters,
        body: context.body ?? Buffer.alloc(0),
      });
      if (!failure) return undefined;
      return { error: failure.kind, message: failure.message, validationErrors: failure.validationErrors };
    },
  };
}
