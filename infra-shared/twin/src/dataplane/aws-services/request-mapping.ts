/**
 * The integration request body of an AWS integration: the request template chosen by the request's
 * content type, rendered, or the body passed through, as `PassthroughBehavior` says (API Gateway developer
 * guide, "Integration passthrough behaviors"): `WHEN_NO_MATCH` passes a body whose content type has no
 * template, `WHEN_NO_TEMPLATES` only when the integration has no template at all, `NEVER` never (415).
 *
 * Rendering is a dependency (`RenderRequestTemplate`): the twin's default renders templates without VTL
 * (no `$` or `#`) as they are written and refuses the rest; the VTL engine plugs in here.
 */
import type { GatewayContext } from '../gateway/context.js';
import type { MockIntegrationConfig } from '../gateway/types.js';

/**
 * Renders one request template for one request (`context` holds the route, path parameters, headers and
 * authorizer; `body` the payload). Throws {@link TemplateNotRendered} when it cannot.
 */
export type RenderRequestTemplate = (template: string, context: GatewayContext, body: Buffer) => string;

export class TemplateNotRendered extends Error {}

const VTL = /[$#]/;

/** The default renderer: a template without VTL references or directives is its own output. */
export const renderLiteralTemplate: RenderRequestTemplate = (template) => {
  if (VTL.test(template)) {
    throw new TemplateNotRendered('the request template uses VTL ($ or #), which the twin does not evaluate');
  }
  return template;
};

/** What one request's integration body is: a rendered template, the body as sent, or API Gateway's 415. */
export type RequestMapping =
  | { readonly kind: 'template'; readonly template: string }
  | { readonly kind: 'passthrough' }
  | { readonly kind: 'unsupportedMediaType' };

/** `application/json; charset=utf-8` -> `application/json`. */
function mediaTypeOf(contentType: string): string {
  return (contentType.split(';')[0] ?? '').trim().toLowerCase();
}

/** Decides, per content type, how the integration builds its body (templates looked up once). */
export function requestMapping(
  config: Pick<MockIntegrationConfig, 'requestTemplates' | 'passthroughBehavior'>,
): (contentType: string | undefined) => RequestMapping {
  const templates = new Map(
    Object.entries(config.requestTemplates ?? {}).map(([type, t]) => [mediaTypeOf(type), t]),
  );
  const behavior = config.passthroughBehavior ?? 'WHEN_NO_MATCH';
  const passes = behavior === 'WHEN_NO_MATCH' || (behavior === 'WHEN_NO_TEMPLATES' && templates.size === 0);
  return (contentType) => {
    // API Gateway reads a request without a content type as application/json.
    const template = templates.get(mediaTypeOf(contentType ?? 'application/json'));
    if (template !== undefined) return { kind: 'template', template };
    return passes ? { kind: 'passthrough' } : { kind: 'unsupportedMediaType' };
  };
}
