/** REST request validation from a template: validators, models, required parameters, gateway responses. */
import type { GatewayResponseConfig, RequestValidationConfig } from '../dataplane/gateway/types.js';
import type { Props, TemplateContext } from './context.js';
import { str } from './context.js';

const VALIDATOR = 'AWS::ApiGateway::RequestValidator';
const MODEL = 'AWS::ApiGateway::Model';

/** The resource types this module reads (consumed with the API, so not listed as not emulated). */
export const REST_VALIDATION_TYPES = [VALIDATOR, MODEL, 'AWS::ApiGateway::GatewayResponse'] as const;

type Children = (type: string) => [string, Props][];

/**
 * What a method's `RequestValidatorId` checks: required `RequestParameters` (value `true`) and the
 * `RequestModels` schemas by content type. `undefined` when the method names no validator, or one that
 * checks nothing.
 */
export function methodValidation(
  ctx: TemplateContext,
  method: Props,
  mine: Children,
): RequestValidationConfig | undefined {
  const validatorId = ctx.referencedId(method.RequestValidatorId, VALIDATOR);
  const validator = mine(VALIDATOR).find(([id]) => id === validatorId)?.[1];
  if (!validator) return undefined;
  const validateBody = validator.ValidateRequestBody === true;
  const validateParameters = validator.ValidateRequestParameters === true;
  if (!validateBody && !validateParameters) return undefined;
  const requiredParameters = Object.entries((method.RequestParameters ?? {}) as Props)
    .filter(([, required]) => required === true || required === 'true')
    .map(([name]) => name);
  const models: Record<string, unknown> = {};
  for (const [contentType, ref] of Object.entries((method.RequestModels ?? {}) as Props)) {
    const schema = modelSchema(ctx, ref, mine);
    if (schema !== undefined) models[contentType] = schema;
  }
  return { validateBody, validateParameters, requiredParameters, models };
}

/** A model named by `Ref` (logical id) or by its `Name`: its `Schema`, parsed when written as a string. */
function modelSchema(ctx: TemplateContext, ref: unknown, mine: Children): unknown {
  const id = ctx.referencedId(ref, MODEL);
  const model = mine(MODEL).find(([mid, p]) => mid === id || str(p.Name) === ref)?.[1];
  const schema = model?.Schema;
  return typeof schema === 'string' ? JSON.parse(schema) : schema;
}

/** The API's `AWS::ApiGateway::GatewayResponse`s. */
export function gatewayResponsesOf(mine: Children): GatewayResponseConfig[] {
  return mine('AWS::ApiGateway::GatewayResponse').map(([, p]) => ({
    responseType: String(p.ResponseType ?? ''),
    statusCode: p.StatusCode === undefined ? undefined : String(p.StatusCode),
    responseParameters: stringMap(p.ResponseParameters),
    responseTemplates: stringMap(p.ResponseTemplates),
  }));
}

function stringMap(value: unknown): Record<string, string> {
  return Object.fromEntries(Object.entries((value ?? {}) as Props).map(([k, v]) => [k, String(v)]));
}
