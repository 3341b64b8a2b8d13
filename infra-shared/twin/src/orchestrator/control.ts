/**
 * The twin's control surface on 127.0.0.1: inspect a pattern, force cold starts, stop, kill, pause, resume
 * or restart a container replica, set a function's reserved concurrency, mint a token. One server for the whole twin; each pattern's `controlUrl`
 * is `<server>/patterns/<id>`.
 *
 *   GET  /patterns/<id>                                      state: functions, replicas, target health
 *   POST /patterns/<id>/cold-start[?function=<service|name>]  kill Lambda environments
 *   POST /patterns/<id>/services/<service>/replicas/<n>/<stop|kill|pause|resume|restart>
 *   POST /patterns/<id>/functions/<service|name>/concurrency/<n|template>  reserved concurrency (0 throttles)
 *   POST /patterns/<id>/token[?scope=...]                    a fresh access token for the pattern's client
 *   POST /patterns/<id>/cache/flush                          empty the REST stage cache
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LOOPBACK } from '../runtime/ports.js';
import type { RunningPattern } from './stand-up.js';

export interface ControlServer {
  readonly url: string;
  close(): Promise<void>;
}

type Reply = { status: number; body: unknown };

function error(status: number, message: string, field?: string): Reply {
  return { status, body: { message, ...(field ? { field } : {}) } };
}

export function describePattern(running: RunningPattern): unknown {
  const t = running.topology;
  return {
    id: t.patternId,
    baseUrl: running.gateway.baseUrl,
    functions: running.lambdas.functions.map((p) => ({
      id: p.spec.id,
      functionName: p.spec.functionName,
      service: p.spec.serviceName,
      concurrencyLimit: p.concurrencyLimit,
      environments: p.stats(),
    })),
    services: [...running.containers.values()].map((c) => ({
      id: c.spec.id,
      service: c.name,
      replicas: c.list(),
    })),
    targetHealth: Object.fromEntries(
      [...running.albs.entries(), ...running.nlbs.entries()]
        .flatMap(([lbId, lb]) =>
          t.targetGroups.map((g) => {
            try {
              return [`${lbId}/${g.id}`, lb.health(g.id).map((h) => ({ ...h.target, state: h.state }))];
            } catch {
              return [`${lbId}/${g.id}`, undefined];
            }
          }),
        )
        .filter(([, v]) => v !== undefined && (v as unknown[]).length > 0),
    ),
  };
}

async function handle(
  patterns: ReadonlyMap<string, RunningPattern>,
  method: string,
  url: URL,
): Promise<Reply> {
  const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0 && method === 'GET')
    return { status: 200, body: { patterns: [...patterns.keys()] } };
  if (parts[0] !== 'patterns' || !parts[1]) return error(404, 'not found');
  const running = patterns.get(parts[1]);
  if (!running)
    return error(
      404,
      `pattern '${parts[1]}' is not running; running: ${[...patterns.keys()].join(', ')}`,
      'pattern',
    );
  const action = parts.slice(2);
  if (action.length === 0) {
    return method === 'GET' ? { status: 200, body: describePattern(running) } : error(405, 'use GET');
  }
  if (action[0] === 'event-sources' && action.length === 1) {
    return method === 'GET' ? { status: 200, body: describeEventSources(running) } : error(405, 'use GET');
  }
  if (method !== 'POST') return error(405, 'use POST');
  if (action[0] === 'functions' && action[2] === 'fault' && action.length === 3) {
    return switchFault(running, action[1] ?? '', url.searchParams.get('state'));
  }
  if (action[0] === 'cold-start' && action.length === 1) {
    const which = url.searchParams.get('function');
    const pools = running.lambdas.functions.filter(
      (p) => !which || p.spec.serviceName === which || p.spec.functionName === which || p.spec.id === which,
    );
    // A pattern without functions has nothing to reset; only a named function that does not exist is an error.
    if (which && pools.length === 0) return error(404, `no function '${which}' in this pattern`, 'function');
    await Promise.all(pools.map((p) => p.reset()));
    return { status: 200, body: { reset: pools.map((p) => p.spec.functionName) } };
  }
  if (action[0] === 'services' && action[2] === 'replicas' && action.length === 5) {
    return replicaAction(running, action[1] as string, action[3] as string, action[4] as string);
  }
  if (action[0] === 'functions' && action[2] === 'concurrency' && action.length === 4) {
    return functionConcurrency(running, action[1] as string, action[3] as string);
  }
  if (action[0] === 'token' && action.length === 1) {
    const client = running.clients[0];
    if (!running.issuer || !client) return error(404, 'this pattern has no authorizer', 'pattern');
    const scope = url.searchParams.get('scope');
    const token = await running.issuer.mint({
      clientId: client.clientId,
      scopes: scope ? scope.split(' ') : client.scopes,
    });
    return { status: 200, body: { access_token: token, token_type: 'Bearer' } };
  }
  if (action[0] === 'cache' && action[1] === 'flush' && action.length === 2) {
    if (!running.topology.api.stage.cacheCluster)
      return error(404, 'this pattern has no API cache', 'pattern');
    // Behind CloudFront the edge's copies go too, so a cached-read run starts missing at both tiers.
    const edgeInvalidated = running.edge?.invalidate();
    return {
      status: 200,
      body: { flushed: running.gateway.flushCache(), ...(running.edge ? { edgeInvalidated } : {}) },
    };
  }
  return error(404, 'unknown control action');
}

const REPLICA_ACTIONS = ['stop', 'kill', 'pause', 'resume', 'restart'] as const;

/** stop (SIGTERM, then SIGKILL), kill (SIGKILL at once: a crash), pause, resume or restart one replica. */
async function replicaAction(
  running: RunningPattern,
  name: string,
  replica: string,
  verb: string,
): Promise<Reply> {
  const service = [...running.containers.values()].find((c) => c.name === name || c.spec.id === name);
  if (!service) return error(404, `no container service '${name}' in this pattern`, 'service');
  const index = Number(replica);
  if (!Number.isInteger(index) || index < 1 || index > service.list().length) {
    return error(400, `replica must be 1..${service.list().length}`, 'replica');
  }
  if (!(REPLICA_ACTIONS as readonly string[]).includes(verb))
    return error(400, `action must be ${REPLICA_ACTIONS.join(', ')}`, 'action');
  if (verb === 'pause') service.pause(index);
  else if (verb === 'resume') service.resume(index);
  else await service[verb as 'stop' | 'kill' | 'restart'](index);
  return { status: 200, body: { service: service.name, replicas: service.list() } };
}

