/**
 * REST MOCK integrations, evaluated as far as literal templates go: the request template chosen by content
 * type yields `statusCode`, which selects the integration response (`SelectionPattern` matched against the
 * whole status, else the default response); that response's `ResponseParameters` give the headers, its
 * `ResponseTemplates` the body and its `StatusCode` the method response status.
 *
 * A template holding `$` or `#` (a VTL reference or directive) is not evaluated: `mockProblem` names it and
 * the route answers 500 instead of a guess. The template output is read as JSON5 (a published, well-kept
 * parser) because API Gateway accepts unquoted keys there, and CDK's CORS preflight writes
 * `{ statusCode: 200 }`.
 */
import JSON5 from 'json5';
import type { IntegrationResponse, IntegrationResponseConfig, MockIntegrationConfig } from './types.js';

const VTL = /[$#]/;
const METHOD_HEADER = 'method.response.header.';
const INTEGRATION_HEADER = 'integration.response.header.';
const LITERAL = /^'(.*)'$/s;
const DEFAULT_CONTENT_TYPE = 'application/json';

/** Why the twin cannot evaluate this MOCK integration (first problem found), or `undefined`. */
export function mockProblem(mock: MockIntegrationConfig): string | undefined {
  for (const [type, template] of Object.entries(mock.requestTemplates ?? {})) {
    if (VTL.test(template))
      return `request template ${type} uses VTL ($ or #), which the twin does not evaluate`;
  }
  for (const r of mock.integrationResponses ?? []) {
    const problem = responseProblem(r);
    if (problem) return `integration response ${r.statusCode}: ${problem}`;
  }
  return undefined;
}

function responseProblem(r: IntegrationResponseConfig): string | undefined {
  if (!/^[1-5]\d\d$/.test(r.statusCode)) return `status code '${r.statusCode}' is not an HTTP status`;
  if (r.selectionPattern) {
    try {
      new RegExp(r.selectionPattern);
    } catch {
      return `selection pattern ${r.selectionPattern} is not a regular expression the twin can read`;
    }
  }
  for (const [type, template] of Object.entries(r.responseTemplates ?? {})) {
    if (VTL.test(template))
      return `response template ${type} uses VTL ($ or #), which the twin does not evaluate`;
  }
  for (const [target, source] of Object.entries(r.responseParameters ?? {})) {
    if (!target.startsWith(METHOD_HEADER))
      return `response parameter ${target} is not a method response header`;
    if (!LITERAL.test(source) && !source.startsWith(INTEGRATION_HEADER)) {
      return `response parameter ${target} = ${source}: only 'literal' and ${INTEGRATION_HEADER}* are evaluated`;
    }
  }
  return undefined;
}

/** What a MOCK integration answers one request: a response, API Gateway's 415, or a failure (500) and why. */
export type MockOutcome =
  | { readonly kind: 'response'; readonly response: IntegrationResponse }
  | { readonly kind: 'unsupportedMediaType' }
  | { readonly kind: 'failed'; readonly reason: string };

/** Answers a request from its `content-type` and `accept` headers. */
export type MockAnswer = (contentType: string | undefined, accept: string | undefined) => MockOutcome;

/**
 * Compiles a MOCK integration `mockProblem` found nothing wrong with: template outputs, selection patterns
 * and response headers are worked out once here, so a request only looks them up.
 */
export function compileMock(mock: MockIntegrationConfig): MockAnswer {
  const statuses = new Map<string, number | undefined>();
  for (const [type, template] of Object.entries(mock.requestTemplates ?? {})) {
    statuses.set(mediaType(type), statusOf(template));
  }
  const passthrough = mock.passthroughBehavior ?? 'WHEN_NO_MATCH';
  const refuseUnmatched =
    passthrough === 'NEVER' || (passthrough === 'WHEN_NO_TEMPLATES' && statuses.size > 0);
  const responses = (mock.integrationResponses ?? []).map(compileResponse);
  const fallback = responses.find((r) => r.pattern === undefined);
  return (contentType, accept) => {
    const type = mediaType(contentType ?? DEFAULT_CONTENT_TYPE);
    let status: number | undefined;
    if (statuses.has(type)) {
      status = statuses.get(type);
      if (status === undefined) return failed(`request template ${type} yields no numeric statusCode`);
    } else if (refuseUnmatched) {
      return { kind: 'unsupportedMediaType' };
    }
    // Passed through without a template: only the default integration response applies.
    const chosen =
      (status === undefined ? undefined : responses.find((r) => r.pattern?.test(String(status)))) ?? fallback;
    if (!chosen) {
      return failed(`no integration response matches status ${status ?? '(none)'} and none is the default`);
    }
    return { kind: 'response', response: chosen.answer(accept) };
  };
}

function failed(reason: string): MockOutcome {
  return { kind: 'failed', reason };
}

/** `application/json; charset=utf-8` -> `application/json`. */
function mediaType(contentType: string): string {
  return (contentType.split(';')[0] ?? '').trim().toLowerCase();
}

function statusOf(template: string): number | undefined {
  let output: unknown;
  try {
    output = JSON5.parse(template);
  } catch {
    return undefined;
  }
  const code = Number((output as { statusCode?: unknown } | null)?.statusCode);
  return Number.isInteger(code) && code >= 100 && code <= 599 ? code : undefined;
}

interface CompiledResponse {
  readonly pattern: RegExp | undefined;
  answer(accept: string | undefined): IntegrationResponse;
}

function compileResponse(r: IntegrationResponseConfig): CompiledResponse {
  const statusCode = Number(r.statusCode);
  const headers: Record<string, string> = {};
  for (const [target, source] of Object.entries(r.responseParameters ?? {})) {
    // A MOCK has no integration response headers, so `integration.response.header.*` maps to nothing.
    const literal = LITERAL.exec(source);
    if (literal) headers[target.slice(METHOD_HEADER.length)] = literal[1] as string;
  }
  const templates = new Map(
    Object.entries(r.responseTemplates ?? {}).map(([t, body]) => [mediaType(t), body]),
  );
  return {
    pattern: r.selectionPattern ? new RegExp(`^(?:${r.selectionPattern})$`) : undefined,
    answer(accept) {
      const type = responseType(templates, accept);
      return {
        statusCode,
        headers: { 'content-type': type, ...headers },
        body: templates.get(type) ?? '',
      };
    },
  };
}

/** The response template for the first `accept` type that has one, else `application/json`, else the first. */
function responseType(templates: ReadonlyMap<string, string>, accept: string | undefined): string {
  for (const wanted of (accept ?? '').split(',')) {
    const type = mediaType(wanted);
    if (templates.has(type)) return type;
  }
  if (templates.has(DEFAULT_CONTENT_TYPE) || templates.size === 0) return DEFAULT_CONTENT_TYPE;
  return templates.keys().next().value as string;
}
