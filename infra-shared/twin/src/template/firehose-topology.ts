/**
 * Firehose delivery streams of a template (`AWS::KinesisFirehose::DeliveryStream`) that read a Kinesis
 * stream of the same template and deliver to S3, as the twin runs them: prefixes, compression and the
 * buffering hints, with Firehose's defaults (5 MiB, 300 s) where the template leaves them out.
 */
import { num, type Props, str, type TemplateContext } from './context.js';
import type { DeliveryStreamSpec, StreamSpec } from './topology.js';

const FIREHOSE_BUFFERING_DEFAULTS = { sizeMiB: 5, intervalSeconds: 300 } as const;

export function buildDeliveryStreams(
  ctx: TemplateContext,
  streams: readonly StreamSpec[],
): DeliveryStreamSpec[] {
  const out: DeliveryStreamSpec[] = [];
  for (const [id, p] of ctx.ofType('AWS::KinesisFirehose::DeliveryStream')) {
    const source = p.KinesisStreamSourceConfiguration as Props | undefined;
    const destination = p.ExtendedS3DestinationConfiguration as Props | undefined;
    const streamName = /:stream\/(.+)$/.exec(str(source?.KinesisStreamARN) ?? '')?.[1];
    const stream = streams.find((s) => s.streamName === streamName);
    const bucketName = /^arn:[^:]+:s3:::(.+)$/.exec(str(destination?.BucketARN) ?? '')?.[1];
    if (!stream || !destination || !bucketName) continue;
    ctx.consumed.add(id);
    const hints = destination.BufferingHints as Props | undefined;
    out.push({
      id,
      streamName: stream.streamName,
      bucketName,
      prefix: str(destination.Prefix) ?? '',
      errorOutputPrefix: str(destination.ErrorOutputPrefix) ?? '',
      compression: str(destination.CompressionFormat) ?? 'UNCOMPRESSED',
      bufferSizeBytes: (num(hints?.SizeInMBs) ?? FIREHOSE_BUFFERING_DEFAULTS.sizeMiB) * 1024 * 1024,
      bufferIntervalMs: (num(hints?.IntervalInSeconds) ?? FIREHOSE_BUFFERING_DEFAULTS.intervalSeconds) * 1000,
    });
  }
  return out;
}
