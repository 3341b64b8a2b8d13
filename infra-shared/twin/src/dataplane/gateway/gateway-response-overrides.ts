import type { Refusal } from './context.js';
import { type GatewayErrorKind, gatewayError } from './gateway-responses.js';
import type { ApiKind, GatewayResponseConfig } from './types.js';

/** The AWS gateway response type each refusal answers as (supported-gateway-response-types). */
const RESPONSE_TYPE: Partial<Record<GatewayErrorKind, string>> = {
  throttled: 'THROTTLED',
  quotaExceeded: 'QUOTA_EXCEEDED',
  invalidApiKey: 'INVALID_API_KEY',
  unauthorized: 'UNAUTHORIZED',
  insufficientScope: 'UNAUTHORIZED',
  noRoute: 'MISSING_AUTHENTICATION_TOKEN',
  payloadTooLarge: 'REQUEST_TOO_LARGE',
  integrationTimeout: 'INTEGRATION_TIMEOUT',
  integrationFailure: 'INTEGRATION_FAILURE',
  unsupportedMediaType: 'UNSUPPORTED_MEDIA_TYPE',
  badRequestBody: 'BAD_REQUEST_BODY',
  badRequestParameters: 'BAD_REQUEST_PARAMETERS',
};

/** A refusal as written to the client: status, extra headers (name, value pairs), body. */
export interface RenderedRefusal {
  readonly status: number;
  readonly headers: readonly string[];
  readonly body: string;
  readonly errorType: string | undefined;
}

export type RenderRefusal = (refused: Refusal, requestId: string) => RenderedRefusal;

/**
 * API Gateway's answer for a refusal, as the API's `AWS::ApiGateway::GatewayResponse` resources customise
 * it (REST only): the response of the refusal's type, else `DEFAULT_4XX` / `DEFAULT_5XX`; its status, its
 * literal `gatewayresponse.header.*` values and its `application/json` template. A template is evaluated
 * when it is literal apart from `$context.error.message`, `$context.error.messageString`,
 * `$context.error.validationErrorString` and `$context.requestId`; any other template keeps AWS's default
 * body (the twin has no VTL engine).
 */
export function gatewayResponseRenderer(
  kind: ApiKind,
  configs: readonly GatewayResponseConfig[],
): RenderRefusal {
  const byType = new Map(kind === 'rest' ? configs.map((c) => [c.responseType, c]) : []);
  return (refused, requestId) => {
    const shape = gatewayError(kind, refused.error);
    const message = refused.message ?? (JSON.parse(shape.body) as { message: string }).message;
    const body = refused.message === undefined ? shape.body : `{"message": ${JSON.stringify(message)}}`;
    const family = shape.status >= 500 ? 'DEFAULT_5XX' : 'DEFAULT_4XX';
    const type = RESPONSE_TYPE[refused.error];
    const custom = (type ? byType.get(type) : undefined) ?? byType.get(family);
    if (!custom) return { status: shape.status, headers: [], body, errorType: shape.errorType };
    const template = custom.responseTemplates?.['application/json'];
    const variables = { message, requestId, validationErrors: refused.validationErrors ?? '' };
    return {
      status: custom.statusCode ? Number(custom.statusCode) : shape.status,
      headers: literalHeaders(custom.responseParameters ?? {}),
      body: (template !== undefined ? renderLiteral(template, variables) : undefined) ?? body,
      errorType: shape.errorType,
    };
  };
}

function literalHeaders(parameters: Readonly<Record<string, string>>): string[] {
  const headers: string[] = [];
  for (const [key, value] of Object.entries(parameters)) {
    const literal = /^'(.*)'$/s.exec(value);
    if (key.startsWith('gatewayresponse.header.') && literal) {
      headers.push(key.slice('gatewayresponse.header.'.length), literal[1] ?? '');
    }
  }
  return headers;
}

function renderLiteral(
  template: string,
  v: { message: string; requestId: string; validationErrors: string },
): string | undefined {
  const out = template
    .replaceAll('$context.error.messageString', JSON.stringify(v.message))
    .replaceAll('$context.error.validationErrorString', v.validationErrors)
    .replaceAll('$context.error.message', v.message)
    .replaceAll('$context.requestId', v.requestId);
  return /[$#]/.test(out.replaceAll(v.message, '').replaceAll(v.validationErrors, '')) ? undefined : out;
}
