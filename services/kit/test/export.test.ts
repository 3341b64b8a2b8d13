import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PassThrough, type Writable } from 'node:stream';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Context } from 'aws-lambda';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createLambdaHandlers } from '../src/entry/lambda.js';
import { type AwsLambdaStreaming, streamingLambdaHandler } from '../src/entry/lambda-stream.js';
import { NDJSON } from '../src/resource/export.js';
import {
  lambdaContext,
  restV1Event,
  startTestStore,
  type TestStore,
  testBackends,
} from '../src/testing/index.js';
import { buildWidgetApp, widgetResource } from './widget-app.js';

const [backend] = testBackends();
if (!backend) throw new Error('no test backend');

const ITEMS = 9;
const PAGE = 2;
/** Each DynamoDB Query after the first waits this long, so pages arrive visibly one after another. */
const QUERY_DELAY_MS = 60;

let store: TestStore;
let app: FastifyInstance;
let port: number;
/** performance.now() when each Query was sent. */
const queriesSentAt: number[] = [];
let created: Array<{ id: string }> = [];

/** The test store with every Query after the first delayed: a data store whose pages come slowly. */
function slowQueries(base: TestStore): TestStore {
  const send = base.doc.send.bind(base.doc) as (command: unknown) => Promise<unknown>;
  const doc = Object.create(base.doc) as typeof base.doc;
  doc.send = (async (command: unknown) => {
    if (command instanceof QueryCommand) {
      queriesSentAt.push(performance.now());
      if (queriesSentAt.length > 1) await new Promise((r) => setTimeout(r, QUERY_DELAY_MS));
    }
    return send(command);
  }) as typeof base.doc.send;
  return { ...base, doc };
}

beforeAll(async () => {
  store = await startTestStore(backend, 'export');
  const writer = await buildWidgetApp(store);
  for (let i = 0; i < ITEMS; i++) {
    const res = await writer.inject({
      method: 'POST',
      url: '/catalog',
      payload: { name: `w${i}`, price: i },
    });
    created.push(res.json());
  }
  await writer.close();
  created = created.sort((a, b) => a.id.localeCompare(b.id));
  app = await buildWidgetApp(slowQueries(store));
  await app.listen({ port: 0, host: '127.0.0.1' });
  port = (app.server.address() as AddressInfo).port;
});
afterAll(async () => {
  await app?.close();
  await store?.close();
});

interface Received {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  chunks: Array<{ at: number; text: string }>;
}

function getOverHttp(path: string): Promise<Received> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path }, (res) => {
      const chunks: Received['chunks'] = [];
      res.setEncoding('utf8');
      res.on('data', (text: string) => chunks.push({ at: performance.now(), text }));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, chunks }));
    });
    req.on('error', reject);
    req.end();
  });
}

const lines = (text: string) => text.split('\n').filter((line) => line !== '');

describe('GET /<svc>/export on the server entry', () => {
  it('streams every item as NDJSON, the first chunk before the last page is read', async () => {
    queriesSentAt.length = 0;
    const got = await getOverHttp(`/catalog/export?pageSize=${PAGE}`);
    expect(got.status).toBe(200);
    expect(got.headers['content-type']).toBe(NDJSON);
    expect(got.headers['content-length']).toBeUndefined();
    expect(got.headers['transfer-encoding']).toBe('chunked');
    expect(got.headers['x-pik-instance']).toBeDefined();
    const items = lines(got.chunks.map((c) => c.text).join('')).map((line) => JSON.parse(line));
    expect(items.map((i) => i.id)).toEqual(created.map((c) => c.id));
    // ceil(9 / 2) pages, each read only after the previous one was written.
    expect(queriesSentAt).toHaveLength(Math.ceil(ITEMS / PAGE));
    const firstByte = got.chunks[0]?.at ?? Number.POSITIVE_INFINITY;
    expect(firstByte).toBeLessThan(queriesSentAt.at(-1) as number);
    expect(got.chunks.length).toBeGreaterThan(1);
  });

  it('starts after `cursor` and answers an empty body past the last item', async () => {
    const third = created[2]?.id as string;
    const after = await app.inject({ method: 'GET', url: `/catalog/export?cursor=1.${third}` });
    expect(lines(after.body).map((l) => JSON.parse(l).id)).toEqual(created.slice(3).map((c) => c.id));
    const last = created.at(-1)?.id as string;
    const none = await app.inject({ method: 'GET', url: `/catalog/export?cursor=1.${last}` });
    expect(none.statusCode).toBe(200);
    expect(none.body).toBe('');
  });

  it.each([
    ['pageSize=0', 'pageSize'],
    ['pageSize=abc', 'pageSize'],
    ['cursor=not-a-cursor', 'cursor'],
  ])('refuses ?%s with 400 naming %s, as JSON', async (query, field) => {
    const res = await app.inject({ method: 'GET', url: `/catalog/export?${query}` });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/json');
    expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', field, location: 'querystring' });
  });
});

