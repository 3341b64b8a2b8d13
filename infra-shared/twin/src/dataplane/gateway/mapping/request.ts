/**
 * The integration request of a non-proxy integration (developer guide: "Mapping template transformations
 * for REST APIs", "Method request behavior for payloads without mapping templates"): the request template
 * chosen by the method request's content type (`application/json` when it sends none) renders the body;
 * without one the passthrough behaviour decides between sending the body as it is and 415. Then the
 * integration request parameters are mapped, and `$context.requestOverride.*` set by the template wins
 * over them.
 */
import { type CompiledMapping, mediaType } from './compile.js';
import { lazyBody, type ParameterFacts } from './parameters.js';
import type { MappingRequest } from './request-facts.js';
import { PayloadNotJsonError, type RequestOverride, templateVariables } from './variables.js';

const DEFAULT_CONTENT_TYPE = 'application/json';

/** What the integration receives: the body, and only the headers, query string and path values mapped. */
export interface MappedRequest {
  readonly kind: 'mapped';
  readonly body: Buffer;
  /** The request template's media type when one rendered the body, else `undefined` (passed through). */
  readonly templateType: string | undefined;
  /** Integration request headers by lower-case name (`content-type` included). */
  readonly headers: Record<string, string>;
  readonly querystring: Record<string, string>;
  /** Values for the integration URI's `{name}` placeholders. */
  readonly pathParameters: Record<string, string>;
}

export type RequestMappingOutcome =
  | MappedRequest
  | { readonly kind: 'unsupportedMediaType' }
  | { readonly kind: 'badRequestBody'; readonly message: string }
  | { readonly kind: 'failed'; readonly reason: string };

/** Renders the integration request for one method request. */
export function renderRequest(mapping: CompiledMapping, request: MappingRequest): RequestMappingOutcome {
  const declared = request.headers['content-type'];
  const type = mediaType(declared ?? DEFAULT_CONTENT_TYPE);
  const template = mapping.requestTemplates.get(type);
  if (!template && refusesUnmapped(mapping)) return { kind: 'unsupportedMediaType' };
  const payload = request.body.toString('utf8');
  let body = request.body;
  let override: RequestOverride | undefined;
  if (template) {
    const variables = templateVariables(request, payload);
    try {
      body = Buffer.from(template.render(variables), 'utf8');
    } catch (error) {
      if (error instanceof PayloadNotJsonError) {
        return {
          kind: 'badRequestBody',
          message: `Could not parse request body into json: ${error.message}`,
        };
      }
      return { kind: 'failed', reason: `request template ${type} failed: ${(error as Error).message}` };
    }
    override = variables.context.requestOverride;
  }
  const mapped: MappedRequest = {
    kind: 'mapped',
    body,
    templateType: template ? type : undefined,
    headers: {},
    querystring: {},
    pathParameters: { ...request.pathParameters },
  };
  const contentType = template ? type : declared;
  if (contentType !== undefined) mapped.headers['content-type'] = contentType;
  applyParameters(mapping, request, payload, mapped);
  if (override) applyOverride(override, mapped);
  return mapped;
}

/** `NEVER` refuses every unmapped type; `WHEN_NO_TEMPLATES` only once some template exists. */
function refusesUnmapped(mapping: CompiledMapping): boolean {
  return (
    mapping.passthrough === 'NEVER' ||
    (mapping.passthrough === 'WHEN_NO_TEMPLATES' && mapping.requestTemplates.size > 0)
  );
}

function applyParameters(
  mapping: CompiledMapping,
  request: MappingRequest,
  payload: string,
  mapped: MappedRequest,
): void {
  if (mapping.requestParameters.length === 0) return;
  const facts: ParameterFacts = { request, body: lazyBody(payload) };
  for (const [where, name, read] of mapping.requestParameters) {
    const value = read(facts);
    if (value === undefined) continue;
    if (where === 'header') mapped.headers[name.toLowerCase()] = value;
    else if (where === 'querystring') mapped.querystring[name] = value;
    else mapped.pathParameters[name] = value;
  }
}

function applyOverride(override: RequestOverride, mapped: MappedRequest): void {
  for (const name in override.header) mapped.headers[name.toLowerCase()] = String(override.header[name]);
  for (const name in override.querystring) mapped.querystring[name] = String(override.querystring[name]);
  for (const name in override.path) mapped.pathParameters[name] = String(override.path[name]);
}
