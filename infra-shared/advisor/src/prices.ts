/**
 * List prices the advisor multiplies, us-east-1, USD. One line per price, each naming the public page it
 * belongs to, the date the figure was checked, and whether a stored AWS-published text confirmed it.
 *
 * `confirmed: true` means the figure was read in an AWS-published text (a docs.aws.amazon.com or
 * aws.amazon.com page, or a verbatim transcription of the pricing page's worked examples when the page
 * itself renders its rate tables client-side). `confirmed: false` means the figure was only seen on
 * third-party pages, or is an inference; the advisor flags every result that depends on such a line.
 */
export interface PriceLine {
  readonly usd: number;
  /** What one `usd` buys. */
  readonly unit: string;
  readonly what: string;
  /** The public pricing page the figure belongs to. */
  readonly source: string;
  /** ISO date the figure was checked against the stored copy of a source. */
  readonly checked: string;
  readonly confirmed: boolean;
  /** Where the figure was seen, or why it is not confirmed. */
  readonly evidence: string;
}

export const PRICE_REGION = 'us-east-1';
export const PRICES_CHECKED = '2026-11-21';

const APIGW_PRICING = 'https://aws.amazon.com/api-gateway/pricing/';
const APIGW_WHITEPAPER_COSTS =
  'https://docs.aws.amazon.com/whitepapers/latest/best-practices-api-gateway-private-apis-integration/cost-optimization.html';
const ELB_PRICING = 'https://aws.amazon.com/elasticloadbalancing/pricing/';
const ELB_PRICING_TRANSCRIPTION =
  'transcription of the ELB pricing page worked examples (us-east-1), api-evangelist/amazon-elastic-load-balancing plans file, read 2026-09-20';
const VPC_PRICING = 'https://aws.amazon.com/vpc/pricing/';
const PRIVATELINK_PRICING = 'https://aws.amazon.com/privatelink/pricing/';
const LAMBDA_PRICING = 'https://aws.amazon.com/lambda/pricing/';
const FARGATE_PRICING = 'https://aws.amazon.com/fargate/pricing/';
const WAF_PRICING = 'https://aws.amazon.com/waf/pricing/';
const CLOUDFRONT_PRICING = 'https://aws.amazon.com/cloudfront/pricing/';
const KINESIS_PRICING = 'https://aws.amazon.com/kinesis/data-streams/pricing/';
const FIREHOSE_PRICING = 'https://aws.amazon.com/firehose/pricing/';
/** Evidence of the prices only option 9 uses: published figures not yet checked against a stored copy. */
const EDGE_PRICE_EVIDENCE =
  'the public pricing page as published for us-east-1, not checked against a stored copy';

