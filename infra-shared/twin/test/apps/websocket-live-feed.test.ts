/**
 * The kit's live feed (pattern 8) run in the twin from its template: the WebSocket API with the kit's
 * authorizer on the token query parameter, the routes function, the services publishing their writes to the
 * twin's EventBridge, the rule to the fan-out function, and the fan-out posting through the `@connections`
 * endpoint with the SDK. Idle timeout and duration at 1/20 of AWS's (30 s, 6 minutes): room for cold starts;
 * the gateway's own suite (test/dataplane/websocket) closes idle connections at a sub-second timeout.
 */
import { randomUUID } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { FeedMessage } from '@pik/contracts';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { fixtureAppSuite } from './fixture-suite.js';

const STACK = 'websocket-live-feed';
const suite = fixtureAppSuite(STACK, { webSocketTimeScale: 1 / 20 });

function running() {
  const pattern = suite.app.twin.patterns.get(STACK);
  if (!pattern?.webSocket || !pattern.issuer || !pattern.clients[0])
    throw new Error(`${STACK} runs without its feed`);
  return { pattern, ws: pattern.webSocket, issuer: pattern.issuer, client: pattern.clients[0] };
}
const token = (scopes = ['pik/invoke']) =>
  running().issuer.mint({ clientId: running().client.clientId, scopes });

interface Client {
  readonly socket: WebSocket;
  readonly received: FeedMessage[];
  next(): Promise<FeedMessage>;
  send(message: unknown): Promise<FeedMessage>;
}

