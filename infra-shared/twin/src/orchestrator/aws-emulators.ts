/**
 * The local AWS services `Type: AWS` integrations reach: the twin's DynamoDB (dynalite, already running
 * for the services) and an embedded Kinesis (kinesalite), started only when a template declares a stream
 * or an integration names Kinesis, with every declared stream created.
 */
import type { AwsServiceEndpoints } from '../dataplane/aws-services/action-executor.js';
import { serviceActionOf } from '../dataplane/aws-services/service-action.js';
import { prepareStreams, startKinesis } from '../runtime/kinesis.js';
import type { PatternTopology, StreamSpec } from '../template/topology.js';

export interface AwsEmulators {
  readonly endpoints: AwsServiceEndpoints;
  /** What runs, for the start-up listing. */
  readonly lines: readonly string[];
  close(): Promise<void>;
}

function needsKinesis(topologies: readonly PatternTopology[], streams: readonly StreamSpec[]): boolean {
  if (streams.length > 0) return true;
  return topologies.some((t) =>
    t.api.routes.some(
      (r) => r.integration.type === 'AWS' && serviceActionOf(r.integration.uri)?.service === 'kinesis',
    ),
  );
}

export async function startAwsEmulators(
  topologies: readonly PatternTopology[],
  dynamodbEndpoint: string,
): Promise<AwsEmulators> {
  const byName = new Map<string, StreamSpec>();
  for (const s of topologies.flatMap((t) => t.streams ?? [])) byName.set(s.streamName, s);
  const streams = [...byName.values()];
  if (!needsKinesis(topologies, streams)) {
    return { endpoints: { dynamodb: dynamodbEndpoint }, lines: [], close: async () => {} };
  }
  const kinesis = await startKinesis();
  try {
    await prepareStreams(kinesis.url, streams);
  } catch (error) {
    await kinesis.close();
    throw error;
  }
  return {
    endpoints: { dynamodb: dynamodbEndpoint, kinesis: kinesis.url },
    lines: [`Kinesis embedded (kinesalite) ${kinesis.url}: ${streams.length} streams`],
    close: () => kinesis.close(),
  };
}
