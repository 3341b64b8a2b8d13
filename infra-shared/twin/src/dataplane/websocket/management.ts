/**
 * The stage's `@connections` management endpoint (`POST`, `GET`, `DELETE /<stage>/@connections/<id>`), as
 * the SDK's ApiGatewayManagementApiClient calls it: 410 with `GoneException` for a connection that is not
 * open, 413 `PayloadTooLargeException` for a message over the limit.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { OpenConnection } from './connection.js';

export interface ManagementDeps {
  readonly stage: string;
  readonly messageBytes: number;
  readonly find: (connectionId: string) => OpenConnection | undefined;
}

function error(res: ServerResponse, status: number, type: string, message: string): true {
  res
    .writeHead(status, { 'content-type': 'application/json', 'x-amzn-errortype': type })
    .end(JSON.stringify({ message }));
  return true;
}

async function readBody(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Answers one management request; false when the path is not `/<stage>/@connections/<id>`. */
export async function handleManagement(req: IncomingMessage, res: ServerResponse, deps: ManagementDeps) {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  const match = /^\/([^/]+)\/@connections\/([^/]+)$/.exec(path);
  if (!match || match[1] !== deps.stage) return false;
  const connection = deps.find(decodeURIComponent(match[2] ?? ''));
  if (req.method === 'POST') {
    const body = await readBody(req, deps.messageBytes);
    if (!body) return error(res, 413, 'PayloadTooLargeException', 'Message too long');
    if (!connection) return error(res, 410, 'GoneException', 'Gone');
    connection.send(body.toString('utf8'));
    res.writeHead(200).end();
    return true;
  }
  if (!connection) return error(res, 410, 'GoneException', 'Gone');
  if (req.method === 'GET') {
    res.writeHead(200, { 'content-type': 'application/json' }).end(
      JSON.stringify({
        // The REST API's JSON names (lowercase), as the SDK reads them.
        connectedAt: new Date(connection.facts.connectedAt).toISOString(),
        identity: { sourceIp: connection.facts.sourceIp, userAgent: connection.facts.userAgent ?? '' },
        lastActiveAt: new Date(connection.lastActiveAt()).toISOString(),
      }),
    );
    return true;
  }
  if (req.method === 'DELETE') {
    connection.close(1000, '');
    res.writeHead(204).end();
    return true;
  }
  return error(res, 405, 'MethodNotAllowedException', `${req.method} is not allowed on @connections`);
}
