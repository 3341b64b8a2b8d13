/**
 * The seven integration options, the WebSocket live feed (8) and the edge-cached API with buffered writes
 * (9), by id (option 7 is the other meaning of "private": a private REST API reached through an execute-api
 * VPC endpoint, fronted by a public ALB; option 9 puts CloudFront in front of a regional REST API and buffers
 * writes through Kinesis). Stack names, template metadata, the twin's `--patterns` flag,
 * benchmark results and `pik advise` all use these ids.
 */
export const PATTERN_IDS = [
  'http-vpclink-albs',
  'rest-vpclink-per-nlb',
  'rest-vpclink-shared-nlb',
  'rest-vpclink-nlb-to-alb',
  'rest-vpclinkv2-alb',
  'http-lambda-baseline',
  'private-rest-api-alb',
  'websocket-live-feed',
  'edge-buffered-writes',
] as const;
export type PatternId = (typeof PATTERN_IDS)[number];

export interface PatternDescriptor {
  readonly id: PatternId;
  /** Number in the kit's pattern table (README, decision guide). */
  readonly option: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
  readonly title: string;
  /** API Gateway flavour in front. */
  readonly api: 'http' | 'rest';
  /** CloudFormation stack name the CDK app gives this pattern. */
  readonly stackName: string;
  /** The API is PRIVATE (reached through an execute-api endpoint): no Regional custom domain. */
  readonly privateApi?: true;
  /**
   * A WebSocket API beside the request API that pushes the services' changes to subscribers (pattern 8).
   * Such a pattern is not a private integration option: the advisor leaves it out of its ranking.
   */
  readonly push?: 'websocket';
  /** Writes are accepted for later: answered 202 with a write id where the services answer 201/200/204. */
  readonly bufferedWrites?: true;
}

export const PATTERNS: readonly PatternDescriptor[] = [
  {
    id: 'http-vpclink-albs',
    option: 1,
    title: 'HTTP API, one VPC link to an ALB per service',
    api: 'http',
    stackName: 'PikHttpVpcLinkAlbs',
  },
  {
    id: 'rest-vpclink-per-nlb',
    option: 2,
    title: 'REST API, one VPC link per service NLB',
    api: 'rest',
    stackName: 'PikRestVpcLinkPerNlb',
  },
  {
    id: 'rest-vpclink-shared-nlb',
    option: 3,
    title: 'REST API, one VPC link to a shared NLB (a listener port per service)',
    api: 'rest',
    stackName: 'PikRestVpcLinkSharedNlb',
  },
  {
    id: 'rest-vpclink-nlb-to-alb',
    option: 4,
    title: 'REST API, VPC link to an NLB whose targets are ALBs',
    api: 'rest',
    stackName: 'PikRestVpcLinkNlbToAlb',
  },
  {
    id: 'rest-vpclinkv2-alb',
    option: 5,
    title: 'REST API, VPC link V2 straight to the ALBs',
    api: 'rest',
    stackName: 'PikRestVpcLinkV2Alb',
  },
  {
    id: 'http-lambda-baseline',
    option: 6,
    title: 'HTTP API to Lambda, no private integration (baseline)',
    api: 'http',
    stackName: 'PikHttpLambdaBaseline',
  },
  {
    id: 'private-rest-api-alb',
    option: 7,
    title: 'Private REST API behind a public ALB, through an execute-api VPC endpoint',
    api: 'rest',
    stackName: 'PikPrivateRestApiAlb',
    privateApi: true,
  },
  {
    id: 'websocket-live-feed',
    option: 8,
    title: "WebSocket live feed of the services' changes, beside an HTTP API to Lambda",
    api: 'http',
    stackName: 'PikWebSocketLiveFeed',
    push: 'websocket',
  },
  {
    id: 'edge-buffered-writes',
    option: 9,
    title: 'CloudFront and WAF in front of a cached REST API; writes buffered through Kinesis to DynamoDB',
    api: 'rest',
    stackName: 'PikEdgeBufferedWrites',
    bufferedWrites: true,
  },
];

