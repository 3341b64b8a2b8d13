import type { PatternId } from '@pik/contracts';
import {
  albTargetWeightOnNlb,
  effectiveQuota,
  type QuotaKey,
  type QuotaOverrides,
  quotaUsage,
} from '@pik/limits';

export type Compute = 'lambda' | 'fargate';

/** The AWS resources one option needs for a number of services. */
export interface OptionLayout {
  readonly nlbs: number;
  readonly albs: number;
  readonly vpcLinksV1: number;
  readonly vpcLinksV2: number;
  /** Where requests go after API Gateway. */
  readonly path: 'alb' | 'nlb' | 'nlb-to-alb' | 'lambda' | 'private-api' | 'edge-buffered';
  /** Option 7: zones the execute-api interface endpoint is provisioned in (billed per zone-hour). */
  readonly executeApiEndpointAzs?: number;
  /** Option 4 only: how many ALBs one NLB can carry before the target quotas stop it. */
  readonly albsPerNlb?: number;
}

export interface LayoutInput {
  readonly services: number;
  readonly availabilityZones: number;
  /** Option 4: cross-zone load balancing on the NLB (an ALB target then counts 100). */
  readonly nlbCrossZone: boolean;
  readonly quotaOverrides: QuotaOverrides;
}

/** How one quota's use grows with the number of services. */
export interface ServiceScaledUse {
  readonly quota: QuotaKey;
  readonly usedAt: (services: number) => number;
  readonly why: string;
  /** Set when the layout already works around the quota (more NLBs and links), and the cost includes it. */
  readonly absorbedBy?: string;
}

const perService = (pattern: PatternId, quota: QuotaKey): number => {
  const use = quotaUsage(pattern, { services: 1 }).find((u) => u.quota === quota);
  if (!use) throw new Error(`limits module has no ${quota} use for ${pattern}`);
  return use.used;
};

/** Routes (HTTP) or resources (REST) one service takes, as the limits module counts them. */
const ROUTES_PER_SERVICE = perService('http-vpclink-albs', 'httpApiRoutesPerApi');
const INTEGRATIONS_PER_SERVICE = perService('http-vpclink-albs', 'httpApiIntegrationsPerApi');
const RESOURCES_PER_SERVICE = perService('rest-vpclink-per-nlb', 'restResourcesPerApi');
const EDGE_RESOURCES_PER_SERVICE = perService('edge-buffered-writes', 'restResourcesPerApi');

/**
 * ALBs one NLB can register in option 4: each ALB counts as 50 targets (100 with cross-zone) in every
 * zone, against the per-zone and per-NLB target quotas; and each needs its own NLB listener.
 */
export function albsPerNlb(
  input: Pick<LayoutInput, 'availabilityZones' | 'nlbCrossZone' | 'quotaOverrides'>,
) {
  const weight = albTargetWeightOnNlb(input.nlbCrossZone);
  const o = input.quotaOverrides;
  const perZone = Math.floor(effectiveQuota('nlbTargetsPerAzPerLoadBalancer', o) / weight);
  const perNlb = Math.floor(
    effectiveQuota('nlbTargetsPerLoadBalancer', o) / (weight * input.availabilityZones),
  );
  const listeners = effectiveQuota('nlbListenersPerLoadBalancer', o);
  return Math.max(1, Math.min(perZone, perNlb, listeners));
}

export function optionLayout(pattern: PatternId, input: LayoutInput): OptionLayout {
  const n = input.services;
  const listeners = effectiveQuota('nlbListenersPerLoadBalancer', input.quotaOverrides);
  switch (pattern) {
    case 'http-vpclink-albs':
      return { nlbs: 0, albs: n, vpcLinksV1: 0, vpcLinksV2: 1, path: 'alb' };
    case 'rest-vpclink-per-nlb':
      return { nlbs: n, albs: 0, vpcLinksV1: n, vpcLinksV2: 0, path: 'nlb' };
    case 'rest-vpclink-shared-nlb': {
      const nlbs = Math.ceil(n / listeners);
      return { nlbs, albs: 0, vpcLinksV1: nlbs, vpcLinksV2: 0, path: 'nlb' };
    }
    case 'rest-vpclink-nlb-to-alb': {
      const perNlb = albsPerNlb(input);
      const nlbs = Math.ceil(n / perNlb);
      return { nlbs, albs: n, vpcLinksV1: nlbs, vpcLinksV2: 0, path: 'nlb-to-alb', albsPerNlb: perNlb };
    }
    case 'rest-vpclinkv2-alb':
      return { nlbs: 0, albs: n, vpcLinksV1: 0, vpcLinksV2: 1, path: 'alb' };
    case 'websocket-live-feed': // the baseline's services, with the feed beside them
    case 'http-lambda-baseline':
      return { nlbs: 0, albs: 0, vpcLinksV1: 0, vpcLinksV2: 0, path: 'lambda' };
    case 'private-rest-api-alb':
      return {
        nlbs: 0,
        albs: 1,
        vpcLinksV1: 0,
        vpcLinksV2: 0,
        path: 'private-api',
        executeApiEndpointAzs: input.availabilityZones,
      };
    case 'edge-buffered-writes':
      return { nlbs: 0, albs: 0, vpcLinksV1: 0, vpcLinksV2: 0, path: 'edge-buffered' };
  }
}

