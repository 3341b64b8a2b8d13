import type { WorkloadAssumptions } from './assumptions.js';
import type { Compute, OptionLayout } from './layout.js';
import { API_GATEWAY_TIERS, CAPACITY_UNITS, HOURS_PER_MONTH, PRICES, type PriceKey } from './prices.js';

/** One priced line: a count of something times a unit price. */
export interface CostLine {
  readonly what: string;
  readonly quantity: number;
  /** USD per unit of `quantity` (per hour for fixed lines, per million requests for request lines). */
  readonly unitUsd: number;
  readonly usd: number;
  /** Price table entries the line multiplies. */
  readonly prices: readonly PriceKey[];
  /** True when any of `prices` is not confirmed. */
  readonly unconfirmed: boolean;
}

export const line = (what: string, quantity: number, unitUsd: number, prices: PriceKey[]): CostLine => ({
  what,
  quantity,
  unitUsd,
  usd: quantity * unitUsd,
  prices,
  unconfirmed: prices.some((k) => !PRICES[k].confirmed),
});

export const sumUsd = (lines: readonly CostLine[]): number => lines.reduce((t, l) => t + l.usd, 0);

/** USD per hour one always-on Fargate task of the assumed size costs. */
export function fargateTaskHourUsd(a: WorkloadAssumptions): number {
  return a.fargateTaskVcpu * PRICES.fargateVcpuHour.usd + a.fargateTaskMemoryGb * PRICES.fargateGbHour.usd;
}

/** Costs that run whether or not requests arrive, per hour. */
export function fixedHourlyLines(
  layout: OptionLayout,
  compute: Compute,
  services: number,
  a: WorkloadAssumptions,
): CostLine[] {
  const lines: CostLine[] = [];
  if (layout.nlbs > 0)
    lines.push(line('Network Load Balancers', layout.nlbs, PRICES.nlbHour.usd, ['nlbHour']));
  if (layout.albs > 0)
    lines.push(line('Application Load Balancers', layout.albs, PRICES.albHour.usd, ['albHour']));
  if (layout.vpcLinksV1 > 0) {
    lines.push(
      line('VPC links V1 (billed as their NLB)', layout.vpcLinksV1, PRICES.vpcLinkV1Hour.usd, [
        'vpcLinkV1Hour',
      ]),
    );
  }
  if (layout.vpcLinksV2 > 0) {
    lines.push(line('VPC links V2', layout.vpcLinksV2, PRICES.vpcLinkV2Hour.usd, ['vpcLinkV2Hour']));
  }
  if (layout.executeApiEndpointAzs) {
    lines.push(
      line(
        `execute-api interface endpoint (${layout.executeApiEndpointAzs} AZs)`,
        layout.executeApiEndpointAzs,
        PRICES.interfaceEndpointAzHour.usd,
        ['interfaceEndpointAzHour'],
      ),
    );
  }
  if (layout.path === 'private-api') {
    const waf = wafLines(a).perHour;
    lines.push({ ...waf, what: `public ALB: ${waf.what}` });
  }
  if (layout.path === 'edge-buffered') lines.push(...edgeHourlyLines(a));
  if (compute === 'fargate') {
    const tasks = services * a.fargateTasksPerService;
    lines.push(
      line(
        `Fargate tasks (${a.fargateTaskVcpu} vCPU, ${a.fargateTaskMemoryGb} GB, ${a.fargateTasksPerService} per service)`,
        tasks,
        fargateTaskHourUsd(a),
        ['fargateVcpuHour', 'fargateGbHour'],
      ),
    );
    lines.push(egressLine(a));
  }
  return lines;
}

/**
 * Tasks in private subnets pull images and ship logs either through a NAT gateway per zone or through
 * interface endpoints per zone; the cheaper of the two is counted.
 */
export function egressLine(a: WorkloadAssumptions): CostLine {
  const endpoints = line(
    `interface endpoints (${a.interfaceEndpointsForFargate} x ${a.availabilityZones} AZs) for ECR and logs`,
    a.interfaceEndpointsForFargate * a.availabilityZones,
    PRICES.interfaceEndpointAzHour.usd,
    ['interfaceEndpointAzHour'],
  );
  const nat = line(
    `NAT gateways (1 x ${a.availabilityZones} AZs)`,
    a.availabilityZones,
    PRICES.natGatewayHour.usd,
    ['natGatewayHour'],
  );
  return endpoints.usd <= nat.usd ? endpoints : nat;
}

