/**
 * A non-proxy integration's templates, parameter mappings and integration responses, compiled once at
 * start: templates parsed, selection patterns made regular expressions, mapping sources made readers.
 * Whatever cannot be compiled is named by `mappingProblem`, so the route answers 500 and the start-up
 * listing says why, instead of a guess at run time.
 */
import type { IntegrationMappingConfig, IntegrationResponseConfig } from '../types.js';
import { type ParameterReader, parameterReader } from './parameters.js';
import { compileTemplate, type VtlTemplate } from './vtl.js';

export type PassthroughBehavior = NonNullable<IntegrationMappingConfig['passthroughBehavior']>;

export interface CompiledIntegrationResponse {
  /** The method response status. */
  readonly statusCode: number;
  /** Whole-string match on the backend status or error message; `undefined` for the default response. */
  readonly pattern: RegExp | undefined;
  /** Response templates by media type. */
  readonly templates: ReadonlyMap<string, VtlTemplate>;
  /** `method.response.header.<name>` targets (name as declared) and their sources. */
  readonly headers: readonly (readonly [string, ParameterReader])[];
}

export interface CompiledMapping {
  /** Request templates by media type (lower case, no parameters). */
  readonly requestTemplates: ReadonlyMap<string, VtlTemplate>;
  readonly passthrough: PassthroughBehavior;
  /** `integration.request.{header,querystring,path}.<name>` targets and their sources. */
  readonly requestParameters: readonly (readonly [RequestTarget, string, ParameterReader])[];
  readonly responses: readonly CompiledIntegrationResponse[];
}

export type RequestTarget = 'header' | 'querystring' | 'path';

const METHOD_HEADER = 'method.response.header.';
const REQUEST_TARGET =
  /^integration\.request\.(header|querystring|path|multivaluequerystring|multivalueheader)\.(.+)$/;

/** Why the twin cannot run this mapping (first problem found), or `undefined`. */
export function mappingProblem(
  config: IntegrationMappingConfig,
  requestParameters?: Readonly<Record<string, string>>,
): string | undefined {
  const result = compileOrProblem(config, requestParameters);
  return typeof result === 'string' ? result : undefined;
}

/** The compiled mapping; throws with the problem `mappingProblem` names. */
export function compileMapping(
  config: IntegrationMappingConfig,
  requestParameters?: Readonly<Record<string, string>>,
): CompiledMapping {
  const result = compileOrProblem(config, requestParameters);
  if (typeof result === 'string') throw new Error(result);
  return result;
}

function compileOrProblem(
  config: IntegrationMappingConfig,
  requestParameters: Readonly<Record<string, string>> | undefined,
): CompiledMapping | string {
  try {
    return {
      requestTemplates: templates(config.requestTemplates, 'request template'),
      passthrough: config.passthroughBehavior ?? 'WHEN_NO_MATCH',
      requestParameters: requestTargets(requestParameters ?? {}),
      responses: (config.integrationResponses ?? []).map(compileResponse),
    };
  } catch (error) {
    return (error as Error).message;
  }
}

function templates(
  byType: Readonly<Record<string, string>> | undefined,
  what: string,
): Map<string, VtlTemplate> {
  const out = new Map<string, VtlTemplate>();
  for (const [type, source] of Object.entries(byType ?? {})) {
    try {
      out.set(mediaType(type), compileTemplate(source));
    } catch (error) {
      throw new Error(`${what} ${type}: ${(error as Error).message}`);
    }
  }
  return out;
}

function requestTargets(parameters: Readonly<Record<string, string>>): CompiledMapping['requestParameters'] {
  const out: [RequestTarget, string, ParameterReader][] = [];
  for (const [target, source] of Object.entries(parameters)) {
    const m = REQUEST_TARGET.exec(target);
    if (!m) throw new Error(`request parameter ${target} is not an integration request parameter`);
    const reader = parameterReader(source, 'request');
    if (typeof reader === 'string') throw new Error(`request parameter ${target}: ${reader}`);
    const where = (m[1] as string).replace('multivalue', '') as RequestTarget;
    out.push([where, m[2] as string, reader]);
  }
  return out;
}

function compileResponse(r: IntegrationResponseConfig): CompiledIntegrationResponse {
  const where = `integration response ${r.statusCode}`;
  if (!/^[1-5]\d\d$/.test(r.statusCode))
    throw new Error(`${where}: status code '${r.statusCode}' is not an HTTP status`);
  let pattern: RegExp | undefined;
  if (r.selectionPattern) {
    try {
      pattern = new RegExp(`^(?:${r.selectionPattern})$`);
    } catch {
      throw new Error(
        `${where}: selection pattern ${r.selectionPattern} is not a regular expression the twin can read`,
      );
    }
  }
  const headers: [string, ParameterReader][] = [];
  for (const [target, source] of Object.entries(r.responseParameters ?? {})) {
    if (!target.startsWith(METHOD_HEADER))
      throw new Error(`${where}: response parameter ${target} is not a method response header`);
    const reader = parameterReader(source, 'response');
    if (typeof reader === 'string') throw new Error(`${where}: response parameter ${target}: ${reader}`);
    headers.push([target.slice(METHOD_HEADER.length), reader]);
  }
  return {
    statusCode: Number(r.statusCode),
    pattern,
    templates: templates(r.responseTemplates, `${where}: response template`),
    headers,
  };
}

/** `application/json; charset=utf-8` -> `application/json`. */
export function mediaType(contentType: string): string {
  return (contentType.split(';')[0] ?? '').trim().toLowerCase();
}