function connect(query: string): Promise<Client> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${running().ws.url}${query}`);
    const received: FeedMessage[] = [];
    const waiting: ((m: FeedMessage) => void)[] = [];
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as FeedMessage;
      const waiter = waiting.shift();
      if (waiter) waiter(message);
      else received.push(message);
    });
    const next = () =>
      new Promise<FeedMessage>((r) => {
        const queued = received.shift();
        if (queued) r(queued);
        else waiting.push(r);
      });
    const send = (m: unknown) => {
      socket.send(JSON.stringify(m));
      return next();
    };
    socket.once('open', () => resolve({ socket, received, next, send }));
    socket.once('unexpected-response', (_req, res) => reject(new Error(String(res.statusCode))));
  });
}
const subscriber = async (service: string, id?: string) => {
  const client = await connect(`?token=${await token()}`);
  expect(await client.send({ action: 'subscribe', service, ...(id ? { id } : {}) })).toEqual({
    type: 'subscribed',
    topic: id ? `${service}/${id}` : service,
  });
  return client;
};

async function http(method: string, path: string, body?: unknown) {
  const response = await fetch(`${running().pattern.gateway.baseUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${await token()}`, 'content-type': 'application/json' },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}
const settle = async () => {
  await running().pattern.eventBus?.settled();
  await new Promise((r) => setTimeout(r, 100));
};

describe('the live feed in the twin', () => {
  it('lists its WebSocket URL and stage in the targets file entry, beside the HTTP API', () => {
    const entry = suite.app.twin.targets.patterns.find((p) => p.id === STACK);
    expect(entry?.webSocket).toEqual({ url: running().ws.url, stage: 'live' });
    expect(entry?.baseUrl).toBe(running().pattern.gateway.baseUrl.replace(/\/$/, ''));
  });

  it('refuses the handshake with 401 without a token or with a forged one, 403 without the scope', async () => {
    await expect(connect('')).rejects.toThrow('401');
    const forged = await running().issuer.mint({
      clientId: running().client.clientId,
      scopes: ['pik/invoke'],
      signWithForeignKey: true,
    });
    await expect(connect(`?token=${forged}`)).rejects.toThrow('401');
    await expect(connect(`?token=${await token([])}`)).rejects.toThrow('403');
  });

  it('answers every route: subscribe, unsubscribe, publish, and $default naming the actions', async () => {
    const client = await subscriber('orders');
    expect(await client.send({ action: 'unsubscribe', service: 'orders' })).toEqual({
      type: 'unsubscribed',
      topic: 'orders',
    });
    expect(await client.send({ action: 'dance' })).toMatchObject({
      type: 'error',
      message: expect.stringMatching(/unknown action 'dance'.*"subscribe" \| "unsubscribe" \| "publish"/),
    });
    expect(await client.send({ action: 'subscribe', service: 'payroll' })).toMatchObject({
      message: 'subscribe: service: must be one of orders, catalog',
    });
    const listener = await subscriber('catalog', 'p-1');
    expect(await client.send({ action: 'publish', service: 'catalog', id: 'p-1', item: { n: 1 } })).toEqual({
      type: 'published',
      topic: 'catalog/p-1',
    });
    expect(await listener.next()).toMatchObject({
      type: 'change',
      topic: 'catalog/p-1',
      change: 'published',
      item: { n: 1 },
    });
    for (const c of [client, listener]) c.socket.close();
  });

  it('throttles publish on its route setting: a burst of five gets "Too Many Requests" past two', async () => {
    const client = await connect(`?token=${await token()}`);
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => client.send({ action: 'publish', service: 'orders', id: 'burst' })),
    );
    expect(answers.filter((a) => a.type === 'published').length).toBeLessThanOrEqual(3);
    expect(answers.some((a) => (a as { message?: string }).message === 'Too Many Requests')).toBe(true);
    client.socket.close();
  });

  it('delivers a write through the orders service to every subscriber of it, and to no one else', async () => {
    const allOrders = await subscriber('orders');
    const catalog = await subscriber('catalog');
    const created = await http('POST', '/orders', {
      customerId: randomUUID(),
      currency: 'EUR',
      lines: [{ sku: 'SKU-1', quantity: 2, unitPrice: 5 }],
    });
    expect(created.status).toBe(201);
    const id = String(created.body.id);
    expect(await allOrders.next()).toMatchObject({
      type: 'change',
      topic: 'orders',
      service: 'orders',
      id,
      change: 'created',
    });

    const thisOrder = await subscriber('orders', id);
    const otherOrder = await subscriber('orders', randomUUID());
    const patched = await http('PATCH', `/orders/${id}`, { version: 1, status: 'paid' });
    expect(patched.status).toBe(200);
    const updated = {
      type: 'change',
      service: 'orders',
      id,
      change: 'updated',
      item: { id, status: 'paid', version: 2 },
    };
    expect(await allOrders.next()).toMatchObject({ ...updated, topic: 'orders' });
    expect(await thisOrder.next()).toMatchObject({ ...updated, topic: `orders/${id}` });
    await settle();
    expect(catalog.received).toEqual([]);
    expect(otherOrder.received).toEqual([]);
    expect(allOrders.received).toEqual([]);
    for (const c of [allOrders, catalog, thisOrder, otherOrder]) c.socket.close();
  });

  it('forgets a connection whose $disconnect never ran when the @connections API answers 410', async () => {
    const table = running().pattern.topology.tables.find((t) => t.id.startsWith('LiveFeed'))?.tableName;
    const doc = DynamoDBDocumentClient.from(
      new DynamoDBClient({
        endpoint: suite.app.twin.dataStore.endpoint,
        region: 'us-east-1',
        credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
      }),
    );
    const stale = 'c3RhbGUtY29ubmVjdGlvbg==';
    await doc.send(
      new PutCommand({
        TableName: table,
        Item: { pk: `conn#${stale}`, sk: 'conn', topics: ['orders/gone'], expiresAt: 9e9 },
      }),
    );
    await doc.send(
      new PutCommand({ TableName: table, Item: { pk: 'topic#orders/gone', sk: stale, expiresAt: 9e9 } }),
    );
    const live = await subscriber('orders', 'gone');
    await live.send({ action: 'publish', service: 'orders', id: 'gone' });
    expect(await live.next()).toMatchObject({ type: 'change', topic: 'orders/gone' });
    await settle();
    const left = await doc.send(
      new GetCommand({ TableName: table, Key: { pk: 'topic#orders/gone', sk: stale } }),
    );
    expect(left.Item).toBeUndefined();
    expect(
      (await doc.send(new GetCommand({ TableName: table, Key: { pk: `conn#${stale}`, sk: 'conn' } }))).Item,
    ).toBeUndefined();
    live.socket.close();
  });

  it('prints where to connect and the scaled timeouts at start-up', () => {
    expect(running().ws.limits).toMatchObject({ idleTimeoutMs: 30_000, maxDurationMs: 360_000 });
    expect(suite.app.listing).toMatch(
      /websocket-live-feed WebSocket: ws:\/\/127\.0\.0\.1:\d+\/live .*idle timeout 30 s, maximum duration 360 s \(scaled; AWS: 600 s, 7200 s\)/,
    );
  });
});
