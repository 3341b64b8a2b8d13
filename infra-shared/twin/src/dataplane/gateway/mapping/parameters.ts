/**
 * Parameter mapping sources (developer guide: "Parameter mapping source reference for REST APIs"):
 * `method.request.{path,querystring,multivaluequerystring,header,multivalueheader}.name`,
 * `method.request.body[.<JSONPath>]` on the request side, `integration.response.{header,multivalueheader}.name`
 * and `integration.response.body[.<JSONPath>]` on the response side, and on both `'literal'`,
 * `stageVariables.name` and `context.<variable>`. Each source is compiled once into a reader.
 */
import type { OutgoingHttpHeaders } from 'node:http';
import { readJsonPath } from './json-path.js';
import { type MappingRequest, queryParams } from './request-facts.js';

/** What a source reads from: the method request, and on the response side the integration response. */
export interface ParameterFacts {
  readonly request: MappingRequest;
  /** Parsed method request body (request side) or integration response body (response side), lazily. */
  readonly body: () => { readonly text: string; readonly json: () => unknown };
  readonly responseHeaders?: OutgoingHttpHeaders;
}

export type ParameterReader = (facts: ParameterFacts) => string | undefined;

/** `ParameterFacts.body` over `payload`: parsed as JSON (empty reads as `{}`) on first use only. */
export function lazyBody(payload: string): ParameterFacts['body'] {
  let json: unknown;
  const body = {
    text: payload,
    json: () => {
      json ??= payload.trim() === '' ? {} : JSON.parse(payload);
      return json;
    },
  };
  return () => body;
}

const LITERAL = /^'(.*)'$/s;

/** A reader for `source`, or a sentence saying why the twin cannot read it. */
export function parameterReader(source: string, side: 'request' | 'response'): ParameterReader | string {
  const literal = LITERAL.exec(source);
  if (literal) {
    const value = literal[1] as string;
    return () => value;
  }
  if (source.startsWith('stageVariables.')) {
    const name = source.slice('stageVariables.'.length);
    return (f) => f.request.stageVariables?.[name];
  }
  if (source.startsWith('context.')) return contextReader(source.slice('context.'.length)) ?? unknown(source);
  const prefix = side === 'request' ? 'method.request.' : 'integration.response.';
  if (!source.startsWith(prefix)) return unknown(source);
  const rest = source.slice(prefix.length);
  if (rest === 'body') return (f) => f.body().text;
  if (rest.startsWith('body.')) return bodyReader(`$${rest.slice(4)}`);
  const dot = rest.indexOf('.');
  const where = rest.slice(0, dot);
  const name = rest.slice(dot + 1);
  if (dot < 0 || name === '') return unknown(source);
  if (side === 'response') return responseHeaderReader(where, name) ?? unknown(source);
  return requestReader(where, name) ?? unknown(source);
}

function unknown(source: string): string {
  return `mapping source ${source} is not one API Gateway defines for this side, or not one the twin reads`;
}

function bodyReader(path: string): ParameterReader {
  return (f) => {
    const value = readJsonPath(f.body().json(), path);
    if (value === undefined || value === null) return undefined;
    return typeof value === 'string' ? value : JSON.stringify(value);
  };
}

function requestReader(where: string, name: string): ParameterReader | undefined {
  const lower = name.toLowerCase();
  switch (where) {
    case 'path':
      return (f) => f.request.pathParameters[name];
    case 'querystring':
      return (f) => queryParams(f.request.rawQueryString)[name];
    case 'multivaluequerystring':
      return (f) => joined(new URLSearchParams(f.request.rawQueryString).getAll(name));
    case 'header':
    case 'multivalueheader':
      return (f) => headerValue(f.request.headers[lower]);
    default:
      return undefined;
  }
}

function responseHeaderReader(where: string, name: string): ParameterReader | undefined {
  if (where !== 'header' && where !== 'multivalueheader') return undefined;
  const lower = name.toLowerCase();
  return (f) => headerValue(f.responseHeaders?.[lower]);
}

function headerValue(value: string | number | readonly string[] | undefined): string | undefined {
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value.join(',') : String(value);
}

function joined(values: readonly string[]): string | undefined {
  return values.length === 0 ? undefined : values.join(',');
}

/** The `$context` variables a parameter mapping may name that the twin knows. */
function contextReader(name: string): ParameterReader | undefined {
  switch (name) {
    case 'requestId':
    case 'extendedRequestId':
      return (f) => f.request.requestId;
    case 'stage':
      return (f) => f.request.stage;
    case 'apiId':
      return (f) => f.request.apiId;
    case 'httpMethod':
      return (f) => f.request.method;
    case 'resourcePath':
      return (f) => f.request.resourcePath;
    case 'path':
      return (f) => `/${f.request.stage}${f.request.path}`;
    case 'identity.sourceIp':
      return (f) => f.request.sourceIp;
    case 'authorizer.principalId':
      return (f) => f.request.authorizer?.lambda?.principalId;
    default:
      if (name.startsWith('authorizer.')) {
        const key = name.slice('authorizer.'.length);
        return (f) => {
          const value = f.request.authorizer?.lambda?.context[key];
          return value === undefined ? undefined : String(value);
        };
      }
      return undefined;
  }
}
