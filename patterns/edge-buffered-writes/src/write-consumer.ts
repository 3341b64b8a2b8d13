import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  acknowledge,
  acknowledgeSyncFunction,
  type DeployedService,
  LAMBDA_DEFAULTS,
  retainedLogGroup,
  type TableAccess,
} from '@pik/cdk-constructs';
import { WRITE_CONSUMER_BUNDLE } from '@pik/service-kit/catalogue';
import { writeTableEnvName } from '@pik/service-kit/writes';
import type * as kinesis from 'aws-cdk-lib/aws-kinesis';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sources from 'aws-cdk-lib/aws-lambda-event-sources';
import type * as logs from 'aws-cdk-lib/aws-logs';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Duration } from 'aws-cdk-lib/core';
import { Construct } from 'constructs';

/** How the consumer reads the stream (the event source mapping's settings). */
export interface ConsumerSettings {
  /** Records per invocation, at most. */
  readonly batchSize: number;
  /** How long the mapping gathers records before invoking with fewer than `batchSize`. */
  readonly batchingWindow: Duration;
  /** Retries of a failing batch before its place in the stream goes to the on-failure queue. */
  readonly retryAttempts: number;
}

export interface WriteConsumerProps extends ConsumerSettings {
  readonly stream: kinesis.IStream;
  readonly services: readonly DeployedService[];
  readonly repoRoot: string;
  readonly logRetention: logs.RetentionDays;
}

/** Directory of the write consumer's Lambda bundle; throws at synth when it has not been built. */
export function writeConsumerBundleDir(repoRoot: string): string {
  const dir = join(repoRoot, WRITE_CONSUMER_BUNDLE.dir);
  if (!existsSync(join(dir, 'index.mjs'))) {
    throw new Error(
      `the write consumer bundle is missing (${dir}/index.mjs): run \`npm run build\` at the repository root first`,
    );
  }
  return dir;
}

/**
 * The consumer Lambda applying buffered writes to the services' tables (through the service kit's
 * repository, idempotently), fed by an event source mapping with bisect-on-error, bounded retries and an
 * SQS on-failure destination; and the status function behind `GET /<svc>/writes/{writeId}`.
 */
export class WriteConsumer extends Construct {
  readonly consumer: lambda.Function;
  readonly status: lambda.Function;
  /** Where the mapping sends the stream position of a batch that failed every retry. */
  readonly onFailureQueue: sqs.Queue;

  constructor(scope: Construct, id: string, props: WriteConsumerProps) {
    super(scope, id);
    const code = lambda.Code.fromAsset(writeConsumerBundleDir(props.repoRoot));
    const environment = Object.fromEntries([
      ...props.services.map((s) => [writeTableEnvName(s.spec.name), s.table.table.tableName]),
      ['NODE_OPTIONS', '--enable-source-maps'],
    ]);
    const fn = (name: string, handler: string, description: string, access: TableAccess) => {
      const f = new lambda.Function(this, name, {
        description,
        code,
        handler,
        runtime: LAMBDA_DEFAULTS.runtime,
        architecture: LAMBDA_DEFAULTS.architecture,
        memorySize: 512,
        timeout: Duration.seconds(60),
        tracing: lambda.Tracing.ACTIVE,
        loggingFormat: lambda.LoggingFormat.JSON,
        logGroup: retainedLogGroup(this, `${name}Logs`, props.logRetention),
        environment,
      });
      for (const s of props.services) s.table.grantData(f, access);
      return f;
    };
    this.consumer = fn(
      'Consumer',
      WRITE_CONSUMER_BUNDLE.consumerHandler,
      'pik write consumer: stream to tables',
      'read-write',
    );
    this.status = fn(
      'Status',
      WRITE_CONSUMER_BUNDLE.statusHandler,
      'pik write status: GET /<svc>/writes/{id}',
      'read',
    );
    acknowledgeSyncFunction(this.status, 'API Gateway');
    this.onFailureQueue = new sqs.Queue(this, 'OnFailureQueue', {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    acknowledge(
      this.onFailureQueue,
      'AwsSolutions-SQS3',
      'This queue is the on-failure destination itself; operators drain it after reading each reason.',
    );
    acknowledge(
      this.onFailureQueue,
      'Serverless-SQSRedrivePolicy',
      'This queue is the on-failure destination itself: nothing consumes it automatically, so nothing redrives.',
    );
    this.consumer.addEventSource(
      new sources.KinesisEventSource(props.stream, {
        startingPosition: lambda.StartingPosition.TRIM_HORIZON,
        batchSize: props.batchSize,
        maxBatchingWindow: props.batchingWindow,
        bisectBatchOnError: true,
        retryAttempts: props.retryAttempts,
        // One batch per shard at a time: one item's writes are applied in the order they were accepted.
        parallelizationFactor: 1,
        onFailure: new sources.SqsDlq(this.onFailureQueue),
      }),
    );
    acknowledgeSyncFunction(this.consumer, 'the Kinesis event source mapping, with its own on-failure queue');
  }
}
