import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { InvokeLambda } from '../../src/dataplane/lambda-invoke.js';
import { createAlb } from '../../src/dataplane/lb/alb.js';
import type { AlbLambdaEvent } from '../../src/dataplane/lb/alb-lambda.js';
import type { AlbConfig, RunningAlb, TargetGroupConfig } from '../../src/dataplane/lb/types.js';
import { type Backend, send, startBackend } from './helpers.js';

let a: Backend;
let b: Backend;
let slow: Backend;
const albs: RunningAlb[] = [];

beforeAll(async () => {
  a = await startBackend('a', { healthPath: '/healthz' });
  b = await startBackend('b', { healthPath: '/healthz' });
  slow = await startBackend('slow', { delayMs: 500 });
});
afterAll(async () => {
  await Promise.all([a.close(), b.close(), slow.close()]);
});
afterEach(async () => {
  await Promise.all(albs.splice(0).map((x) => x.close()));
});

async function alb(config: AlbConfig, invoke?: InvokeLambda) {
  const running = await createAlb(config, { invoke });
  albs.push(running);
  return running;
}

const ip = (backend: Backend, label?: string) => ({
  host: '127.0.0.1',
  port: backend.port,
  traceSegment: label,
});

/** An ip target group health-checked over HTTP on /healthz every 50 ms, two checks either way. */
const httpCheckedGroup = (name: string, targets: readonly Backend[]): TargetGroupConfig => ({
  name,
  targetType: 'ip',
  targets: targets.map((t) => ip(t)),
  healthCheck: {
    protocol: 'HTTP',
    path: '/healthz',
    intervalMs: 50,
    healthyThresholdCount: 2,
    unhealthyThresholdCount: 2,
  },
});

/** An ALB whose one listener forwards everything to the target group named `g`. */
const albForwardingToG = (name: string, targetGroups: readonly TargetGroupConfig[]) =>
  alb({
    name,
    listeners: [{ defaultAction: { type: 'forward', targetGroups: [{ name: 'g' }] } }],
    targetGroups,
  });

/** Runs `body` with a backend answering 500 to everything (so it fails health checks), then stops it. */
async function withFailingBackend(body: (failing: Backend) => Promise<void>): Promise<void> {
  const failing = await startBackend('failing', { status: 500 });
  try {
    await body(failing);
  } finally {
    await failing.close();
  }
}

