/**
 * Hands a request on to an API's gateway on 127.0.0.1 (its body streamed) and streams the answer back:
 * what an execute-api endpoint and a custom domain do once they know the API, stage and path.
 */
import { type IncomingMessage, request, type ServerResponse } from 'node:http';
import { PIK_HEADERS } from '@pik/contracts/headers';
import { HOP_BY_HOP } from '../http-util.js';

export interface GatewayTarget {
  readonly port: number;
  /** Path (and query) as the gateway receives it, stage segment included. */
  readonly path: string;
}

/** API Gateway's answer when no API, stage or mapping takes the request: 403 `{"message":"Forbidden"}`. */
export function answerForbidden(res: ServerResponse, trace: string): void {
  res.writeHead(403, {
    'content-type': 'application/json',
    'x-amzn-errortype': 'ForbiddenException',
    [PIK_HEADERS.trace]: trace,
  });
  res.end('{"message":"Forbidden"}');
}

export function forwardToGateway(
  req: IncomingMessage,
  res: ServerResponse,
  target: GatewayTarget,
  add: { readonly trace: string; readonly headers?: Readonly<Record<string, string>> },
): void {
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined && !HOP_BY_HOP.has(name)) headers[name] = value;
  }
  headers[PIK_HEADERS.trace] = add.trace;
  Object.assign(headers, add.headers);
  const upstream = request(
    { host: '127.0.0.1', port: target.port, path: target.path, method: req.method, headers },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  upstream.on('error', () => {
    if (!res.headersSent) res.writeHead(502, { 'content-type': 'application/json' });
    res.end('{"message":"Bad Gateway"}');
  });
  req.pipe(upstream);
}