export const PRICES = {
  apiGatewayRestPerMillion: {
    usd: 3.5,
    unit: 'million requests',
    what: 'API Gateway REST API requests, first 333 million a month',
    source: APIGW_PRICING,
    checked: PRICES_CHECKED,
    confirmed: true,
    evidence: `REST pricing table in the AWS whitepaper ${APIGW_WHITEPAPER_COSTS}`,
  },
  apiGatewayHttpPerMillion: {
    usd: 1.0,
    unit: 'million requests',
    what: 'API Gateway HTTP API requests, first 300 million a month (metered in 512 KB increments)',
    source: APIGW_PRICING,
    checked: PRICES_CHECKED,
    confirmed: true,
    evidence: `HTTP pricing table (us-east-1) in the AWS whitepaper ${APIGW_WHITEPAPER_COSTS}`,
  },
  apiGatewayRestPerMillionNext667M: {
    usd: 2.8,
    unit: 'million requests',
    what: 'API Gateway REST API requests, next 667 million a month',
    source: APIGW_PRICING,
    checked: PRICES_CHECKED,
    confirmed: true,
    evidence: `REST pricing table in the AWS whitepaper ${APIGW_WHITEPAPER_COSTS}`,
  },
  apiGatewayRestPerMillionNext19B: {
    usd: 2.38,
    unit: 'million requests',
    what: 'API Gateway REST API requests, next 19 billion a month',
    source: APIGW_PRICING,
    checked: PRICES_CHECKED,
    confirmed: true,
    evidence: `REST pricing table in the AWS whitepaper ${APIGW_WHITEPAPER_COSTS}`,
  },
  apiGatewayRestPerMillionOver20B: {
    usd: 1.51,
    unit: 'million requests',
    what: 'API Gateway REST API requests over 20 billion a month',
    source: APIGW_PRICING,
    checked: PRICES_CHECKED,
    confirmed: true,
    evidence: `REST pricing table in the AWS whitepaper ${APIGW_WHITEPAPER_COSTS}`,
  },
  apiGatewayHttpPerMillionOver300M: {
    usd: 0.9,
    unit: 'million requests',
    what: 'API Gateway HTTP API requests over 300 million a month',
    source: APIGW_PRICING,
    checked: PRICES_CHECKED,
    confirmed: true,
    evidence: `HTTP pricing table (us-east-1) in the AWS whitepaper ${APIGW_WHITEPAPER_COSTS}`,
  },
  vpcLinkV1Hour: {
    usd: 0,
    unit: 'VPC link hour',
    what: 'VPC link V1 (REST): no charge of its own; the NLB it targets is what is billed',
    source: APIGW_PRICING,
    checked: PRICES_CHECKED,
    confirmed: false,
    evidence: `inferred: ${APIGW_WHITEPAPER_COSTS} names the NLB hourly charge as the cost of a V1 private integration; no separate link charge was seen`,
  },
  vpcLinkV2Hour: {
    usd: 0,
    unit: 'VPC link hour',
    what: 'VPC link V2 (HTTP, and REST since Nov 2025): no charge of its own',
    source: APIGW_PRICING,
    checked: PRICES_CHECKED,
    confirmed: false,
    evidence:
      'no VPC link charge appears on the stored pricing pages, but none states explicitly that V2 links are free',
  },
  nlbHour: {
    usd: 0.0225,
    unit: 'NLB hour',
    what: 'Network Load Balancer hour',
    source: ELB_PRICING,
    checked: PRICES_CHECKED,
    confirmed: false,
    evidence:
      'the stored ELB pricing page renders its rate table client-side; the figure was seen only on third-party pages (clustercost.com, awsnegotiations.com)',
  },
  nlbNlcuHour: {
    usd: 0.006,
    unit: 'NLCU hour',
    what: 'Network Load Balancer capacity unit hour',
    source: ELB_PRICING,
    checked: PRICES_CHECKED,
    confirmed: true,
    evidence: ELB_PRICING_TRANSCRIPTION,
  },
  albHour: {
    usd: 0.0225,
    unit: 'ALB hour',
    what: 'Application Load Balancer hour',
    source: ELB_PRICING,
    checked: PRICES_CHECKED,
    confirmed: true,
    evidence: ELB_PRICING_TRANSCRIPTION,
  },
  albLcuHour: {
    usd: 0.008,
    unit: 'LCU hour',
    what: 'Application Load Balancer capacity unit hour',
    source: ELB_PRICING,
    checked: PRICES_CHECKED,
    confirmed: true,
    evidence: ELB_PRICING_TRANSCRIPTION,
  },
  natGatewayHour: {
    usd: 0.045,
    unit: 'NAT gateway hour',
    what: 'NAT gateway hour (plus data processed, not modelled)',
    source: VPC_PRICING,
    checked: PRICES_CHECKED,
    confirmed: false,
    evidence:
      'the stored VPC pricing page example shows $0.045 for US East (Ohio); the us-east-1 figure was seen only on third-party pages',
  },
  interfaceEndpointAzHour: {
    usd: 0.01,
    unit: 'endpoint hour per Availability Zone',
    what: 'Interface VPC endpoint (PrivateLink), per AZ it is provisioned in',
    source: PRIVATELINK_PRICING,
    checked: PRICES_CHECKED,
    confirmed: false,
    evidence:
      'the stored PrivateLink pricing page confirms only the per-GB tiers ($0.01 for the first PB); the hourly figure was seen only on third-party pages',
  },
  interfaceEndpointPerGb: {
    usd: 0.01,
    unit: 'GB processed',
    what: 'Interface VPC endpoint (PrivateLink) data processed, first PB a month',
    source: PRIVATELINK_PRICING,
    checked: PRICES_CHECKED,
    confirmed: true,
    evidence: 'the stored PrivateLink pricing page states $0.01 per GB for the first PB processed a month',
  },
  lambdaRequestsPerMillion: {
    usd: 0.2,
    unit: 'million requests',
    what: 'Lambda invocations',
    source: LAMBDA_PRICING,
    checked: PRICES_CHECKED,
    confirmed: false,
    evidence:
      'the stored Lambda pricing page states $0.20 per million only for Managed Instances; the on-demand function figure was seen only on third-party pages',
  },
  lambdaGbSecondX86: {
    usd: 0.0000166667,
    unit: 'GB-second',
    what: 'Lambda duration, x86_64, first 6 billion GB-seconds a month',
    source: LAMBDA_PRICING,
    checked: PRICES_CHECKED,
    confirmed: false,
    evidence:
      'the stored Lambda pricing page renders its rate table client-side; the figure was seen only on third-party pages and in open-source cost calculators',
  },
  fargateVcpuHour: {
    usd: 0.04048,
    unit: 'vCPU hour',
    what: 'Fargate Linux/x86 vCPU hour',
    source: FARGATE_PRICING,
    checked: PRICES_CHECKED,
    confirmed: true,
    evidence:
      'the ECS pricing page example (US East, N. Virginia) states $0.000011244 per vCPU-second (x 3600 = $0.04048); transcription api-evangelist/amazon-ecs, read 2026-09-20',
  },
  fargateGbHour: {
    usd: 0.004445,
    unit: 'GB hour',
    what: 'Fargate Linux/x86 memory GB hour',
    source: FARGATE_PRICING,
    checked: PRICES_CHECKED,
    confirmed: false,
    evidence:
      'the stored Fargate pricing page renders its rate table client-side; the figure was seen only on third-party pages (vantage.sh)',
  },
  websocketMessagesPerMillion: {
    usd: 1.0,
    unit: 'million messages',
    what: 'API Gateway WebSocket API messages sent and received, first 1 billion a month (metered in 32 KB increments)',
    source: APIGW_PRICING,
    checked: PRICES_CHECKED,
    confirmed: false,
    evidence:
      'the pricing page renders its WebSocket table client-side and the stored AWS whitepaper lists REST and HTTP prices only; 1.00 USD per million (0.80 over 1 billion) was seen on third-party pages only',
  },
  websocketMessagesPerMillionOver1B: {
    usd: 0.8,
    unit: 'million messages',
    what: 'API Gateway WebSocket API messages over 1 billion a month',
    source: APIGW_PRICING,
    checked: PRICES_CHECKED,
    confirmed: false,
    evidence: 'as the first tier: seen on third-party pages only',
  },
  websocketConnectionMinutesPerMillion: {
    usd: 0.25,
    unit: 'million connection minutes',
    what: 'API Gateway WebSocket API connection minutes',
    source: APIGW_PRICING,
    checked: PRICES_CHECKED,
    confirmed: false,
    evidence:
      'the pricing page renders its WebSocket table client-side; 0.25 USD per million connection minutes was seen on third-party pages only',
  },
  apiCacheHalfGbHour: {
    usd: 0.02,
    unit: 'hour',
    what: 'API Gateway REST API cache, 0.5 GB cluster (the smallest; larger clusters cost more per hour)',
    source: APIGW_PRICING,
    checked: PRICES_CHECKED,
    confirmed: false,
    evidence:
      'the pricing page renders its cache table client-side; 0.02 USD/h for 0.5 GB (14.60 USD a month) was seen on third-party pages only',
  },
  wafWebAclMonth: {
    usd: 5,
    unit: 'web ACL month',
    what: 'AWS WAF web ACL',
    source: WAF_PRICING,
    checked: PRICES_CHECKED,
    confirmed: false,
    evidence:
      'an AWS blog confirms the three meters (web ACL, rule, requests) without figures; the figures were seen only on third-party pages',
  },
  wafRuleMonth: {
    usd: 1,
    unit: 'rule month',
    what: 'AWS WAF rule or rule group in a web ACL',
    source: WAF_PRICING,
    checked: PRICES_CHECKED,
    confirmed: false,
    evidence: 'seen only on third-party pages',
  },
  wafPerMillion: {
    usd: 0.6,
    unit: 'million requests',
    what: 'AWS WAF requests inspected',
    source: WAF_PRICING,
    checked: PRICES_CHECKED,
    confirmed: false,
    evidence: 'seen only on third-party pages',
  },
  cloudfrontHttpsPerMillion: {
    usd: 1.0,
    unit: 'million requests',
    what: 'CloudFront HTTPS requests, United States and Europe ($0.0100 per 10,000)',
    source: CLOUDFRONT_PRICING,
    checked: PRICES_CHECKED,
    confirmed: false,
    evidence: EDGE_PRICE_EVIDENCE,
  },
  kinesisShardHour: {
    usd: 0.015,
    unit: 'shard-hour',
    what: 'Kinesis Data Streams provisioned shard',
    source: KINESIS_PRICING,
    checked: PRICES_CHECKED,
    confirmed: false,
    evidence: EDGE_PRICE_EVIDENCE,
  },
  kinesisPutUnitsPerMillion: {
    usd: 0.014,
    unit: 'million PUT payload units (25 KB each)',
    what: 'Kinesis Data Streams PUT payload units',
    source: KINESIS_PRICING,
    checked: PRICES_CHECKED,
    confirmed: false,
    evidence: EDGE_PRICE_EVIDENCE,
  },
  firehosePerGb: {
    usd: 0.029,
    unit: 'GB ingested',
    what: 'Amazon Data Firehose ingestion, first 500 TB a month (records rounded up to 5 KB)',
    source: FIREHOSE_PRICING,
    checked: PRICES_CHECKED,
    confirmed: false,
    evidence: EDGE_PRICE_EVIDENCE,
  },
} as const satisfies Record<string, PriceLine>;

