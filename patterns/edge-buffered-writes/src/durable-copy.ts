import { acknowledge } from '@pik/cdk-constructs';
import type * as kinesis from 'aws-cdk-lib/aws-kinesis';
import * as firehose from 'aws-cdk-lib/aws-kinesisfirehose';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { type Duration, RemovalPolicy, type Size, Stack } from 'aws-cdk-lib/core';
import { Construct } from 'constructs';

/** Where Firehose writes accepted writes (by delivery hour, UTC) and records it could not deliver. */
export const DURABLE_COPY_PREFIXES = {
  data: 'writes/!{timestamp:yyyy/MM/dd/HH}/',
  errors: 'errors/!{firehose:error-output-type}/!{timestamp:yyyy/MM/dd}/',
} as const;

export interface DurableCopyProps {
  readonly stream: kinesis.IStream;
  /** Firehose delivers when this much has gathered (1 to 128 MiB)... */
  readonly bufferingSize: Size;
  /** ...or when this long has passed since the first record of the buffer (0 to 900 s). */
  readonly bufferingInterval: Duration;
  /** The bucket S3 writes the copy bucket's server access logs to. */
  readonly accessLogs: s3.IBucket;
}

/**
 * The durable copy of every accepted write: a Firehose delivery stream reading the same Kinesis stream
 * as the consumer (its own reader, so a failing consumer does not hold it back) and delivering GZIP
 * objects under date prefixes to an encrypted bucket. Kinesis keeps records for its retention only;
 * the bucket keeps them after, whatever happened to the tables.
 */
export class DurableCopy extends Construct {
  readonly bucket: s3.Bucket;
  readonly deliveryStream: firehose.DeliveryStream;

  constructor(scope: Construct, id: string, props: DurableCopyProps) {
    super(scope, id);
    this.bucket = new s3.Bucket(this, 'Bucket', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      versioned: true,
      serverAccessLogsBucket: props.accessLogs,
      serverAccessLogsPrefix: 's3/durable-copy/',
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.deliveryStream = new firehose.DeliveryStream(this, 'DeliveryStream', {
      source: new firehose.KinesisStreamSource(props.stream),
      destination: new firehose.S3Bucket(this.bucket, {
        compression: firehose.Compression.GZIP,
        dataOutputPrefix: DURABLE_COPY_PREFIXES.data,
        errorOutputPrefix: DURABLE_COPY_PREFIXES.errors,
        bufferingInterval: props.bufferingInterval,
        bufferingSize: props.bufferingSize,
      }),
    });
    acknowledge(
      this.deliveryStream,
      'AwsSolutions-KDF1',
      'A delivery stream reading from Kinesis cannot enable its own SSE; the source stream is KMS-encrypted and the bucket encrypts at rest.',
    );
    for (const policy of this.deliveryStream.node.findAll().filter((c) => c.node.id === 'DefaultPolicy')) {
      const reason =
        "Firehose's role as the CDK grants it: objects under the one bucket (bucket/*), multipart aborts, and the bucket's listing.";
      for (const finding of [
        'Action::s3:GetObject*',
        'Action::s3:GetBucket*',
        'Action::s3:List*',
        'Action::s3:DeleteObject*',
        'Action::s3:Abort*',
        `Resource::<${Stack.of(this).getLogicalId(this.bucket.node.defaultChild as s3.CfnBucket)}.Arn>/*`,
      ]) {
        acknowledge(policy, `AwsSolutions-IAM5[${finding}]`, reason);
      }
    }
  }
}
