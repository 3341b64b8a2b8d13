import type { PatternId } from '@pik/contracts';
import { QUOTAS } from '@pik/limits';
import type { WorkloadAssumptions } from './assumptions.js';
import type { OptionLayout } from './layout.js';
import { PRICES } from './prices.js';

export interface TeamContext {
  readonly services: number;
  readonly teams: number;
  readonly layout: OptionLayout;
  readonly assumptions: WorkloadAssumptions;
}

const usdPerHour = (v: number) => `$${v.toFixed(4)}/h`;

/** Who owns what under each option, and what per-team load balancers would change. */
export function teamNotes(pattern: PatternId, c: TeamContext): string[] {
  const { services: n, teams: t, layout } = c;
  const httpLinks = QUOTAS.httpVpcLinksPerRegion.value;
  const restLinks = QUOTAS.restVpcLinksPerRegion.value;
  const perTeamVpcLinks = `if each team runs its own VPC, each needs its own VPC link V2: the HTTP API link quota (${httpLinks} per Region) bites at ${httpLinks + 1} teams`;
  const albPerTeam = () => {
    if (t >= n) return [];
    const saved = (n - t) * PRICES.albHour.usd;
    return [
      `one ALB per team instead of per service: ${t} ALB(s), ${usdPerHour(saved)} less; each team then keeps path rules for its services on its own ALB`,
    ];
  };
  switch (pattern) {
    case 'http-vpclink-albs':
      return [
        'each service has its own ALB, owned by its team; the HTTP API routes and the one VPC link are shared',
        ...albPerTeam(),
        perTeamVpcLinks,
      ];
    case 'rest-vpclink-per-nlb':
      return [
        'each service has its own NLB and VPC link, so ownership follows service boundaries',
        `the ${restLinks} VPC links per Region are one budget shared by all ${t} team(s) in the account`,
      ];
    case 'rest-vpclink-shared-nlb': {
      const perTeamNlbs = Math.max(t, layout.nlbs);
      const extra = (perTeamNlbs - layout.nlbs) * PRICES.nlbHour.usd;
      return [
        'the shared NLB is central infrastructure: every new service adds a listener port to it, so teams coordinate changes',
        t > 1
          ? `per-team NLBs instead: ${perTeamNlbs} NLBs and ${perTeamNlbs} VPC links (${usdPerHour(extra)} more), each team owning its listeners${perTeamNlbs > restLinks ? `; exceeds the ${restLinks} REST VPC links per Region` : ''}`
          : 'with one team, the shared NLB has a single owner',
      ];
    }
    case 'rest-vpclink-nlb-to-alb':
      return [
        'each team owns its ALBs and routing rules; the NLB(s), their TCP listeners and the VPC links are shared',
        `an ALB can sit behind at most ${QUOTAS.nlbsPerAlbTarget.value} NLBs, so a team ALB cannot be reached through more than ${QUOTAS.nlbsPerAlbTarget.value} shared NLBs`,
      ];
    case 'rest-vpclinkv2-alb':
      return [
        'each service has its own ALB, owned by its team; only the REST API and one VPC link V2 are shared',
        ...albPerTeam(),
        perTeamVpcLinks,
      ];
    case 'private-rest-api-alb':
      return [
        'each team deploys its own functions behind the private API; the public ALB, its certificate and the execute-api endpoint are central infrastructure',
      ];
    case 'edge-buffered-writes':
      return [
        'each team deploys its own read functions; the distribution, both web ACLs, the write stream and its consumer are central infrastructure',
      ];
    case 'websocket-live-feed': // the baseline's services, with the feed beside them
    case 'http-lambda-baseline':
      return [
        `each team deploys its own functions; the HTTP API routes (${QUOTAS.httpApiRoutesPerApi.value} per API) are the shared surface`,
      ];
  }
}
