import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';

/** Where in the request the offending value sits. */
export type ErrorLocation = 'body' | 'querystring' | 'params' | 'headers' | 'url';

export interface ErrorIssue {
  readonly location: ErrorLocation;
  /** Slash-separated path inside the location (`price`, `lines/0/sku`), or the header name. */
  readonly field: string;
  readonly message: string;
}

/** The one JSON error shape every service answers with (see the kit README). */
export interface ErrorBody {
  statusCode: number;
  error: string;
  code: string;
  message: string;
  field?: string;
  location?: ErrorLocation;
  issues?: ErrorIssue[];
  currentVersion?: number;
}

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function reasonPhrase(statusCode: number): string {
  return REASONS[statusCode] ?? (statusCode >= 500 ? 'Internal Server Error' : 'Bad Request');
}

/** A deliberate client-facing error: thrown by routes and repositories, answered as {@link ErrorBody}. */
export class HttpError extends Error {
  readonly statusCode: number;
  readonly code: string;
  readonly field: string | undefined;
  readonly location: ErrorLocation | undefined;
  readonly extra: Partial<ErrorBody>;

  constructor(
    statusCode: number,
    code: string,
    message: string,
    where: { field?: string; location?: ErrorLocation } = {},
    extra: Partial<ErrorBody> = {},
  ) {
    super(message);
    this.name = 'HttpError';
    this.statusCode = statusCode;
    this.code = code;
    this.field = where.field;
    this.location = where.location;
    this.extra = extra;
  }

  toBody(): ErrorBody {
    return {
      statusCode: this.statusCode,
      error: reasonPhrase(this.statusCode),
      code: this.code,
      message: this.message,
      ...(this.field !== undefined ? { field: this.field } : {}),
      ...(this.location !== undefined ? { location: this.location } : {}),
      ...this.extra,
    };
  }
}

interface SchemaIssue {
  instancePath?: string;
  schemaPath?: string;
  keyword?: string;
  message?: string;
  params?: Record<string, unknown>;
}

/**
 * Folds the errors of each `anyOf` into one: the failed branches' distinct messages joined with "or"
 * (`must be <= 0 or >= 1e-130` for a number in DynamoDB's gap around zero), instead of one issue per
 * branch plus "must match a schema in anyOf".
 */
function foldAnyOf(errors: readonly SchemaIssue[]): SchemaIssue[] {
  const unions = errors.filter((error) => error.keyword === 'anyOf' && error.schemaPath);
  if (unions.length === 0) return [...errors];
  const branchOf = (error: SchemaIssue) =>
    unions.find((union) => error !== union && error.schemaPath?.startsWith(`${union.schemaPath}/anyOf/`));
  const messages = new Map<SchemaIssue, string[]>(unions.map((union) => [union, []]));
  for (const error of errors) {
    const union = branchOf(error);
    const text = (error.message ?? '').replace(/^must be /, '');
    const list = union ? messages.get(union) : undefined;
    if (list && text && !list.includes(text)) list.push(text);
  }
  return errors
    .filter((error) => !branchOf(error))
    .map((error) => {
      const list = messages.get(error);
      return list && list.length > 0 ? { ...error, message: `must be ${list.join(' or ')}` } : error;
    });
}

/** Turns validator errors (TypeBox/AJV shape) into issues that name the field, most useful first. */
export function issuesFromValidation(location: ErrorLocation, errors: readonly SchemaIssue[]): ErrorIssue[] {
  const issues: ErrorIssue[] = [];
  const seen = new Set<string>();
  const add = (field: string, message: string) => {
    const key = `${field}\u0000${message}`;
    if (seen.has(key)) return;
    seen.add(key);
    issues.push({ location, field, message });
  };
  const base = (path: string | undefined) => (path ?? '').replace(/^\//, '');
  const join = (path: string | undefined, name: string) => (base(path) ? `${base(path)}/${name}` : name);
  for (const error of foldAnyOf(errors)) {
    const params = error.params ?? {};
    if (error.keyword === 'required') {
      const names = (params.requiredProperties ?? [params.missingProperty]) as unknown[];
      for (const name of names) add(join(error.instancePath, String(name)), 'is required');
    } else if (error.keyword === 'additionalProperties') {
      const names = (
        Array.isArray(params.additionalProperties) ? params.additionalProperties : [params.additionalProperty]
      ) as unknown[];
      for (const name of names) add(join(error.instancePath, String(name)), 'is not allowed');
    } else if (error.keyword === 'boolean' && error.message === 'schema is false') {
      // TypeBox reports an additional property twice; the additionalProperties entry names it.
    } else {
      add(base(error.instancePath) || location, error.message ?? 'is invalid');
    }
  }
  return issues;
}

function validationBody(error: FastifyError): ErrorBody {
  const location = (error.validationContext ?? 'body') as ErrorLocation;
  const issues = issuesFromValidation(location, (error.validation ?? []) as SchemaIssue[]);
  const first = issues[0] ?? { location, field: location, message: 'is invalid' };
  return {
    statusCode: 400,
    error: reasonPhrase(400),
    code: 'VALIDATION_FAILED',
    message:
      first.field === first.location
        ? `${first.location} ${first.message}`
        : `${first.location}/${first.field} ${first.message}`,
    field: first.field,
    location: first.location,
    issues,
  };
}

/** Maps Fastify's own request errors to the shared shape; undefined for anything else. */
function frameworkBody(error: FastifyError): ErrorBody | undefined {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', 'content-type must be application/json', {
        field: 'content-type',
        location: 'headers',
      }).toBody();
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new HttpError(413, 'BODY_TOO_LARGE', 'body exceeds the size limit', {
        field: 'body',
        location: 'body',
      }).toBody();
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new HttpError(400, 'INVALID_CONTENT_LENGTH', 'content-length does not match the body', {
        field: 'content-length',
        location: 'headers',
      }).toBody();
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new HttpError(400, 'MALFORMED_JSON', 'body must not be empty when content-type is JSON', {
        field: 'body',
        location: 'body',
      }).toBody();
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new HttpError(400, 'MALFORMED_JSON', 'body is not valid JSON', {
        field: 'body',
        location: 'body',
      }).toBody();
    default:
      break;
  }
  if (error instanceof SyntaxError || (error.statusCode === 400 && error.name === 'SyntaxError')) {
    return new HttpError(400, 'MALFORMED_JSON', 'body is not valid JSON', {
      field: 'body',
      location: 'body',
    }).toBody();
  }
  return undefined;
}

