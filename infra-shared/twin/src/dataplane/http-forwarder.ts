import type { IncomingHttpHeaders, OutgoingHttpHeaders } from 'node:http';
import type { Readable } from 'node:stream';
import { PIK_HEADERS } from '@pik/contracts/headers';
import { QUOTAS } from '@pik/limits';
import { Agent, type Dispatcher, Pool } from 'undici';
import type { Forward, GatewayRequest, IntegrationConfig, IntegrationResponse } from './gateway/types.js';
import { HOP_BY_HOP } from './http-util.js';
import { localSocketForOrigin } from './local-sockets.js';
import { appendTrace } from './trace.js';

/** Where one integration's traffic goes on 127.0.0.1, and the L4 hops on the way. */
export interface HttpForwardTarget {
  readonly host: string;
  readonly port: number;
  /** Segments appended to the trace for hops that cannot add headers, e.g. `['vpclink:v1', 'nlb:8083']`. */
  readonly hops: readonly string[];
}

export interface HttpForwarderConfig {
  /** Keep-alive sockets per target. @default 256 */
  readonly maxSocketsPerTarget?: number;
  /** Largest buffered answer; a larger one rejects with {@link ResponseTooLargeError}. @default 10 MB */
  readonly maxResponseBytes?: number;
}

/**
 * A buffered integration answered more than API Gateway's payload limit (`QUOTAS.payloadBytes`): the
 * gateway answers its own error (`responseTooLarge`) instead. Streamed answers have no such limit.
 */
export class ResponseTooLargeError extends Error {
  constructor(readonly limitBytes: number) {
    super(`integration answer over ${limitBytes} bytes`);
    this.name = 'ResponseTooLargeError';
  }
}

/** The whole body, or a ResponseTooLargeError as soon as it passes `limit` (the rest is not read). */
async function readAtMost(body: Readable, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += (chunk as Buffer).length;
    if (size > limit) {
      body.destroy();
      throw new ResponseTooLargeError(limit);
    }
    chunks.push(chunk as Buffer);
  }
  return chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, size);
}

/** Resolves an integration to its local target; the topology knows listener ARNs, NLB ports, etc. */
export type ResolveHttpTarget = (
  integration: IntegrationConfig,
  request: GatewayRequest,
) => HttpForwardTarget;

/**
 * The gateway's HTTP integration client: sends a request to the local port that stands for the integration
 * (an NLB listener, an ALB listener, a service) over keep-alive connections, with the backend path API
 * Gateway would send:
 * - HTTP API private integration (VPC link): the path as received, **stage prefix included**, unless the
 *   integration has `overwrite:path` (e.g. `$request.path`, which is the path without the stage).
 * - REST `HTTP_PROXY` (and HTTP API public `HTTP_PROXY`, and REST private integrations through a VPC link
 *   V1): the integration URI's path with `{var}` replaced by the mapped method path parameter
 *   (`integration.request.path.proxy` -> `method.request.path.proxy`; an unmapped `{var}` takes the
 *   same-named path parameter), query string passed through, `Host` set to the URI's authority.
 * - REST private integration through a VPC link V2 (`IntegrationTarget`): `/<stage>` followed by that URI
 *   path ({@link REST_V2_STAGE_PATH}).
 * The per-kind rule and its sources: docs/twin-fidelity.md, "The stage in the path of private integrations".
 * It appends the L4 hops it goes through (`HttpForwardTarget.hops`) to `x-pik-trace`, since a VPC link and
 * an NLB cannot, and sets the response trace when the backend sent none.
 */
export interface HttpForwarder {
  readonly forward: Forward;
  /** Ends the keep-alive connections. */
  close(): void;
}

interface CompiledUri {
  /** Literal text and `{var}` names, alternating starting with text. */
  readonly parts: readonly string[];
  readonly authority: string;
  readonly query: string;
}

const EMPTY = Buffer.alloc(0);

const uriCache = new WeakMap<IntegrationConfig, CompiledUri | null>();

