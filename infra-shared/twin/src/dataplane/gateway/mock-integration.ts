/**
 * REST MOCK integrations on the mapping engine (`mapping/`): the request template chosen by content type
 * is rendered (VTL, `$input` / `$context` / `$util` / `$stageVariables`) and its output's `statusCode`
 * selects the integration response (`SelectionPattern` matched against the whole status, else the default
 * response); that response's template, parameter mappings and `$context.responseOverride.*` give the
 * method response. A MOCK has no backend: its integration response body is empty and has no headers.
 *
 * The rendered request template is read as JSON5 (a published, well-kept parser) because API Gateway
 * accepts unquoted keys there, and CDK's CORS preflight writes `{ statusCode: 200 }`.
 */
import JSON5 from 'json5';
import {
  type CompiledMapping,
  compileMapping,
  type MappingRequest,
  mappingProblem,
  renderRequest,
  renderResponse,
  selectIntegrationResponse,
} from './mapping/index.js';
import type { IntegrationResponse, MockIntegrationConfig } from './types.js';

/** Why the twin cannot evaluate this MOCK integration (first problem found), or `undefined`. */
export function mockProblem(mock: MockIntegrationConfig): string | undefined {
  return mappingProblem(mock);
}

/** What a MOCK integration answers one request: a response, API Gateway's 415 or 400, or a failure (500). */
export type MockOutcome =
  | { readonly kind: 'response'; readonly response: IntegrationResponse }
  | { readonly kind: 'unsupportedMediaType' }
  | { readonly kind: 'badRequestBody'; readonly message: string }
  | { readonly kind: 'failed'; readonly reason: string };

/** Answers one method request. */
export type MockAnswer = (request: MappingRequest) => MockOutcome;

/** Compiles a MOCK integration `mockProblem` found nothing wrong with: templates are parsed once here. */
export function compileMock(mock: MockIntegrationConfig): MockAnswer {
  const mapping = compileMapping(mock);
  return (request) => answer(mapping, request);
}

function answer(mapping: CompiledMapping, request: MappingRequest): MockOutcome {
  const mapped = renderRequest(mapping, request);
  if (mapped.kind !== 'mapped') return mapped;
  let status: number | undefined;
  if (mapped.templateType !== undefined) {
    status = statusOf(mapped.body.toString('utf8'));
    if (status === undefined) {
      return failed(`request template ${mapped.templateType} yields no numeric statusCode`);
    }
  }
  // Passed through without a template: only the default integration response applies.
  const chosen = selectIntegrationResponse(mapping, { statusCode: status });
  if (!chosen) {
    return failed(`no integration response matches status ${status ?? '(none)'} and none is the default`);
  }
  const rendered = renderResponse(chosen, request, { body: '' });
  return rendered.kind === 'response' ? rendered : failed(rendered.reason);
}

function failed(reason: string): MockOutcome {
  return { kind: 'failed', reason };
}

function statusOf(output: string): number | undefined {
  let parsed: unknown;
  try {
    parsed = JSON5.parse(output);
  } catch {
    return undefined;
  }
  const code = Number((parsed as { statusCode?: unknown } | null)?.statusCode);
  return Number.isInteger(code) && code >= 100 && code <= 599 ? code : undefined;
}
