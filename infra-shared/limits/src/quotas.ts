/**
 * Service quotas and fixed limits that shape the six integration options. One entry per fact, each with
 * the page it comes from. Defaults for a new account; `adjustable` says whether Service Quotas can raise it.
 * Pure data: the CDK constructs validate against it at synth time, the twin enforces it, the advisor cites it.
 */
export interface Quota {
  /** The value that applies without a quota increase. */
  readonly value: number;
  /** Unit of `value`, for messages. */
  readonly unit: string;
  /** Human-readable name, as AWS documents it. */
  readonly name: string;
  readonly adjustable: boolean;
  /** Public documentation page the value comes from. */
  readonly source: string;
}

const APIGW_REST_QUOTAS =
  'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-execution-service-limits-table.html';
const APIGW_ACCOUNT_QUOTAS = 'https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html';
const APIGW_HTTP_QUOTAS = 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-quotas.html';
const NLB_QUOTAS =
  'https://docs.aws.amazon.com/elasticloadbalancing/latest/network/load-balancer-limits.html';
const ALB_QUOTAS =
  'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-limits.html';
const ALB_AS_NLB_TARGET =
  'https://docs.aws.amazon.com/elasticloadbalancing/latest/network/application-load-balancer-target.html';
const APIGW_CACHING = 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html';
const APIGW_AUTHORIZER =
  'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-authorizer.html';
const PRIVATELINK_QUOTAS = 'https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-limits-endpoints.html';
const APIGW_PRIVATE_DOMAINS =
  'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-private-custom-domains.html';
const APIGW_ROUTING_MODE =
  'https://docs.aws.amazon.com/apigateway/latest/developerguide/rest-api-routing-mode.html';
const APIGW_ROUTING_RULES =
  'https://docs.aws.amazon.com/apigateway/latest/developerguide/rest-api-routing-rules.html';
const LAMBDA_QUOTAS = 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html';
const KINESIS_QUOTAS = 'https://docs.aws.amazon.com/streams/latest/dev/service-sizes-and-limits.html';
const APIGW_WEBSOCKET_QUOTAS =
  'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-execution-service-websocket-limits-table.html';
const APIGW_STREAMING =
  'https://docs.aws.amazon.com/apigateway/latest/developerguide/response-transfer-mode.html';
const KINESIS_PUT_RECORD = 'https://docs.aws.amazon.com/kinesis/latest/APIReference/API_PutRecord.html';

