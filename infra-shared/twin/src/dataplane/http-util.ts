import type { IncomingMessage } from 'node:http';

/** A component listening on 127.0.0.1. `close()` stops listening, ends keep-alive sockets and timers. */
export interface RunningComponent {
  readonly host: string;
  /** Actual bound port (the config may ask for 0 = any free port). */
  readonly port: number;
  close(): Promise<void>;
}

/** Headers that describe one connection and must not be forwarded by a proxy (RFC 9110 section 7.6.1). */
export const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'te',
  'trailer',
  'upgrade',
  'proxy-authorization',
  'proxy-authenticate',
  'content-length',
  // undici refuses `expect: 100-continue`; API Gateway answers the client's expectation itself.
  'expect',
]);

export const EMPTY_BODY: Buffer = Buffer.alloc(0);

/**
 * Reads a request body into one buffer, or resolves `undefined` once it grows past `limit` bytes (the
 * caller answers 413; the rest of the body is discarded). Bodiless requests cost no listeners.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  const length = req.headers['content-length'];
  if ((length === undefined || length === '0') && req.headers['transfer-encoding'] === undefined) {
    return Promise.resolve(EMPTY_BODY);
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        done = true;
        chunks.length = 0;
        resolve(undefined);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (done) return;
      done = true;
      resolve(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, size));
    });
    req.on('error', (error) => {
      if (done) return;
      done = true;
      reject(error);
    });
  });
}

/** Closes a server and every connection it still holds (keep-alive ones included). */
export function closeServer(server: {
  close(cb: (err?: Error) => void): void;
  closeAllConnections?(): void;
}) {
  return new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections?.();
  });
}

/** Listens on host:port (0 = any free port) and resolves with the bound port. */
export function listen(
  server: {
    listen(port: number, host: string, cb: () => void): unknown;
    address(): unknown;
    once(e: 'error', l: (e: Error) => void): unknown;
  },
  host: string,
  port: number,
): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve(typeof address === 'object' && address !== null ? (address as { port: number }).port : port);
    });
  });
}