describe('ALB listener rules and ip targets', () => {
  const config = (): AlbConfig => ({
    name: 'orders-alb',
    listeners: [
      {
        templatePort: 80,
        rules: [
          {
            priority: 20,
            conditions: [{ field: 'path-pattern', values: ['/orders*'] }],
            action: { type: 'forward', targetGroups: [{ name: 'both' }] },
          },
          {
            priority: 10,
            conditions: [
              { field: 'path-pattern', values: ['/orders/special'] },
              { field: 'http-request-method', values: ['GET'] },
            ],
            action: {
              type: 'fixed-response',
              statusCode: 418,
              contentType: 'application/json',
              messageBody: '{"special":true}',
            },
          },
          {
            priority: 30,
            conditions: [{ field: 'host-header', values: ['*.b.internal'] }],
            action: { type: 'forward', targetGroups: [{ name: 'onlyB' }] },
          },
        ],
        defaultAction: {
          type: 'fixed-response',
          statusCode: 404,
          contentType: 'application/json',
          messageBody: '{"message":"no rule"}',
        },
      },
    ],
    targetGroups: [
      { name: 'both', targetType: 'ip', targets: [ip(a, 'container:orders#1'), ip(b, 'container:orders#2')] },
      { name: 'onlyB', targetType: 'ip', targets: [ip(b)] },
    ],
  });

  it('evaluates rules by priority, then the default action', async () => {
    const lb = await alb(config());
    const port = lb.listeners[0]?.port as number;
    const special = await send(port, '/orders/special');
    expect(special.status).toBe(418);
    expect(special.body).toBe('{"special":true}');
    expect((await send(port, '/orders/special', { method: 'POST' })).headers['x-served-by']).toMatch(
      /^[ab]$/,
    );
    const byHost = await send(port, '/anything', { headers: { host: 'api.b.internal:80' } });
    expect(byHost.headers['x-served-by']).toBe('b');
    const none = await send(port, '/nothing');
    expect(none.status).toBe(404);
    expect(none.body).toBe('{"message":"no rule"}');
  });

  it('round-robins over healthy targets and forwards path, query and body', async () => {
    const lb = await alb(config());
    const port = lb.listeners[0]?.port as number;
    const served: string[] = [];
    for (let i = 0; i < 6; i++) {
      const reply = await send(port, `/orders/${i}?q=${i}`, { method: 'PUT', body: `b${i}` });
      served.push(reply.headers['x-served-by'] as string);
    }
    expect(served.filter((s) => s === 'a')).toHaveLength(3);
    expect(served.filter((s) => s === 'b')).toHaveLength(3);
    expect(b.last?.url).toMatch(/^\/orders\/\d\?q=\d$/);
    expect(b.last?.body).toMatch(/^b\d$/);
    expect(b.last?.headers['x-forwarded-proto']).toBe('http');
    expect(b.last?.headers['x-forwarded-port']).toBe('80');
    expect(b.last?.headers['x-amzn-trace-id']).toMatch(/^Root=1-[0-9a-f]{8}-[0-9a-f]{24}$/);
  });

  it('url-rewrite transforms: the target sees the rewritten path and query, routing used the original', async () => {
    const lb = await alb({
      name: 'rewrite',
      listeners: [
        {
          rules: [
            {
              priority: 10,
              conditions: [{ field: 'path-pattern', values: ['/v1/*'] }],
              action: { type: 'forward', targetGroups: [{ name: 'onlyA' }] },
              urlRewrites: [{ regex: '^/v1/(.*)$', replace: '/$1' }],
            },
          ],
          defaultAction: { type: 'forward', targetGroups: [{ name: 'onlyB' }] },
        },
      ],
      targetGroups: [
        { name: 'onlyA', targetType: 'ip', targets: [ip(a)] },
        { name: 'onlyB', targetType: 'ip', targets: [ip(b)] },
      ],
    });
    const port = lb.listeners[0]?.port as number;
    const rewritten = await send(port, '/v1/orders/7?q=1');
    expect(rewritten.headers['x-served-by']).toBe('a');
    expect(a.last?.url).toBe('/orders/7?q=1');
    const untouched = await send(port, '/orders/7');
    expect(untouched.headers['x-served-by']).toBe('b');
    expect(b.last?.url).toBe('/orders/7');
  });

  it('extends the incoming trace with alb and the target', async () => {
    const lb = await alb(config());
    const port = lb.listeners[0]?.port as number;
    const reply = await send(port, '/orders/1', {
      headers: { 'x-pik-trace': 'gateway:rest > vpclink:v1 > nlb:8083' },
    });
    expect(reply.headers['x-pik-trace']).toMatch(
      /^gateway:rest > vpclink:v1 > nlb:8083 > alb > container:orders#[12]$/,
    );
    expect(reply.headers['x-pik-trace']).toBe(
      reply.headers['x-served-by'] === 'a' ? a.last?.headers['x-pik-trace'] : b.last?.headers['x-pik-trace'],
    );
  });

  it('502 when the target refuses the connection, 503 when the group has no target, 504 on target timeout', async () => {
    const dead = await startBackend('dead');
    await dead.close();
    const lb = await alb({
      name: 'errors',
      targetTimeoutMs: 150,
      listeners: [
        {
          rules: [
            {
              priority: 1,
              conditions: [{ field: 'path-pattern', values: ['/dead'] }],
              action: { type: 'forward', targetGroups: [{ name: 'dead' }] },
            },
            {
              priority: 2,
              conditions: [{ field: 'path-pattern', values: ['/empty'] }],
              action: { type: 'forward', targetGroups: [{ name: 'empty' }] },
            },
          ],
          defaultAction: { type: 'forward', targetGroups: [{ name: 'slow' }] },
        },
      ],
      targetGroups: [
        { name: 'dead', targetType: 'ip', targets: [ip(dead)] },
        { name: 'empty', targetType: 'ip', targets: [] },
        { name: 'slow', targetType: 'ip', targets: [ip(slow)] },
      ],
    });
    const port = lb.listeners[0]?.port as number;
    const bad = await send(port, '/dead');
    expect(bad.status).toBe(502);
    expect(bad.headers.server).toBe('awselb/2.0');
    expect(bad.body).toContain('502 Bad Gateway');
    expect((await send(port, '/empty')).status).toBe(503);
    const timedOut = await send(port, '/slow');
    expect(timedOut.status).toBe(504);
  });

  it('HTTP health checks: a target failing them gets no traffic; with none healthy and reject, 503', async () => {
    await withFailingBackend(async (failing) => {
      const lb = await albForwardingToG('hc', [
        httpCheckedGroup('g', [a, failing]),
        { ...httpCheckedGroup('h', [failing]), whenAllUnhealthy: 'reject' },
      ]);
      await lb.ready();
      expect(lb.health('g').map((h) => h.state)).toEqual(['healthy', 'unhealthy']);
      const port = lb.listeners[0]?.port as number;
      const served = new Set<string>();
      for (let i = 0; i < 6; i++) served.add((await send(port, '/x')).headers['x-served-by'] as string);
      expect([...served]).toEqual(['a']);
      expect(lb.health('h').map((h) => h.state)).toEqual(['unhealthy']);
    });
  });

  it('fails open: with every target unhealthy, traffic still goes to all of them (AWS behaviour)', async () => {
    await withFailingBackend(async (failing) => {
      const lb = await albForwardingToG('open', [httpCheckedGroup('g', [failing])]);
      await lb.ready();
      expect(lb.health('g')[0]?.state).toBe('unhealthy');
      const reply = await send(lb.listeners[0]?.port as number, '/x');
      expect(reply.headers['x-served-by']).toBe('failing');
    });
  });
});

