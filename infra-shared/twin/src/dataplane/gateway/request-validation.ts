import ajvDraft04, { type ValidateFunction } from 'ajv-draft-04';
import type { RequestValidationConfig } from './types.js';

/** What a request failed on: the gateway response type it gets and `$context.error.validationErrorString`. */
export interface ValidationFailure {
  readonly kind: 'badRequestParameters' | 'badRequestBody';
  readonly message: string;
  readonly validationErrors: string;
}

/** The parts of a request a method's validator looks at. */
export interface RequestParts {
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  /** Query string without `?`. */
  readonly rawQueryString: string;
  readonly pathParameters: Readonly<Record<string, string>>;
  readonly body: Buffer;
}

type Check = (parts: RequestParts) => ValidationFailure | undefined;

/** A compiled validator: the check, and whether it needs the body read first. */
export interface RequestValidator {
  readonly check: Check;
  readonly readsBody: boolean;
}

/**
 * One method's request validator, compiled once at start. API Gateway models are JSON Schema draft 4, so
 * the schemas compile with ajv's draft-04 dialect (ajv-draft-04; ajv itself dropped draft 4). API Gateway
 * checks the required parameters first, then the body against the model of its content type
 * (`application/json` when the request names none, else the `$default` model).
 */
export function compileRequestValidator(config: RequestValidationConfig): RequestValidator {
  const required = config.validateParameters ? (config.requiredParameters ?? []) : [];
  const models = config.validateBody ? compileModels(config.models ?? {}) : new Map<string, Model>();
  return {
    check: (parts) => missingParameters(required, parts) ?? invalidBody(models, parts),
    readsBody: models.size > 0,
  };
}

type Model = ValidateFunction;
// The package is CommonJS; its class is both the module and its `default`, and only `default` types under NodeNext.
const AjvDraft04 = ajvDraft04.default;

function compileModels(models: Readonly<Record<string, unknown>>): Map<string, Model> {
  // API Gateway ignores formats it does not know; `strict: false` keeps unknown keywords (e.g. `title`) legal.
  const ajv = new AjvDraft04({ strict: false, allErrors: true, validateFormats: false });
  const compiled = new Map<string, Model>();
  for (const [contentType, schema] of Object.entries(models)) {
    compiled.set(contentType.toLowerCase(), ajv.compile(schema as object));
  }
  return compiled;
}

/** `method.request.{path,querystring,header}.<name>` mappings marked required. */
function missingParameters(required: readonly string[], parts: RequestParts): ValidationFailure | undefined {
  const missing = required.filter((p) => !present(p, parts));
  if (missing.length === 0) return undefined;
  const names = missing.map((p) => p.slice(p.lastIndexOf('.') + 1));
  const message = `Missing required request parameters: [${names.join(', ')}]`;
  return { kind: 'badRequestParameters', message, validationErrors: `[${message}]` };
}

function present(parameter: string, parts: RequestParts): boolean {
  const match =
    /^method\.request\.(path|querystring|multivaluequerystring|header|multivalueheader)\.(.+)$/.exec(
      parameter,
    );
  if (!match) return true;
  const [, where, name = ''] = match;
  // "included and not blank" (api-gateway-method-request-validation).
  if (where === 'path') return (parts.pathParameters[name] ?? '') !== '';
  if (where?.endsWith('querystring')) return notBlank(new URLSearchParams(parts.rawQueryString).get(name));
  const value = parts.headers[name.toLowerCase()];
  return notBlank(Array.isArray(value) ? value.join(',') : value);
}

function notBlank(value: string | null | undefined): boolean {
  return value !== null && value !== undefined && value.trim() !== '';
}

const INVALID_BODY = 'Invalid request body';

function invalidBody(models: ReadonlyMap<string, Model>, parts: RequestParts): ValidationFailure | undefined {
  if (models.size === 0) return undefined;
  const contentType = String(parts.headers['content-type'] ?? 'application/json')
    .split(';')[0]
    ?.trim()
    .toLowerCase();
  const model = models.get(contentType ?? '') ?? models.get('$default');
  if (!model) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(parts.body.length === 0 ? 'null' : parts.body.toString('utf8'));
  } catch {
    return {
      kind: 'badRequestBody',
      message: INVALID_BODY,
      validationErrors: '[Invalid JSON in request body]',
    };
  }
  if (model(data)) return undefined;
  const errors = (model.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
  return { kind: 'badRequestBody', message: INVALID_BODY, validationErrors: `[${errors.join(', ')}]` };
}