export function isPatternId(value: string): value is PatternId {
  return (PATTERN_IDS as readonly string[]).includes(value);
}

export function patternById(id: string): PatternDescriptor {
  const found = PATTERNS.find((p) => p.id === id);
  if (!found) throw new Error(`unknown pattern '${id}'; known: ${PATTERN_IDS.join(', ')}`);
  return found;
}

/**
 * Key under the template's top-level `Metadata` where each stack records which pattern it is, so that
 * readers of `cdk.out` (the twin) need nothing but the template.
 */
export const TEMPLATE_METADATA_KEY = 'pik';
export interface PatternTemplateMetadata {
  readonly pattern: PatternId;
}

/**
 * CDK context key that sets every stack's stage throttle as `RATE/BURST`, e.g.
 * `npx cdk synth -c pik:stage-throttle=40/20`. Read by the CDK app, passed by the demo.
 */
export const STAGE_THROTTLE_CONTEXT_KEY = 'pik:stage-throttle';

/**
 * CDK context key that puts an API cache on every REST stack as `TTL` seconds or `TTL/SIZE` (cluster GB),
 * e.g. `npx cdk synth -c pik:api-cache=300/0.5`. HTTP API stacks have no cache and ignore it.
 */
export const API_CACHE_CONTEXT_KEY = 'pik:api-cache';

/**
 * CDK context key that turns on gateway request validation on the REST patterns (`-c pik:request-validation=true`):
 * create and update bodies checked against models made from the services' own schemas.
 */
export const REQUEST_VALIDATION_CONTEXT_KEY = 'pik:request-validation';

/**
 * CDK context key naming the SNS topic every stack's alarms notify, by ARN
 * (`-c pik:alarm-topic-arn=arn:aws:sns:eu-west-1:111122223333:ops`). Without it the alarms change state
 * and notify no one.
 */
export const ALARM_TOPIC_CONTEXT_KEY = 'pik:alarm-topic-arn';

/**
 * CDK context key that gives every public stack a Regional custom domain name `<pattern id>.<zone>` in a
 * Route 53 public hosted zone, as `HOSTED_ZONE_ID/zone.name`:
 * `-c pik:domain-zone=Z0123456789ABCDEFGHIJ/example.com`. The private API (option 7) keeps its own domain.
 */
export const DOMAIN_ZONE_CONTEXT_KEY = 'pik:domain-zone';

/**
 * CDK context key that picks the authorizer of every stack: `native` (the default: a Cognito user-pool
 * authorizer on REST APIs, a JWT authorizer on HTTP APIs) or `lambda` (the kit's Lambda authorizer validating
 * the same Cognito tokens), optionally with its result cache TTL in seconds: `-c pik:auth=lambda/60`.
 */
export const AUTH_CONTEXT_KEY = 'pik:auth';

/**
 * CDK context key naming the public domain of `private-rest-api-alb` (`-c pik:private-api-domain=api.example.com`):
 * its ACM certificate, ALB listener and private custom domain name. Without it the stack synthesizes on a
 * placeholder and refuses to deploy.
 */
export const PRIVATE_API_DOMAIN_CONTEXT_KEY = 'pik:private-api-domain';

/**
 * CDK context key giving the Route 53 hosted zone of that domain as `ZONE_ID:zone.name`
 * (`-c pik:private-api-hosted-zone=Z0123456789ABC:example.com`): DNS validation of the certificate and an
 * alias record for the ALB. Without it, validate the certificate and point the name at the ALB yourself.
 */
export const PRIVATE_API_HOSTED_ZONE_CONTEXT_KEY = 'pik:private-api-hosted-zone';

/**
 * CDK context key naming the Region of `edge-buffered-writes` (`-c pik:edge-region=eu-west-1`). The stack
 * reads its CloudFront web ACL from a us-east-1 stack across Regions, which needs an explicit Region;
 * without this key (or `env.region` in its props) it is us-east-1.
 */
export const EDGE_REGION_CONTEXT_KEY = 'pik:edge-region';