describe('ALB Lambda targets', () => {
  const events: AlbLambdaEvent[] = [];
  const invoke: InvokeLambda = async (functionId, event) => {
    events.push(event as AlbLambdaEvent);
    const e = event as AlbLambdaEvent;
    if (e.path === '/boom') return { payload: { errorMessage: 'boom' }, functionError: 'Unhandled' };
    if (e.path === '/malformed') return { payload: { body: 'no status' } };
    if (e.path === '/multi') {
      return {
        payload: { statusCode: 201, multiValueHeaders: { 'set-cookie': ['a=1', 'b=2'] }, body: 'made' },
      };
    }
    return {
      payload: {
        statusCode: 200,
        statusDescription: '200 OK',
        headers: { 'content-type': 'application/json' },
        body: Buffer.from(JSON.stringify({ fn: functionId })).toString('base64'),
        isBase64Encoded: true,
      },
      extraHeaders: { 'x-pik-cold': 'true' },
    };
  };
  const config = (multiValueHeaders: boolean): AlbConfig => ({
    name: 'fn-alb',
    listeners: [{ defaultAction: { type: 'forward', targetGroups: [{ name: 'fn' }] } }],
    targetGroups: [
      { name: 'fn', targetType: 'lambda', multiValueHeaders, targets: [{ functionId: 'orders' }] },
    ],
  });

  it('builds the ALB event (query not decoded, last value wins) and turns the result into the response', async () => {
    const lb = await alb(config(false), invoke);
    const port = lb.listeners[0]?.port as number;
    const reply = await send(port, '/orders/1?a=x%20y&a=2&b', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-pik-trace': 'gateway:http > vpclink:v2' },
      body: '{"n":1}',
    });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ fn: 'orders' });
    expect(reply.headers['x-pik-cold']).toBe('true');
    expect(reply.headers['x-pik-trace']).toBe('gateway:http > vpclink:v2 > alb > lambda:orders');
    const event = events.at(-1) as AlbLambdaEvent;
    expect(event).toMatchObject({
      httpMethod: 'POST',
      path: '/orders/1',
      queryStringParameters: { a: '2', b: '' },
      body: '{"n":1}',
      isBase64Encoded: false,
      requestContext: { elb: { targetGroupArn: expect.stringContaining('targetgroup/fn/') } },
    });
    expect(event.headers?.['content-type']).toBe('application/json');
    expect(event.multiValueHeaders).toBeUndefined();
  });

  it('multi-value headers on: arrays in the event and in the answer; binary bodies are base64', async () => {
    const lb = await alb(config(true), invoke);
    const port = lb.listeners[0]?.port as number;
    const reply = await send(port, '/multi?a=1&a=2', {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      body: Buffer.from([0, 1, 2, 255]),
    });
    expect(reply.status).toBe(201);
    expect(reply.headers['set-cookie']).toEqual(['a=1', 'b=2']);
    const event = events.at(-1) as AlbLambdaEvent;
    expect(event.multiValueQueryStringParameters).toEqual({ a: ['1', '2'] });
    expect(event.queryStringParameters).toBeUndefined();
    expect(event.isBase64Encoded).toBe(true);
    expect(Buffer.from(event.body, 'base64')).toEqual(Buffer.from([0, 1, 2, 255]));
  });

  it('502 on a function error or a malformed result', async () => {
    const lb = await alb(config(false), invoke);
    const port = lb.listeners[0]?.port as number;
    expect((await send(port, '/boom')).status).toBe(502);
    expect((await send(port, '/malformed')).status).toBe(502);
  });
});
