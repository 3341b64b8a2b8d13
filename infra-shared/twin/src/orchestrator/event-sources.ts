/**
 * A pattern's Lambda event source mappings on Kinesis, running: a poller per mapping (per shard inside),
 * the on-failure destinations as in-memory lists, and the control surface's fault switch per function.
 */

import { type FirehoseDelivery, startFirehoseDelivery } from '../dataplane/streams/firehose-delivery.js';
import {
  type KinesisPoller,
  type OnFailureMessage,
  startKinesisPoller,
} from '../dataplane/streams/kinesis-poller.js';
import { localKinesisClient } from '../runtime/kinesis.js';
import type { LambdaRuntime } from '../runtime/lambda-runtime.js';
import { localS3Client } from '../runtime/s3.js';
import { LOCAL_PSEUDO } from '../template/intrinsics.js';
import type { PatternTopology } from '../template/topology.js';
import { FIREHOSE_INTERVAL_SCALE } from './aws-emulators.js';

export interface RunningEventSources {
  /** Function logical ids whose mapped invocations fail (the control surface's switch). */
  readonly faulted: Set<string>;
  /** Messages per on-failure destination ARN, oldest first. */
  readonly onFailure: Map<string, OnFailureMessage[]>;
  readonly pollers: ReadonlyMap<string, KinesisPoller>;
  /** Firehose delivery streams to the local S3, by logical id. */
  readonly deliveries: ReadonlyMap<string, FirehoseDelivery>;
  close(): Promise<void>;
}

export async function startEventSources(
  topology: PatternTopology,
  lambdas: LambdaRuntime,
  endpoints: { readonly kinesis: string | undefined; readonly s3: string | undefined },
  log: (line: string) => void,
): Promise<RunningEventSources> {
  const faulted = new Set<string>();
  const onFailure = new Map<string, OnFailureMessage[]>();
  const pollers = new Map<string, KinesisPoller>();
  const deliveries = new Map<string, FirehoseDelivery>();
  const specs = topology.eventSources ?? [];
  const deliverySpecs = topology.deliveryStreams ?? [];
  if ((specs.length === 0 && deliverySpecs.length === 0) || !endpoints.kinesis) {
    return { faulted, onFailure, pollers, deliveries, close: async () => {} };
  }
  const client = localKinesisClient(endpoints.kinesis);
  const s3 = endpoints.s3 ? localS3Client(endpoints.s3) : undefined;
  for (const spec of s3 ? deliverySpecs : []) {
    deliveries.set(
      spec.id,
      await startFirehoseDelivery({
        spec,
        kinesis: client,
        s3: s3 as NonNullable<typeof s3>,
        intervalScale: FIREHOSE_INTERVAL_SCALE,
        log,
      }),
    );
  }
  const { region, accountId } = LOCAL_PSEUDO;
  for (const spec of specs) {
    const destination = spec.onFailureDestination;
    if (destination) onFailure.set(destination, []);
    const poller = await startKinesisPoller({
      spec,
      streamArn: `arn:aws:kinesis:${region}:${accountId}:stream/${spec.streamName}`,
      client,
      invoke: (event) => lambdas.invoke(spec.functionId, event),
      faulted: () => faulted.has(spec.functionId),
      onFailure: (message) => {
        if (destination) onFailure.get(destination)?.push(message);
        else log(`event source ${spec.id}: batch dropped after its retries (no on-failure destination)`);
      },
      log,
    });
    pollers.set(spec.id, poller);
  }
  return {
    faulted,
    onFailure,
    pollers,
    deliveries,
    close: async () => {
      await Promise.all([...pollers.values(), ...deliveries.values()].map((p) => p.close()));
      client.destroy();
      s3?.destroy();
    },
  };
}
