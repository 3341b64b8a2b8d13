/**
 * A pattern's Lambda event source mappings on Kinesis, running: a poller per mapping (per shard inside),
 * the on-failure destinations as in-memory lists, and the control surface's fault switch per function.
 */
import {
  type KinesisPoller,
  type OnFailureMessage,
  startKinesisPoller,
} from '../dataplane/streams/kinesis-poller.js';
import { localKinesisClient } from '../runtime/kinesis.js';
import type { LambdaRuntime } from '../runtime/lambda-runtime.js';
import { LOCAL_PSEUDO } from '../template/intrinsics.js';
import type { PatternTopology } from '../template/topology.js';

export interface RunningEventSources {
  /** Function logical ids whose mapped invocations fail (the control surface's switch). */
  readonly faulted: Set<string>;
  /** Messages per on-failure destination ARN, oldest first. */
  readonly onFailure: Map<string, OnFailureMessage[]>;
  readonly pollers: ReadonlyMap<string, KinesisPoller>;
  close(): Promise<void>;
}

export async function startEventSources(
  topology: PatternTopology,
  lambdas: LambdaRuntime,
  kinesisEndpoint: string | undefined,
  log: (line: string) => void,
): Promise<RunningEventSources> {
  const faulted = new Set<string>();
  const onFailure = new Map<string, OnFailureMessage[]>();
  const pollers = new Map<string, KinesisPoller>();
  const specs = topology.eventSources ?? [];
  if (specs.length === 0 || !kinesisEndpoint) {
    return { faulted, onFailure, pollers, close: async () => {} };
  }
  const client = localKinesisClient(kinesisEndpoint);
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
    close: async () => {
      await Promise.all([...pollers.values()].map((p) => p.close()));
      client.destroy();
    },
  };
}