export function errorBodyFor(error: FastifyError | HttpError | Error): ErrorBody {
  if (error instanceof HttpError) return error.toBody();
  const fastifyError = error as FastifyError;
  if (fastifyError.validation) return validationBody(fastifyError);
  const mapped = frameworkBody(fastifyError);
  if (mapped) return mapped;
  const statusCode = fastifyError.statusCode ?? 500;
  if (statusCode >= 400 && statusCode < 500) {
    return {
      statusCode,
      error: reasonPhrase(statusCode),
      code: fastifyError.code ?? 'BAD_REQUEST',
      message: fastifyError.message,
    };
  }
  return { statusCode: 500, error: reasonPhrase(500), code: 'INTERNAL', message: 'Internal Server Error' };
}

/** What the router needs to answer its own refusals (see {@link routerErrorHandler}). */
export interface RouterErrorOptions {
  /** The resource base path; `<basePath>/<segment>` is the one parametric route, its parameter `id`. */
  readonly basePath: string;
  /** find-my-way's `maxParamLength`: a longer path parameter never reaches the route. */
  readonly maxParamLength: number;
  /** Writes the runtime headers: Fastify runs no hooks for these replies. */
  readonly beforeSend: (reply: FastifyReply) => void;
}

/** The router's own refusals, before any route or hook runs, as {@link ErrorBody} with status 400. */
export function routerErrorBody(error: FastifyError, rawUrl: string, options: RouterErrorOptions): ErrorBody {
  const path = rawUrl.split('?')[0] ?? '';
  const inId =
    path.startsWith(`${options.basePath}/`) && !path.slice(options.basePath.length + 1).includes('/');
  const where = inId
    ? { field: 'id', location: 'params' as const }
    : { field: 'url', location: 'url' as const };
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    const message = `params/id must be at most ${options.maxParamLength} characters`;
    return new HttpError(
      400,
      'VALIDATION_FAILED',
      message,
      { field: 'id', location: 'params' },
      {
        issues: [{ location: 'params', field: 'id', message: message.replace('params/id ', '') }],
      },
    ).toBody();
  }
  if (error.code === 'FST_ERR_BAD_URL') {
    const name = inId ? 'params/id' : 'url';
    return new HttpError(400, 'MALFORMED_URL', `${name} has a malformed percent-encoding`, where).toBody();
  }
  return errorBodyFor(error);
}

/**
 * Fastify's `frameworkErrors`: a path parameter longer than `maxParamLength` (find-my-way's 414) and a
 * malformed percent-encoding (FST_ERR_BAD_URL) answer 400 in the shared shape, naming the parameter,
 * with the runtime headers, like every other refusal of a bad id.
 */
export function routerErrorHandler(options: RouterErrorOptions) {
  return (error: FastifyError, request: FastifyRequest, reply: FastifyReply): void => {
    const body = routerErrorBody(error, request.raw.url ?? '', options);
    options.beforeSend(reply);
    reply.code(body.statusCode).type('application/json; charset=utf-8').send(body);
  };
}

/** The methods a path answers to, for a 405 with `Allow`; undefined when no route has that path. */
export type AllowedMethods = (path: string) => readonly string[] | undefined;

/**
 * The central error handler and the not-found handler: every failure answers {@link ErrorBody}; 5xx
 * messages are masked and logged with the request context. A known path with another method answers 405
 * with `Allow` (RFC 9110 section 15.5.6); an unknown path answers 404.
 */
export function setErrorHandlers(
  app: FastifyInstance,
  allowedMethods: AllowedMethods = () => undefined,
): void {
  const notFound = (request: FastifyRequest, reply: FastifyReply) => {
    const allowed = allowedMethods(request.url.split('?')[0] ?? '');
    if (allowed) {
      const body = new HttpError(405, 'METHOD_NOT_ALLOWED', `${request.method} is not allowed here`, {
        field: 'method',
        location: 'url',
      }).toBody();
      return reply.code(405).header('allow', allowed.join(', ')).send(body);
    }
    const body = new HttpError(404, 'ROUTE_NOT_FOUND', `no route for ${request.method} ${request.url}`, {
      field: 'url',
      location: 'url',
    }).toBody();
    return reply.code(404).send(body);
  };
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    // A request no route takes can still fail before the not-found handler (a QUERY without a
    // content-type): it is answered as what it is, an unknown route or a method the path does not take.
    if (request.is404) return notFound(request, reply);
    const body = errorBodyFor(error);
    if (body.statusCode >= 500) {
      request.log.error({ err: error, method: request.method, url: request.url }, 'request failed');
    }
    return reply.code(body.statusCode).type('application/json; charset=utf-8').send(body);
  });
  app.setNotFoundHandler(notFound);
}

/** {@link setErrorHandlers} as a plugin (not encapsulated), for apps that compose plugins. */
export const errorHandlerPlugin = fp(async (app: FastifyInstance) => setErrorHandlers(app), {
  name: 'pik-error-handler',
  fastify: '5.x',
});