export type PriceKey = keyof typeof PRICES;

/**
 * What one load balancer capacity unit covers, per dimension; the bill counts the largest dimension.
 * From the same pricing page as the LCU prices.
 */
export const CAPACITY_UNITS = {
  source: ELB_PRICING,
  checked: PRICES_CHECKED,
  confirmed: true,
  evidence: ELB_PRICING_TRANSCRIPTION,
  alb: {
    newConnectionsPerSecond: 25,
    ruleEvaluationsPerSecond: 1000,
    /** Processed bytes per hour with instance, container or IP targets. */
    bytesPerHourIpTargets: 1e9,
    /** Processed bytes per hour with Lambda targets. */
    bytesPerHourLambdaTargets: 0.4e9,
  },
  nlb: {
    newTcpConnectionsPerSecond: 800,
    bytesPerHour: 1e9,
  },
} as const;

/** Monthly request tiers of API Gateway: millions of requests up to which each price applies. */
export const API_GATEWAY_TIERS: Record<
  'rest' | 'http',
  readonly { uptoMillions: number; price: PriceKey }[]
> = {
  rest: [
    { uptoMillions: 333, price: 'apiGatewayRestPerMillion' },
    { uptoMillions: 1000, price: 'apiGatewayRestPerMillionNext667M' },
    { uptoMillions: 20_000, price: 'apiGatewayRestPerMillionNext19B' },
    { uptoMillions: Number.POSITIVE_INFINITY, price: 'apiGatewayRestPerMillionOver20B' },
  ],
  http: [
    { uptoMillions: 300, price: 'apiGatewayHttpPerMillion' },
    { uptoMillions: Number.POSITIVE_INFINITY, price: 'apiGatewayHttpPerMillionOver300M' },
  ],
};

/** Hours in the month the pricing pages use for monthly figures. */
export const HOURS_PER_MONTH = 730;
