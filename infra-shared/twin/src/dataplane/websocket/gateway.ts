/**
 * The twin's WebSocket API: one HTTP server on 127.0.0.1 taking handshakes on `/<stage>` (new-connection
 * token bucket, `$connect` authorizer and integration), routing messages, calling `$disconnect` on every
 * close, and serving the `@connections` management endpoint on the same port. Built on ws (pinned).
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { WebSocketServer } from 'ws';
import { monotonicClock } from '../clock.js';
import { listen } from '../http-util.js';
import { TokenBucket } from '../token-bucket.js';
import { OpenConnection } from './connection.js';
import { type ApiFacts, type ConnectionFacts, disconnectEvent, newConnectionId } from './events.js';
import { connectHandshake } from './handshake.js';
import { handleManagement, type ManagementDeps } from './management.js';
import { createMessageRouter } from './routing.js';
import type { RunningWebSocketGateway, WebSocketGatewayConfig, WebSocketGatewayDeps } from './types.js';

function refuseUpgrade(socket: Socket, status: number, message: string): void {
  const body = JSON.stringify({ message });
  socket.end(
    `HTTP/1.1 ${status} ${message}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
  );
}

/** The port's plain HTTP side: the `@connections` management endpoint, and 403 for anything else. */
function managementServer(management: ManagementDeps): Server {
  return createServer((req, res) => {
    handleManagement(req, res, management)
      .then((handled) => {
        if (!handled)
          res.writeHead(403, { 'content-type': 'application/json' }).end('{"message":"Forbidden"}');
      })
      .catch(() => res.writeHead(500).end());
  });
}

export async function createWebSocketGateway(
  config: WebSocketGatewayConfig,
  deps: WebSocketGatewayDeps,
): Promise<RunningWebSocketGateway> {
  const { api, limits } = config;
  const clock = deps.clock ?? monotonicClock;
  const facts: ApiFacts = { apiId: api.id, stage: api.stage.name, domainName: config.domainName };
  const open = new Map<string, OpenConnection>();
  const newConnections = new TokenBucket(config.newConnections, clock);
  const router = createMessageRouter(api, facts, {
    invoke: deps.invoke,
    clock,
    ...(deps.log ? { log: deps.log } : {}),
  });
  const disconnect = api.routes.find((r) => r.routeKey === '$disconnect');
  // ws parses frames of any size; the connection enforces API Gateway's limits itself (connection.ts).
  const wss = new WebSocketServer({ noServer: true, maxPayload: 0 });

  const server = managementServer({
    stage: api.stage.name,
    messageBytes: limits.messageBytes,
    find: (id) => open.get(id),
  });

  const onClose = (connection: OpenConnection, code: number, reason: string) => {
    open.delete(connection.facts.connectionId);
    deps.log?.(`close ${connection.facts.connectionId} ${code} ${reason}`);
    if (disconnect?.functionId) {
      deps
        .invoke(disconnect.functionId, disconnectEvent(facts, connection.facts, code, reason))
        .catch(() => {});
    }
  };

  server.on('upgrade', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname.replace(/\/$/, '');
    if (path !== `/${api.stage.name}`) return refuseUpgrade(socket, 403, 'Forbidden');
    if (!newConnections.tryTake(clock())) return refuseUpgrade(socket, 429, 'Too Many Requests');
    const connection: ConnectionFacts = {
      connectionId: newConnectionId(),
      connectedAt: Date.now(),
      sourceIp: socket.remoteAddress ?? '127.0.0.1',
      ...(req.headers['user-agent'] ? { userAgent: req.headers['user-agent'] } : {}),
    };
    connectHandshake(api, facts, connection, req, deps.invoke)
      .then((verdict) => {
        deps.log?.(`connect ${connection.connectionId} ${verdict.accepted ? 101 : verdict.status}`);
        if (!verdict.accepted) return refuseUpgrade(socket, verdict.status, verdict.message);
        wss.handleUpgrade(req, socket, head, (ws) => {
          const accepted = verdict.authorizer
            ? { ...connection, authorizer: verdict.authorizer }
            : connection;
          const live = new OpenConnection(accepted, ws, limits, {
            onMessage: (c, body) => void router.route(c, body),
            onClose,
          });
          open.set(connection.connectionId, live);
        });
      })
      .catch(() => refuseUpgrade(socket, 500, 'Internal server error'));
  });

  const port = await listen(server, '127.0.0.1', deps.port ?? 0);
  return {
    port,
    url: `ws://127.0.0.1:${port}/${api.stage.name}`,
    managementUrl: `http://127.0.0.1:${port}/${api.stage.name}`,
    limits,
    connectionCount: () => open.size,
    close: async () => {
      for (const c of open.values()) c.close(1001, 'Going away');
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
