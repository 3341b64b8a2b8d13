import type { IncomingMessage, ServerResponse } from 'node:http';
import { PIK_HEADERS } from '@pik/contracts/headers';
import { type Agent, errors } from 'undici';
import { originOf } from '../http-forwarder.js';
import { sendElbError } from './elb-responses.js';
import type { TargetConfig } from './types.js';

/** Connection-scoped headers an ALB does not pass on (either way). */
const HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'te',
  'trailer',
  'upgrade',
  'transfer-encoding',
]);

let traceCounter = 0;
/** `X-Amzn-Trace-Id` as ALB adds it when the request has none. */
function amznTraceId(): string {
  traceCounter = (traceCounter + 1) & 0xffffff;
  const epoch = Math.floor(Date.now() / 1000).toString(16);
  return `Root=1-${epoch}-${process.pid.toString(16).padStart(8, '0')}${traceCounter.toString(16).padStart(16, '0')}`;
}

/** One request to an `ip` / `instance` target. */
export interface IpForward {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly target: TargetConfig;
  readonly trace: string;
  /** The listener's port as the template states it (`x-forwarded-port`). */
  readonly listenerPort: number;
}

/**
 * Proxies a request to an `ip` / `instance` target over `agent`'s keep-alive connections, request body
 * streamed, with ALB's `x-forwarded-*` headers and an `x-amzn-trace-id`. The answer is passed back with the
 * trace set unless the target sent one; a refused or reset connection is 502, no answer head within
 * `timeoutMs` 504.
 */
export function forwardToIp(agent: Agent, hop: IpForward, timeoutMs: number): void {
  const { req, res, target, trace } = hop;
  const incoming = req.headers;
  const length = incoming['content-length'];
  const hasBody = (length !== undefined && length !== '0') || incoming['transfer-encoding'] !== undefined;
  // The target must answer within the timeout (ALB's idle timeout, simplified to a deadline for the
  // response head); undici's own timers are too coarse for short test timeouts.
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  agent
    .request({
      origin: originOf(target.host ?? '127.0.0.1', target.port as number),
      path: req.url ?? '/',
      method: (req.method ?? 'GET') as 'GET',
      headers: targetHeaders(req, trace, hop.listenerPort),
      body: hasBody ? req : null,
      signal: controller.signal,
    })
    .then(
      (upstream) => {
        clearTimeout(timer);
        return relayAnswer(upstream, res, trace);
      },
      (error: unknown) => {
        clearTimeout(timer);
        const timeout =
          timedOut || error instanceof errors.HeadersTimeoutError || error instanceof errors.BodyTimeoutError;
        sendElbError(res, timeout ? 504 : 502, trace);
      },
    )
    .catch(() => sendElbError(res, 502, trace));
}

function targetHeaders(
  req: IncomingMessage,
  trace: string,
  listenerPort: number,
): Record<string, string | string[]> {
  const headers: Record<string, string | string[]> = {};
  const incoming = req.headers;
  for (const name in incoming) {
    if (HOP.has(name)) continue;
    const value = incoming[name];
    if (value !== undefined) headers[name] = value;
  }
  headers[PIK_HEADERS.trace] = trace;
  const xff = incoming['x-forwarded-for'];
  const client = req.socket.remoteAddress ?? '127.0.0.1';
  headers['x-forwarded-for'] = xff ? `${xff}, ${client}` : client;
  headers['x-forwarded-proto'] = 'http';
  headers['x-forwarded-port'] = String(listenerPort);
  if (incoming['x-amzn-trace-id'] === undefined) headers['x-amzn-trace-id'] = amznTraceId();
  return headers;
}

type Upstream = Awaited<ReturnType<Agent['request']>>;

async function relayAnswer(upstream: Upstream, res: ServerResponse, trace: string): Promise<void> {
  const out: string[] = [];
  let traced = false;
  let sized = false;
  const upstreamHeaders = upstream.headers;
  for (const name in upstreamHeaders) {
    if (HOP.has(name)) continue;
    const value = upstreamHeaders[name];
    if (value === undefined) continue;
    if (name === PIK_HEADERS.trace) traced = true;
    else if (name === 'content-length') sized = true;
    if (Array.isArray(value)) for (const v of value) out.push(name, v);
    else out.push(name, value);
  }
  if (!traced) out.push(PIK_HEADERS.trace, trace);
  if (sized) {
    // Known size (the usual JSON answer): one write is cheaper than a stream pipe.
    const body = Buffer.from(await upstream.body.arrayBuffer());
    res.writeHead(upstream.statusCode, out);
    res.end(body);
    return;
  }
  res.writeHead(upstream.statusCode, out);
  upstream.body.pipe(res);
  upstream.body.on('error', () => res.destroy());
  res.on('close', () => upstream.body.destroy());
}
