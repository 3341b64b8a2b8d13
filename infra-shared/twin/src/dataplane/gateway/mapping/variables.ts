/**
 * The variables a mapping template sees (developer guide: "Variables for data transformations for API
 * Gateway", api-gateway-mapping-template-reference): `$input`, `$context`, `$stageVariables`, `$util`.
 * Built per render as small class instances (what is rarely read, such as `$context.requestTime` or
 * `$input.params()`, is worked out on first read); the payload is parsed at most once.
 */
import { LOCAL_PSEUDO } from '../../../template/intrinsics.js';
import { readJsonPath } from './json-path.js';
import { type MappingRequest, paramNamed, type RequestParams, requestParams } from './request-facts.js';
import { UTIL_VARIABLE } from './util-variable.js';

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

/**
 * `$input` over `payload` (the method request body in a request template, the integration response body in
 * a response template); `params` are always the method request's. An empty payload reads as `{}`.
 */
export class InputVariable {
  private parsed = false;
  private document: unknown;
  private allParams: RequestParams | undefined;

  constructor(
    readonly body: string,
    private readonly request: MappingRequest,
  ) {}

  json(path: unknown): string {
    const value = readJsonPath(this.read(), String(path));
    return value === undefined ? '' : JSON.stringify(value);
  }

  path(path: unknown): unknown {
    return readJsonPath(this.read(), String(path));
  }

  params(name?: unknown): RequestParams | string {
    this.allParams ??= requestParams(this.request);
    return name === undefined ? this.allParams : (paramNamed(this.allParams, String(name)) ?? '');
  }

  private read(): unknown {
    if (!this.parsed) {
      this.document = this.body.trim() === '' ? {} : parseOrThrow(this.body);
      this.parsed = true;
    }
    return this.document;
  }
}

function parseOrThrow(payload: string): unknown {
  try {
    return JSON.parse(payload);
  } catch (error) {
    throw new PayloadNotJsonError((error as Error).message);
  }
}

/** `$context`: the request's facts plus the two override maps templates write into. */
export class ContextVariable {
  readonly accountId = LOCAL_PSEUDO.accountId;
  readonly apiId: string;
  readonly extendedRequestId: string;
  readonly httpMethod: string;
  readonly protocol = 'HTTP/1.1';
  readonly requestId: string;
  readonly requestTimeEpoch: number;
  readonly resourcePath: string;
  readonly stage: string;
  readonly requestOverride: RequestOverride = { header: {}, querystring: {}, path: {} };
  readonly responseOverride: ResponseOverride = { header: {} };

  constructor(private readonly request: MappingRequest) {
    this.apiId = request.apiId;
    this.extendedRequestId = request.requestId;
    this.httpMethod = request.method;
    this.requestId = request.requestId;
    this.requestTimeEpoch = request.requestTimeEpoch;
    this.resourcePath = request.resourcePath;
    this.stage = request.stage;
  }

  get path(): string {
    return `/${this.request.stage}${this.request.path}`;
  }

  get domainName(): string | undefined {
    return this.request.headers.host;
  }

  /** CLF time, `07/Dec/2026:12:31:50 +0000`. */
  get requestTime(): string {
    return requestTime(this.request.requestTimeEpoch);
  }

  get identity(): Record<string, unknown> {
    const r = this.request;
    const userAgent = r.headers['user-agent'];
    return {
      apiKey: r.headers['x-api-key'],
      apiKeyId: r.apiKeyId,
      sourceIp: r.sourceIp,
      userAgent: Array.isArray(userAgent) ? userAgent.join(',') : userAgent,
    };
  }

  /** Cognito claims, and a Lambda authorizer's `principalId` and `context` entries. */
  get authorizer(): Record<string, unknown> {
    const found = this.request.authorizer;
    if (!found) return {};
    return { claims: found.claims, principalId: found.lambda?.principalId, ...found.lambda?.context };
  }
}

/** The variables of one render. */
export interface TemplateVariables extends Record<string, unknown> {
  readonly input: InputVariable;
  readonly context: ContextVariable;
}

/** `$input`, `$context`, `$stageVariables` and `$util` for one render. */
export function templateVariables(request: MappingRequest, payload: string): TemplateVariables {
  return {
    input: new InputVariable(payload, request),
    context: new ContextVariable(request),
    stageVariables: request.stageVariables ?? {},
    util: UTIL_VARIABLE,
  };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function requestTime(epochMs: number): string {
  const d = new Date(epochMs);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} +0000`;
}

const INPUT_METHODS: ReadonlySet<string> = new Set(['json', 'path', 'params']);

type Method = (...args: unknown[]) => unknown;

function twinMethod(target: unknown, property: string): Method | undefined {
  if (target === UTIL_VARIABLE) {
    return Object.hasOwn(UTIL_VARIABLE, property)
      ? (UTIL_VARIABLE[property as keyof typeof UTIL_VARIABLE] as Method)
      : undefined;
  }
  if (target instanceof InputVariable && INPUT_METHODS.has(property)) {
    return InputVariable.prototype[property as 'json'] as Method;
  }
  return undefined;
}

interface MethodCall {
  readonly property: string;
  readonly context: unknown;
  readonly params: unknown[];
}

/**
 * A velocityjs custom method handler calling `$input` and `$util` methods directly: velocityjs's own
 * method path writes a fresh `eval` helper into the object on every call, which costs an allocation per
 * call and would write into the shared `$util`.
 */
export const TWIN_METHOD_HANDLER = {
  uid: 'twin-variables',
  match: ({ property, context }: MethodCall) => twinMethod(context, property) !== undefined,
  resolve: ({ property, context, params }: MethodCall) =>
    (twinMethod(context, property) as Method).apply(context, params),
};
