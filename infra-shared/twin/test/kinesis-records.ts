import { GetRecordsCommand, GetShardIteratorCommand } from '@aws-sdk/client-kinesis';
import { localKinesisClient } from '../src/runtime/kinesis.js';

/** Every record of a stream's first shard in the local Kinesis, read back with the SDK as a user would. */
export async function recordsOnFirstShard(
  endpoint: string,
  streamName: string,
): Promise<{ data: string; key: string }[]> {
  const client = localKinesisClient(endpoint);
  try {
    const { ShardIterator } = await client.send(
      new GetShardIteratorCommand({
        StreamName: streamName,
        ShardId: 'shardId-000000000000',
        ShardIteratorType: 'TRIM_HORIZON',
      }),
    );
    const { Records = [] } = await client.send(new GetRecordsCommand({ ShardIterator }));
    return Records.map((r) => ({ data: Buffer.from(r.Data ?? []).toString(), key: r.PartitionKey ?? '' }));
  } finally {
    client.destroy();
  }
}
