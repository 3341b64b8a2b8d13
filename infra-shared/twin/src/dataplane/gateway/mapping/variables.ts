/**
 * The variables a mapping template sees (developer guide: "Variables for data transformations for API
 * Gateway", api-gateway-mapping-template-reference): `$input`, `$context`, `$stageVariables`, `$util`.
 * Built per render; the payload is parsed at most once, on first use.
 */
import { LOCAL_PSEUDO } from '../../../template/intrinsics.js';
import { readJsonPath } from './json-path.js';
import { type MappingRequest, paramNamed, type RequestParams, requestParams } from './request-facts.js';
import { utilVariable } from './util-variable.js';

/** The payload is not JSON but the template reads it as JSON. */
export class PayloadNotJsonError extends Error {}

/** `$context.requestOverride.*` as a request template leaves it. */
export interface RequestOverride {
  readonly header: Record<string, unknown>;
  readonly querystring: Record<string, unknown>;
  readonly path: Record<string, unknown>;
}

/** `$context.responseOverride.*` as a response template leaves it. */
export interface ResponseOverride {
  status?: unknown;
  readonly header: Record<string, unknown>;
}

/** `$context`: request facts plus the override maps a template writes into. */
export interface ContextVariable extends Record<string, unknown> {
  readonly requestOverride: RequestOverride;
  readonly responseOverride: ResponseOverride;
}

export interface TemplateVariables extends Record<string, unknown> {
  readonly context: ContextVariable;
}

/**
 * `$input` over `payload` (the method request body in a request template, the integration response body in
 * a response template); `params` are always the method request's. An empty payload reads as `{}`.
 */
export function inputVariable(payload: string, params: () => RequestParams): Record<string, unknown> {
  let parsed = false;
  let document: unknown;
  const read = (): unknown => {
    if (!parsed) {
      document = payload.trim() === '' ? {} : parseOrThrow(payload);
      parsed = true;
    }
    return document;
  };
  return {
    body: payload,
    json: (path: string) => {
      const value = readJsonPath(read(), String(path));
      return value === undefined ? '' : JSON.stringify(value);
    },
    path: (path: string) => readJsonPath(read(), String(path)),
    params: (name?: string) => (name === undefined ? params() : (paramNamed(params(), String(name)) ?? '')),
  };
}

function parseOrThrow(payload: string): unknown {
  try {
    return JSON.parse(payload);
  } catch (error) {
    throw new PayloadNotJsonError((error as Error).message);
  }
}

/** `$input`, `$context`, `$stageVariables` and `$util` for one render. */
export function templateVariables(request: MappingRequest, payload: string): TemplateVariables {
  let params: RequestParams | undefined;
  const lazyParams = () => {
    params ??= requestParams(request);
    return params;
  };
  return {
    input: inputVariable(payload, lazyParams),
    context: contextVariable(request),
    stageVariables: request.stageVariables ?? {},
    util: utilVariable(),
  };
}

/** `$context`: the request's facts plus the two override maps templates write into. */
function contextVariable(request: MappingRequest): ContextVariable {
  const userAgent = request.headers['user-agent'];
  const lambda = request.authorizer?.lambda;
  return {
    accountId: LOCAL_PSEUDO.accountId,
    apiId: request.apiId,
    authorizer: request.authorizer
      ? { claims: request.authorizer.claims, principalId: lambda?.principalId, ...lambda?.context }
      : {},
    domainName: request.headers.host,
    extendedRequestId: request.requestId,
    httpMethod: request.method,
    identity: {
      apiKeyId: request.apiKeyId,
      apiKey: request.headers['x-api-key'],
      sourceIp: request.sourceIp,
      userAgent: Array.isArray(userAgent) ? userAgent.join(',') : userAgent,
    },
    path: `/${request.stage}${request.path}`,
    protocol: 'HTTP/1.1',
    requestId: request.requestId,
    get requestTime() {
      return requestTime(request.requestTimeEpoch);
    },
    requestTimeEpoch: request.requestTimeEpoch,
    resourcePath: request.resourcePath,
    stage: request.stage,
    requestOverride: { header: {}, querystring: {}, path: {} },
    responseOverride: { header: {} },
  };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** CLF time, `07/Dec/2026:12:31:50 +0000`, as `$context.requestTime` gives it. */
function requestTime(epochMs: number): string {
  const d = new Date(epochMs);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} +0000`;
}
