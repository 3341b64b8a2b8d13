import { IncomingMessage, type ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { GatewayContext } from '../../../src/dataplane/gateway/context.js';

/**
 * A gateway context for a request that never touched a socket: Node's own IncomingMessage with the given
 * method, URL, headers and body, and a response that records what the stages write.
 */
export function requestContext(
  options: { method?: string; url?: string; headers?: Record<string, string>; body?: string } = {},
): { context: GatewayContext; written: WrittenResponse } {
  const req = new IncomingMessage(new Socket());
  req.method = options.method ?? 'GET';
  req.url = options.url ?? '/';
  req.headers = { ...options.headers };
  if (options.body !== undefined) {
    req.headers['content-length'] ??= String(Buffer.byteLength(options.body));
    req.push(options.body);
  }
  req.push(null);
  const written = new WrittenResponse();
  return { context: new GatewayContext(req, written.asResponse(), 'req-1', 'gateway:rest'), written };
}

/** What a stage wrote to the client: status, headers (names lower-cased) and body. */
export class WrittenResponse {
  status: number | undefined;
  readonly headers = new Map<string, string[]>();
  body: string | undefined;

  asResponse(): ServerResponse {
    const self = this;
    return {
      get headersSent() {
        return self.status !== undefined;
      },
      writeHead(status: number, headers: readonly string[]) {
        self.status = status;
        for (let i = 0; i < headers.length; i += 2) {
          const name = (headers[i] as string).toLowerCase();
          self.headers.set(name, [...(self.headers.get(name) ?? []), headers[i + 1] as string]);
        }
      },
      end(body?: string | Buffer) {
        self.body = body === undefined ? '' : body.toString();
      },
    } as unknown as ServerResponse;
  }

  header(name: string): string | undefined {
    return this.headers.get(name)?.join(', ');
  }
}
