import { pascalName } from '@pik/contracts';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import type * as sns from 'aws-cdk-lib/aws-sns';
import { Duration } from 'aws-cdk-lib/core';
import { Construct } from 'constructs';
import type { InternalNlb, ServiceAlb } from './load-balancers.js';
import type { DeployedService } from './service-fleet.js';

/** The API's stage metrics, as both REST stages and HTTP API stages offer them. */
export interface StageMetrics {
  metricCount(props?: cloudwatch.MetricOptions): cloudwatch.Metric;
  metricClientError(props?: cloudwatch.MetricOptions): cloudwatch.Metric;
  metricServerError(props?: cloudwatch.MetricOptions): cloudwatch.Metric;
  metricLatency(props?: cloudwatch.MetricOptions): cloudwatch.Metric;
  metricIntegrationLatency(props?: cloudwatch.MetricOptions): cloudwatch.Metric;
}

/** Thresholds of the pattern alarms; every default is a starting point, not a service level. */
export interface OperationsThresholds {
  /** Share of 5xx answers in a minute, in percent. @default 1 */
  readonly serverErrorPercent?: number;
  /** p99 of the API's Latency over a minute, in ms. @default 2000 */
  readonly latencyP99Ms?: number;
}

/** An ALB the dashboard and alarms watch: a service's (ServiceAlb) or one a pattern builds itself. */
export type WatchedAlb = Pick<ServiceAlb, 'node' | 'loadBalancer' | 'targetGroup'>;

export interface PatternOperationsProps extends OperationsThresholds {
  readonly dashboardName: string;
  readonly stage: StageMetrics;
  readonly albs: readonly WatchedAlb[];
  readonly nlbs: readonly InternalNlb[];
  readonly services: readonly DeployedService[];
  /** Where the alarms notify. @default none: the alarms change state without notifying */
  readonly alarmTopic?: sns.ITopic;
}

const MINUTE = Duration.minutes(1);
/** Breaching in 3 of the last 5 minutes: one bad minute is noise, three are an incident. */
const EVALUATION = { evaluationPeriods: 5, datapointsToAlarm: 3 } as const;

/**
 * What an operator of the pattern looks at and is woken by: a CloudWatch dashboard with the API's traffic,
 * errors and latency next to the integration latency, each load balancer's target health and response
 * time, each function's duration, init duration, throttles and concurrency, and the tables' throttling;
 * alarms on the 5xx rate, p99 latency, unhealthy targets and Lambda throttles.
 */
export class PatternOperations extends Construct {
  readonly dashboard: cloudwatch.Dashboard;
  readonly alarms: cloudwatch.Alarm[] = [];
  private readonly props: PatternOperationsProps;

  constructor(scope: Construct, id: string, props: PatternOperationsProps) {
    super(scope, id);
    this.props = props;
    this.dashboard = new cloudwatch.Dashboard(this, 'Dashboard', {
      dashboardName: props.dashboardName,
      defaultInterval: Duration.hours(3),
    });
    this.dashboard.addWidgets(...this.apiWidgets());
    const lbWidgets = this.loadBalancerWidgets();
    if (lbWidgets.length) this.dashboard.addWidgets(...lbWidgets);
    const lambdaWidgets = this.lambdaWidgets();
    if (lambdaWidgets.length) this.dashboard.addWidgets(...lambdaWidgets);
    this.dashboard.addWidgets(this.tableWidget());
    this.addAlarms();
  }

  private apiWidgets(): cloudwatch.IWidget[] {
    const { stage } = this.props;
    const sum = { statistic: 'Sum', period: MINUTE };
    return [
      graph('API requests and errors', [
        stage.metricCount(sum),
        stage.metricClientError(sum),
        stage.metricServerError(sum),
      ]),
      graph('API latency vs integration latency (p50, p99)', [
        stage.metricLatency({ statistic: 'p50', period: MINUTE }),
        stage.metricLatency({ statistic: 'p99', period: MINUTE }),
        stage.metricIntegrationLatency({ statistic: 'p50', period: MINUTE }),
        stage.metricIntegrationLatency({ statistic: 'p99', period: MINUTE }),
      ]),
    ];
  }

  private loadBalancerWidgets(): cloudwatch.IWidget[] {
    const { albs, nlbs } = this.props;
    const max = { statistic: 'Maximum', period: MINUTE };
    const unhealthy = [
      ...albs.map((a) => a.targetGroup.metrics.unhealthyHostCount({ ...max, label: `${a.node.id} ALB` })),
      ...nlbs.flatMap((n) =>
        n.targetGroups.map((g) => g.metrics.unHealthyHostCount({ ...max, label: `${g.node.id}` })),
      ),
    ];
    if (!unhealthy.length) return [];
    const widgets: cloudwatch.IWidget[] = [graph('Unhealthy targets per target group', unhealthy)];
    if (albs.length)
      widgets.push(
        graph(
          'ALB target response time (p99)',
          albs.map((a) =>
            a.loadBalancer.metrics.targetResponseTime({ statistic: 'p99', period: MINUTE, label: a.node.id }),
          ),
        ),
      );
    if (nlbs.length)
      widgets.push(
        graph(
          'NLB resets to targets',
          nlbs.map((n) => n.loadBalancer.metrics.tcpTargetResetCount({ period: MINUTE, label: n.node.id })),
        ),
      );
    return widgets;
  }

