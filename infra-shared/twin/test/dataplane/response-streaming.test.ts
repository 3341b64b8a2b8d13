import { createServer, request, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { QUOTAS } from '@pik/limits';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiGateway } from '../../src/dataplane/gateway/api-gateway.js';
import type { StreamLimits } from '../../src/dataplane/gateway/stream-relay.js';
import type { RouteConfig, RunningApiGateway } from '../../src/dataplane/gateway/types.js';
import { createHttpForwarder } from '../../src/dataplane/http-forwarder.js';
import { createAlb } from '../../src/dataplane/lb/alb.js';
import type { RunningAlb, RunningNlb } from '../../src/dataplane/lb/types.js';
import { createNlbToAlb, sleep } from './helpers.js';

/** Pause the backend makes between the chunks of a slow answer. */
const PAUSE_MS = 150;
const CHUNKS = 4;
const LIMIT = QUOTAS.payloadBytes.value;

/** When (performance.now()) the backend wrote the last chunk of its latest slow answer. */
let lastChunkWrittenAt = 0;

async function writeSlowly(res: ServerResponse): Promise<void> {
  res.writeHead(200, { 'content-type': 'application/x-ndjson' });
  for (let i = 0; i < CHUNKS; i++) {
    if (i > 0) await sleep(PAUSE_MS);
    if (i === CHUNKS - 1) lastChunkWrittenAt = performance.now();
    res.write(`{"chunk":${i}}\n`);
  }
  res.end();
}

/** Writes `bytes` bytes in 64 KiB chunks, without a content-length (as a streaming service does). */
function writeBytes(res: ServerResponse, bytes: number): void {
  res.writeHead(200, { 'content-type': 'application/octet-stream' });
  const block = Buffer.alloc(64 * 1024, 120);
  let left = bytes;
  const more = () => {
    while (left > 0) {
      const piece = left >= block.length ? block : block.subarray(0, left);
      left -= piece.length;
      if (!res.write(piece)) return void res.once('drain', more);
    }
    res.end();
  };
  more();
}

/** A backend whose answers come in pieces: slow chunks, big bodies, a stream that falls silent, an endless one. */
function backendHandler(req: { url?: string }, res: ServerResponse): void {
  const url = req.url ?? '';
  if (url === '/healthz') return void res.end('ok');
  if (url.endsWith('/export') || url.endsWith('/slow')) return void writeSlowly(res);
  const big = /\/bytes\/(\d+)$/.exec(url);
  if (big) return void writeBytes(res, Number(big[1]));
  if (url.endsWith('/silent')) {
    res.writeHead(200);
    res.write('first\n');
    return;
  }
  if (url.endsWith('/endless')) {
    res.writeHead(200);
    const timer = setInterval(() => res.write('tick\n'), 20);
    res.on('close', () => clearInterval(timer));
    return;
  }
  res.writeHead(404).end();
}

interface Received {
  status: number;
  firstByteAt: number;
  endAt: number;
  bytes: number;
  body: string;
  /** The connection closed before the body was complete. */
  cut: boolean;
}

function receive(port: number, path: string): Promise<Received> {
  return new Promise((resolve, reject) => {
    const got: Received = { status: 0, firstByteAt: 0, endAt: 0, bytes: 0, body: '', cut: false };
    const req = request({ host: '127.0.0.1', port, path }, (res) => {
      got.status = res.statusCode ?? 0;
      res.on('data', (chunk: Buffer) => {
        if (got.bytes === 0) got.firstByteAt = performance.now();
        got.bytes += chunk.length;
        if (got.body.length < 4096) got.body += chunk.toString();
      });
      res.on('end', () => resolve({ ...got, endAt: performance.now() }));
      res.on('aborted', () => (got.cut = true));
      res.on('close', () => resolve({ ...got, endAt: performance.now(), cut: got.cut || !res.complete }));
    });
    req.on('error', reject);
    req.end();
  });
}

const LINK = { uri: 'http://internal-orders.elb.amazonaws.com:8083/orders/{proxy}', version: 'v1' as const };

/** The same backend twice: `GET /stream/{proxy+}` streamed, `ANY /orders/{proxy+}` buffered (the default). */
function routes(): RouteConfig[] {
  const integration = (id: string, mode?: 'STREAM') => ({
    id,
    type: 'HTTP_PROXY' as const,
    connectionType: 'VPC_LINK' as const,
    vpcLinkVersion: LINK.version,
    uri: LINK.uri,
    requestParameters: { 'integration.request.path.proxy': 'method.request.path.proxy' },
    ...(mode ? { responseTransferMode: mode } : {}),
  });
  return [
    { routeKey: 'GET /stream/{proxy+}', integration: integration('streamed', 'STREAM') },
    { routeKey: 'ANY /orders/{proxy+}', integration: integration('buffered') },
  ];
}

