/**
 * The twin's Kinesis: one embedded kinesalite on 127.0.0.1 (records in memory), in a process of its own,
 * shared by every pattern, with each template's streams created from their template definitions.
 */
import { fileURLToPath } from 'node:url';
import {
  CreateStreamCommand,
  DescribeStreamSummaryCommand,
  KinesisClient,
  ResourceInUseException,
} from '@aws-sdk/client-kinesis';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { LOCAL_PSEUDO } from '../template/intrinsics.js';
import type { StreamSpec } from '../template/topology.js';
import { LOCAL_CREDENTIALS } from './dynamodb.js';
import { type EmulatorProcess, startEmulatorProcess } from './emulator-process.js';

const KINESALITE_SERVER = fileURLToPath(new URL('./kinesalite-server.mjs', import.meta.url));

export function startKinesis(): Promise<EmulatorProcess> {
  return startEmulatorProcess(KINESALITE_SERVER, 'kinesalite');
}

/**
 * An SDK client for the local Kinesis (what tests read records back with). Over HTTP/1.1: the Kinesis
 * client's default handler speaks HTTP/2 (for SubscribeToShard), which kinesalite does not.
 */
export function localKinesisClient(endpoint: string): KinesisClient {
  return new KinesisClient({
    endpoint,
    region: LOCAL_PSEUDO.region,
    credentials: LOCAL_CREDENTIALS,
    requestHandler: new NodeHttpHandler(),
  });
}

/** Creates the streams (if missing) and waits until each is ACTIVE. */
export async function prepareStreams(endpoint: string, streams: readonly StreamSpec[]): Promise<void> {
  const client = localKinesisClient(endpoint);
  try {
    for (const stream of streams) {
      try {
        await client.send(
          new CreateStreamCommand({ StreamName: stream.streamName, ShardCount: stream.shardCount }),
        );
      } catch (error) {
        if (!(error instanceof ResourceInUseException)) throw error;
      }
      await waitActive(client, stream.streamName);
    }
  } finally {
    client.destroy();
  }
}

async function waitActive(client: KinesisClient, streamName: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const { StreamDescriptionSummary: s } = await client.send(
      new DescribeStreamSummaryCommand({ StreamName: streamName }),
    );
    if (s?.StreamStatus === 'ACTIVE') return;
    if (Date.now() > deadline) throw new Error(`stream ${streamName} not ACTIVE after 30 s`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
