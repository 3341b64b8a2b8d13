import * as logs from 'aws-cdk-lib/aws-logs';
import { RemovalPolicy } from 'aws-cdk-lib/core';
import type { Construct } from 'constructs';

/** Default retention of every log group the kit creates. */
export const DEFAULT_LOG_RETENTION = logs.RetentionDays.ONE_MONTH;

/** A log group with explicit retention that goes away with the stack. */
export function retainedLogGroup(scope: Construct, id: string, retention: logs.RetentionDays): logs.LogGroup {
  return new logs.LogGroup(scope, id, { retention, removalPolicy: RemovalPolicy.DESTROY });
}