/** Every quota whose use grows with the number of services, for one option. */
export function serviceScaledUses(pattern: PatternId, input: LayoutInput): ServiceScaledUse[] {
  const http: ServiceScaledUse[] = [
    {
      quota: 'httpApiRoutesPerApi',
      usedAt: (n) => n * ROUTES_PER_SERVICE,
      why: `${ROUTES_PER_SERVICE} routes per service`,
    },
    {
      quota: 'httpApiIntegrationsPerApi',
      usedAt: (n) => n * INTEGRATIONS_PER_SERVICE,
      why: `${INTEGRATIONS_PER_SERVICE} integration per service`,
    },
  ];
  const rest: ServiceScaledUse[] = [
    {
      quota: 'restResourcesPerApi',
      usedAt: (n) => n * RESOURCES_PER_SERVICE,
      why: `${RESOURCES_PER_SERVICE} resources per service`,
    },
  ];
  const albPerService: ServiceScaledUse = {
    quota: 'albsPerRegion',
    usedAt: (n) => n,
    why: 'one internal ALB per service',
  };
  switch (pattern) {
    case 'http-vpclink-albs':
      return [...http, albPerService];
    case 'rest-vpclink-per-nlb':
      return [
        ...rest,
        { quota: 'restVpcLinksPerRegion', usedAt: (n) => n, why: 'one VPC link V1 per service NLB' },
        { quota: 'nlbsPerRegion', usedAt: (n) => n, why: 'one NLB per service' },
      ];
    case 'rest-vpclink-shared-nlb':
      return [...rest, ...sharedNlbUses(input)];
    case 'rest-vpclink-nlb-to-alb':
      return [...rest, ...nlbToAlbUses(input), albPerService];
    case 'rest-vpclinkv2-alb':
      return [...rest, albPerService];
    case 'websocket-live-feed': // the baseline's services, with the feed beside them
    case 'http-lambda-baseline':
      return http;
    case 'private-rest-api-alb':
      return rest;
    case 'edge-buffered-writes':
      return [
        {
          quota: 'restResourcesPerApi',
          usedAt: (n) => n * EDGE_RESOURCES_PER_SERVICE,
          why: `${EDGE_RESOURCES_PER_SERVICE} resources per service (reads, writes and write statuses)`,
        },
      ];
  }
}

/** Option 3: one listener port per service on a shared NLB, another NLB and link when its listeners run out. */
function sharedNlbUses(input: LayoutInput): ServiceScaledUse[] {
  const listeners = effectiveQuota('nlbListenersPerLoadBalancer', input.quotaOverrides);
  return [
    {
      quota: 'nlbListenersPerLoadBalancer',
      usedAt: (n) => n,
      why: 'one listener port per service on the shared NLB',
      absorbedBy: `another NLB and VPC link for every ${listeners} services`,
    },
    {
      quota: 'restVpcLinksPerRegion',
      usedAt: (n) => Math.ceil(n / listeners),
      why: `one VPC link V1 per shared NLB (${listeners} services each)`,
    },
    {
      quota: 'nlbsPerRegion',
      usedAt: (n) => Math.ceil(n / listeners),
      why: `one NLB per ${listeners} services`,
    },
  ];
}

/** Option 4: every ALB weighs on its NLB's targets per zone; another NLB and link per NLB's worth of ALBs. */
function nlbToAlbUses(input: LayoutInput): ServiceScaledUse[] {
  const perNlb = albsPerNlb(input);
  const weight = albTargetWeightOnNlb(input.nlbCrossZone);
  return [
    {
      quota: 'nlbTargetsPerAzPerLoadBalancer',
      usedAt: (n) => n * weight,
      why: `each ALB counts as ${weight} NLB targets in every zone: ${perNlb} ALBs per NLB`,
      absorbedBy: `another NLB and VPC link for every ${perNlb} services`,
    },
    {
      quota: 'restVpcLinksPerRegion',
      usedAt: (n) => Math.ceil(n / perNlb),
      why: `one VPC link V1 per NLB (${perNlb} ALBs each)`,
    },
    {
      quota: 'nlbsPerRegion',
      usedAt: (n) => Math.ceil(n / perNlb),
      why: `one NLB per ${perNlb} services`,
    },
  ];
}

const SEARCH_CEILING = 10_000_000;

/**
 * The smallest count at which `usedAt(count)` exceeds `limit`, or undefined when it never does below
 * ten million. `usedAt` must not decrease as the count grows.
 */
export function firstCountExceeding(usedAt: (count: number) => number, limit: number): number | undefined {
  if (usedAt(SEARCH_CEILING) <= limit) return undefined;
  let low = 1;
  let high = SEARCH_CEILING;
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (usedAt(mid) > limit) high = mid;
    else low = mid + 1;
  }
  return low;
}