/** Load balancer capacity units one million requests use, per the largest LCU dimension. */
export function albLcuHoursPerMillion(a: WorkloadAssumptions, lambdaTargets: boolean): number {
  const u = CAPACITY_UNITS.alb;
  const bytes = 1e6 * a.bytesPerRequest;
  const byBytes = bytes / (lambdaTargets ? u.bytesPerHourLambdaTargets : u.bytesPerHourIpTargets);
  const byConnections = (1e6 * a.newConnectionsPerRequest) / (u.newConnectionsPerSecond * 3600);
  const byRules = (1e6 * a.ruleEvaluationsPerRequest) / (u.ruleEvaluationsPerSecond * 3600);
  return Math.max(byBytes, byConnections, byRules);
}

export function nlbNlcuHoursPerMillion(a: WorkloadAssumptions): number {
  const u = CAPACITY_UNITS.nlb;
  const byBytes = (1e6 * a.bytesPerRequest) / u.bytesPerHour;
  const byConnections = (1e6 * a.newConnectionsPerRequest) / (u.newTcpConnectionsPerSecond * 3600);
  return Math.max(byBytes, byConnections);
}

/** USD of Lambda per million invocations at the assumed memory and duration. */
export function lambdaPerMillionUsd(a: WorkloadAssumptions): number {
  const gbSeconds = 1e6 * (a.lambdaMemoryMb / 1024) * (a.lambdaDurationMs / 1000);
  return PRICES.lambdaRequestsPerMillion.usd + gbSeconds * PRICES.lambdaGbSecondX86.usd;
}

/** Costs per million requests. */
export function perMillionLines(
  api: 'rest' | 'http',
  layout: OptionLayout,
  compute: Compute,
  a: WorkloadAssumptions,
): CostLine[] {
  const lines: CostLine[] = [];
  if (api === 'rest') {
    lines.push(
      line('API Gateway REST requests', 1, PRICES.apiGatewayRestPerMillion.usd, ['apiGatewayRestPerMillion']),
    );
  } else {
    lines.push(
      line('API Gateway HTTP requests', 1, PRICES.apiGatewayHttpPerMillion.usd, ['apiGatewayHttpPerMillion']),
    );
  }
  if (layout.path === 'nlb' || layout.path === 'nlb-to-alb') {
    lines.push(
      line('NLB capacity units (NLCU-hours)', nlbNlcuHoursPerMillion(a), PRICES.nlbNlcuHour.usd, [
        'nlbNlcuHour',
      ]),
    );
  }
  if (layout.path === 'private-api') {
    const gbPerMillion = (1e6 * a.bytesPerRequest) / 1e9;
    lines.push(
      line(
        'ALB capacity units (LCU-hours), IP targets',
        albLcuHoursPerMillion(a, false),
        PRICES.albLcuHour.usd,
        ['albLcuHour'],
      ),
      line('execute-api endpoint data processed (GB)', gbPerMillion, PRICES.interfaceEndpointPerGb.usd, [
        'interfaceEndpointPerGb',
      ]),
      { ...wafLines(a).perMillion, what: 'WAF requests inspected on the public ALB' },
    );
  }
  if (layout.path === 'edge-buffered') lines.push(...edgePerMillionLines(a));
  if (layout.path === 'alb' || layout.path === 'nlb-to-alb') {
    lines.push(
      line(
        'ALB capacity units (LCU-hours)',
        albLcuHoursPerMillion(a, compute === 'lambda'),
        PRICES.albLcuHour.usd,
        ['albLcuHour'],
      ),
    );
  }
  if (compute === 'lambda') {
    lines.push(
      line(`Lambda (${a.lambdaMemoryMb} MB, ${a.lambdaDurationMs} ms, x86_64)`, 1, lambdaPerMillionUsd(a), [
        'lambdaRequestsPerMillion',
        'lambdaGbSecondX86',
      ]),
    );
  }
  return lines;
}

