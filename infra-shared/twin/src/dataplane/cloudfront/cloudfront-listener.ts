/**
 * CloudFront in front of the twin's API, from the distribution's template: the first behaviour whose path
 * pattern matches (else the default) decides. Cached methods are answered from a cache keyed on the path,
 * the cache policy's query strings and headers (`Authorization` among them in option 9, so callers never
 * share an entry), for the origin's `max-age` clamped to min/max TTL, else the default TTL; `no-store`,
 * `no-cache` and `private` are not kept. Misses go to the origin with the key's and the origin request
 * policy's headers and query strings and the origin's custom headers, nothing else. Answers carry
 * `X-Cache: Hit|Miss from cloudfront`, `Via` and `Age` (hits); the hop trace starts `cloudfront:hit` or
 * `cloudfront:miss > <the origin's trace>`. Plain HTTP on 127.0.0.1 (the viewer protocol policy is not
 * enforced); WAF is not evaluated (listed at start-up).
 */
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  request,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { EDGE_CACHE_HEADER, PIK_HEADERS } from '@pik/contracts/headers';
import type { CloudFrontBehaviourSpec, DistributionSpec } from '../../template/topology.js';

export const CLOUDFRONT_TRACE = { hit: 'cloudfront:hit', miss: 'cloudfront:miss' } as const;

interface Cached {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: Buffer;
  readonly storedAt: number;
  readonly expiresAt: number;
}

export interface CloudFrontStats {
  hits: number;
  misses: number;
}

export interface RunningCloudFront {
  readonly url: string;
  readonly stats: CloudFrontStats;
  /** Drops every cached answer, as an invalidation of `/*` does; returns how many there were. */
  invalidate(): number;
  close(): Promise<void>;
}