describe('REST gateway > VPC link V1 > NLB > ALB > service: response streaming', () => {
  let backend: Server;
  let alb: RunningAlb;
  let nlb: RunningNlb;
  const gateways: Array<{ close(): Promise<void> }> = [];

  async function gateway(streamLimits?: StreamLimits): Promise<RunningApiGateway> {
    const nlbPort = nlb.listeners[0]?.port as number;
    const forwarder = createHttpForwarder(() => ({
      host: '127.0.0.1',
      port: nlbPort,
      hops: ['vpclink:v1', 'nlb:8083'],
    }));
    const gw = await createApiGateway(
      {
        apiId: 'api',
        kind: 'rest',
        stageName: 'v1',
        routes: routes(),
        ...(streamLimits ? { streamLimits } : {}),
      },
      { forward: forwarder.forward },
    );
    gateways.push(gw, { close: async () => forwarder.close() });
    return gw;
  }

  beforeAll(async () => {
    backend = createServer(backendHandler);
    await new Promise<void>((r) => backend.listen(0, '127.0.0.1', r));
    const port = (backend.address() as AddressInfo).port;
    alb = await createAlb({
      name: 'orders-alb',
      listeners: [{ rules: [], defaultAction: { type: 'forward', targetGroups: [{ name: 'orders' }] } }],
      targetGroups: [{ name: 'orders', targetType: 'ip', targets: [{ host: '127.0.0.1', port }] }],
    });
    nlb = await createNlbToAlb(alb, { name: 'orders-nlb', healthPath: '/healthz', intervalMs: 100 });
    await nlb.ready();
  });
  afterAll(async () => {
    for (const g of gateways) await g.close();
    await nlb?.close();
    await alb?.close();
    backend?.closeAllConnections();
    await new Promise<void>((r) => backend?.close(() => r()));
  });

  it('STREAM: the first byte leaves the twin before the backend writes its last chunk', async () => {
    const gw = await gateway();
    const got = await receive(gw.port, '/v1/stream/export');
    expect(got.status).toBe(200);
    expect(got.body.split('\n').filter(Boolean)).toHaveLength(CHUNKS);
    expect(got.firstByteAt).toBeLessThan(lastChunkWrittenAt);
    // The first chunk came about (CHUNKS - 1) pauses before the end, not with it.
    expect(got.endAt - got.firstByteAt).toBeGreaterThan((CHUNKS - 2) * PAUSE_MS);
  });

  it('BUFFERED: the same answer leaves only after the backend wrote its last chunk', async () => {
    const gw = await gateway();
    const got = await receive(gw.port, '/v1/orders/slow');
    expect(got.status).toBe(200);
    expect(got.body.split('\n').filter(Boolean)).toHaveLength(CHUNKS);
    expect(got.firstByteAt).toBeGreaterThan(lastChunkWrittenAt);
  });

  it("BUFFERED keeps AWS's 10 MB answer limit: 10 MB passes, one byte more is API Gateway's 502", async () => {
    const gw = await gateway();
    const atLimit = await receive(gw.port, `/v1/orders/bytes/${LIMIT}`);
    expect(atLimit.status).toBe(200);
    expect(atLimit.bytes).toBe(LIMIT);
    const over = await receive(gw.port, `/v1/orders/bytes/${LIMIT + 1}`);
    expect(over.status).toBe(502);
    expect(JSON.parse(over.body)).toEqual({ message: 'Internal server error' });
  });

  it('STREAM has no 10 MB limit: every byte of a larger answer arrives', async () => {
    const gw = await gateway();
    const got = await receive(gw.port, `/v1/stream/bytes/${LIMIT + 1024 * 1024}`);
    expect(got.status).toBe(200);
    expect(got.cut).toBe(false);
    expect(got.bytes).toBe(LIMIT + 1024 * 1024);
  });

  it('STREAM: a stream silent for the idle limit is cut', async () => {
    const gw = await gateway({ idleMs: 250, maxMs: 10_000 });
    const started = performance.now();
    const got = await receive(gw.port, '/v1/stream/silent');
    expect(got.status).toBe(200);
    expect(got.body).toBe('first\n');
    expect(got.cut).toBe(true);
    expect(got.endAt - started).toBeGreaterThanOrEqual(250);
    expect(got.endAt - started).toBeLessThan(5_000);
  });

  it('STREAM: a stream still going at the overall limit is cut, however busy it is', async () => {
    const gw = await gateway({ idleMs: 5_000, maxMs: 400 });
    const started = performance.now();
    const got = await receive(gw.port, '/v1/stream/endless');
    expect(got.cut).toBe(true);
    expect(got.body.startsWith('tick\n')).toBe(true);
    expect(got.endAt - started).toBeGreaterThanOrEqual(400);
    expect(got.endAt - started).toBeLessThan(5_000);
  });
});
