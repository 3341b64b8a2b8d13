/**
 * A Lambda event source mapping on a Kinesis stream, as the twin runs it: one poller per shard reads
 * records in order (kinesalite, through the SDK), gathers up to `batchSize` of them or for the batching
 * window, and invokes the function with a Kinesis event, one batch at a time per shard. A failed batch is
 * split in two before it is retried when bisect is on (a split is not a retry, as on AWS); a batch that
 * has used every retry goes to the on-failure destination as a message naming its shard and sequence
 * numbers and the function's error, and the poller moves past it.
 *
 * Differences from AWS, printed at start-up: shards are polled every `pollMs` (AWS: about once a second
 * per shard), retries back off from 100 ms to at most 1 s, and the destination is the twin's in-memory
 * list (readable on the control surface), not an SQS queue.
 */
import {
  type _Record,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type KinesisClient,
  ListShardsCommand,
} from '@aws-sdk/client-kinesis';
import type { EventSourceSpec } from '../../template/topology.js';
import type { LambdaInvocationResult } from '../lambda-invoke.js';

/** What the on-failure destination receives (the shape Lambda sends for a stream batch). */
export interface OnFailureMessage {
  readonly requestContext: { condition: 'RetryAttemptsExhausted'; approximateInvokeCount: number };
  readonly responseContext: { functionError: string; reason: string };
  readonly version: '1.0';
  readonly timestamp: string;
  readonly KinesisBatchInfo: {
    shardId: string;
    startSequenceNumber: string;
    endSequenceNumber: string;
    batchSize: number;
    streamArn: string;
  };
}

export interface PollerStats {
  invocations: number;
  failedInvocations: number;
  bisections: number;
  retries: number;
  recordsDelivered: number;
  sentToOnFailure: number;
}

export interface KinesisPollerOptions {
  readonly spec: EventSourceSpec;
  readonly streamArn: string;
  readonly client: KinesisClient;
  readonly invoke: (event: unknown) => Promise<LambdaInvocationResult>;
  /** True while the control surface makes the function's invocations fail. */
  readonly faulted: () => boolean;
  readonly onFailure: (message: OnFailureMessage) => void;
  readonly log: (line: string) => void;
  /** @default 100 */
  readonly pollMs?: number;
}

