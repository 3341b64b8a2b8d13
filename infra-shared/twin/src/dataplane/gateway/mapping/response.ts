/**
 * The method response of a non-proxy integration (developer guide: "Integration responses for REST APIs in
 * API Gateway", "Override your API's request and response parameters and status codes"): the integration
 * response whose `SelectionPattern` matches the whole backend status (HTTP, AWS service) or Lambda error
 * message, else the default one (no pattern); its template for the `Accept`ed type renders the body (no
 * template: the body passes through), its parameter mappings give the headers, and
 * `$context.responseOverride.*` set by the template wins over status and headers. Backend headers reach
 * the client only through a mapping.
 */
import type { OutgoingHttpHeaders } from 'node:http';
import type { IntegrationResponse } from '../types.js';
import { type CompiledIntegrationResponse, type CompiledMapping, mediaType } from './compile.js';
import { lazyBody, type ParameterFacts } from './parameters.js';
import type { MappingRequest } from './request-facts.js';
import { type ResponseOverride, templateVariables } from './variables.js';

const DEFAULT_CONTENT_TYPE = 'application/json';

/** What the integration answered, as far as selection goes. */
export interface IntegrationResult {
  /** Backend HTTP status (HTTP and AWS service integrations). */
  readonly statusCode?: number;
  /** Lambda's `errorMessage` when the function failed (Lambda non-proxy): matched instead of the status. */
  readonly errorMessage?: string;
}

/**
 * The integration response for `result`: the first whose pattern matches the error message when there is
 * one, else the status; otherwise the default response. `undefined` when none matches and there is no
 * default (API Gateway answers 500).
 */
export function selectIntegrationResponse(
  mapping: CompiledMapping,
  result: IntegrationResult,
): CompiledIntegrationResponse | undefined {
  const selector =
    result.errorMessage ?? (result.statusCode === undefined ? undefined : String(result.statusCode));
  const responses = mapping.responses;
  if (selector !== undefined) {
    for (const r of responses) if (r.pattern?.test(selector)) return r;
  }
  return responses.find((r) => r.pattern === undefined);
}

export type ResponseMappingOutcome =
  | { readonly kind: 'response'; readonly response: IntegrationResponse }
  | { readonly kind: 'failed'; readonly reason: string };

/** Renders the method response from the chosen integration response and what the backend sent. */
export function renderResponse(
  chosen: CompiledIntegrationResponse,
  request: MappingRequest,
  backend: { readonly headers?: OutgoingHttpHeaders; readonly body: Buffer | string },
): ResponseMappingOutcome {
  const payload = typeof backend.body === 'string' ? backend.body : backend.body.toString('utf8');
  const type = responseType(chosen.templates, request.headers.accept);
  const template = chosen.templates.get(type);
  const headers: OutgoingHttpHeaders = { 'content-type': template ? type : DEFAULT_CONTENT_TYPE };
  let body: Buffer | string = backend.body;
  let override: ResponseOverride | undefined;
  try {
    if (template) {
      const variables = templateVariables(request, payload);
      body = template.render(variables);
      override = variables.context.responseOverride;
    }
    mapHeaders(chosen, request, payload, backend.headers ?? {}, headers);
  } catch (error) {
    return {
      kind: 'failed',
      reason: `integration response ${chosen.statusCode}: ${(error as Error).message}`,
    };
  }
  let statusCode = chosen.statusCode;
  if (override) {
    const status = Number(override.status);
    if (override.status !== undefined && Number.isInteger(status) && status >= 100 && status <= 599) {
      statusCode = status;
    }
    for (const name in override.header) setHeader(headers, name, String(override.header[name]));
  }
  return { kind: 'response', response: { statusCode, headers, body } };
}

function mapHeaders(
  chosen: CompiledIntegrationResponse,
  request: MappingRequest,
  payload: string,
  responseHeaders: OutgoingHttpHeaders,
  into: OutgoingHttpHeaders,
): void {
  if (chosen.headers.length === 0) return;
  const facts: ParameterFacts = { request, responseHeaders, body: lazyBody(payload) };
  for (const [name, read] of chosen.headers) {
    const value = read(facts);
    if (value !== undefined) setHeader(into, name, value);
  }
}

/** Sets `name` as declared, replacing a header of the same name in any case. */
function setHeader(headers: OutgoingHttpHeaders, name: string, value: string): void {
  const lower = name.toLowerCase();
  for (const existing in headers) if (existing.toLowerCase() === lower) delete headers[existing];
  headers[name] = value;
}

/** The template for the first `accept` type that has one, else `application/json`, else the first. */
function responseType(templates: ReadonlyMap<string, unknown>, accept: string | undefined): string {
  if (accept) {
    for (const wanted of accept.split(',')) {
      const type = mediaType(wanted);
      if (templates.has(type)) return type;
    }
  }
  if (templates.has(DEFAULT_CONTENT_TYPE) || templates.size === 0) return DEFAULT_CONTENT_TYPE;
  return templates.keys().next().value as string;
}
