/**
 * The local AWS services `Type: AWS` integrations reach: the twin's DynamoDB (dynalite, already running
 * for the services) and an embedded Kinesis (kinesalite), started only when a template declares a stream
 * or an integration names Kinesis, with every declared stream created.
 */
import type { AwsServiceEndpoints } from '../dataplane/aws-services/action-executor.js';
import { serviceActionOf } from '../dataplane/aws-services/service-action.js';
import { prepareStreams, startKinesis } from '../runtime/kinesis.js';
import { type LocalS3, startLocalS3 } from '../runtime/s3.js';
import type { PatternTopology, StreamSpec } from '../template/topology.js';

/**
 * Factor the twin applies to Firehose buffering intervals, so a delivery the template buffers for 60 s
 * lands in S3 after 3 s (the size hint is kept as it is).
 */
export const FIREHOSE_INTERVAL_SCALE = 0.05;

export interface AwsEmulators {
  readonly endpoints: AwsServiceEndpoints;
  /** The local S3 Firehose delivers to; started only when a template has a delivery stream. */
  readonly s3?: LocalS3;
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
  s3Directory?: string,
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
  const deliveries = topologies.flatMap((t) => t.deliveryStreams ?? []);
  let s3: LocalS3 | undefined;
  try {
    if (deliveries.length > 0 && s3Directory) {
      s3 = await startLocalS3(s3Directory, [...new Set(deliveries.map((d) => d.bucketName))]);
    }
  } catch (error) {
    await kinesis.close();
    throw error;
  }
  return {
    endpoints: { dynamodb: dynamodbEndpoint, kinesis: kinesis.url },
    ...(s3 ? { s3 } : {}),
    lines: [
      `Kinesis embedded (kinesalite) ${kinesis.url}: ${streams.length} streams`,
      ...(s3 ? [`S3 embedded (s3rver) ${s3.url}: objects under ${s3.directory}`] : []),
      ...deliveries.map(
        (d) =>
          `  Firehose ${d.id} -> s3://${d.bucketName}/${d.prefix}: buffers ${d.bufferSizeBytes / 1048576} MiB or ` +
          `${d.bufferIntervalMs / 1000} s (interval scaled x${FIREHOSE_INTERVAL_SCALE}: ${(d.bufferIntervalMs * FIREHOSE_INTERVAL_SCALE) / 1000} s), ${d.compression}`,
      ),
    ],
    close: async () => {
      await s3?.close();
      await kinesis.close();
    },
  };
}
