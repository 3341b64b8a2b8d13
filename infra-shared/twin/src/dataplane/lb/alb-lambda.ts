import type { IncomingMessage, OutgoingHttpHeaders } from 'node:http';

/**
 * The event an ALB sends to a Lambda target and the reading of the function's answer
 * (elasticloadbalancing/latest/application/lambda-functions.html):
 * - `httpMethod`, `path`, query parameters **not URL-decoded**, lower-case header names; with
 *   `lambda.multi_value_headers.enabled` the event has `multiValueHeaders` / `multiValueQueryStringParameters`
 *   (arrays) instead of `headers` / `queryStringParameters` (last value wins).
 * - The body is base64 unless its content type is text-like (`text/*`, JSON, JavaScript, XML,
 *   url-encoded form) -- the exact list is inferred.
 * - The answer needs a numeric `statusCode`; `headers` or `multiValueHeaders`; `body` (base64 when
 *   `isBase64Encoded`). Anything else, a function error, or more than 1 MB is a 502.
 */
export interface AlbLambdaEvent {
  readonly requestContext: { readonly elb: { readonly targetGroupArn: string } };
  readonly httpMethod: string;
  readonly path: string;
  readonly queryStringParameters?: Record<string, string>;
  readonly multiValueQueryStringParameters?: Record<string, string[]>;
  readonly headers?: Record<string, string>;
  readonly multiValueHeaders?: Record<string, string[]>;
  readonly body: string;
  readonly isBase64Encoded: boolean;
}

const TEXT_TYPE = /^(text\/|application\/(json|javascript|xml|x-www-form-urlencoded)|[^;]*\+(json|xml))/i;

/** Lambda response payload limit for ALB targets. */
export const ALB_LAMBDA_RESPONSE_LIMIT = 1024 * 1024;

export function albLambdaEvent(
  req: IncomingMessage,
  body: Buffer,
  targetGroupArn: string,
  multiValue: boolean,
): AlbLambdaEvent {
  const url = req.url ?? '/';
  const q = url.indexOf('?');
  const path = q < 0 ? url : url.slice(0, q);
  const query = q < 0 ? '' : url.slice(q + 1);
  const contentType = req.headers['content-type'] ?? '';
  const text = body.length === 0 || TEXT_TYPE.test(contentType);
  const base = {
    requestContext: { elb: { targetGroupArn } },
    httpMethod: req.method ?? 'GET',
    path,
    body: text ? body.toString('utf8') : body.toString('base64'),
    isBase64Encoded: !text,
  };
  if (multiValue) {
    const mvq: Record<string, string[]> = {};
    for (const [k, v] of queryPairs(query)) pushTo(mvq, k, v);
    const mvh: Record<string, string[]> = {};
    const raw = req.rawHeaders;
    for (let i = 0; i < raw.length; i += 2) {
      pushTo(mvh, (raw[i] as string).toLowerCase(), raw[i + 1] as string);
    }
    return { ...base, multiValueQueryStringParameters: mvq, multiValueHeaders: mvh };
  }
  const qs: Record<string, string> = {};
  for (const [k, v] of queryPairs(query)) qs[k] = v;
  const headers: Record<string, string> = {};
  const raw = req.rawHeaders;
  for (let i = 0; i < raw.length; i += 2) headers[(raw[i] as string).toLowerCase()] = raw[i + 1] as string;
  return { ...base, queryStringParameters: qs, headers };
}

function pushTo(map: Record<string, string[]>, key: string, value: string): void {
  const list = map[key];
  if (list) list.push(value);
  else map[key] = [value];
}

function* queryPairs(query: string): Generator<[string, string]> {
  if (query === '') return;
  for (const part of query.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    yield eq < 0 ? [part, ''] : [part.slice(0, eq), part.slice(eq + 1)];
  }
}

export interface AlbLambdaAnswer {
  readonly statusCode: number;
  readonly statusMessage?: string;
  readonly headers: OutgoingHttpHeaders;
  readonly body: Buffer;
}

/** Reads a Lambda result as an ALB does; `undefined` = malformed (the ALB answers 502). */
export function readAlbLambdaResult(payload: unknown): AlbLambdaAnswer | undefined {
  if (typeof payload !== 'object' || payload === null) return undefined;
  const p = payload as Record<string, unknown>;
  const status = p.statusCode;
  if (typeof status !== 'number' || !Number.isInteger(status) || status < 100 || status > 599)
    return undefined;
  const headers: OutgoingHttpHeaders = {};
  if (p.headers !== undefined) {
    if (typeof p.headers !== 'object' || p.headers === null) return undefined;
    for (const [k, v] of Object.entries(p.headers)) headers[k.toLowerCase()] = String(v);
  }
  if (p.multiValueHeaders !== undefined) {
    if (typeof p.multiValueHeaders !== 'object' || p.multiValueHeaders === null) return undefined;
    for (const [k, v] of Object.entries(p.multiValueHeaders)) {
      if (!Array.isArray(v)) return undefined;
      headers[k.toLowerCase()] = v.map(String);
    }
  }
  let body: Buffer;
  if (p.body === undefined || p.body === null) body = Buffer.alloc(0);
  else if (typeof p.body === 'string')
    body = Buffer.from(p.body, p.isBase64Encoded === true ? 'base64' : 'utf8');
  else return undefined;
  if (body.length > ALB_LAMBDA_RESPONSE_LIMIT) return undefined;
  const description = typeof p.statusDescription === 'string' ? p.statusDescription : undefined;
  const message = description?.replace(/^\d+\s*/, '');
  return { statusCode: status, statusMessage: message || undefined, headers, body };
}
