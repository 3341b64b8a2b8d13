/**
 * A Firehose delivery stream from Kinesis to S3, as the twin runs it: its own reader of every shard
 * (independent of the event source mappings, as on AWS), a buffer delivered as one object when it holds
 * the buffering size or when the buffering interval has passed since its first record, under the
 * template's prefix with `!{timestamp:...}` expanded (UTC), GZIP-compressed when the template says so.
 * Records are concatenated as they are, as Firehose does. The interval is scaled by `intervalScale`
 * (printed at start-up); a failed delivery goes under the error prefix
 * (`!{firehose:error-output-type}` = `delivery-failed`) if that succeeds, else is counted.
 */
import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import {
  GetRecordsCommand,
  GetShardIteratorCommand,
  type KinesisClient,
  ListShardsCommand,
} from '@aws-sdk/client-kinesis';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { expandFirehosePrefix } from '@pik/contracts';
import type { DeliveryStreamSpec } from '../../template/topology.js';

export interface DeliveryStats {
  records: number;
  objects: number;
  failedDeliveries: number;
}

export interface FirehoseDeliveryOptions {
  readonly spec: DeliveryStreamSpec;
  readonly kinesis: KinesisClient;
  readonly s3: S3Client;
  /** Factor applied to the buffering interval. */
  readonly intervalScale: number;
  readonly log: (line: string) => void;
  /** @default 100 */
  readonly pollMs?: number;
}

export interface FirehoseDelivery {
  readonly stats: DeliveryStats;
  /** Delivers what is buffered now (stop, tests). */
  flush(): Promise<void>;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startFirehoseDelivery(options: FirehoseDeliveryOptions): Promise<FirehoseDelivery> {
  const { spec } = options;
  const stats: DeliveryStats = { records: 0, objects: 0, failedDeliveries: 0 };
  const intervalMs = spec.bufferIntervalMs * options.intervalScale;
  let buffer: Uint8Array[] = [];
  let bytes = 0;
  let firstAt = 0;
  let closed = false;
  let delivering: Promise<void> = Promise.resolve();

  const deliver = async (): Promise<void> => {
    if (buffer.length === 0) return;
    const parts = buffer;
    buffer = [];
    bytes = 0;
    const body = Buffer.concat(parts);
    const gzip = spec.compression === 'GZIP';
    const now = new Date();
    const name = `${spec.id}-${now.toISOString().replace(/[:.]/g, '-')}-${randomUUID()}${gzip ? '.gz' : ''}`;
    const put = (key: string) =>
      options.s3.send(
        new PutObjectCommand({ Bucket: spec.bucketName, Key: key, Body: gzip ? gzipSync(body) : body }),
      );
    try {
      await put(`${expandFirehosePrefix(spec.prefix, now)}${name}`);
      stats.objects += 1;
      stats.records += parts.length;
    } catch (error) {
      stats.failedDeliveries += 1;
      options.log(`firehose ${spec.id}: delivery failed (${(error as Error).message})`);
      await put(`${expandFirehosePrefix(spec.errorOutputPrefix, now)}${name}`).catch(() => {});
    }
  };
  const flush = () => {
    delivering = delivering.then(deliver);
    return delivering;
  };

  const { Shards = [] } = await options.kinesis.send(new ListShardsCommand({ StreamName: spec.streamName }));
  const readers = Shards.map(async (shard) => {
    let { ShardIterator: iterator } = await options.kinesis.send(
      new GetShardIteratorCommand({
        StreamName: spec.streamName,
        ShardId: shard.ShardId,
        ShardIteratorType: 'TRIM_HORIZON',
      }),
    );
    while (!closed && iterator) {
      const answer = await options.kinesis.send(new GetRecordsCommand({ ShardIterator: iterator }));
      iterator = answer.NextShardIterator;
      for (const record of answer.Records ?? []) {
        if (buffer.length === 0) firstAt = Date.now();
        buffer.push(record.Data ?? new Uint8Array());
        bytes += record.Data?.length ?? 0;
      }
      if (bytes >= spec.bufferSizeBytes || (buffer.length > 0 && Date.now() - firstAt >= intervalMs))
        await flush();
      else await sleep(options.pollMs ?? 100);
    }
  });
  const stopped = Promise.all(readers).catch((error: unknown) => {
    if (!closed) options.log(`firehose ${spec.id}: reader stopped: ${(error as Error).message}`);
  });
  return {
    stats,
    flush,
    close: async () => {
      closed = true;
      await stopped;
      await flush();
    },
  };
}
