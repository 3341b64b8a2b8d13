/**
 * Option 9's write path through the twin, from its template: writes answered 202 by the gateway's Kinesis
 * integration, applied by the consumer Lambda through the event source mapping (kinesalite polled with
 * the template's batch size, window, bisect, retries and on-failure destination), statuses read back;
 * and its failure cases: malformed bodies stopped at the gateway, a replayed record applied once, a stale
 * version refused, the consumer failing for a period and poison records ending in the on-failure queue.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { PutRecordCommand } from '@aws-sdk/client-kinesis';
import { GetObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import type { TargetPattern } from '@pik/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Twin, twinUp } from '../../src/orchestrator/twin-up.js';
import { localKinesisClient } from '../../src/runtime/kinesis.js';
import { localS3Client } from '../../src/runtime/s3.js';
import { recordsOnFirstShard } from '../kinesis-records.js';
import { realAssembly, reportUnavailable } from './assembly.js';
import { authHeaders } from './target-auth.js';

const ID = 'edge-buffered-writes';
const assembly = realAssembly();
const topology = assembly.topologies.find((t) => t.patternId === ID);
const skip = reportUnavailable(assembly) || !topology;
const root = mkdtempSync(join(tmpdir(), 'pik-twin-edge-'));
const streamName = topology?.streams?.[0]?.streamName ?? '';
const consumerId = topology?.eventSources?.[0]?.functionId ?? '';
let twin: Twin | undefined;
let target: TargetPattern;

beforeAll(async () => {
  if (skip) return;
  twin = await twinUp({
    root,
    cdkOut: assembly.cdkOut,
    patterns: [ID],
    logs: 'discard',
    targetsFile: false,
    print: () => {},
  });
  target = twin.targets.patterns[0] as TargetPattern;
}, 120_000);
afterAll(async () => {
  await twin?.stop();
  rmSync(root, { recursive: true, force: true });
});

interface Answer {
  readonly status: number;
  readonly trace: string | null;
  readonly body: Record<string, unknown>;
}

async function call(method: string, path: string, body?: unknown): Promise<Answer> {
  // The regional API itself: these tests look at the gateway's half (the edge has its own tests below).
  const response = await fetch(`${target.originUrl}${path}`, {
    method,
    headers: { ...(await authHeaders(target)), 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return {
    status: response.status,
    trace: response.headers.get('x-pik-trace'),
    body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
  };
}

/** The write's status once it is no longer pending (the consumer applied or refused it). */
async function settled(
  service: string,
  writeId: string,
  timeoutMs = 15_000,
): Promise<Record<string, unknown>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { body } = await call('GET', `/${service}/writes/${writeId}`);
    if (body.status !== 'pending' || Date.now() > deadline) return body;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function control(method: string, path: string): Promise<Record<string, unknown>> {
  const response = await fetch(`${twin?.controlUrl}/patterns/${ID}${path}`, { method });
  expect(response.status, path).toBe(200);
  return (await response.json()) as Record<string, unknown>;
}

const product = (sku: string) => ({ sku, name: 'kettle', price: 12, currency: 'EUR', category: 'home' });