export interface KinesisPoller {
  readonly stats: PollerStats;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startKinesisPoller(options: KinesisPollerOptions): Promise<KinesisPoller> {
  const stats: PollerStats = {
    invocations: 0,
    failedInvocations: 0,
    bisections: 0,
    retries: 0,
    recordsDelivered: 0,
    sentToOnFailure: 0,
  };
  let closed = false;
  const { Shards = [] } = await options.client.send(
    new ListShardsCommand({ StreamName: options.spec.streamName }),
  );
  const loops = Shards.map((shard) =>
    pollShard(options, shard.ShardId as string, stats, () => closed).catch((error: unknown) => {
      if (!closed)
        options.log(`event source ${options.spec.id}: poller stopped: ${(error as Error).message}`);
    }),
  );
  return {
    stats,
    close: async () => {
      closed = true;
      await Promise.all(loops);
    },
  };
}

async function pollShard(
  options: KinesisPollerOptions,
  shardId: string,
  stats: PollerStats,
  isClosed: () => boolean,
): Promise<void> {
  const { spec, client } = options;
  const pollMs = options.pollMs ?? 100;
  let { ShardIterator: iterator } = await client.send(
    new GetShardIteratorCommand({
      StreamName: spec.streamName,
      ShardId: shardId,
      ShardIteratorType: spec.startingPosition,
    }),
  );
  const buffer: _Record[] = [];
  let firstAt = 0;
  while (!isClosed() && iterator) {
    const answer = await client.send(
      new GetRecordsCommand({ ShardIterator: iterator, Limit: Math.max(1, spec.batchSize - buffer.length) }),
    );
    iterator = answer.NextShardIterator;
    const records = answer.Records ?? [];
    if (records.length > 0 && buffer.length === 0) firstAt = Date.now();
    buffer.push(...records);
    const full = buffer.length >= spec.batchSize;
    const windowOver = buffer.length > 0 && Date.now() - firstAt >= spec.batchingWindowMs;
    if (full || windowOver) {
      await deliver(options, shardId, buffer.splice(0, spec.batchSize), 0, stats);
      continue;
    }
    await sleep(pollMs);
  }
}

/** Invokes with `batch`; on failure bisects (if on), retries, or gives the batch to the on-failure destination. */
async function deliver(
  options: KinesisPollerOptions,
  shardId: string,
  batch: _Record[],
  retriesUsed: number,
  stats: PollerStats,
): Promise<void> {
  const failure = await invokeOnce(options, shardId, batch, stats);
  if (!failure) {
    stats.recordsDelivered += batch.length;
    return;
  }
  if (options.spec.bisectOnError && batch.length > 1) {
    stats.bisections += 1;
    const middle = Math.ceil(batch.length / 2);
    await deliver(options, shardId, batch.slice(0, middle), retriesUsed, stats);
    await deliver(options, shardId, batch.slice(middle), retriesUsed, stats);
    return;
  }
  const max = options.spec.maximumRetryAttempts;
  if (max < 0 || retriesUsed < max) {
    stats.retries += 1;
    await sleep(Math.min(1000, 100 * 2 ** retriesUsed));
    await deliver(options, shardId, batch, retriesUsed + 1, stats);
    return;
  }
  stats.sentToOnFailure += 1;
  options.onFailure(onFailureMessage(options, shardId, batch, retriesUsed + 1, failure));
}

type Failure = { functionError: string; reason: string };

async function invokeOnce(
  options: KinesisPollerOptions,
  shardId: string,
  batch: _Record[],
  stats: PollerStats,
): Promise<Failure | undefined> {
  stats.invocations += 1;
  let failure: Failure | undefined;
  if (options.faulted()) {
    failure = { functionError: 'Unhandled', reason: 'Error: fault switched on at the twin control surface' };
  } else {
    try {
      const result = await options.invoke(kinesisEvent(options, shardId, batch));
      if (result.functionError)
        failure = { functionError: result.functionError, reason: reasonOf(result.payload) };
    } catch (error) {
      failure = { functionError: 'Unhandled', reason: (error as Error).message };
    }
  }
  if (failure) stats.failedInvocations += 1;
  return failure;
}

function reasonOf(payload: unknown): string {
  const p = payload as { errorType?: string; errorMessage?: string } | undefined;
  return p?.errorMessage ? `${p.errorType ?? 'Error'}: ${p.errorMessage}` : JSON.stringify(payload ?? null);
}

/** The event Lambda receives from a Kinesis event source mapping. */
function kinesisEvent(options: KinesisPollerOptions, shardId: string, batch: _Record[]) {
  return {
    Records: batch.map((r) => ({
      kinesis: {
        kinesisSchemaVersion: '1.0',
        partitionKey: r.PartitionKey,
        sequenceNumber: r.SequenceNumber,
        data: Buffer.from(r.Data ?? new Uint8Array()).toString('base64'),
        approximateArrivalTimestamp: (r.ApproximateArrivalTimestamp?.getTime() ?? Date.now()) / 1000,
      },
      eventSource: 'aws:kinesis',
      eventVersion: '1.0',
      eventID: `${shardId}:${r.SequenceNumber}`,
      eventName: 'aws:kinesis:record',
      eventSourceARN: options.streamArn,
    })),
  };
}

function onFailureMessage(
  options: KinesisPollerOptions,
  shardId: string,
  batch: _Record[],
  invokeCount: number,
  failure: Failure,
): OnFailureMessage {
  return {
    requestContext: { condition: 'RetryAttemptsExhausted', approximateInvokeCount: invokeCount },
    responseContext: failure,
    version: '1.0',
    timestamp: new Date().toISOString(),
    KinesisBatchInfo: {
      shardId,
      startSequenceNumber: batch[0]?.SequenceNumber ?? '',
      endSequenceNumber: batch.at(-1)?.SequenceNumber ?? '',
      batchSize: batch.length,
      streamArn: options.streamArn,
    },
  };
}
