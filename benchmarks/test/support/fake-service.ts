import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PIK_HEADERS, type TargetsFile, type Throttle } from '@pik/contracts';

/**
 * A stand-in for one pattern behind a gateway, for testing the harness itself: the four services' routes
 * (list, get, create, patch with version, delete), a stage token bucket answering 429 like API Gateway,
 * Lambda-like execution environments (a busy environment cannot take a second request; a new one starts
 * cold after `initMs`), and the twin's control call that discards every environment.
 */
export interface FakeServiceOptions extends Throttle {
  readonly serviceMs?: number;
  readonly initMs?: number;
  readonly stage?: string;
  readonly apiKey?: string;
}

interface Item {
  id: string;
  version: number;
  [field: string]: unknown;
}

const SERVICE_PATHS = ['/catalog', '/customers', '/orders', '/inventory'];

export interface FakeService {
  readonly url: string;
  readonly controlUrl: string;
  readonly counts: { accepted: number; throttled: number; cold: number };
  targets(patternIds?: readonly string[]): TargetsFile;
  /** Every request to the service at `path` answers `status` from now on (undefined: served again). */
  fail(path: string, status: number | undefined): void;
  close(): Promise<void>;
}

export async function startFakeService(options: FakeServiceOptions): Promise<FakeService> {
  const serviceMs = options.serviceMs ?? 2;
  const initMs = options.initMs ?? 40;
  const stage = options.stage ?? '';
  const items = new Map<string, Map<string, Item>>();
  for (const path of SERVICE_PATHS) {
    const table = new Map<string, Item>();
    for (let i = 0; i < 10; i++) {
      const id = randomUUID();
      table.set(id, { id, version: 1, name: `${path.slice(1)} ${i}` });
    }
    items.set(path, table);
  }
  let tokens = options.burstLimit;
  let refilledAt = performance.now();
  const idle: string[] = [];
  const counts = { accepted: 0, throttled: 0, cold: 0 };
  const failing = new Map<string, number>();

  const takeToken = (): boolean => {
    const now = performance.now();
    tokens = Math.min(options.burstLimit, tokens + ((now - refilledAt) / 1000) * options.rateLimit);
    refilledAt = now;
    if (tokens < 1) return false;
    tokens -= 1;
    return true;
  };

  const send = (
    res: ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ): void => {
    const text = body === undefined ? '' : JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(text);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse, body: string): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/control/cold-start' && req.method === 'POST') {
      idle.length = 0;
      return send(res, 200, { discarded: true });
    }
    if (!url.pathname.startsWith(stage)) return send(res, 404, { message: 'Not Found' });
    if (options.apiKey && req.headers['x-api-key'] !== options.apiKey)
      return send(res, 403, { message: 'Forbidden' });
    if (!takeToken()) {
      counts.throttled += 1;
      return send(
        res,
        429,
        { message: 'Too Many Requests' },
        { 'x-amzn-errortype': 'TooManyRequestsException' },
      );
    }
    counts.accepted += 1;
    const instance = idle.pop();
    const cold = instance === undefined;
    const env = instance ?? randomUUID().slice(0, 8);
    if (cold) counts.cold += 1;
    await new Promise((resolve) => setTimeout(resolve, serviceMs + (cold ? initMs : 0)));
    idle.push(env);
    const runtime = {
      [PIK_HEADERS.cold]: String(cold),
      [PIK_HEADERS.initMs]: String(cold ? initMs : 0),
      [PIK_HEADERS.instance]: env,
    };
    const path = url.pathname.slice(stage.length);
    const [, base, id] = /^(\/[a-z]+)(?:\/([^/]+))?$/.exec(path) ?? [];
    const failure = base ? failing.get(base) : undefined;
    if (failure !== undefined) return send(res, failure, { message: 'Internal server error' });
    const table = base ? items.get(base) : undefined;
    if (!table || !base) return send(res, 404, { message: 'Not Found' }, runtime);
    if (req.method === 'GET' && !id) {
      const limit = Number(url.searchParams.get('limit') ?? 20);
      return send(res, 200, { items: [...table.values()].slice(0, limit), nextCursor: null }, runtime);
    }
    if (req.method === 'POST' && !id) {
      const created: Item = { ...(JSON.parse(body || '{}') as object), id: randomUUID(), version: 1 };
      table.set(created.id, created);
      return send(res, 201, created, runtime);
    }
    const item = id ? table.get(id) : undefined;
    if (!item || !id) return send(res, 404, { message: 'Not Found' }, runtime);
    if (req.method === 'GET') return send(res, 200, item, runtime);
    if (req.method === 'PATCH') {
      const patch = JSON.parse(body || '{}') as { version?: number };
      if (patch.version !== item.version)
        return send(res, 409, { code: 'VERSION_CONFLICT', currentVersion: item.version }, runtime);
      Object.assign(item, patch, { version: item.version + 1 });
      return send(res, 200, item, runtime);
    }
    if (req.method === 'DELETE') {
      table.delete(id);
      res.writeHead(204, runtime);
      return void res.end();
    }
    return send(res, 405, { message: 'Method Not Allowed' }, runtime);
  };

  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => {
      body += chunk.toString();
    });
    req.on('end', () => {
      handle(req, res, body).catch((error: Error) => send(res, 500, { message: error.message }));
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    controlUrl: `${url}/control`,
    counts,
    targets(patternIds = ['http-vpclink-albs']) {
      return {
        schemaVersion: 1,
        world: 'local-twin',
        createdAt: new Date().toISOString(),
        patterns: patternIds.map((id) => ({
          id: id as never,
          title: `fake ${id}`,
          api: id.startsWith('rest') ? ('rest' as const) : ('http' as const),
          baseUrl: `${url}${stage}`,
          stage: stage.slice(1) || '$default',
          auth: options.apiKey
            ? [{ kind: 'api-key' as const, header: 'x-api-key' as const, value: options.apiKey }]
            : [],
          services: SERVICE_PATHS.map((path) => ({ name: path.slice(1), path, compute: 'lambda' as const })),
          throttle: { rateLimit: options.rateLimit, burstLimit: options.burstLimit },
          controlUrl: `${url}/control`,
        })),
      };
    },
    fail(path, status) {
      if (status === undefined) failing.delete(path);
      else failing.set(path, status);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
