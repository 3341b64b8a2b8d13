import type { IncomingHttpHeaders, OutgoingHttpHeaders } from 'node:http';
import { CACHE_TRACE_SEGMENTS, PIK_HEADERS } from '@pik/contracts/headers';
import { appendTrace } from '../../trace.js';
import { type GatewayContext, type GatewayStage, refusal, type StageResult } from '../context.js';
import type { StageCache } from '../stage-cache.js';
import type { IntegrationResponse, RouteCacheConfig } from '../types.js';

/** Trace segments of the cache stage. */
export const CACHE_SEGMENTS = CACHE_TRACE_SEGMENTS;

/**
 * Added to an answer when a client without the right to invalidate sent `Cache-Control: max-age=0` under
 * `SUCCEED_WITH_RESPONSE_HEADER`. AWS documents that a warning header is added, not its wording: inferred.
 */
export const CACHE_CONTROL_IGNORED = ['warning', '199 - "Cache-Control max-age=0 ignored: not authorized"'];

/**
 * The cache in front of one method's integration (`answering`): a fresh entry under the request's key
 * answers at once (trace `cache:hit`) and `answering` never runs; otherwise `answering` runs (trace
 * `cache:miss`) and its 2xx answer is kept for the method's TTL (only successes are kept: inferred).
 * `Cache-Control: max-age=0` asks for a fresh answer that replaces the entry: honoured when the method
 * does not require authorization for it; when it does, the twin cannot check `execute-api:InvalidateCache`
 * (IAM is not emulated), so the caller counts as unauthorized and `unauthorizedStrategy` applies.
 */
export function cacheStage(
  routeKey: string,
  config: RouteCacheConfig,
  cache: StageCache,
  answering: GatewayStage,
): GatewayStage {
  const forbidden = refusal('cacheControlForbidden');
  const keyOf = cacheKey(routeKey, config.keyParameters);
  const store = (context: GatewayContext, key: string, refused: StageResult): StageResult => {
    const result = context.result;
    if (!refused && result && !result.stream && result.statusCode >= 200 && result.statusCode < 300) {
      cache.set(key, withoutTrace(result), config.ttlSeconds);
    }
    return refused;
  };
  const answer = (context: GatewayContext, key: string): StageResult | Promise<StageResult> => {
    context.trace = appendTrace(context.trace, CACHE_SEGMENTS.miss);
    const refused = answering.run(context);
    return refused instanceof Promise
      ? refused.then((r) => store(context, key, r))
      : store(context, key, refused);
  };
  return {
    name: 'cache',
    run(context) {
      const invalidate = asksMaxAgeZero(context.req.headers);
      const key = keyOf(context);
      if (invalidate && !config.requireAuthorizationForCacheControl) return answer(context, key);
      if (invalidate && config.unauthorizedStrategy === 'FAIL_WITH_403') return forbidden;
      const cached = cache.get(key);
      if (!cached) return answer(context, key);
      const warn = invalidate && config.unauthorizedStrategy === 'SUCCEED_WITH_RESPONSE_HEADER';
      context.result = warn ? withWarning(cached) : cached;
      context.trace = appendTrace(context.trace, CACHE_SEGMENTS.hit);
      return undefined;
    },
  };
}

/**
 * The cache key: method and resource path, then the value of each key parameter (path parameter, query
 * string value, header), as API Gateway builds it from `CacheKeyParameters`.
 */
export function cacheKey(
  routeKey: string,
  keyParameters: readonly string[],
): (context: GatewayContext) => string {
  const readers = keyParameters.map(parameterReader);
  return (context) => {
    let key = routeKey;
    for (const read of readers) key += `\n${read(context) ?? ''}`;
    return key;
  };
}

function parameterReader(parameter: string): (context: GatewayContext) => string | undefined {
  const match = /^method\.request\.(path|querystring|header)\.(.+)$/.exec(parameter);
  if (!match) throw new Error(`cache key parameter '${parameter}' is not a method request parameter`);
  const [, where, name] = match as unknown as [string, string, string];
  if (where === 'path') return (c) => c.pathParameters[name];
  if (where === 'header') {
    const lower = name.toLowerCase();
    return (c) => headerValue(c.req.headers, lower);
  }
  return (c) => new URLSearchParams(c.rawQueryString).getAll(name).join(',');
}

function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(',') : value;
}

function asksMaxAgeZero(headers: IncomingHttpHeaders): boolean {
  const value = headers['cache-control'];
  return value !== undefined && /(^|,)\s*max-age\s*=\s*0\s*(,|$)/i.test(value);
}

function withoutTrace(result: IntegrationResponse): IntegrationResponse {
  const headers: OutgoingHttpHeaders = {};
  for (const name in result.headers) {
    if (name.toLowerCase() !== PIK_HEADERS.trace) headers[name] = result.headers[name];
  }
  return { statusCode: result.statusCode, headers, body: result.body };
}

function withWarning(result: IntegrationResponse): IntegrationResponse {
  const [name, value] = CACHE_CONTROL_IGNORED as [string, string];
  return { ...result, headers: { ...result.headers, [name]: value } };
}