function compileUri(integration: IntegrationConfig): CompiledUri | null {
  let compiled = uriCache.get(integration);
  if (compiled !== undefined) return compiled;
  compiled = null;
  const uri = integration.uri;
  const m = uri === undefined ? null : /^https?:\/\/([^/?#]+)([^?#]*)(?:\?([^#]*))?/.exec(uri);
  if (m) {
    const path = m[2] === '' ? '/' : (m[2] as string);
    compiled = { parts: path.split(/\{([^}]+)\}/), authority: m[1] as string, query: m[3] ?? '' };
  }
  uriCache.set(integration, compiled);
  return compiled;
}

function literal(value: string): string | undefined {
  return value.length >= 2 && value.startsWith("'") && value.endsWith("'") ? value.slice(1, -1) : undefined;
}

/** REST mapping source (`method.request.path.x`, `method.request.header.x`, `'literal'`). */
function restSource(source: string, request: GatewayRequest): string | undefined {
  const lit = literal(source);
  if (lit !== undefined) return lit;
  if (source.startsWith('method.request.path.')) return request.pathParameters[source.slice(20)];
  if (source.startsWith('method.request.header.')) {
    const v = request.headers[source.slice(22).toLowerCase()];
    return Array.isArray(v) ? v.join(',') : v;
  }
  if (source.startsWith('method.request.querystring.')) {
    return new URLSearchParams(request.rawQueryString).get(source.slice(27)) ?? undefined;
  }
  if (source.startsWith('context.authorizer.')) return authorizerValue(source.slice(19), request);
  return undefined;
}

/**
 * `context.authorizer.<key>` of a REST mapping: a Lambda authorizer's `principalId` or context value, or a
 * Cognito authorizer's `claims.<claim>`; undefined (the header is left out) when the request has none.
 */
function authorizerValue(key: string, request: GatewayRequest): string | undefined {
  const auth = request.authorizer;
  if (auth?.lambda) {
    const value = key === 'principalId' ? auth.lambda.principalId : auth.lambda.context[key];
    return value === undefined ? undefined : String(value);
  }
  const claim = key.startsWith('claims.') ? auth?.claims[key.slice(7)] : undefined;
  return claim === undefined ? undefined : String(claim);
}

/** HTTP API mapping value: `$request.path`, `$request.path.x`, `$request.header.x`, `$request.querystring.x`, literals. */
function httpMappingValue(value: string, request: GatewayRequest): string {
  return value.replace(
    /\$request\.(path|header|querystring)(?:\.([A-Za-z0-9_.-]+))?|\$context\.requestId|\$context\.stage/g,
    (all, where: string | undefined, name: string | undefined) => {
      if (all === '$context.requestId') return request.requestId;
      if (all === '$context.stage') return request.stage;
      if (where === 'path') return name === undefined ? request.path : (request.pathParameters[name] ?? '');
      if (name === undefined) return '';
      if (where === 'header') {
        const v = request.headers[name.toLowerCase()];
        return Array.isArray(v) ? v.join(',') : (v ?? '');
      }
      return new URLSearchParams(request.rawQueryString).get(name) ?? '';
    },
  );
}

/**
 * The twin's choice for REST private integrations through a VPC link V2: the stage is put in front of the
 * URI's path (`/v1` + `/orders/7`). The REST private-integration guide says the stage portion is included in
 * the request to the backend without saying whether it joins the URI's path or the method path; this reading
 * makes a backend that cannot take the prefix fail in the twin, not first on AWS. VPC link V1 integrations
 * keep the URI's path as it is (`stagePrefixed` false).
 */
export const REST_V2_STAGE_PATH = 'stage prefix + URI path' as const;

function stagePrefixed(request: GatewayRequest, integration: IntegrationConfig): boolean {
  return (
    request.apiKind === 'rest' &&
    integration.connectionType === 'VPC_LINK' &&
    integration.vpcLinkVersion === 'v2'
  );
}

/** Backend path + query for one request, as API Gateway builds it. */
export function backendPath(request: GatewayRequest, integration: IntegrationConfig): string {
  const params = integration.requestParameters;
  const query = request.rawQueryString;
  if (request.apiKind === 'http' && integration.connectionType === 'VPC_LINK') {
    const overwrite = params?.['overwrite:path'];
    const path = overwrite === undefined ? request.rawPath : httpMappingValue(overwrite, request);
    return query === '' ? path : `${path}?${query}`;
  }
  const uri = compileUri(integration);
  if (!uri) {
    const path = stagePrefixed(request, integration) ? `/${request.stage}${request.path}` : request.path;
    return query === '' ? path : `${path}?${query}`;
  }
  let path = stagePrefixed(request, integration) ? `/${request.stage}` : '';
  const parts = uri.parts;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    if (i % 2 === 0) {
      path += part;
      continue;
    }
    const mapped = params?.[`integration.request.path.${part}`];
    path += (mapped === undefined ? request.pathParameters[part] : restSource(mapped, request)) ?? '';
  }
  const q = uri.query === '' ? query : query === '' ? uri.query : `${uri.query}&${query}`;
  return q === '' ? path : `${path}?${q}`;
}

