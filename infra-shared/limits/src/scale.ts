import {
  albTargetWeightOnNlb,
  effectiveQuota,
  QUOTAS,
  type QuotaKey,
  type QuotaOverrides,
} from './quotas.js';

/** The nine patterns by id (mirrors PATTERN_IDS in @pik/contracts; kept literal so this module has no deps). */
export type ScalePatternId =
  | 'http-vpclink-albs'
  | 'rest-vpclink-per-nlb'
  | 'rest-vpclink-shared-nlb'
  | 'rest-vpclink-nlb-to-alb'
  | 'rest-vpclinkv2-alb'
  | 'http-lambda-baseline'
  | 'private-rest-api-alb'
  | 'websocket-live-feed'
  | 'edge-buffered-writes';

export interface ScaleInput {
  /** Number of services the pattern fronts. */
  readonly services: number;
  /** Availability Zones the load balancers and VPC links span. @default 2 */
  readonly availabilityZones?: number;
  /** Whether the NLB in option 4 has cross-zone load balancing on (an ALB target then counts 100). @default false */
  readonly nlbCrossZone?: boolean;
  /** Quota increases already granted. @default none */
  readonly quotaOverrides?: QuotaOverrides;
}

/** How much of one quota a pattern consumes at a given scale. */
export interface QuotaUsage {
  readonly quota: QuotaKey;
  readonly used: number;
  readonly limit: number;
  /** Ids of patterns that do not consume this quota the same way. */
  readonly avoidedBy: readonly ScalePatternId[];
  /** One line on why this pattern consumes the quota. */
  readonly why: string;
}

const ROUTES_PER_SERVICE = 2; // `ANY /svc` and `ANY /svc/{proxy+}`
const RESOURCES_PER_SERVICE = 3; // `/svc`, `/svc/{proxy+}` and the streamed `/svc/export`
/** Routes of the live feed's WebSocket API: `$connect`, `$disconnect`, `$default`, `subscribe`, `unsubscribe`, `publish`. */
export const WEBSOCKET_LIVE_FEED_ROUTES = 6;
const EDGE_RESOURCES_PER_SERVICE = 4; // and `/svc/writes`, `/svc/writes/{writeId}`

/** What every pattern's quota list is built from: the scale, and the quotas all REST or HTTP APIs use. */
interface UsageContext {
  readonly n: number;
  readonly azs: number;
  readonly nlbCrossZone: boolean;
  readonly use: (quota: QuotaKey, used: number, avoidedBy: ScalePatternId[], why: string) => QuotaUsage;
  readonly rest: readonly QuotaUsage[];
  readonly http: readonly QuotaUsage[];
}

const ALB_PER_SERVICE = (c: UsageContext) =>
  c.use('albsPerRegion', c.n, ['rest-vpclink-shared-nlb'], 'one internal ALB per service');
const ONE_VPC_LINK_V1 = (c: UsageContext) =>
  c.use('restVpcLinksPerRegion', 1, [], 'one VPC link V1 for all services');
const ONE_VPC_LINK_V2 = (c: UsageContext) => [
  c.use('httpVpcLinksPerRegion', 1, [], 'one VPC link V2 for all services'),
  c.use('subnetsPerVpcLink', c.azs, [], 'one private subnet per Availability Zone'),
];

const LISTENER_PER_SERVICE = (c: UsageContext, where: string) =>
  c.use(
    'nlbListenersPerLoadBalancer',
    c.n,
    ['http-vpclink-albs', 'rest-vpclinkv2-alb'],
    `one TCP listener per service ${where}`,
  );