/** Optional WAF web ACL: a fixed part per hour and a part per million requests. */
export function wafLines(a: WorkloadAssumptions): { perHour: CostLine; perMillion: CostLine } {
  const monthly = PRICES.wafWebAclMonth.usd + a.wafRules * PRICES.wafRuleMonth.usd;
  return {
    perHour: line(
      `WAF web ACL with ${a.wafRules} rules (monthly fee / ${HOURS_PER_MONTH} h)`,
      1,
      monthly / HOURS_PER_MONTH,
      ['wafWebAclMonth', 'wafRuleMonth'],
    ),
    perMillion: line('WAF requests inspected', 1, PRICES.wafPerMillion.usd, ['wafPerMillion']),
  };
}

/** The optional REST API cache (`cacheTtl` on the REST patterns), smallest cluster, billed per hour. */
export function apiCacheLine(): CostLine {
  return line('API cache, 0.5 GB cluster', 1, PRICES.apiCacheHalfGbHour.usd, ['apiCacheHalfGbHour']);
}

/** USD API Gateway bills for a month's requests, walking the volume tiers. */
export function apiGatewayMonthlyUsd(api: 'rest' | 'http', millionsPerMonth: number): number {
  let total = 0;
  let from = 0;
  for (const tier of API_GATEWAY_TIERS[api]) {
    const inTier = Math.max(0, Math.min(millionsPerMonth, tier.uptoMillions) - from);
    total += inTier * PRICES[tier.price].usd;
    from = tier.uptoMillions;
    if (millionsPerMonth <= from) break;
  }
  return total;
}

/** Requests a month at a steady rate, in millions. */
export const millionsPerMonth = (rps: number): number => (rps * 3600 * HOURS_PER_MONTH) / 1e6;

/**
 * Monthly USD at a steady request rate: fixed cost for the month, API Gateway requests at their volume
 * tiers, and every other per-request line at its per-million price.
 */
export function monthlyUsd(
  api: 'rest' | 'http',
  fixedPerHour: number,
  perMillion: readonly CostLine[],
  rps: number,
): number {
  const millions = millionsPerMonth(rps);
  const gatewayKey = api === 'rest' ? 'apiGatewayRestPerMillion' : 'apiGatewayHttpPerMillion';
  const others = perMillion.filter((l) => !l.prices.includes(gatewayKey));
  return fixedPerHour * HOURS_PER_MONTH + apiGatewayMonthlyUsd(api, millions) + sumUsd(others) * millions;
}

/** Option 9's fixed costs: the API cache, one provisioned shard and the web ACL on CloudFront. */
function edgeHourlyLines(a: WorkloadAssumptions): CostLine[] {
  const waf = wafLines(a).perHour;
  return [
    line('API cache (0.5 GB cluster)', 1, PRICES.apiCacheHalfGbHour.usd, ['apiCacheHalfGbHour']),
    line('Kinesis write stream (1 provisioned shard)', 1, PRICES.kinesisShardHour.usd, ['kinesisShardHour']),
    { ...waf, what: `CloudFront: ${waf.what}` },
  ];
}

/**
 * Option 9 per million requests that miss both caches: CloudFront, its WAF, and for writes a PUT payload
 * unit each and Firehose's per-GB ingestion (each record billed as at least 5 KB).
 */
function edgePerMillionLines(a: WorkloadAssumptions): CostLine[] {
  const firehoseGb = (1e6 * Math.max(a.bytesPerRequest, 5 * 1024)) / 1e9;
  return [
    line('CloudFront HTTPS requests', 1, PRICES.cloudfrontHttpsPerMillion.usd, ['cloudfrontHttpsPerMillion']),
    { ...wafLines(a).perMillion, what: 'WAF requests inspected at CloudFront' },
    line('Kinesis PUT payload units (writes)', 1, PRICES.kinesisPutUnitsPerMillion.usd, [
      'kinesisPutUnitsPerMillion',
    ]),
    line('Firehose ingestion (writes, GB)', firehoseGb, PRICES.firehosePerGb.usd, ['firehosePerGb']),
  ];
}