export const QUOTAS = {
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html (VPC links per account per Region)
  restVpcLinksPerRegion: {
    value: 20,
    unit: 'VPC links',
    name: 'REST API VPC links per account per Region',
    adjustable: true,
    source: APIGW_ACCOUNT_QUOTAS,
  },
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-quotas.html
  httpVpcLinksPerRegion: {
    value: 10,
    unit: 'VPC links',
    name: 'HTTP API VPC links per account per Region',
    adjustable: true,
    source: APIGW_HTTP_QUOTAS,
  },
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-quotas.html
  subnetsPerVpcLink: {
    value: 10,
    unit: 'subnets',
    name: 'Subnets per VPC link',
    adjustable: true,
    source: APIGW_HTTP_QUOTAS,
  },
  // https://docs.aws.amazon.com/elasticloadbalancing/latest/network/load-balancer-limits.html
  nlbListenersPerLoadBalancer: {
    value: 50,
    unit: 'listeners',
    name: 'Listeners per Network Load Balancer',
    adjustable: false,
    source: NLB_QUOTAS,
  },
  // https://docs.aws.amazon.com/elasticloadbalancing/latest/network/load-balancer-limits.html
  nlbsPerRegion: {
    value: 50,
    unit: 'load balancers',
    name: 'Network Load Balancers per Region',
    adjustable: true,
    source: NLB_QUOTAS,
  },
  // https://docs.aws.amazon.com/elasticloadbalancing/latest/network/load-balancer-limits.html
  nlbTargetsPerLoadBalancer: {
    value: 3000,
    unit: 'targets',
    name: 'Targets per Network Load Balancer',
    adjustable: true,
    source: NLB_QUOTAS,
  },
  // https://docs.aws.amazon.com/elasticloadbalancing/latest/network/load-balancer-limits.html
  nlbTargetsPerAzPerLoadBalancer: {
    value: 500,
    unit: 'targets',
    name: 'Targets per Availability Zone per Network Load Balancer',
    adjustable: true,
    source: NLB_QUOTAS,
  },
  // https://docs.aws.amazon.com/elasticloadbalancing/latest/network/load-balancer-limits.html (footnote 2)
  albTargetWeightOnNlb: {
    value: 50,
    unit: 'targets',
    name: 'Target count of one ALB registered with an NLB (cross-zone off)',
    adjustable: false,
    source: NLB_QUOTAS,
  },
  // https://docs.aws.amazon.com/elasticloadbalancing/latest/network/load-balancer-limits.html (footnote 2)
  albTargetWeightOnNlbCrossZone: {
    value: 100,
    unit: 'targets',
    name: 'Target count of one ALB registered with an NLB (cross-zone on)',
    adjustable: false,
    source: NLB_QUOTAS,
  },
  // https://docs.aws.amazon.com/elasticloadbalancing/latest/network/application-load-balancer-target.html
  nlbsPerAlbTarget: {
    value: 2,
    unit: 'NLBs',
    name: 'Network Load Balancers that may target one ALB',
    adjustable: false,
    source: ALB_AS_NLB_TARGET,
  },
  // https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-limits.html
  albsPerRegion: {
    value: 50,
    unit: 'load balancers',
    name: 'Application Load Balancers per Region',
    adjustable: true,
    source: ALB_QUOTAS,
  },
  // https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-limits.html
  albListenersPerLoadBalancer: {
    value: 50,
    unit: 'listeners',
    name: 'Listeners per Application Load Balancer',
    adjustable: true,
    source: ALB_QUOTAS,
  },
  // https://docs.aws.amazon.com/elasticloadbalancing/latest/network/load-balancer-limits.html
  targetGroupsPerRegion: {
    value: 3000,
    unit: 'target groups',
    name: 'Target groups per Region (shared by ALB and NLB)',
    adjustable: true,
    source: NLB_QUOTAS,
  },
  // https://docs.aws.amazon.com/elasticloadbalancing/latest/network/load-balancer-limits.html
  targetsPerTargetGroup: {
    value: 1000,
    unit: 'targets',
    name: 'Targets per target group per Region',
    adjustable: true,
    source: NLB_QUOTAS,
  },
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-quotas.html
  httpApiRoutesPerApi: {
    value: 300,
    unit: 'routes',
    name: 'Routes per HTTP API',
    adjustable: true,
    source: APIGW_HTTP_QUOTAS,
  },
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-quotas.html
  httpApiIntegrationsPerApi: {
    value: 300,
    unit: 'integrations',
    name: 'Integrations per HTTP API',
    adjustable: false,
    source: APIGW_HTTP_QUOTAS,
  },
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-execution-service-limits-table.html
  restResourcesPerApi: {
    value: 300,
    unit: 'resources',
    name: 'Resources per REST API',
    adjustable: true,
    source: APIGW_REST_QUOTAS,
  },
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-execution-service-limits-table.html
  restStagesPerApi: {
    value: 10,
    unit: 'stages',
    name: 'Stages per REST API',
    adjustable: true,
    source: APIGW_REST_QUOTAS,
  },
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-execution-service-limits-table.html
  payloadBytes: {
    value: 10 * 1024 * 1024,
    unit: 'bytes',
    name: 'Payload size (REST and HTTP APIs)',
    adjustable: false,
    source: APIGW_REST_QUOTAS,
  },
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-quotas.html
  httpApiRequestLineAndHeaderBytes: {
    value: 10240,
    unit: 'bytes',
    name: 'HTTP API request line and header values',
    adjustable: false,
    source: APIGW_HTTP_QUOTAS,
  },
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-execution-service-limits-table.html
  // Raisable above 29 s for Regional and private REST APIs since June 2024 (may lower the account throttle):
  // https://aws.amazon.com/about-aws/whats-new/2024/06/amazon-api-gateway-integration-timeout-limit-29-seconds/
  restIntegrationTimeoutMinMs: {
    value: 50,
    unit: 'ms',
    name: 'REST API integration timeout, minimum',
    adjustable: false,
    source: APIGW_REST_QUOTAS,
  },
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html
  restCacheTtlDefaultSeconds: {
    value: 300,
    unit: 's',
    name: 'REST API cache time-to-live, default',
    adjustable: false,
    source: APIGW_CACHING,
  },
  restCacheTtlMaxSeconds: {
    value: 3600,
    unit: 's',
    name: 'REST API cache time-to-live, maximum',
    adjustable: false,
    source: APIGW_CACHING,
  },
  // https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-authorizer.html
  // (AuthorizerResultTtlInSeconds: 300 when unset, at most 3600; 0 turns result caching off; the same bounds
  // for HTTP APIs: https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-lambda-authorizer.html)
  authorizerResultTtlDefaultSeconds: {
    value: 300,
    unit: 's',
    name: 'Lambda authorizer result cache time-to-live, default',
    adjustable: false,
    source: APIGW_AUTHORIZER,
  },
  authorizerResultTtlMaxSeconds: {
    value: 3600,
    unit: 's',
    name: 'Lambda authorizer result cache time-to-live, maximum',
    adjustable: false,
    source: APIGW_AUTHORIZER,
  },
  restIntegrationTimeoutMaxMs: {
    value: 29_000,
    unit: 'ms',
    name: 'REST API integration timeout, default maximum',
    adjustable: true,
    source: APIGW_REST_QUOTAS,
  },
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-quotas.html
  httpIntegrationTimeoutMaxMs: {
    value: 30_000,
    unit: 'ms',
    name: 'HTTP API integration timeout, maximum',
    adjustable: false,
    source: APIGW_HTTP_QUOTAS,
  },
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html (newer Regions: 2,500 / 1,250)
  accountThrottleRate: {
    value: 10_000,
    unit: 'requests per second',
    name: 'Account-level throttle rate per Region',
    adjustable: true,
    source: APIGW_ACCOUNT_QUOTAS,
  },
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html (service-controlled burst)
  accountThrottleBurst: {
    value: 5_000,
    unit: 'requests',
    name: 'Account-level throttle burst per Region',
    adjustable: false,
    source: APIGW_ACCOUNT_QUOTAS,
  },
  // https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-limits-endpoints.html
  interfaceEndpointsPerVpc: {
    value: 50,
    unit: 'interface endpoints',
    name: 'Interface VPC endpoints per VPC',
    adjustable: true,
    source: PRIVATELINK_QUOTAS,
  },
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html (custom domain names for
  // private APIs) and apigateway-private-custom-domains.html
  privateCustomDomainsPerRegion: {
    value: 50,
    unit: 'private custom domain names',
    name: 'Private custom domain names per account per Region',
    adjustable: true,
    source: APIGW_PRIVATE_DOMAINS,
  },
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/rest-api-routing-mode.html
  routingRulesPerDomain: {
    value: 50,
    unit: 'routing rules',
    name: 'Routing rules per custom domain name',
    adjustable: true,
    source: APIGW_ROUTING_MODE,
  },
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/rest-api-routing-rules.html (conditions)
  routingRuleHeaderConditions: {
    value: 2,
    unit: 'header conditions',
    name: 'Header conditions per routing rule',
    adjustable: false,
    source: APIGW_ROUTING_RULES,
  },
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/rest-api-routing-rules.html (priority)
  routingRulePriorityMax: {
    value: 1_000_000,
    unit: 'priority',
    name: 'Highest routing rule priority (1 is evaluated first)',
    adjustable: false,
    source: APIGW_ROUTING_RULES,
  },
  // https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html (new accounts start lower)
  lambdaConcurrentExecutions: {
    value: 1000,
    unit: 'concurrent executions',
    name: 'Lambda concurrent executions per Region',
    adjustable: true,
    source: LAMBDA_QUOTAS,
  },
  // https://docs.aws.amazon.com/kinesis/latest/APIReference/API_PutRecord.html
  // The data blob (before base64 encoding) plus the partition key; the default maximum record size.
  kinesisRecordBytes: {
    value: 1_048_576,
    unit: 'bytes',
    name: 'Kinesis record size (data blob plus partition key)',
    adjustable: false,
    source: KINESIS_PUT_RECORD,
  },
  // https://docs.aws.amazon.com/kinesis/latest/APIReference/API_PutRecord.html (PartitionKey: 1-256)
  kinesisPartitionKeyChars: {
    value: 256,
    unit: 'Unicode characters',
    name: 'Kinesis partition key length',
    adjustable: false,
    source: KINESIS_PUT_RECORD,
  },
  // https://docs.aws.amazon.com/streams/latest/dev/service-sizes-and-limits.html
  kinesisShardWriteRecordsPerSecond: {
    value: 1_000,
    unit: 'records/s',
    name: 'Kinesis write records per second per shard',
    adjustable: false,
    source: KINESIS_QUOTAS,
  },
  // https://docs.aws.amazon.com/streams/latest/dev/service-sizes-and-limits.html
  kinesisShardWriteBytesPerSecond: {
    value: 1_048_576,
    unit: 'bytes',
    name: 'Kinesis write throughput per shard, per second',
    adjustable: false,
    source: KINESIS_QUOTAS,
  },
  // WebSocket APIs (websocket-live-feed): the quotas the twin's WebSocket gateway enforces and the stack meets.
  websocketNewConnectionsPerSecond: {
    value: 500,
    unit: 'connections per second',
    name: 'New connections per second per account (across all WebSocket APIs) per Region',
    adjustable: true,
    source: APIGW_WEBSOCKET_QUOTAS,
  },
  websocketRoutesPerApi: {
    value: 300,
    unit: 'routes',
    name: 'Routes per WebSocket API',
    adjustable: true,
    source: APIGW_WEBSOCKET_QUOTAS,
  },
  websocketMessageBytes: {
    value: 128 * 1024,
    unit: 'bytes',
    name: 'WebSocket message payload size',
    adjustable: false,
    source: APIGW_WEBSOCKET_QUOTAS,
  },
  websocketFrameBytes: {
    value: 32 * 1024,
    unit: 'bytes',
    name: 'WebSocket frame size',
    adjustable: false,
    source: APIGW_WEBSOCKET_QUOTAS,
  },
  websocketIdleTimeoutSeconds: {
    value: 600,
    unit: 'seconds',
    name: 'Idle connection timeout for WebSocket APIs',
    adjustable: false,
    source: APIGW_WEBSOCKET_QUOTAS,
  },
  websocketConnectionDurationSeconds: {
    value: 7200,
    unit: 'seconds',
    name: 'Connection duration for WebSocket APIs',
    adjustable: false,
    source: APIGW_WEBSOCKET_QUOTAS,
  },
  // REST response streaming (ResponseTransferMode STREAM, Nov 2025): a stream may last 15 minutes and is cut
  // after 5 idle minutes on Regional and private endpoints (30 s on edge-optimized ones); the first 10 MB of a
  // streamed answer are not bandwidth-limited, the rest goes at 2 MB/s. Buffered answers keep `payloadBytes`.
  restStreamDurationMaxMs: {
    value: 15 * 60_000,
    unit: 'ms',
    name: 'REST API response streaming, maximum duration',
    adjustable: false,
    source: APIGW_STREAMING,
  },
  restStreamIdleTimeoutMs: {
    value: 5 * 60_000,
    unit: 'ms',
    name: 'REST API response streaming, idle timeout (Regional and private endpoints)',
    adjustable: false,
    source: APIGW_STREAMING,
  },
  restStreamUnthrottledBytes: {
    value: 10 * 1024 * 1024,
    unit: 'bytes',
    name: 'REST API response streaming, bytes sent before the 2 MB/s bandwidth limit',
    adjustable: false,
    source: APIGW_STREAMING,
  },
  // https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html
  // Every pattern adds roughly 10-20 resources per service, so one stack holds a few dozen services at most.
  cfnResourcesPerStack: {
    value: 500,
    unit: 'resources',
    name: 'Resources per CloudFormation stack',
    adjustable: false,
    source: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html',
  },
} as const satisfies Record<string, Quota>;

export type QuotaKey = keyof typeof QUOTAS;

/** Keys whose quota can be raised through Service Quotas; only these may be overridden. */
export type AdjustableQuotaKey = {
  [K in QuotaKey]: (typeof QUOTAS)[K]['adjustable'] extends true ? K : never;
}[QuotaKey];

/** Raised values the caller has been granted, by quota key. */
export type QuotaOverrides = Partial<Record<AdjustableQuotaKey, number>>;

/** Targets one ALB registered with an NLB counts as, in every zone: more with cross-zone load balancing on. */
export function albTargetWeightOnNlb(nlbCrossZone: boolean): number {
  return nlbCrossZone ? QUOTAS.albTargetWeightOnNlbCrossZone.value : QUOTAS.albTargetWeightOnNlb.value;
}

/** The value that applies, taking granted increases into account. Fixed quotas ignore overrides. */
export function effectiveQuota(key: QuotaKey, overrides: QuotaOverrides = {}): number {
  const quota: Quota = QUOTAS[key];
  if (!quota.adjustable) return quota.value;
  const raised = (overrides as Partial<Record<QuotaKey, number>>)[key];
  return raised ?? quota.value;
}