describe.skipIf(skip)('edge-buffered-writes in the twin: writes through Kinesis', () => {
  it('answers a create 202 from the stream integration, and the consumer applies it', async () => {
    const accepted = await call('POST', '/catalog', product('SKU-EDGE-1'));
    expect(accepted.status).toBe(202);
    expect(accepted.trace).toBe('gateway:rest > aws:kinesis.PutRecord');
    expect(accepted.body).toMatchObject({ status: 'pending' });
    const status = await settled('catalog', String(accepted.body.writeId));
    expect(status).toMatchObject({ status: 'applied', op: 'create', version: 1 });
    const item = await call('GET', `/catalog/${status.itemId}`);
    expect(item.status).toBe(200);
    expect(item.body).toMatchObject({ sku: 'SKU-EDGE-1', version: 1 });
  });

  it('refuses a malformed body at the gateway (400): nothing reaches the stream', async () => {
    const before = (await recordsOnFirstShard(twin?.awsEndpoints.kinesis ?? '', streamName)).length;
    const refused = await call('POST', '/catalog', { sku: 'lowercase is invalid', price: -1 });
    expect(refused.status).toBe(400);
    expect(refused.trace).toBe('gateway:rest');
    const patchWithoutVersion = await call('PATCH', '/catalog/00000000-0000-4000-8000-000000000000', {
      name: 'x',
    });
    expect(patchWithoutVersion.status).toBe(400);
    expect((await recordsOnFirstShard(twin?.awsEndpoints.kinesis ?? '', streamName)).length).toBe(before);
  });

  it('applies an update at its version once and refuses a stale one, reporting the current version', async () => {
    const created = await settled(
      'catalog',
      String((await call('POST', '/catalog', product('SKU-EDGE-2'))).body.writeId),
    );
    const id = String(created.itemId);
    const first = await call('PATCH', `/catalog/${id}`, { version: 1, name: 'desk kettle' });
    const stale = await call('PATCH', `/catalog/${id}`, { version: 1, name: 'old kettle' });
    expect([first.status, stale.status]).toEqual([202, 202]);
    expect(await settled('catalog', String(first.body.writeId))).toMatchObject({
      status: 'applied',
      version: 2,
    });
    expect(await settled('catalog', String(stale.body.writeId))).toMatchObject({
      status: 'failed',
      reason: { code: 'VERSION_CONFLICT', currentVersion: 2 },
    });
    expect((await call('GET', `/catalog/${id}`)).body).toMatchObject({ name: 'desk kettle', version: 2 });
  });

  it('applies a record replayed onto the stream only once', async () => {
    const accepted = await call('POST', '/catalog', product('SKU-EDGE-3'));
    const status = await settled('catalog', String(accepted.body.writeId));
    for (const n of [9, 10, 11])
      expect((await call('POST', '/catalog', product(`SKU-EDGE-${n}`))).status).toBe(202);
    const records = await recordsOnFirstShard(twin?.awsEndpoints.kinesis ?? '', streamName);
    const original = records.find((r) => r.data.includes(String(accepted.body.writeId)));
    expect(original).toBeDefined();
    const stats = async () =>
      ((await control('GET', '/event-sources')).mappings as Record<string, { recordsDelivered: number }>)[
        topology?.eventSources?.[0]?.id ?? ''
      ]?.recordsDelivered ?? 0;
    const deliveredBefore = await stats();
    const client = localKinesisClient(twin?.awsEndpoints.kinesis ?? '');
    await client.send(
      new PutRecordCommand({
        StreamName: streamName,
        PartitionKey: original?.key,
        Data: Buffer.from(original?.data ?? ''),
      }),
    );
    client.destroy();
    const deadline = Date.now() + 15_000;
    while ((await stats()) === deliveredBefore && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    // At least the replay was delivered (a batch retried after a slow invocation counts its records again).
    expect(await stats()).toBeGreaterThan(deliveredBefore);
    expect(await settled('catalog', String(accepted.body.writeId))).toEqual(status);
    const item = await call('GET', `/catalog/${status.itemId}`);
    expect(item.body).toMatchObject({ version: 1 });
  });

  const queued = async () =>
    (Object.values((await control('GET', '/event-sources')).onFailure as Record<string, unknown[]>)[0] ??
      []) as { KinesisBatchInfo: { batchSize: number }; responseContext: { reason: string } }[];
  async function queueReaches(count: number): Promise<void> {
    const deadline = Date.now() + 30_000;
    while ((await queued()).length < count && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }

  it('while the consumer fails, retries and bisects each batch, then sends each write to the on-failure queue; later writes apply', async () => {
    const queuedBefore = (await queued()).length;
    await control('POST', `/functions/${consumerId}/fault?state=on`);
    const accepted = [];
    for (const n of [4, 5, 6]) accepted.push(await call('POST', '/catalog', product(`SKU-EDGE-${n}`)));
    await queueReaches(queuedBefore + 3);
    await control('POST', `/functions/${consumerId}/fault?state=off`);
    const messages = (await queued()).slice(queuedBefore);
    // Bisected down to single records: each accepted write is one message, with the reason.
    expect(messages.map((m) => m.KinesisBatchInfo.batchSize)).toEqual([1, 1, 1]);
    expect(messages[0]?.responseContext.reason).toMatch(/fault/);
    const mapping = Object.values(
      (await control('GET', '/event-sources')).mappings as Record<string, { retries: number }>,
    )[0];
    expect(mapping?.retries).toBeGreaterThanOrEqual(
      3 * (topology?.eventSources?.[0]?.maximumRetryAttempts ?? 0),
    );
    for (const write of accepted) {
      expect(write.status).toBe(202);
      expect((await call('GET', `/catalog/writes/${write.body.writeId}`)).body.status).toBe('pending');
    }
    const after = await call('POST', '/catalog', product('SKU-EDGE-7'));
    expect(await settled('catalog', String(after.body.writeId))).toMatchObject({ status: 'applied' });
  }, 60_000);

  it('sends a poison record to the on-failure queue with the consumer’s reason, and goes on applying writes', async () => {
    const queuedBefore = (await queued()).length;
    const client = localKinesisClient(twin?.awsEndpoints.kinesis ?? '');
    await client.send(
      new PutRecordCommand({ StreamName: streamName, PartitionKey: 'poison', Data: Buffer.from('not json') }),
    );
    client.destroy();
    const after = await call('POST', '/catalog', product('SKU-EDGE-8'));
    await queueReaches(queuedBefore + 1);
    const [message] = (await queued()).slice(queuedBefore);
    expect(message?.KinesisBatchInfo.batchSize).toBe(1);
    expect(message?.responseContext.reason).toMatch(/not JSON/);
    expect(await settled('catalog', String(after.body.writeId))).toMatchObject({ status: 'applied' });
  }, 60_000);

  it('keeps every accepted write in S3: Firehose objects under the date prefix, GZIP, read back with the SDK', async () => {
    for (const n of [9, 10, 11])
      expect((await call('POST', '/catalog', product(`SKU-EDGE-${n}`))).status).toBe(202);
    const records = await recordsOnFirstShard(twin?.awsEndpoints.kinesis ?? '', streamName);
    const writeIds = records.flatMap((r) => /"writeId":"([0-9a-f-]{36})"/.exec(r.data)?.[1] ?? []);
    expect(writeIds.length).toBeGreaterThanOrEqual(3);
    const bucket = topology?.deliveryStreams?.[0]?.bucketName ?? '';
    const s3 = localS3Client(twin?.s3Endpoint ?? '');
    const stored = async () => {
      const listing = await s3.send(new ListObjectsV2Command({ Bucket: bucket }));
      const texts = await Promise.all(
        (listing.Contents ?? []).map(async ({ Key }) => {
          const object = await s3.send(new GetObjectCommand({ Bucket: bucket, Key }));
          return {
            key: Key ?? '',
            text: gunzipSync((await object.Body?.transformToByteArray()) ?? new Uint8Array()).toString(),
          };
        }),
      );
      return texts;
    };
    const deadline = Date.now() + 20_000;
    let objects = await stored();
    while (writeIds.some((id) => !objects.some((o) => o.text.includes(id))) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      objects = await stored();
    }
    s3.destroy();
    for (const id of writeIds)
      expect(
        objects.some((o) => o.text.includes(id)),
        id,
      ).toBe(true);
    const hour = new Date().toISOString().slice(0, 13).replace(/[-T]/g, '/');
    for (const { key } of objects) expect(key).toMatch(/^writes\/\d{4}\/\d{2}\/\d{2}\/\d{2}\/.+\.gz$/);
    expect(objects.some(({ key }) => key.startsWith(`writes/${hour}`))).toBe(true);
  }, 40_000);
});

describe.skipIf(skip)('edge-buffered-writes in the twin: CloudFront in front', () => {
  const edgeUrl = () => twin?.patterns.get(ID)?.edge?.url ?? '';

  it('points the targets entry at the edge, the regional API as its origin, and names the copy bucket', () => {
    expect(target.baseUrl).toBe(edgeUrl());
    expect(target.originUrl).toBe(twin?.patterns.get(ID)?.gateway.baseUrl.replace(/\/$/, ''));
    expect(target.writeBuffer).toEqual({
      bucketName: topology?.deliveryStreams?.[0]?.bucketName,
      dataPrefix: 'writes/!{timestamp:yyyy/MM/dd/HH}/',
      s3Endpoint: twin?.s3Endpoint,
    });
  });
  async function viaEdge(method: string, path: string, authorization: string, body?: unknown) {
    const response = await fetch(`${edgeUrl()}${path}`, {
      method,
      headers: { authorization, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    await response.arrayBuffer();
    return {
      status: response.status,
      cache: response.headers.get('x-cache'),
      trace: response.headers.get('x-pik-trace'),
      age: response.headers.get('age'),
      via: response.headers.get('via'),
    };
  }
  const tokenOf = async () => String((await control('POST', '/token')).access_token);

  it('misses then hits at the edge; another caller misses at the edge and hits the API cache', async () => {
    const first = await tokenOf();
    const miss = await viaEdge('GET', '/customers?limit=7', first);
    expect(miss).toMatchObject({
      status: 200,
      cache: 'Miss from cloudfront',
      trace: 'cloudfront:miss > gateway:rest > cache:miss > lambda:customers',
    });
    expect(miss.via).toMatch(/cloudfront\.net \(CloudFront\)$/);
    const hit = await viaEdge('GET', '/customers?limit=7', first);
    expect(hit).toMatchObject({ status: 200, cache: 'Hit from cloudfront', trace: 'cloudfront:hit' });
    expect(Number(hit.age)).toBeGreaterThanOrEqual(0);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const second = await tokenOf();
    expect(second).not.toBe(first);
    expect(await viaEdge('GET', '/customers?limit=7', second)).toMatchObject({
      cache: 'Miss from cloudfront',
      trace: 'cloudfront:miss > gateway:rest > cache:hit',
    });
    // A query string outside the cache key does not split the entry.
    expect(await viaEdge('GET', '/customers?limit=7&utm=x', first)).toMatchObject({
      cache: 'Hit from cloudfront',
    });
  });

  it('empties the edge with the API cache on a cache flush, so the next read misses both', async () => {
    const token = await tokenOf();
    await viaEdge('GET', '/customers?limit=9', token);
    expect((await viaEdge('GET', '/customers?limit=9', token)).cache).toBe('Hit from cloudfront');
    const flushed = await control('POST', '/cache/flush');
    expect(flushed.edgeInvalidated).toBeGreaterThan(0);
    expect(await viaEdge('GET', '/customers?limit=9', token)).toMatchObject({
      cache: 'Miss from cloudfront',
      trace: 'cloudfront:miss > gateway:rest > cache:miss > lambda:customers',
    });
  });

  it('passes writes through to the stream and never keeps write statuses', async () => {
    const token = await tokenOf();
    const response = await fetch(`${edgeUrl()}/catalog`, {
      method: 'POST',
      headers: { authorization: token, 'content-type': 'application/json' },
      body: JSON.stringify(product('SKU-EDGE-20')),
    });
    expect(response.status).toBe(202);
    expect(response.headers.get('x-pik-trace')).toBe(
      'cloudfront:miss > gateway:rest > aws:kinesis.PutRecord',
    );
    const { writeId } = (await response.json()) as { writeId: string };
    for (let i = 0; i < 2; i += 1) {
      expect(await viaEdge('GET', `/catalog/writes/${writeId}`, token)).toMatchObject({
        status: 200,
        cache: 'Miss from cloudfront',
      });
    }
  });
});
