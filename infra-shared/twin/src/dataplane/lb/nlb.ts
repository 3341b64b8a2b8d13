import { connect, createServer, type Server, type Socket } from 'node:net';
import { listen } from '../http-util.js';
import { listenLocalSocket, localSocketFor } from '../local-sockets.js';
import { TargetGroupHealth } from './target-health.js';
import type { NlbConfig, RunningNlb, TargetConfig } from './types.js';

/**
 * Network Load Balancer: one real TCP listener per configured port on 127.0.0.1. Each new connection is
 * pinned to one routable target for its whole life (round robin, or a hash of the client's address and port
 * standing in for ELB's 5-tuple flow hash) and bytes are piped both ways untouched. A connection that
 * cannot reach its target is reset, as the client of a real NLB sees it.
 *
 * Being L4, the NLB cannot add to `x-pik-trace`: the L7 hop that sends through it records `nlb:<port>` (see
 * `HttpForwardTarget.hops`), and the ALB behind it, if any, appends its own segment.
 */
export async function createNlb(config: NlbConfig): Promise<RunningNlb> {
  const host = config.host ?? '127.0.0.1';
  const algorithm = config.algorithm ?? 'round-robin';
  const servers: Server[] = [];
  const localClosers: (() => Promise<void>)[] = [];
  const sockets = new Set<Socket>();
  const groups = new Map<string, TargetGroupHealth>();
  const listeners: { port: number; templatePort?: number; targetGroup: string }[] = [];

  try {
    for (const listener of config.listeners) {
      const name = listener.targetGroup.name;
      let health = groups.get(name);
      if (!health) {
        health = new TargetGroupHealth(listener.targetGroup, '200-399');
        groups.set(name, health);
        health.start();
      }
      const pick = targetPicker(health, algorithm);
      const onConnection = (client: Socket) => pipeToTarget(client, pick(client), sockets);
      const server = createServer({ noDelay: true }, onConnection);
      servers.push(server);
      const port = await listen(server, host, listener.port ?? 0);
      if (host === '127.0.0.1') localClosers.push(await listenLocalSocket(createServer(onConnection), port));
      listeners.push({ port, templatePort: listener.templatePort, targetGroup: name });
    }
  } catch (error) {
    await closeAll();
    throw error;
  }

  async function closeAll(): Promise<void> {
    for (const g of groups.values()) g.stop();
    for (const s of sockets) s.destroy();
    await Promise.all([
      ...servers.map((s) => new Promise<void>((r) => (s.listening ? s.close(() => r()) : r()))),
      ...localClosers.map((close) => close()),
    ]);
  }

  return {
    listeners,
    health: (name) => groups.get(name)?.health() ?? [],
    ready: () => Promise.all([...groups.values()].map((g) => g.settled())).then(() => undefined),
    close: closeAll,
  };
}

/** Chooses a routable target of the group per new connection: round robin or the flow hash. */
function targetPicker(
  group: TargetGroupHealth,
  algorithm: NonNullable<NlbConfig['algorithm']>,
): (client: Socket) => TargetConfig | undefined {
  let next = 0;
  return (client) => {
    const targets = group.routable();
    if (targets.length === 0) return undefined;
    if (algorithm === 'flow-hash') return targets[flowHash(client) % targets.length];
    next = (next + 1) % 1_000_000_007;
    return targets[next % targets.length];
  };
}

/** Pipes the client's bytes to the target and back untouched; resets the client when there is no target. */
function pipeToTarget(client: Socket, target: TargetConfig | undefined, sockets: Set<Socket>): void {
  if (!target || target.port === undefined) {
    client.resetAndDestroy();
    return;
  }
  const targetHost = target.host ?? '127.0.0.1';
  // An ALB of this twin is reached over its listener's Unix socket (see local-sockets.ts).
  const local = localSocketFor(targetHost, target.port);
  const upstream = local
    ? connect({ path: local })
    : connect({ host: targetHost, port: target.port, noDelay: true });
  sockets.add(client);
  sockets.add(upstream);
  const teardown = () => {
    if (!client.destroyed) client.resetAndDestroy();
    if (!upstream.destroyed) upstream.destroy();
  };
  client.on('error', teardown);
  upstream.on('error', teardown);
  client.on('close', () => {
    sockets.delete(client);
    upstream.destroy();
  });
  upstream.on('close', () => {
    sockets.delete(upstream);
    if (!client.destroyed) client.end();
  });
  client.pipe(upstream);
  upstream.pipe(client);
}

let localConnections = 0;
const localKeys = new WeakMap<Socket, string>();

/**
 * FNV-1a over the client's address and port: the same client connection always maps to the same target.
 * A connection over a listener's Unix socket has neither; it gets a number of its own instead.
 */
function flowHash(socket: Socket): number {
  let key =
    socket.remotePort === undefined ? localKeys.get(socket) : `${socket.remoteAddress}:${socket.remotePort}`;
  if (key === undefined) {
    key = `local:${++localConnections}`;
    localKeys.set(socket, key);
  }
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
