import { Agent, createServer, type IncomingHttpHeaders, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApiGateway } from '../../src/dataplane/gateway/api-gateway.js';
import type { RunningApiGateway } from '../../src/dataplane/gateway/types.js';
import { createHttpForwarder } from '../../src/dataplane/http-forwarder.js';
import { createNlb } from '../../src/dataplane/lb/nlb.js';
import type { RunningAlb, RunningNlb } from '../../src/dataplane/lb/types.js';

export interface Reply {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

const agent = new Agent({ keepAlive: true, maxSockets: 64 });

/** One HTTP request on 127.0.0.1 (keep-alive), body as text. */
export function send(
  port: number,
  path: string,
  options: { method?: string; headers?: Record<string, string | number>; body?: string | Buffer } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers, agent },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

export interface Backend {
  readonly port: number;
  /** Requests received so far. */
  calls: number;
  /** Every request body received (writes the backend acknowledged). */
  readonly bodies: Set<string>;
  /** Last request seen. */
  last: { method: string; url: string; headers: IncomingHttpHeaders; body: string } | undefined;
  close(): Promise<void>;
}

/**
 * A plain local service: answers `{"service":name,"method","url"}` as JSON after `delayMs`, or whatever
 * `handler` writes. It is the thing behind the component under test, not a stand-in for it.
 */
export async function startBackend(
  name = 'backend',
  options: { delayMs?: number; status?: number; healthPath?: string } = {},
): Promise<Backend> {
  const state: Backend = {
    port: 0,
    calls: 0,
    bodies: new Set(),
    last: undefined,
    close: () => Promise.resolve(),
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (options.healthPath && req.url === options.healthPath) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"ok":true}');
        return;
      }
      state.calls++;
      if (chunks.length > 0) state.bodies.add(Buffer.concat(chunks).toString());
      state.last = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString(),
      };
      const answer = () => {
        res.writeHead(options.status ?? 200, { 'content-type': 'application/json', 'x-served-by': name });
        res.end(JSON.stringify({ service: name, method: req.method, url: req.url }));
      };
      if (options.delayMs) setTimeout(answer, options.delayMs);
      else answer();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  (state as { port: number }).port = (server.address() as AddressInfo).port;
  state.close = () =>
    new Promise<void>((r) => {
      server.close(() => r());
      server.closeAllConnections();
    });
  return state;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Option 4's NLB > ALB hop: an NLB whose listener for template port 8083 has `alb`'s first listener as its
 * one target (target type alb), health-checked over HTTP on `healthPath` (one check to turn healthy).
 */
export function createNlbToAlb(
  alb: RunningAlb,
  options: { readonly name: string; readonly healthPath: string; readonly intervalMs: number },
): Promise<RunningNlb> {
  return createNlb({
    name: options.name,
    listeners: [
      {
        templatePort: 8083,
        targetGroup: {
          name: 'to-alb',
          targetType: 'alb',
          targets: [{ host: '127.0.0.1', port: alb.listeners[0]?.port }],
          healthCheck: {
            protocol: 'HTTP',
            path: options.healthPath,
            intervalMs: options.intervalMs,
            healthyThresholdCount: 1,
            unhealthyThresholdCount: 2,
          },
        },
      },
    ],
  });
}

/**
 * A REST API (stage v1) whose `ANY /orders/{proxy+}` is an HTTP_PROXY private integration to `uri` through a
 * VPC link of the given version, forwarded to 127.0.0.1:`port` with the L4 `hops` recorded in the trace.
 * Returns the gateway and a close for it and its forwarder.
 */
export async function restOrdersProxy(link: {
  readonly version: 'v1' | 'v2';
  readonly uri: string;
  readonly port: number;
  readonly hops: string[];
}): Promise<{ gateway: RunningApiGateway; close: () => Promise<void> }> {
  const forwarder = createHttpForwarder(() => ({ host: '127.0.0.1', port: link.port, hops: link.hops }));
  const gateway = await createApiGateway(
    {
      apiId: 'api',
      kind: 'rest',
      stageName: 'v1',
      routes: [
        {
          routeKey: 'ANY /orders/{proxy+}',
          integration: {
            id: 'orders',
            type: 'HTTP_PROXY',
            connectionType: 'VPC_LINK',
            vpcLinkVersion: link.version,
            uri: link.uri,
            requestParameters: { 'integration.request.path.proxy': 'method.request.path.proxy' },
          },
        },
      ],
    },
    { forward: forwarder.forward },
  );
  return {
    gateway,
    close: async () => {
      await gateway.close();
      await forwarder.close();
    },
  };
}
