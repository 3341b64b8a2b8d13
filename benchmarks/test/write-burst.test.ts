/**
 * The write-burst block from known figures (a lost write, a queued batch, the ratio), and the AWS side of
 * the count against mocked SDK answers: the on-failure queue peeked in SQS, the copy read from S3. The AWS
 * code has not run against a real account; the twin side runs in bench-edge.test.ts.
 */
import { gzipSync } from 'node:zlib';
import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { awsWriteBuffer } from '../src/write-burst/write-buffer.js';
import { writeBurstChecks, writeBurstResult } from '../src/write-burst/write-burst-result.js';
import { targetPattern } from './support/targets.js';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const T0 = Date.parse('2026-12-07T12:00:00.000Z');
const at = (ms: number) => new Date(T0 + ms).toISOString();

describe('write-burst block', () => {
  const writes = [1, 2, 3, 4, 5].map((n) => ({ service: 'catalog', id: id(n) }));
  const figures = {
    writes,
    outcomes: new Map([
      [id(1), { status: 'applied' as const, acceptedAt: T0, appliedAt: at(1000) }],
      [id(2), { status: 'applied' as const, acceptedAt: T0 + 100, appliedAt: at(2000) }],
      [id(3), { status: 'failed' as const, acceptedAt: T0 + 200, appliedAt: at(3000) }],
      [id(4), { status: 'pending' as const }],
    ]),
    // Five writes accepted over 0.5 s: 10/s; three outcomes over 2 s: 1.5/s.
    requestWindow: { first: T0, last: T0 + 500 },
    queued: 1,
    inDurableCopy: 5,
    drainSec: null,
    drainLimitSec: 30,
    goalRatio: 5,
    sources: { status: 'status-route' as const, queue: 'sqs' as const, copy: 's3' as const },
  };

  it('counts a write neither settled nor queued as lost, with its id, and fails the check', () => {
    const block = writeBurstResult(figures);
    expect(block).toMatchObject({ accepted: 5, applied: 2, refused: 1, pending: 2, queued: 1, lost: 1 });
    expect(block.lostIds).toHaveLength(2);
    expect(block.lagMs).toEqual({ count: 3, p50: 1900, p99: 2782, max: 2800 });
    const checks = writeBurstChecks(block);
    expect(checks.find((c) => c.name === 'no accepted write lost')?.pass).toBe(false);
    expect(checks.find((c) => c.name.includes('durable copy'))?.pass).toBe(true);
  });

  it('takes the ratio from both rates of the run and reports the goal met only with none lost', () => {
    const block = writeBurstResult(figures);
    expect(block.acceptRatePerSec).toBe(10);
    expect(block.applyRatePerSec).toBe(1.5);
    expect(block.ratio).toBe(6.67);
    // 6.67x clears the 5x goal, but a write was lost: the goal is not met.
    expect(block.goalMet).toBe(false);
    const noneLost = writeBurstResult({ ...figures, queued: 2 });
    expect(noneLost).toMatchObject({ lost: 0, goalMet: true });
    const slowBurst = writeBurstResult({
      ...figures,
      queued: 2,
      requestWindow: { first: T0, last: T0 + 2000 },
    });
    expect(slowBurst.ratio).toBe(1.67);
    expect(slowBurst.goalMet).toBe(false);
    // The goal is reported, not a check: a run on a slow machine is not a failed run.
    expect(writeBurstChecks(slowBurst).map((c) => c.pass)).toEqual([true, true]);
  });

  it('has no apply rate, and no ratio, with fewer than two outcomes', () => {
    const block = writeBurstResult({ ...figures, outcomes: new Map([[id(1), { status: 'pending' }]]) });
    expect(block.applyRatePerSec).toBeNull();
    expect(block.ratio).toBeNull();
    expect(block.lagMs).toBeNull();
  });
});

