/**
 * An AWS integration's answer to the client, from what the service answered: the integration response
 * whose `SelectionPattern` matches the service's whole HTTP status (else the one without a pattern, the
 * default) gives the method status, its `ResponseParameters` the headers (`'literal'` or
 * `integration.response.header.X`) and its response template the body; with no template the service's
 * body passes through. No response matching and no default is API Gateway's 500 ("No match for output
 * mapping and no default output mapping specified").
 *
 * Response templates are used as written, so one holding VTL is refused at start-up
 * (`responseTemplateProblem`) until the VTL engine renders them.
 */
import type { IntegrationResponse, IntegrationResponseConfig } from '../gateway/types.js';
import type { AwsActionResult } from './action-executor.js';

const METHOD_HEADER = 'method.response.header.';
const INTEGRATION_HEADER = 'integration.response.header.';
const LITERAL = /^'(.*)'$/s;
const VTL = /[$#]/;

/** Why the twin cannot answer through these integration responses, or `undefined`. */
export function responseTemplateProblem(
  responses: readonly IntegrationResponseConfig[] | undefined,
): string | undefined {
  for (const r of responses ?? []) {
    for (const [type, template] of Object.entries(r.responseTemplates ?? {})) {
      if (VTL.test(template)) {
        return `integration response ${r.statusCode}: response template ${type} uses VTL, which the twin does not evaluate`;
      }
    }
    if (r.selectionPattern) {
      try {
        new RegExp(r.selectionPattern);
      } catch {
        return `integration response ${r.statusCode}: selection pattern ${r.selectionPattern} is not a regular expression`;
      }
    }
  }
  return undefined;
}

/** Maps the service's answer to the method response; `undefined` when no integration response applies. */
export type IntegrationResponder = (result: AwsActionResult) => IntegrationResponse | undefined;

interface Selectable {
  readonly pattern: RegExp | undefined;
  readonly config: IntegrationResponseConfig;
}

export function integrationResponder(
  responses: readonly IntegrationResponseConfig[] | undefined,
): IntegrationResponder {
  const compiled: Selectable[] = (responses ?? []).map((config) => ({
    config,
    pattern: config.selectionPattern ? new RegExp(`^(?:${config.selectionPattern})$`) : undefined,
  }));
  const fallback = compiled.find((r) => r.pattern === undefined);
  return (result) => {
    const status = String(result.status);
    const chosen = compiled.find((r) => r.pattern?.test(status)) ?? fallback;
    return chosen ? methodResponse(chosen.config, result) : undefined;
  };
}

function methodResponse(config: IntegrationResponseConfig, result: AwsActionResult): IntegrationResponse {
  const headers: Record<string, string> = {};
  for (const [target, source] of Object.entries(config.responseParameters ?? {})) {
    if (!target.startsWith(METHOD_HEADER)) continue;
    const literal = LITERAL.exec(source);
    const value = literal
      ? literal[1]
      : source.startsWith(INTEGRATION_HEADER)
        ? result.headers[source.slice(INTEGRATION_HEADER.length).toLowerCase()]
        : undefined;
    if (value !== undefined) headers[target.slice(METHOD_HEADER.length)] = value;
  }
  const templates = Object.entries(config.responseTemplates ?? {});
  const [type, template] = templates.find(([t]) => t === 'application/json') ??
    templates[0] ?? ['application/json'];
  return {
    statusCode: Number(config.statusCode),
    headers: { 'content-type': type, ...headers },
    body: template ?? result.body,
  };
}
