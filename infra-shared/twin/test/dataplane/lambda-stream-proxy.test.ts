/**
 * A REST Lambda proxy integration through the response-streaming invocation URI: the gateway answers with
 * the prelude's status, headers and cookies as soon as the delimiter arrives and relays each chunk the
 * function writes, before the function has finished; a function that ends without a prelude gets REST's
 * 502, one that fails mid-stream has its stream cut. The runtime side is a stand-in that writes bytes as a
 * streaming handler does (the runtime itself is covered by `apps/private-rest-lambda-stages.test.ts`).
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiGateway } from '../../src/dataplane/gateway/api-gateway.js';
import { createLambdaProxyForward } from '../../src/dataplane/gateway/lambda-proxy.js';
import {
  createLambdaStreamForward,
  isStreamingInvocation,
} from '../../src/dataplane/gateway/lambda-stream-proxy.js';
import type { IntegrationConfig, RunningApiGateway } from '../../src/dataplane/gateway/types.js';
import type { InvokeLambda, InvokeOptions } from '../../src/dataplane/lambda-invoke.js';
import { sleep } from './helpers.js';

const PAUSE_MS = 120;
const seen: (InvokeOptions | undefined)[] = [];
const prelude = (p: object) => Buffer.concat([Buffer.from(JSON.stringify(p)), Buffer.alloc(8)]);

/** Writes as a streaming handler would, by path. */
const invoke: InvokeLambda = async (_fn, event, options) => {
  seen.push(options);
  const write = options?.onChunk ?? (() => {});
  const path = (event as { path: string }).path;
  if (path.endsWith('/none')) return { payload: null };
  write(prelude({ statusCode: 201, headers: { 'content-type': 'application/x-ndjson' }, cookies: ['a=1'] }));
  for (let i = 0; i < 3; i++) {
    if (i > 0) await sleep(PAUSE_MS);
    write(Buffer.from(`{"chunk":${i}}\n`));
    if (i === 1 && path.endsWith('/fails'))
      return { payload: { errorType: 'Error' }, functionError: 'Unhandled' };
  }
  return { payload: null };
};

const STREAM_URI =
  'arn:aws:apigateway:us-east-1:lambda:path/2021-11-15/functions/arn:aws:lambda:us-east-1:000000000000:function:orders:live/response-streaming-invocations';
const integration: IntegrationConfig = {
  id: 'export',
  type: 'AWS_PROXY',
  functionId: 'orders',
  functionQualifier: 'live',
  uri: STREAM_URI,
  responseTransferMode: 'STREAM',
};

let gateway: RunningApiGateway;
beforeAll(async () => {
  const streamed = createLambdaStreamForward(invoke);
  const buffered = createLambdaProxyForward(invoke);
  gateway = await createApiGateway(
    {
      apiId: 'r',
      kind: 'rest',
      stageName: 'v1',
      routes: [{ routeKey: 'GET /orders/{proxy+}', integration }],
    },
    { forward: (req, i) => (isStreamingInvocation(i) ? streamed : buffered)(req, i) },
  );
});
afterAll(() => gateway.close());

interface Received {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  firstByteAt: number;
  endAt: number;
  cut: boolean;
}

function get(path: string): Promise<Received> {
  return new Promise((resolve, reject) => {
    const req = request(`${gateway.baseUrl}${path}`, (res) => {
      const got: Received = {
        status: res.statusCode ?? 0,
        headers: res.headers,
        body: '',
        firstByteAt: 0,
        endAt: 0,
        cut: false,
      };
      res.on('data', (chunk: Buffer) => {
        got.firstByteAt ||= performance.now();
        got.body += chunk.toString();
      });
      res.on('end', () => resolve({ ...got, endAt: performance.now() }));
      res.on('aborted', () => resolve({ ...got, cut: true, endAt: performance.now() }));
      res.on('error', () => resolve({ ...got, cut: true, endAt: performance.now() }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('REST Lambda proxy with response streaming', () => {
  it('tells streaming invocations from buffered ones by the URI', () => {
    expect(isStreamingInvocation(integration)).toBe(true);
    const buffered = STREAM_URI.replace('2021-11-15', '2015-03-31').replace(
      'response-streaming-invocations',
      'invocations',
    );
    expect(isStreamingInvocation({ type: 'AWS_PROXY', uri: buffered })).toBe(false);
  });

  it('answers with the prelude and relays each chunk as the function writes it', async () => {
    const got = await get('/orders/export');
    expect([got.status, got.headers['content-type'], got.headers['set-cookie']]).toEqual([
      201,
      'application/x-ndjson',
      ['a=1'],
    ]);
    expect(got.body).toBe('{"chunk":0}\n{"chunk":1}\n{"chunk":2}\n');
    expect(got.endAt - got.firstByteAt).toBeGreaterThanOrEqual(1.5 * PAUSE_MS);
    expect(got.headers['x-pik-trace']).toBe('gateway:rest > lambda:orders:live');
    expect(seen.at(-1)?.qualifier).toBe('live');
  });

  it("answers REST's 502 when the function ends without a prelude", async () => {
    const got = await get('/orders/none');
    expect([got.status, JSON.parse(got.body)]).toEqual([502, { message: 'Internal server error' }]);
  });

  it('cuts the stream when the function fails after its prelude', async () => {
    const got = await get('/orders/fails');
    expect(got.status).toBe(201);
    expect(got.cut).toBe(true);
  });
});
