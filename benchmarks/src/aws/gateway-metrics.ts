import { GetRestApiCommand } from '@aws-sdk/client-api-gateway';
import { GetMetricDataCommand, type MetricDataQuery } from '@aws-sdk/client-cloudwatch';
import type { TargetPattern } from '@pik/contracts';
import { type AwsClients, executeApiIdOf } from './clients.js';

export interface GatewayTimes {
  readonly pattern: string;
  /** API Gateway Latency (request in to response out), average ms. */
  readonly latencyMs: number | null;
  /** IntegrationLatency (time spent in the backend: VPC link, load balancer, target), average ms. */
  readonly integrationLatencyMs: number | null;
  /** ALB TargetResponseTime, average ms over every named ALB of the pattern; null when none is named. */
  readonly targetResponseTimeMs: number | null;
}

/** The API id of an execute-api invoke URL. */
export function apiIdOf(baseUrl: string): string {
  const id = executeApiIdOf(baseUrl);
  if (!id) throw new Error(`not an execute-api URL: ${baseUrl}`);
  return id;
}

/**
 * Gateway time vs integration time for a pattern over a run window, from CloudWatch: REST APIs report
 * by ApiName and Stage, HTTP APIs by ApiId and Stage. `Latency - IntegrationLatency` is the gateway's own
 * share. ALB TargetResponseTime needs the load balancers' dimensions (`app/<name>/<id>`, the stack output
 * `AlbDimensions`, carried as the targets file's `albDimensions`): one or several, averaged together.
 */
export async function gatewayTimes(
  clients: Pick<AwsClients, 'cloudwatch' | 'apigateway'>,
  pattern: TargetPattern,
  window: { start: Date; end: Date },
  albDimension?: string | readonly string[],
): Promise<GatewayTimes> {
  const albs =
    albDimension === undefined ? [] : typeof albDimension === 'string' ? [albDimension] : albDimension;
  const dimensions = await stageDimensions(clients, pattern);
  const data = await clients.cloudwatch.send(
    new GetMetricDataCommand({
      MetricDataQueries: [
        averageOf('latency', 'AWS/ApiGateway', 'Latency', dimensions),
        averageOf('integration', 'AWS/ApiGateway', 'IntegrationLatency', dimensions),
        ...albs.map((alb, i) =>
          averageOf(`target${i}`, 'AWS/ApplicationELB', 'TargetResponseTime', [
            { Name: 'LoadBalancer', Value: alb },
          ]),
        ),
      ],
      StartTime: window.start,
      EndTime: window.end,
      ScanBy: 'TimestampAscending',
    }),
  );
  const mean = (ids: readonly string[], scale = 1): number | null => {
    const values = (data.MetricDataResults ?? [])
      .filter((r) => ids.includes(r.Id ?? ''))
      .flatMap((r) => r.Values ?? []);
    return values.length === 0
      ? null
      : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * scale * 100) / 100;
  };
  // TargetResponseTime is reported in seconds; the gateway metrics in milliseconds.
  return {
    pattern: pattern.id,
    latencyMs: mean(['latency']),
    integrationLatencyMs: mean(['integration']),
    targetResponseTimeMs: mean(
      albs.map((_, i) => `target${i}`),
      1000,
    ),
  };
}

type Dimensions = { Name: string; Value: string }[];

/** A stage's metric dimensions: REST APIs report by ApiName and Stage, HTTP APIs by ApiId and Stage. */
async function stageDimensions(
  clients: Pick<AwsClients, 'apigateway'>,
  pattern: TargetPattern,
): Promise<Dimensions> {
  const apiId = apiIdOf(pattern.baseUrl);
  if (pattern.api !== 'rest') {
    return [
      { Name: 'ApiId', Value: apiId },
      { Name: 'Stage', Value: pattern.stage },
    ];
  }
  const api = await clients.apigateway.send(new GetRestApiCommand({ restApiId: apiId }));
  return [
    { Name: 'ApiName', Value: api.name ?? apiId },
    { Name: 'Stage', Value: pattern.stage },
  ];
}

/** A one-minute average of one metric. */
function averageOf(
  id: string,
  namespace: string,
  metricName: string,
  dimensions: Dimensions,
): MetricDataQuery {
  return {
    Id: id,
    MetricStat: {
      Metric: { Namespace: namespace, MetricName: metricName, Dimensions: dimensions },
      Period: 60,
      Stat: 'Average',
    },
  };
}