/**
 * A function's reserved concurrency, as Lambda's PutFunctionConcurrency (a whole number, 0 throttles every
 * invocation) and DeleteFunctionConcurrency (`template`: back to what the template sets) change it.
 */
function functionConcurrency(running: RunningPattern, name: string, value: string): Reply {
  const pool = running.lambdas.functions.find(
    (p) => p.spec.serviceName === name || p.spec.functionName === name || p.spec.id === name,
  );
  if (!pool) return error(404, `no function '${name}' in this pattern`, 'function');
  const reserved = value === 'template' ? undefined : Number(value);
  if (reserved !== undefined && (!Number.isInteger(reserved) || reserved < 0))
    return error(400, "concurrency must be a whole number >= 0 or 'template'", 'concurrency');
  pool.putConcurrency(reserved);
  return { status: 200, body: { function: pool.spec.functionName, concurrencyLimit: pool.concurrencyLimit } };
}

export async function startControlServer(
  patterns: ReadonlyMap<string, RunningPattern>,
): Promise<ControlServer> {
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', `http://${LOOPBACK}`);
    req.resume();
    handle(patterns, req.method ?? 'GET', url)
      .catch((e: unknown) => error(500, (e as Error).message))
      .then(({ status, body }) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, LOOPBACK, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${LOOPBACK}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** The mappings' counters, the faulted functions and every on-failure message, by destination ARN. */
function describeEventSources(running: RunningPattern): Record<string, unknown> {
  const { pollers, onFailure, faulted, deliveries } = running.eventSources;
  return {
    mappings: Object.fromEntries([...pollers].map(([id, p]) => [id, p.stats])),
    deliveries: Object.fromEntries([...deliveries].map(([id, d]) => [id, d.stats])),
    faulted: [...faulted],
    onFailure: Object.fromEntries(onFailure),
  };
}

/**
 * `POST /patterns/<p>/functions/<name>/fault?state=on|off`: while on, every invocation an event source
 * mapping makes of the function fails as a thrown error would (retried, bisected, then sent on).
 */
function switchFault(running: RunningPattern, which: string, state: string | null): Reply {
  const pool = running.lambdas.functions.find(
    (p) => p.spec.serviceName === which || p.spec.functionName === which || p.spec.id === which,
  );
  if (!pool) return error(404, `no function '${which}' in this pattern`, 'function');
  if (state !== 'on' && state !== 'off') return error(400, 'state must be on or off', 'state');
  if (state === 'on') running.eventSources.faulted.add(pool.spec.id);
  else running.eventSources.faulted.delete(pool.spec.id);
  return { status: 200, body: { function: pool.spec.functionName, fault: state } };
}