/**
 * Lambda's Node.js runtime, reduced to what a streaming handler sees: `streamifyResponse` hands the
 * handler a response stream, `HttpResponseStream.from` writes the JSON prelude and the 8 NUL bytes that
 * API Gateway reads before the body (API Gateway developer guide, "Set up a Lambda proxy integration with
 * payload response streaming").
 */
function lambdaRuntimeStreaming(): AwsLambdaStreaming & { invoke(event: unknown): Promise<Buffer[]> } {
  let marked: ((event: unknown, stream: Writable, context: Context) => Promise<void>) | undefined;
  return {
    streamifyResponse(handler) {
      marked = handler as typeof marked;
      return handler;
    },
    HttpResponseStream: {
      from(stream, prelude) {
        stream.write(`${JSON.stringify(prelude)}\0\0\0\0\0\0\0\0`);
        return stream;
      },
    },
    async invoke(event) {
      const out = new PassThrough();
      const parts: Buffer[] = [];
      out.on('data', (chunk: Buffer) => parts.push(chunk));
      await marked?.(event, out, lambdaContext('widgets') as unknown as Context);
      return parts;
    },
  };
}

describe('the Lambda entry', () => {
  it('streams the export through streamifyResponse: prelude, delimiter, then NDJSON in several writes', async () => {
    vi.stubEnv('DYNAMODB_ENDPOINT', store.endpoint ?? '');
    vi.stubEnv('TABLE_NAME', store.tableName);
    vi.stubEnv('POWERTOOLS_METRICS_DISABLED', 'true');
    vi.stubEnv('POWERTOOLS_LOG_LEVEL', 'ERROR');
    const runtime = lambdaRuntimeStreaming();
    vi.stubGlobal('awslambda', runtime);
    try {
      await createLambdaHandlers(widgetResource.service, (options) => buildWidgetApp(store, options));
      const parts = await runtime.invoke(
        restV1Event({ method: 'GET', path: `/catalog/export?pageSize=${PAGE}` }),
      );
      const whole = Buffer.concat(parts).toString('utf8');
      const [prelude, body] = whole.split('\0\0\0\0\0\0\0\0');
      const meta = JSON.parse(prelude as string);
      expect(meta.statusCode).toBe(200);
      expect(meta.headers['content-type']).toBe(NDJSON);
      expect(lines(body as string).map((l) => JSON.parse(l).id)).toEqual(created.map((c) => c.id));
      // The prelude plus one write per page at least: the body was not gathered into one write.
      expect(parts.length).toBeGreaterThanOrEqual(1 + Math.ceil(ITEMS / PAGE));
    } finally {
      vi.unstubAllGlobals();
      vi.unstubAllEnvs();
    }
  });

  it('refuses to answer buffered under the streaming name outside the Lambda runtime', async () => {
    const handler = streamingLambdaHandler(
      async () => ({ meta: { statusCode: 200 }, stream: new PassThrough() }),
      undefined,
    );
    await expect((handler as () => Promise<void>)()).rejects.toThrow(/awslambda\.streamifyResponse/);
  });
});

describe('other methods on the export path', () => {
  it.each(['PATCH', 'DELETE', 'POST', 'PUT'] as const)(
    '%s answers 405 with Allow: GET, HEAD',
    async (method) => {
      const res = await app.inject({ method, url: '/catalog/export' });
      expect(res.statusCode).toBe(405);
      expect(res.headers.allow).toBe('GET, HEAD');
      expect(res.json()).toMatchObject({ code: 'METHOD_NOT_ALLOWED', field: 'method' });
    },
  );
});
