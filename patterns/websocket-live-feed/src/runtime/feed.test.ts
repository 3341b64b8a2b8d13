/**
 * The feed's functions against an in-memory DynamoDB (dynalite) and a local `@connections` endpoint that
 * the SDK's ApiGatewayManagementApiClient reaches through its endpoint setting, answering 410 for
 * connections that are gone. The twin's suite runs the same bundles behind its WebSocket gateway.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CreateTableCommand, DynamoDBClient, waitUntilTableExists } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { FeedMessage, ItemChange } from '@pik/contracts';
import { startEmbeddedDynamo } from '@pik/service-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONNECTIONS_TABLE_DESIGN, type ConnectionStore, dynamoConnectionStore } from './connection-store.js';
import { createFanOut } from './fan-out.js';
import { managementApiPoster } from './management-api.js';
import { createRouteHandler } from './routes.js';
import type { RouteResult, WebSocketEvent } from './websocket-event.js';

const SERVICES = ['catalog', 'orders'];
let dynamo: Awaited<ReturnType<typeof startEmbeddedDynamo>>;
let store: ConnectionStore;
let management: Server;
let endpoint: string;
const gone = new Set<string>();
const delivered = new Map<string, FeedMessage[]>();
let inFlight = 0;
let maxInFlight = 0;
const published: ItemChange[] = [];

beforeAll(async () => {
  dynamo = await startEmbeddedDynamo();
  const client = new DynamoDBClient({
    endpoint: dynamo.endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  await client.send(
    new CreateTableCommand({
      TableName: 'connections',
      BillingMode: 'PAY_PER_REQUEST',
      KeySchema: [
        { AttributeName: CONNECTIONS_TABLE_DESIGN.partitionKey, KeyType: 'HASH' },
        { AttributeName: CONNECTIONS_TABLE_DESIGN.sortKey, KeyType: 'RANGE' },
      ],
      AttributeDefinitions: [
        { AttributeName: CONNECTIONS_TABLE_DESIGN.partitionKey, AttributeType: 'S' },
        { AttributeName: CONNECTIONS_TABLE_DESIGN.sortKey, AttributeType: 'S' },
      ],
    }),
  );
  // A new table is CREATING for a moment and refuses writes, in dynalite as on AWS.
  await waitUntilTableExists({ client, minDelay: 1, maxWaitTime: 10 }, { TableName: 'connections' });
  store = dynamoConnectionStore(DynamoDBDocumentClient.from(client), 'connections');
  management = createServer((req, res) => {
    const id = decodeURIComponent(/\/@connections\/([^/?]+)/.exec(req.url ?? '')?.[1] ?? '');
    const chunks: Buffer[] = [];
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () =>
      setTimeout(() => {
        inFlight--;
        if (gone.has(id)) {
          res.writeHead(410, { 'content-type': 'application/json' }).end('{"message":"Gone"}');
          return;
        }
        const list = delivered.get(id) ?? [];
        list.push(JSON.parse(Buffer.concat(chunks).toString('utf8')) as FeedMessage);
        delivered.set(id, list);
        res.writeHead(200).end();
      }, 5),
    );
  });
  await new Promise<void>((resolve) => management.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(management.address() as AddressInfo).port}/live`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => management?.close(() => resolve()));
  await dynamo?.close();
});

const routes = () =>
  createRouteHandler({
    store,
    services: SERVICES,
    publish: async (change) => {
      published.push(change);
    },
    now: () => 1234,
  });
const event = (routeKey: string, connectionId: string, body?: unknown): WebSocketEvent => ({
  requestContext: {
    routeKey,
    eventType: routeKey === '$connect' ? 'CONNECT' : routeKey === '$disconnect' ? 'DISCONNECT' : 'MESSAGE',
    connectionId,
    connectedAt: Date.now(),
    domainName: 'localhost',
    stage: 'live',
  },
  ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
});
const bodyOf = (r: RouteResult) => JSON.parse(r.body ?? 'null') as FeedMessage;

async function connectAndSubscribe(id: string, service: string, item?: string): Promise<void> {
  const handler = routes();
  expect((await handler(event('$connect', id))).statusCode).toBe(200);
  const answer = await handler(
    event('subscribe', id, { action: 'subscribe', service, ...(item ? { id: item } : {}) }),
  );
  expect(bodyOf(answer)).toEqual({ type: 'subscribed', topic: item ? `${service}/${item}` : service });
}

describe('feed routes', () => {
  it('answers $default with an error naming the valid actions', async () => {
    const answer = await routes()(event('$default', 'c0', { action: 'shout' }));
    expect(answer.statusCode).toBe(400);
    expect(bodyOf(answer)).toEqual({
      type: 'error',
      message: expect.stringMatching(/unknown action 'shout'.*"subscribe" \| "unsubscribe" \| "publish"/),
    });
    expect(bodyOf(await routes()(event('$default', 'c0', 'not json')))).toMatchObject({
      message: expect.stringMatching(/unknown action missing/),
    });
  });

  it('refuses bad subscriptions naming the field, and changes nothing', async () => {
    const handler = routes();
    await handler(event('$connect', 'bad1'));
    const cases: [unknown, RegExp][] = [
      [{ action: 'subscribe' }, /^subscribe: service: must be one of catalog, orders$/],
      [{ action: 'subscribe', service: 'payroll' }, /service: must be one of/],
      [{ action: 'subscribe', service: 'orders', id: '../x' }, /^subscribe: id: must be 1 to 100/],
      ['{', /^subscribe: body: not JSON/],
    ];
    for (const [body, message] of cases) {
      const answer = await handler(event('subscribe', 'bad1', body));
      expect(answer.statusCode).toBe(400);
      expect(bodyOf(answer)).toEqual({ type: 'error', message: expect.stringMatching(message) });
    }
    expect([...(await store.subscribers(['orders', 'catalog']))].filter(([id]) => id === 'bad1')).toEqual([]);
  });

  it('refuses a subscription from a connection it does not know', async () => {
    const answer = await routes()(
      event('subscribe', 'never-connected', { action: 'subscribe', service: 'orders' }),
    );
    expect(bodyOf(answer)).toMatchObject({ type: 'error', message: expect.stringMatching(/not registered/) });
  });

  it('subscribes, unsubscribes and forgets every subscription on $disconnect', async () => {
    await connectAndSubscribe('life1', 'orders');
    await connectAndSubscribe('life1', 'catalog', 'p1');
    expect((await store.subscribers(['orders'])).has('life1')).toBe(true);
    const off = await routes()(event('unsubscribe', 'life1', { action: 'unsubscribe', service: 'orders' }));
    expect(bodyOf(off)).toEqual({ type: 'unsubscribed', topic: 'orders' });
    expect((await store.subscribers(['orders'])).has('life1')).toBe(false);
    await routes()(event('$disconnect', 'life1'));
    expect((await store.subscribers(['catalog/p1'])).has('life1')).toBe(false);
  });

  it('publishes a change for one item on the bus and needs the item id', async () => {
    published.length = 0;
    const answer = await routes()(
      event('publish', 'pub1', { action: 'publish', service: 'orders', id: 'o-1', item: { n: 1 } }),
    );
    expect(bodyOf(answer)).toEqual({ type: 'published', topic: 'orders/o-1' });
    expect(published).toEqual([
      { service: 'orders', id: 'o-1', change: 'published', item: { n: 1 }, publishedAt: 1234 },
    ]);
    const noId = await routes()(event('publish', 'pub1', { action: 'publish', service: 'orders' }));
    expect(bodyOf(noId)).toMatchObject({
      type: 'error',
      message: 'publish: id: required (a change is about one item)',
    });
  });
});

describe('fan-out through the @connections API', () => {
  it('reaches the subscribers of the service and of the item, once each, and no one else', async () => {
    await connectAndSubscribe('fan-a', 'orders');
    await connectAndSubscribe('fan-b', 'orders', 'o-7');
    await connectAndSubscribe('fan-c', 'orders', 'o-8');
    await connectAndSubscribe('fan-d', 'catalog');
    await connectAndSubscribe('fan-e', 'orders');
    await routes()(event('subscribe', 'fan-e', { action: 'subscribe', service: 'orders', id: 'o-7' }));
    delivered.clear();
    const fanOut = createFanOut({ store, post: managementApiPoster(endpoint), concurrency: 4 });
    const change: ItemChange = {
      service: 'orders',
      id: 'o-7',
      change: 'updated',
      item: { total: 3 },
      publishedAt: 99,
    };
    const summary = await fanOut({ detail: change });
    expect(summary).toEqual({ subscribers: 3, sent: 3, gone: 0, failed: 0 });
    expect([...delivered.keys()].sort()).toEqual(['fan-a', 'fan-b', 'fan-e']);
    expect(delivered.get('fan-a')).toEqual([{ type: 'change', topic: 'orders', ...change }]);
    expect(delivered.get('fan-e')).toEqual([{ type: 'change', topic: 'orders/o-7', ...change }]);
  });

  it('forgets connections that answer 410 Gone, with their subscriptions', async () => {
    await connectAndSubscribe('gone-1', 'catalog', 'p9');
    await connectAndSubscribe('here-1', 'catalog', 'p9');
    gone.add('gone-1');
    const fanOut = createFanOut({ store, post: managementApiPoster(endpoint), concurrency: 2 });
    const summary = await fanOut({
      detail: { service: 'catalog', id: 'p9', change: 'deleted', publishedAt: 1 },
    });
    expect(summary).toMatchObject({ sent: 2, gone: 1 }); // fan-d holds `catalog`, here-1 `catalog/p9`
    const left = await store.subscribers(['catalog', 'catalog/p9']);
    expect(left.has('gone-1')).toBe(false);
    expect(left.has('here-1')).toBe(true);
  });

  it('keeps at most `concurrency` posts in flight', async () => {
    for (let i = 0; i < 12; i++) await connectAndSubscribe(`many-${i}`, 'orders', 'bulk');
    maxInFlight = 0;
    const fanOut = createFanOut({ store, post: managementApiPoster(endpoint), concurrency: 3 });
    const summary = await fanOut({
      detail: { service: 'orders', id: 'bulk', change: 'created', publishedAt: 1 },
    });
    expect(summary.sent).toBeGreaterThanOrEqual(12);
    expect(maxInFlight).toBe(3);
  });
});
