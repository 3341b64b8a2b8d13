import type { PikPatternStackProps, RequestSchemas } from '@pik/cdk-constructs';
import { Duration, Size } from 'aws-cdk-lib/core';
import type { ConsumerSettings } from './write-consumer.js';

/** Props of option 9. Compute is always Lambda; the API cache is always on. */
export interface EdgeBufferedWritesProps extends PikPatternStackProps {
  /**
   * Each service's create and update bodies, validated by the gateway before a write reaches the stream
   * (the app passes the services' own schemas). Required: the consumer cannot answer the caller.
   */
  readonly writeSchemas: RequestSchemas;
  /** How long CloudFront keeps a GET answer. @default 30 s */
  readonly edgeCacheTtl?: Duration;
  /** Requests one address may send in 5 minutes before the edge web ACL blocks it (100 to 2e9). @default 20,000 */
  readonly edgeRateLimitPerFiveMinutes?: number;
  /** Shards of the write stream (1,000 records/s or 1 MB/s of writes each). @default 1 */
  readonly shardCount?: number;
  /** How long unapplied writes stay in the stream. @default 24 hours */
  readonly streamRetention?: Duration;
  /** Records per consumer invocation (1 to 10,000). @default 100 */
  readonly consumerBatchSize?: number;
  /** How long the mapping gathers records first (0 to 300 s). @default 1 s */
  readonly consumerBatchingWindow?: Duration;
  /** Retries of a failing batch before it goes to the on-failure queue (0 to 10,000). @default 3 */
  readonly consumerRetryAttempts?: number;
  /** Firehose buffering hints: size (1 to 128 MiB). @default 5 MiB */
  readonly firehoseBufferingSize?: Size;
  /** Firehose buffering hints: interval (0 to 900 s). @default 60 s */
  readonly firehoseBufferingInterval?: Duration;
  /** Iterator age above which the consumer counts as behind. @default 60 s */
  readonly iteratorAgeThreshold?: Duration;
}

export const EDGE_DEFAULTS = {
  apiCacheTtl: Duration.seconds(30),
  edgeCacheTtl: Duration.seconds(30),
  edgeRateLimitPerFiveMinutes: 20_000,
  shardCount: 1,
  streamRetention: Duration.hours(24),
  consumerBatchSize: 100,
  consumerBatchingWindow: Duration.seconds(1),
  consumerRetryAttempts: 3,
  firehoseBufferingSize: Size.mebibytes(5),
  firehoseBufferingInterval: Duration.seconds(60),
  iteratorAgeThreshold: Duration.seconds(60),
} as const;

export interface EdgeSettings {
  readonly edgeCacheTtl: Duration;
  readonly edgeRateLimitPerFiveMinutes: number;
  readonly shardCount: number;
  readonly streamRetention: Duration;
  readonly consumer: ConsumerSettings;
  readonly firehoseBufferingSize: Size;
  readonly firehoseBufferingInterval: Duration;
  readonly iteratorAgeThreshold: Duration;
}

function within(name: string, value: number, min: number, max: number, unit = ''): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(
      `edge-buffered-writes: ${name} must be a whole number from ${min} to ${max}${unit}, got ${value}`,
    );
  }
}

/** The props with defaults filled in; throws naming the first prop outside AWS's range. */
export function validateEdgeProps(props: EdgeBufferedWritesProps): EdgeSettings {
  const d = EDGE_DEFAULTS;
  const s: EdgeSettings = {
    edgeCacheTtl: props.edgeCacheTtl ?? d.edgeCacheTtl,
    edgeRateLimitPerFiveMinutes: props.edgeRateLimitPerFiveMinutes ?? d.edgeRateLimitPerFiveMinutes,
    shardCount: props.shardCount ?? d.shardCount,
    streamRetention: props.streamRetention ?? d.streamRetention,
    consumer: {
      batchSize: props.consumerBatchSize ?? d.consumerBatchSize,
      batchingWindow: props.consumerBatchingWindow ?? d.consumerBatchingWindow,
      retryAttempts: props.consumerRetryAttempts ?? d.consumerRetryAttempts,
    },
    firehoseBufferingSize: props.firehoseBufferingSize ?? d.firehoseBufferingSize,
    firehoseBufferingInterval: props.firehoseBufferingInterval ?? d.firehoseBufferingInterval,
    iteratorAgeThreshold: props.iteratorAgeThreshold ?? d.iteratorAgeThreshold,
  };
  if (props.waf === false) {
    throw new Error(
      'edge-buffered-writes: waf cannot be false: the stage web ACL is what lets only CloudFront reach the API',
    );
  }
  within('edgeCacheTtl', s.edgeCacheTtl.toSeconds(), 0, 31_536_000, ' s');
  within('edgeRateLimitPerFiveMinutes', s.edgeRateLimitPerFiveMinutes, 100, 2_000_000_000);
  within('shardCount', s.shardCount, 1, Number.MAX_SAFE_INTEGER);
  within('consumerBatchSize', s.consumer.batchSize, 1, 10_000);
  within('consumerBatchingWindow', s.consumer.batchingWindow.toSeconds(), 0, 300, ' s');
  within('consumerRetryAttempts', s.consumer.retryAttempts, 0, 10_000);
  within('firehoseBufferingSize', s.firehoseBufferingSize.toMebibytes(), 1, 128, ' MiB');
  within('firehoseBufferingInterval', s.firehoseBufferingInterval.toSeconds(), 0, 900, ' s');
  return s;
}
