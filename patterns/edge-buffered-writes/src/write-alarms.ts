import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import type * as kinesis from 'aws-cdk-lib/aws-kinesis';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as sns from 'aws-cdk-lib/aws-sns';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Duration } from 'aws-cdk-lib/core';
import { Construct } from 'constructs';

export interface WriteAlarmsProps {
  readonly stream: kinesis.IStream;
  readonly consumer: lambda.IFunction;
  readonly onFailureQueue: sqs.IQueue;
  /** The oldest unread record's age that means the consumer has fallen behind. */
  readonly iteratorAgeThreshold: Duration;
  readonly alarmTopic?: sns.ITopic;
}

const MINUTE = Duration.minutes(1);

/**
 * The write path's alarms: the consumer falling behind (iterator age), the consumer failing (errors),
 * and writes given up on (anything in the on-failure queue). Each notifies the pattern's topic if any.
 */
export class WriteAlarms extends Construct {
  readonly alarms: cloudwatch.Alarm[];

  constructor(scope: Construct, id: string, props: WriteAlarmsProps) {
    super(scope, id);
    this.alarms = [
      new cloudwatch.Alarm(this, 'IteratorAge', {
        alarmDescription: `Buffered writes wait longer than ${props.iteratorAgeThreshold.toHumanString()} to be applied`,
        metric: props.stream.metricGetRecordsIteratorAgeMilliseconds({
          statistic: 'Maximum',
          period: MINUTE,
        }),
        threshold: props.iteratorAgeThreshold.toMilliseconds(),
        evaluationPeriods: 5,
        datapointsToAlarm: 3,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      }),
      new cloudwatch.Alarm(this, 'ConsumerErrors', {
        alarmDescription: 'The write consumer failed a batch (it is retried, then bisected)',
        metric: props.consumer.metricErrors({ statistic: 'Sum', period: MINUTE }),
        threshold: 1,
        evaluationPeriods: 5,
        datapointsToAlarm: 3,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      }),
      new cloudwatch.Alarm(this, 'OnFailureQueueDepth', {
        alarmDescription: 'Writes were given up on: read the reasons in the on-failure queue',
        metric: props.onFailureQueue.metricApproximateNumberOfMessagesVisible({
          statistic: 'Maximum',
          period: MINUTE,
        }),
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      }),
    ];
    if (props.alarmTopic) {
      for (const alarm of this.alarms) alarm.addAlarmAction(new actions.SnsAction(props.alarmTopic));
    }
  }
}
