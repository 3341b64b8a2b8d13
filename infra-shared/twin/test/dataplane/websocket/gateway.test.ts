/**
 * The twin's WebSocket gateway on its own, with plain functions standing in for the Lambda functions
 * behind its routes: route selection, route responses, API Gateway's error messages, size limits and close
 * codes, the idle timeout, the new-connection bucket and the management endpoint through the SDK.
 */
import {
  ApiGatewayManagementApiClient,
  DeleteConnectionCommand,
  GetConnectionCommand,
  GoneException,
  PostToConnectionCommand,
} from '@aws-sdk/client-apigatewaymanagementapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { LambdaInvocationResult } from '../../../src/dataplane/lambda-invoke.js';
import { createWebSocketGateway } from '../../../src/dataplane/websocket/gateway.js';
import type { RunningWebSocketGateway } from '../../../src/dataplane/websocket/types.js';
import type { WebSocketApiSpec } from '../../../src/template/websocket-topology.js';

const API: WebSocketApiSpec = {
  id: 'FeedApi',
  name: 'feed',
  selectionField: 'action',
  stage: { id: 'Stage', name: 'live', throttle: { rateLimit: 1000, burstLimit: 1000 } },
  routes: [
    { id: 'C', routeKey: '$connect', functionId: 'connect', returnsResponse: false },
    { id: 'D', routeKey: '$disconnect', functionId: 'disconnect', returnsResponse: false },
    { id: 'Def', routeKey: '$default', functionId: 'echo', returnsResponse: true },
    {
      id: 'P',
      routeKey: 'ping',
      functionId: 'echo',
      returnsResponse: true,
      throttle: { rateLimit: 1, burstLimit: 2 },
    },
    {
      id: 'L',
      routeKey: 'limited',
      functionId: 'echo',
      returnsResponse: true,
      throttle: { rateLimit: 1, burstLimit: 2 },
    },
    { id: 'S', routeKey: 'silent', functionId: 'echo', returnsResponse: false },
    { id: 'B', routeKey: 'boom', functionId: 'boom', returnsResponse: true },
  ],
  authorizers: [],
};

const events: { functionId: string; event: Record<string, unknown> }[] = [];
const invoke = async (functionId: string, event: unknown): Promise<LambdaInvocationResult> => {
  events.push({ functionId, event: event as Record<string, unknown> });
  if (functionId === 'boom') return { payload: { errorMessage: 'boom' }, functionError: 'Unhandled' };
  const context = (event as { requestContext: { routeKey: string } }).requestContext;
  return { payload: { statusCode: 200, body: JSON.stringify({ route: context.routeKey }) } };
};

let gateway: RunningWebSocketGateway;
beforeAll(async () => {
  gateway = await createWebSocketGateway(
    {
      api: API,
      domainName: 'feedapi.execute-api.127.0.0.1',
      limits: { frameBytes: 32 * 1024, messageBytes: 128 * 1024, idleTimeoutMs: 600, maxDurationMs: 5000 },
      newConnections: { rateLimit: 1, burstLimit: 8 },
    },
    { invoke },
  );
});
afterAll(() => gateway?.close());