describe('write-burst on AWS (mocked SDK answers)', () => {
  const sqs = mockClient(SQSClient);
  const s3 = mockClient(S3Client);
  const QUEUE = 'https://sqs.eu-west-1.amazonaws.com/111122223333/pik-on-failure';
  const pattern = targetPattern({
    id: 'edge-buffered-writes',
    writeBuffer: { bucketName: 'pik-copy', onFailureQueueUrl: QUEUE },
  });
  const message = (n: number, batchSize: number, timestamp: string) => ({
    MessageId: `m${n}`,
    Body: JSON.stringify({ timestamp, KinesisBatchInfo: { batchSize } }),
  });
  beforeEach(() => {
    sqs.reset();
    s3.reset();
  });

  it('peeks the on-failure queue (visibility 0) and counts the records of batches sent since the run began', async () => {
    sqs
      .on(ReceiveMessageCommand)
      .resolvesOnce({ Messages: [message(1, 3, at(1000)), message(2, 7, at(-60_000))] })
      .resolvesOnce({ Messages: [message(1, 3, at(1000)), message(3, 1, at(2000))] })
      .resolves({ Messages: [message(3, 1, at(2000))] });
    const reader = awsWriteBuffer('eu-west-1', { sqs: new SQSClient({ region: 'eu-west-1' }) });
    expect(await reader.queuedSince(pattern, T0)).toBe(4);
    const calls = sqs.commandCalls(ReceiveMessageCommand);
    expect(calls).toHaveLength(3);
    expect(calls[0]?.args[0].input).toMatchObject({ QueueUrl: QUEUE, VisibilityTimeout: 0 });
  });

  it('finds write ids in the GZIP objects written since the run began, over every page of the listing', async () => {
    const gz = (ids: number[]) =>
      gzipSync(ids.map((n) => JSON.stringify({ writeId: id(n), service: 'catalog' })).join(''));
    s3.on(ListObjectsV2Command)
      .resolvesOnce({
        Contents: [
          { Key: 'writes/old.gz', LastModified: new Date(T0 - 3_600_000) },
          { Key: 'writes/a.gz', LastModified: new Date(T0 + 1000) },
        ],
        IsTruncated: true,
        NextContinuationToken: 'next',
      })
      .resolves({ Contents: [{ Key: 'writes/b.gz', LastModified: new Date(T0 + 2000) }] });
    const bodies: Record<string, Buffer> = { 'writes/a.gz': gz([1, 2]), 'writes/b.gz': gz([3, 9]) };
    s3.on(GetObjectCommand).callsFake((input: { Key: string }) => ({
      Body: { transformToByteArray: async () => new Uint8Array(bodies[input.Key] ?? Buffer.alloc(0)) },
    }));
    const reader = awsWriteBuffer('eu-west-1', { s3: () => new S3Client({ region: 'eu-west-1' }) });
    const found = await reader.copiedIds(pattern, new Set([1, 2, 3, 4].map(id)), T0);
    expect([...found].sort()).toEqual([1, 2, 3].map(id));
    expect(s3.commandCalls(GetObjectCommand).map((c) => c.args[0].input.Key)).toEqual([
      'writes/a.gz',
      'writes/b.gz',
    ]);
    expect(s3.commandCalls(ListObjectsV2Command)[1]?.args[0].input.ContinuationToken).toBe('next');
  });
});

describe('write-burst on AWS: the durable copy of one run in a bucket of many', () => {
  const s3 = mockClient(S3Client);
  beforeEach(() => s3.reset());

  it('lists from the hour before the run on, under the prefix the stack output names', async () => {
    const pattern = targetPattern({
      id: 'edge-buffered-writes',
      writeBuffer: { bucketName: 'pik-copy', dataPrefix: 'writes/!{timestamp:yyyy/MM/dd/HH}/' },
    });
    s3.on(ListObjectsV2Command).resolves({ Contents: [] });
    const reader = awsWriteBuffer('eu-west-1', { s3: () => new S3Client({ region: 'eu-west-1' }) });
    // 2 s after 10:00 UTC: the 5 s of slack reach back into the 09:00 hour.
    await reader.copiedIds(pattern, new Set([id(1)]), Date.parse('2026-12-07T10:00:02Z'));
    expect(s3.commandCalls(ListObjectsV2Command)[0]?.args[0].input).toEqual({
      Bucket: 'pik-copy',
      Prefix: 'writes/',
      StartAfter: 'writes/2026/12/07/09',
    });
  });
});