/** Each pattern's quotas beyond the ones every API of its kind uses. */
const USAGE_BY_PATTERN: Record<ScalePatternId, (c: UsageContext) => QuotaUsage[]> = {
  'http-vpclink-albs': (c) => [...c.http, ...ONE_VPC_LINK_V2(c), ALB_PER_SERVICE(c)],
  'rest-vpclink-per-nlb': (c) => [
    ...c.rest,
    c.use(
      'restVpcLinksPerRegion',
      c.n,
      ['rest-vpclink-shared-nlb', 'rest-vpclinkv2-alb'],
      'one VPC link V1 per service',
    ),
    c.use('nlbsPerRegion', c.n, ['rest-vpclink-shared-nlb', 'rest-vpclinkv2-alb'], 'one NLB per service'),
  ],
  'rest-vpclink-shared-nlb': (c) => [
    ...c.rest,
    ONE_VPC_LINK_V1(c),
    LISTENER_PER_SERVICE(c, 'port on the shared NLB'),
  ],
  'rest-vpclink-nlb-to-alb': (c) => {
    const weight = albTargetWeightOnNlb(c.nlbCrossZone);
    return [
      ...c.rest,
      ONE_VPC_LINK_V1(c),
      LISTENER_PER_SERVICE(c, 'on the NLB'),
      c.use(
        'nlbTargetsPerAzPerLoadBalancer',
        weight * c.n,
        ['http-vpclink-albs', 'rest-vpclinkv2-alb'],
        `each ALB registered with the NLB counts as ${weight} targets in every zone`,
      ),
      ALB_PER_SERVICE(c),
    ];
  },
  // Whether V2 links used by REST APIs count against the REST or the HTTP VPC link quota is not documented;
  // the HTTP (V2) quota is the stricter of the two.
  'rest-vpclinkv2-alb': (c) => [...c.rest, ...ONE_VPC_LINK_V2(c), ALB_PER_SERVICE(c)],
  'http-lambda-baseline': (c) => [...c.http],
  'websocket-live-feed': (c) => [
    ...c.http,
    c.use(
      'websocketRoutesPerApi',
      WEBSOCKET_LIVE_FEED_ROUTES,
      [],
      '$connect, $disconnect, $default, subscribe, unsubscribe and publish, whatever the service count',
    ),
  ],
  'private-rest-api-alb': (c) => [
    ...c.rest,
    c.use('interfaceEndpointsPerVpc', 1, [], 'one interface endpoint for execute-api in the VPC'),
    c.use('privateCustomDomainsPerRegion', 1, [], 'one private custom domain name for the API'),
    c.use(
      'albsPerRegion',
      1,
      ['rest-vpclink-shared-nlb'],
      'one internet-facing ALB in front of the endpoint',
    ),
  ],
  'edge-buffered-writes': (c) => [
    c.use(
      'restResourcesPerApi',
      EDGE_RESOURCES_PER_SERVICE * c.n,
      [],
      'four resources per service (/svc, /svc/{proxy+}, /svc/writes, /svc/writes/{writeId})',
    ),
  ],
};

/** Every quota a pattern consumes at the given scale, whether or not it is exceeded. */
export function quotaUsage(pattern: ScalePatternId, input: ScaleInput): QuotaUsage[] {
  const n = input.services;
  const o = input.quotaOverrides ?? {};
  const use: UsageContext['use'] = (quota, used, avoidedBy, why) => ({
    quota,
    used,
    limit: effectiveQuota(quota, o),
    avoidedBy,
    why,
  });
  return USAGE_BY_PATTERN[pattern]({
    n,
    azs: input.availabilityZones ?? 2,
    nlbCrossZone: input.nlbCrossZone === true,
    use,
    rest: [
      use(
        'restResourcesPerApi',
        RESOURCES_PER_SERVICE * n,
        [],
        'three resources per service (/svc, /svc/{proxy+}, /svc/export)',
      ),
    ],
    http: [
      use(
        'httpApiRoutesPerApi',
        ROUTES_PER_SERVICE * n,
        [],
        'two routes per service (ANY /svc, ANY /svc/{proxy+})',
      ),
      use('httpApiIntegrationsPerApi', n, [], 'one integration per service'),
    ],
  });
}

/** A quota the pattern would exceed, with a message that names the quota and the ways around it. */
export interface QuotaViolation extends QuotaUsage {
  readonly message: string;
}

/** The quotas a pattern exceeds at the given scale; empty when it fits. */
export function scaleViolations(pattern: ScalePatternId, input: ScaleInput): QuotaViolation[] {
  return quotaUsage(pattern, input)
    .filter((u) => u.used > u.limit)
    .map((u) => ({ ...u, message: violationMessage(pattern, input.services, u) }));
}

function violationMessage(pattern: ScalePatternId, services: number, u: QuotaUsage): string {
  const q = QUOTAS[u.quota];
  const adjust = q.adjustable
    ? `adjustable: request an increase and pass it as quotaOverrides.${u.quota}`
    : 'not adjustable';
  const alternatives =
    u.avoidedBy.length > 0
      ? `Patterns that avoid it: ${u.avoidedBy.join(', ')}.`
      : 'Every pattern consumes it this way; split the services across several APIs or stacks.';
  return (
    `${pattern} with ${services} services needs ${u.used} ${q.unit} (${u.why}), ` +
    `but the quota '${q.name}' is ${u.limit} (${adjust}; ${q.source}). ${alternatives}`
  );
}