function open(path = ''): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${gateway.url}${path}`);
    ws.once('open', () => resolve(ws));
    ws.once('unexpected-response', (_req, res) => reject(new Error(`handshake ${res.statusCode}`)));
    ws.once('error', reject);
  });
}
const next = (ws: WebSocket) =>
  new Promise<Record<string, unknown>>((resolve) =>
    ws.once('message', (d) => resolve(JSON.parse(String(d)))),
  );
const closed = (ws: WebSocket) =>
  new Promise<{ code: number; reason: string }>((resolve) =>
    ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );

describe('the twin WebSocket gateway', () => {
  let ws: WebSocket;
  beforeAll(async () => {
    ws = await open();
  });
  afterAll(() => ws?.close());

  it("sends $connect with AWS's event shape and routes on the action field, else to $default", async () => {
    const connect = events.find((e) => e.functionId === 'connect')?.event.requestContext as Record<
      string,
      unknown
    >;
    expect(connect).toMatchObject({
      routeKey: '$connect',
      eventType: 'CONNECT',
      stage: 'live',
      domainName: 'feedapi.execute-api.127.0.0.1',
      connectionId: expect.any(String),
      connectedAt: expect.any(Number),
    });
    ws.send(JSON.stringify({ action: 'ping' }));
    expect(await next(ws)).toEqual({ route: 'ping' });
    ws.send('not json');
    expect(await next(ws)).toEqual({ route: '$default' });
    ws.send(JSON.stringify({ action: 'nothing-like-it' }));
    expect(await next(ws)).toEqual({ route: '$default' });
    const message = events.at(-1)?.event as { requestContext: Record<string, unknown>; body: string };
    expect(message.requestContext).toMatchObject({ eventType: 'MESSAGE', messageId: expect.any(String) });
    expect(message.body).toBe('{"action":"nothing-like-it"}');
  });

  it('answers only routes with a route response, and a failed integration with "Internal server error"', async () => {
    ws.send(JSON.stringify({ action: 'silent' }));
    ws.send(JSON.stringify({ action: 'boom' }));
    expect(await next(ws)).toEqual({
      message: 'Internal server error',
      connectionId: expect.any(String),
      requestId: expect.any(String),
    });
  });

  it('throttles a route on its own bucket with "Too Many Requests"', async () => {
    const fresh = await open();
    const answers: unknown[] = [];
    fresh.on('message', (d) => answers.push(JSON.parse(String(d))));
    for (let i = 0; i < 4; i++) fresh.send(JSON.stringify({ action: 'limited' }));
    await new Promise((r) => setTimeout(r, 200));
    fresh.close();
    expect(answers.filter((a) => (a as { route?: string }).route === 'limited')).toHaveLength(2);
    expect(answers.filter((a) => (a as { message?: string }).message === 'Too Many Requests')).toHaveLength(
      2,
    );
  });

  it('closes with 1009 "Message too big" on a frame over 32 KB, and calls $disconnect', async () => {
    const big = await open();
    big.send('x'.repeat(16 * 1024));
    expect(await next(big)).toEqual({ route: '$default' });
    const before = events.filter((e) => e.functionId === 'disconnect').length;
    big.send('x'.repeat(33 * 1024));
    expect(await closed(big)).toEqual({ code: 1009, reason: 'Message too big' });
    await new Promise((r) => setTimeout(r, 50));
    expect(events.filter((e) => e.functionId === 'disconnect').length).toBe(before + 1);
  });

  it('takes a 96 KB message in 32 KB frames, and closes at 1009 past 128 KB', async () => {
    const fragmented = await open();
    const frame = 'y'.repeat(32 * 1024);
    fragmented.send(frame, { fin: false });
    fragmented.send(frame, { fin: false });
    fragmented.send(frame, { fin: true });
    expect(await next(fragmented)).toEqual({ route: '$default' });
    for (let i = 0; i < 4; i++) fragmented.send(frame, { fin: false });
    fragmented.send(frame, { fin: true });
    expect(await closed(fragmented)).toEqual({ code: 1009, reason: 'Message too big' });
  });

  it('closes an idle connection with 1001 after the (scaled) idle timeout', async () => {
    const idle = await open();
    const started = Date.now();
    expect(await closed(idle)).toEqual({ code: 1001, reason: 'Going away' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(550);
  });

  it('serves @connections to the SDK through an endpoint override: post, get, delete, then 410', async () => {
    const target = await open();
    const lastConnect = events.filter((e) => e.functionId === 'connect').at(-1);
    const connectionId = String(
      (lastConnect?.event.requestContext as { connectionId?: string })?.connectionId,
    );
    const client = new ApiGatewayManagementApiClient({
      endpoint: gateway.managementUrl,
      region: 'us-east-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    const received = next(target);
    await client.send(
      new PostToConnectionCommand({
        ConnectionId: connectionId,
        Data: new TextEncoder().encode('{"hello":1}'),
      }),
    );
    expect(await received).toEqual({ hello: 1 });
    const info = await client.send(new GetConnectionCommand({ ConnectionId: connectionId }));
    expect(info.Identity?.SourceIp).toBe('127.0.0.1');
    expect(info.ConnectedAt).toBeInstanceOf(Date);
    const gone = closed(target);
    await client.send(new DeleteConnectionCommand({ ConnectionId: connectionId }));
    await gone;
    await expect(
      client.send(new PostToConnectionCommand({ ConnectionId: connectionId, Data: new Uint8Array([1]) })),
    ).rejects.toBeInstanceOf(GoneException);
  });
  it('refuses handshakes on another stage (403) and past the new-connection bucket (429)', async () => {
    await expect(open('-other')).rejects.toThrow('handshake 403');
    const statuses = await Promise.all(
      Array.from({ length: 10 }, () =>
        open().then(
          (c) => {
            c.close();
            return 101;
          },
          (e: Error) => Number(e.message.slice(-3)),
        ),
      ),
    );
    expect(statuses).toContain(429);
  });
});