  private lambdaWidgets(): cloudwatch.IWidget[] {
    const functions = this.props.services.flatMap((s) =>
      s.lambda ? [{ name: s.spec.name, fn: s.lambda.function, logGroup: s.lambda.logGroup }] : [],
    );
    if (!functions.length) return [];
    const each = (metric: (f: (typeof functions)[number]) => cloudwatch.IMetric) => functions.map(metric);
    return [
      graph(
        'Lambda duration (p99)',
        each((f) => f.fn.metricDuration({ statistic: 'p99', period: MINUTE, label: f.name })),
      ),
      graph('Lambda throttles and concurrency', [
        ...each((f) => f.fn.metricThrottles({ period: MINUTE, label: `${f.name} throttles` })),
        ...each((f) =>
          f.fn.metric('ConcurrentExecutions', {
            statistic: 'Maximum',
            period: MINUTE,
            label: `${f.name} concurrency`,
          }),
        ),
      ]),
      // Init Duration is not a CloudWatch metric: it is in each cold invocation's REPORT log line.
      new cloudwatch.LogQueryWidget({
        title: 'Lambda cold starts: init duration (ms) from REPORT lines',
        logGroupNames: functions.map((f) => f.logGroup.logGroupName),
        queryLines: [
          'filter @type = "REPORT" and ispresent(@initDuration)',
          'stats count() as coldStarts, avg(@initDuration) as avgInitMs, max(@initDuration) as maxInitMs by bin(5m)',
        ],
        view: cloudwatch.LogQueryVisualizationType.LINE,
        width: 24,
      }),
    ];
  }

  private tableWidget(): cloudwatch.IWidget {
    const sum = { statistic: 'Sum', period: MINUTE };
    return graph(
      'DynamoDB throttled requests',
      this.props.services.flatMap((s) => [
        s.table.table.metric('ReadThrottleEvents', { ...sum, label: `${s.spec.name} reads` }),
        s.table.table.metric('WriteThrottleEvents', { ...sum, label: `${s.spec.name} writes` }),
      ]),
    );
  }

  private addAlarms(): void {
    const { stage, albs, nlbs, services } = this.props;
    const sum = { statistic: 'Sum', period: MINUTE };
    this.alarm('ServerErrorRate', {
      alarmDescription: 'Share of 5xx answers of the API stage, in percent per minute',
      metric: new cloudwatch.MathExpression({
        expression: 'IF(requests > 0, 100 * errors / requests, 0)',
        usingMetrics: { errors: stage.metricServerError(sum), requests: stage.metricCount(sum) },
        period: MINUTE,
      }),
      threshold: this.props.serverErrorPercent ?? 1,
    });
    this.alarm('LatencyP99', {
      alarmDescription: 'p99 latency of the API stage, in ms',
      metric: stage.metricLatency({ statistic: 'p99', period: MINUTE }),
      threshold: this.props.latencyP99Ms ?? 2000,
    });
    const groups = [
      ...albs.map((a) => ({ id: a.node.id, metric: a.targetGroup.metrics.unhealthyHostCount() })),
      ...nlbs.flatMap((n) =>
        n.targetGroups.map((g) => ({ id: g.node.id, metric: g.metrics.unHealthyHostCount() })),
      ),
    ];
    for (const { id, metric } of groups)
      this.alarm(`${id}UnhealthyTargets`, {
        alarmDescription: `Unhealthy targets in target group ${id}`,
        metric: metric.with({ statistic: 'Maximum', period: MINUTE }),
        threshold: 0,
      });
    for (const s of services)
      if (s.lambda)
        this.alarm(`${pascalName(s.spec.name)}LambdaThrottles`, {
          alarmDescription: `Throttled invocations of the ${s.spec.name} function`,
          metric: s.lambda.function.metricThrottles({ period: MINUTE }),
          threshold: 0,
        });
  }

  private alarm(
    id: string,
    props: { alarmDescription: string; metric: cloudwatch.IMetric; threshold: number },
  ) {
    const alarm = new cloudwatch.Alarm(this, id, {
      ...props,
      ...EVALUATION,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    if (this.props.alarmTopic) {
      const action = new actions.SnsAction(this.props.alarmTopic);
      alarm.addAlarmAction(action);
      alarm.addOkAction(action);
    }
    this.alarms.push(alarm);
  }
}

function graph(title: string, metrics: cloudwatch.IMetric[]): cloudwatch.GraphWidget {
  return new cloudwatch.GraphWidget({ title, left: metrics, width: 12 });
}