/** CloudFront path patterns: `*` any characters, `?` one; matched against the path, case-sensitive. */
export function matchesPathPattern(pattern: string, path: string): boolean {
  const source = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${source.startsWith('/') ? source : `/${source}`}$`).test(path);
}

export function behaviourFor(spec: DistributionSpec, path: string): CloudFrontBehaviourSpec {
  const found = spec.behaviours.find((b) => !b.pathPattern || matchesPathPattern(b.pathPattern, path));
  return found ?? (spec.behaviours.at(-1) as CloudFrontBehaviourSpec);
}

const picks = (selection: readonly string[] | 'all', name: string) =>
  selection === 'all' || selection.includes(name.toLowerCase());

function cacheKey(
  b: CloudFrontBehaviourSpec,
  method: string,
  url: URL,
  headers: IncomingHttpHeaders,
): string {
  const query = [...url.searchParams].filter(([k]) => picks(b.keyQueryStrings, k)).sort();
  const keyed = Object.entries(headers)
    .filter(([k]) => picks(b.keyHeaders, k))
    .sort(([a], [c]) => a.localeCompare(c));
  return JSON.stringify([method === 'HEAD' ? 'GET' : method, url.pathname, query, keyed]);
}

/** Seconds CloudFront keeps the answer, or 0 when it must not be kept. */
function ttlOf(b: CloudFrontBehaviourSpec, status: number, cacheControl: string | undefined): number {
  if (status >= 400 && status !== 404) return 0;
  const directives = (cacheControl ?? '').toLowerCase();
  if (/no-store|no-cache|private/.test(directives) && b.minTtlSeconds === 0) return 0;
  const maxAge = /(?:s-maxage|max-age)=(\d+)/.exec(directives)?.[1];
  const wanted = maxAge === undefined ? b.defaultTtlSeconds : Number(maxAge);
  return Math.min(b.maxTtlSeconds, Math.max(b.minTtlSeconds, wanted));
}

function originRequestHeaders(
  spec: DistributionSpec,
  b: CloudFrontBehaviourSpec,
  headers: IncomingHttpHeaders,
) {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || name === 'host') continue;
    if (picks(b.keyHeaders, name) || picks(b.forwardHeaders, name)) out[name] = String(value);
  }
  return { ...out, ...spec.originHeaders };
}

interface OriginAnswer {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

function callOrigin(
  target: URL,
  method: string,
  headers: Record<string, string>,
  body: Buffer,
): Promise<OriginAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(
      target,
      { method, headers: { ...headers, 'content-length': String(body.length) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const out: Record<string, string> = {};
          for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) out[k] = String(v);
          resolve({ status: res.statusCode ?? 502, headers: out, body: Buffer.concat(chunks) });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const readBody = (req: IncomingMessage) =>
  new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });

/** One running distribution: its behaviours, its origin, what it holds and how it answers. */
interface Edge {
  readonly spec: DistributionSpec;
  readonly originBaseUrl: string;
  readonly cache: Map<string, Cached>;
  readonly stats: CloudFrontStats;
  readonly via: string;
  readonly now: () => number;
}

function answer(res: ServerResponse, status: number, headers: Record<string, string>, body: Buffer): void {
  res.writeHead(status, headers);
  res.end(body);
}

function answerError(edge: Edge, res: ServerResponse, status: number, message: string): void {
  answer(
    res,
    status,
    { 'content-type': 'text/plain', [EDGE_CACHE_HEADER.name]: EDGE_CACHE_HEADER.error, via: edge.via },
    Buffer.from(message),
  );
}

async function handleEdgeRequest(edge: Edge, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const method = req.method ?? 'GET';
  const url = new URL(req.url ?? '/', 'http://cloudfront.local');
  const b = behaviourFor(edge.spec, url.pathname);
  const body = await readBody(req);
  if (!b.allowedMethods.includes(method)) {
    answerError(edge, res, 403, 'method not allowed by the cache behaviour');
    return;
  }
  const cacheable = b.cachedMethods.includes(method) && b.maxTtlSeconds > 0;
  const key = cacheKey(b, method, url, req.headers);
  const found = cacheable ? edge.cache.get(key) : undefined;
  if (found && found.expiresAt > edge.now()) {
    answerHit(edge, res, found, method);
    return;
  }
  edge.stats.misses += 1;
  const target = new URL(`${edge.originBaseUrl}${edge.spec.originPath}${url.pathname}`);
  for (const [k, v] of url.searchParams) {
    if (picks(b.keyQueryStrings, k) || picks(b.forwardQueryStrings, k)) target.searchParams.append(k, v);
  }
  const origin = await callOrigin(target, method, originRequestHeaders(edge.spec, b, req.headers), body);
  if (cacheable) store(edge, key, ttlOf(b, origin.status, origin.headers['cache-control']), origin);
  answerMiss(edge, res, origin);
}

function answerHit(edge: Edge, res: ServerResponse, found: Cached, method: string): void {
  edge.stats.hits += 1;
  const age = String(Math.floor((edge.now() - found.storedAt) / 1000));
  answer(
    res,
    found.status,
    {
      ...found.headers,
      [EDGE_CACHE_HEADER.name]: EDGE_CACHE_HEADER.hit,
      via: edge.via,
      age,
      [PIK_HEADERS.trace]: CLOUDFRONT_TRACE.hit,
    },
    method === 'HEAD' ? Buffer.alloc(0) : found.body,
  );
}

function answerMiss(edge: Edge, res: ServerResponse, origin: OriginAnswer): void {
  const trace = origin.headers[PIK_HEADERS.trace];
  const headers: Record<string, string> = {
    ...origin.headers,
    [EDGE_CACHE_HEADER.name]: EDGE_CACHE_HEADER.miss,
    via: edge.via,
    [PIK_HEADERS.trace]: trace ? `${CLOUDFRONT_TRACE.miss} > ${trace}` : CLOUDFRONT_TRACE.miss,
  };
  delete headers['transfer-encoding'];
  delete headers.connection;
  answer(res, origin.status, headers, origin.body);
}

/** Keeps the origin's answer for `ttlSeconds` (nothing when 0), without the hop-by-hop headers or the trace. */
function store(edge: Edge, key: string, ttlSeconds: number, origin: OriginAnswer): void {
  if (ttlSeconds <= 0) return;
  const { [PIK_HEADERS.trace]: _t, ...stored } = origin.headers;
  delete stored['transfer-encoding'];
  delete stored.connection;
  const storedAt = edge.now();
  edge.cache.set(key, {
    status: origin.status,
    headers: stored,
    body: origin.body,
    storedAt,
    expiresAt: storedAt + ttlSeconds * 1000,
  });
}

export async function startCloudFront(
  spec: DistributionSpec,
  originBaseUrl: string,
  now: () => number = Date.now,
): Promise<RunningCloudFront> {
  const edge: Edge = {
    spec,
    originBaseUrl,
    cache: new Map(),
    stats: { hits: 0, misses: 0 },
    via: `1.1 ${spec.id.toLowerCase().slice(0, 16)}.cloudfront.net (CloudFront)`,
    now,
  };
  const server = createServer((req, res) => {
    handleEdgeRequest(edge, req, res).catch((error: unknown) =>
      answerError(edge, res, 502, (error as Error).message),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stats: edge.stats,
    invalidate() {
      const count = edge.cache.size;
      edge.cache.clear();
      return count;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