function outgoingHeaders(
  request: GatewayRequest,
  integration: IntegrationConfig,
  trace: string,
): OutgoingHttpHeaders {
  const headers: OutgoingHttpHeaders = {};
  const incoming: IncomingHttpHeaders = request.headers;
  for (const name in incoming) {
    if (HOP_BY_HOP.has(name)) continue;
    headers[name] = incoming[name];
  }
  headers[PIK_HEADERS.trace] = trace;
  const xff = incoming['x-forwarded-for'];
  headers['x-forwarded-for'] = xff ? `${xff}, ${request.sourceIp}` : request.sourceIp;
  if (request.body.length > 0) headers['content-length'] = request.body.length;
  const uri =
    request.apiKind === 'rest' || integration.connectionType !== 'VPC_LINK' ? compileUri(integration) : null;
  if (uri) headers.host = uri.authority;
  const params = integration.requestParameters;
  if (params) {
    for (const key in params) {
      const source = params[key] as string;
      if (key.startsWith('integration.request.header.')) {
        const v = restSource(source, request);
        if (v !== undefined) headers[key.slice(27).toLowerCase()] = v;
      } else if (key.startsWith('overwrite:header.')) {
        headers[key.slice(17).toLowerCase()] = httpMappingValue(source, request);
      } else if (key.startsWith('append:header.')) {
        const name = key.slice(14).toLowerCase();
        const prev = headers[name];
        const v = httpMappingValue(source, request);
        headers[name] = prev === undefined ? v : `${String(prev)},${v}`;
      } else if (key.startsWith('remove:header.')) {
        delete headers[key.slice(14).toLowerCase()];
      }
    }
  }
  return headers;
}

/**
 * Origins as undici wants them, built once per target. undici (Node's own HTTP client, the engine behind
 * `fetch`) is used instead of `node:http` because its pooled client costs about half as much CPU per
 * request, and every hop of the twin shares the same cores as the services and the load generator.
 */
const origins = new Map<string, string>();
export function originOf(host: string, port: number): string {
  const key = `${host}:${port}`;
  let origin = origins.get(key);
  if (origin === undefined) {
    origin = `http://${key}`;
    origins.set(key, origin);
  }
  return origin;
}

/**
 * undici pool factory: an origin that is a listener of this twin is reached over that listener's Unix
 * socket (see local-sockets.ts), any other origin over TCP.
 */
export function localAwarePool(origin: string | URL, options: object): Dispatcher {
  const socketPath = localSocketForOrigin(origin);
  return new Pool(origin, socketPath ? { ...options, socketPath } : options);
}

export function createHttpForwarder(
  resolve: ResolveHttpTarget,
  config: HttpForwarderConfig = {},
): HttpForwarder {
  const agent = new Agent({
    connections: config.maxSocketsPerTarget ?? 256,
    keepAliveTimeout: 4_000,
    // The integration timeout is the gateway's business (it answers 504/503 and aborts the request).
    headersTimeout: 0,
    bodyTimeout: 0,
    factory: localAwarePool,
  });

  const maxResponseBytes = config.maxResponseBytes ?? QUOTAS.payloadBytes.value;
  const forward: Forward = async (request, integration) => {
    const target = resolve(integration, request);
    const trace = target.hops.length === 0 ? request.trace : appendTrace(request.trace, ...target.hops);
    const method =
      integration.integrationHttpMethod && integration.integrationHttpMethod !== 'ANY'
        ? integration.integrationHttpMethod
        : request.method;
    const res = await agent.request({
      origin: originOf(target.host, target.port),
      path: backendPath(request, integration),
      method: method as 'GET',
      headers: outgoingHeaders(request, integration, trace) as Record<string, string | string[]>,
      body: request.body.length > 0 ? request.body : null,
      signal: request.signal,
    });
    const headers = res.headers as OutgoingHttpHeaders;
    if (headers[PIK_HEADERS.trace] === undefined) headers[PIK_HEADERS.trace] = trace;
    // STREAM: handed on as it arrives (the response stage relays it); BUFFERED: read whole, within the limit.
    if (integration.responseTransferMode === 'STREAM') {
      return { statusCode: res.statusCode, headers, body: EMPTY, stream: res.body };
    }
    const body = await readAtMost(res.body, maxResponseBytes);
    return { statusCode: res.statusCode, headers, body } satisfies IntegrationResponse;
  };

  return { forward, close: () => void agent.close() };
}
