import type { S3Client } from '@aws-sdk/client-s3';
import { SQSClient } from '@aws-sdk/client-sqs';
import type { TargetPattern } from '@pik/contracts';
import type { WriteBurstResult } from '../result-format/write-burst-schema.js';
import { durableCopyClient, idsInDurableCopy } from './durable-copy.js';
import { sqsQueuedSince, twinQueuedSince } from './on-failure.js';

/** Where a run reads what became of the writes besides their statuses: the on-failure queue and the copy. */
export interface WriteBufferReader {
  readonly sources: Pick<WriteBurstResult['sources'], 'queue' | 'copy'>;
  /** Records in batches the consumer gave up on since `sinceMs`. */
  queuedSince(pattern: TargetPattern, sinceMs: number): Promise<number>;
  /** Which of `ids` the durable copy holds (objects written since `sinceMs`). */
  copiedIds(pattern: TargetPattern, ids: ReadonlySet<string>, sinceMs: number): Promise<Set<string>>;
}

function bucketOf(pattern: TargetPattern): string {
  const bucket = pattern.writeBuffer?.bucketName;
  if (!bucket) throw new Error(`${pattern.id}: the targets file names no durable copy bucket (writeBuffer)`);
  return bucket;
}

async function withClient<T>(s3: S3Client, use: (s3: S3Client) => Promise<T>): Promise<T> {
  try {
    return await use(s3);
  } finally {
    s3.destroy();
  }
}

/** The twin: on-failure messages from its control surface, the copy from its s3rver. */
export const twinWriteBuffer: WriteBufferReader = {
  sources: { queue: 'twin-control', copy: 'twin-s3' },
  queuedSince: (pattern, sinceMs) => twinQueuedSince(pattern, sinceMs),
  copiedIds(pattern, ids, sinceMs) {
    const endpoint = pattern.writeBuffer?.s3Endpoint;
    if (!endpoint) throw new Error(`${pattern.id}: the targets file names no S3 endpoint for the twin`);
    return withClient(durableCopyClient({ endpoint }), (s3) =>
      idsInDurableCopy(s3, bucketOf(pattern), ids, sinceMs, pattern.writeBuffer?.dataPrefix),
    );
  },
};

/**
 * AWS: the SQS on-failure queue and the copy bucket of the stack outputs (`WriteOnFailureQueueUrl`,
 * `DurableCopyBucketName`), credentials from the default chain. `clients` lets tests hand in mocks.
 */
export function awsWriteBuffer(
  region: string,
  clients: { readonly s3?: () => S3Client; readonly sqs?: SQSClient } = {},
): WriteBufferReader {
  const sqs = clients.sqs ?? new SQSClient({ region });
  return {
    sources: { queue: 'sqs', copy: 's3' },
    async queuedSince(pattern, sinceMs) {
      const queueUrl = pattern.writeBuffer?.onFailureQueueUrl;
      if (!queueUrl) throw new Error(`${pattern.id}: the targets file names no on-failure queue`);
      return sqsQueuedSince(sqs, queueUrl, sinceMs);
    },
    copiedIds(pattern, ids, sinceMs) {
      const s3 = clients.s3?.() ?? durableCopyClient({ region });
      return withClient(s3, (client) =>
        idsInDurableCopy(client, bucketOf(pattern), ids, sinceMs, pattern.writeBuffer?.dataPrefix),
      );
    },
  };
}
