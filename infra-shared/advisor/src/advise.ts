import { PATTERNS, type PatternDescriptor, type PatternId } from '@pik/contracts';
import { effectiveQuota, QUOTAS, type QuotaKey, type QuotaOverrides } from '@pik/limits';
import { DEFAULT_ASSUMPTIONS, type WorkloadAssumptions } from './assumptions.js';
import {
  apiCacheLine,
  type CostLine,
  fixedHourlyLines,
  monthlyUsd,
  perMillionLines,
  sumUsd,
  wafLines,
} from './cost.js';
import {
  type Compute,
  firstCountExceeding,
  type LayoutInput,
  type OptionLayout,
  optionLayout,
  serviceScaledUses,
} from './layout.js';
import { type LiveFeedAdvice, type LiveFeedInput, liveFeedAdvice } from './live-feed-cost.js';
import { PRICE_REGION, PRICES, PRICES_CHECKED, type PriceKey } from './prices.js';
import { teamNotes } from './teams.js';

export type Api = 'rest' | 'http';

export interface AdviseInput {
  /** Number of microservices behind the API. */
  readonly services: number;
  readonly api: Api;
  /** Where the services run. Unset: options 1-5 on Fargate, options 6 and 7 on Lambda. */
  readonly compute?: Compute;
  /** Teams that own the services. @default 1 */
  readonly teams?: number;
  /** Expected steady request rate, requests per second. */
  readonly rps?: number;
  /** Target Region; prices are us-east-1 list prices whatever it is. */
  readonly region?: string;
  readonly assumptions?: Partial<WorkloadAssumptions>;
  /** Quota increases already granted (adjustable quotas only). */
  readonly quotaOverrides?: QuotaOverrides;
  /** Option 4: cross-zone load balancing on the NLB. @default false */
  readonly nlbCrossZone?: boolean;
  /**
   * The API itself must have no public endpoint (reachable only through an execute-api VPC endpoint): only
   * option 7 answers that, and it answers nothing else. @default false
   */
  readonly privateApi?: boolean;
  /** The live feed's load (pattern 8): prices its WebSocket API beside the options. @default none */
  readonly feed?: LiveFeedInput;
  /** Writes may be answered 202 and applied later, reads served from caches: weighs option 9. */
  readonly bufferedWrites?: boolean;
}

/** Bad input, naming the field. */
export class AdviseInputError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'AdviseInputError';
  }
}

/** One quota an option consumes, and the scale at which it starts to bite. */
export interface QuotaBite {
  readonly quota: QuotaKey;
  readonly name: string;
  readonly limit: number;
  readonly unit: string;
  readonly adjustable: boolean;
  readonly source: string;
  /** What grows the use: the number of services or the request rate. */
  readonly scale: 'services' | 'rps';
  /** Use at the given input. */
  readonly used: number;
  /** The smallest service count (or request rate) at which the use exceeds the limit. */
  readonly bitesAt: number;
  readonly exceeded: boolean;
  readonly why: string;
  /** True when the layout already works around the quota and the cost includes the workaround. */
  readonly absorbed: boolean;
  readonly remedy: string;
}

export type FitStatus = 'fits' | 'fits-with-quota-increase' | 'needs-split' | 'excluded';

export interface CostSummary {
  readonly lines: readonly CostLine[];
  readonly usd: number;
  readonly unconfirmed: boolean;
}

export interface OptionAdvice {
  readonly id: PatternId;
  readonly option: PatternDescriptor['option'];
  readonly title: string;
  readonly api: Api;
  readonly status: FitStatus;
  /** Why the option cannot be used with this input (empty unless excluded). */
  readonly excludedBecause: readonly string[];
  readonly compute: Compute;
  readonly layout: OptionLayout;
  /** Quotas that grow with scale, soonest to bite first. */
  readonly quotas: readonly QuotaBite[];
  readonly fixedHourly: CostSummary;
  readonly perMillionRequests: CostSummary;
  /** Monthly USD at the given --rps (fixed + requests), when a rate was given. */
  readonly monthlyAtRps?: number;
  readonly waf: { readonly where: string; readonly perHour: CostLine; readonly perMillion: CostLine };
  /** REST only: the optional API cache (`cacheTtl`), per hour whatever the traffic. */
  readonly apiCache?: CostLine;
  readonly teamNotes: readonly string[];
  readonly notes: readonly string[];
}

export interface RankedOption {
  readonly rank: number;
  readonly option: PatternDescriptor['option'];
  readonly id: PatternId;
  readonly reasons: readonly string[];
}

export interface Advice {
  readonly input: {
    readonly services: number;
    readonly api: Api;
    readonly compute: Compute | null;
    readonly teams: number;
    readonly rps: number | null;
    readonly region: string;
  };
  readonly priceRegion: string;
  readonly pricesChecked: string;
  readonly assumptions: WorkloadAssumptions;
  readonly options: readonly OptionAdvice[];
  readonly ranking: readonly RankedOption[];
  /** Unconfirmed price lines that any usable option's figures depend on. */
  readonly unconfirmedPrices: readonly {
    readonly key: PriceKey;
    readonly what: string;
    readonly usd: number;
    readonly unit: string;
    readonly evidence: string;
  }[];
  readonly warnings: readonly string[];
  /** With `feed`: what the live feed's WebSocket API costs a month at that load. */
  readonly feed: LiveFeedAdvice | null;
}

const REGION_PATTERN = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;

function validate(input: AdviseInput): void {
  const positiveInt = (field: string, v: unknown, max: number) => {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > max) {
      throw new AdviseInputError(field, `${field} must be a whole number from 1 to ${max}`);
    }
  };
  positiveInt('services', input.services, 100_000);
  if (input.api !== 'rest' && input.api !== 'http') {
    throw new AdviseInputError('api', "api must be 'rest' or 'http'");
  }
  if (input.compute !== undefined && input.compute !== 'lambda' && input.compute !== 'fargate') {
    throw new AdviseInputError('compute', "compute must be 'lambda' or 'fargate'");
  }
  if (input.teams !== undefined) positiveInt('teams', input.teams, 100_000);
  if (
    input.rps !== undefined &&
    (typeof input.rps !== 'number' || !Number.isFinite(input.rps) || input.rps <= 0)
  ) {
    throw new AdviseInputError('rps', 'rps must be a number greater than 0');
  }
  if (input.region !== undefined && !REGION_PATTERN.test(input.region)) {
    throw new AdviseInputError('region', 'region must look like us-east-1');
  }
  if (input.feed) {
    positiveInt('feed-connections', input.feed.connections, 100_000_000);
    const m = input.feed.messagesPerMinute;
    if (typeof m !== 'number' || !Number.isFinite(m) || m < 0 || m > 100_000) {
      throw new AdviseInputError(
        'feed-messages',
        'feed-messages must be a number from 0 to 100000 (per connection per minute)',
      );
    }
  }
}

const NATURAL_COMPUTE: Record<PatternId, Compute> = {
  'http-vpclink-albs': 'fargate',
  'rest-vpclink-per-nlb': 'fargate',
  'rest-vpclink-shared-nlb': 'fargate',
  'rest-vpclink-nlb-to-alb': 'fargate',
  'rest-vpclinkv2-alb': 'fargate',
  'http-lambda-baseline': 'lambda',
  'private-rest-api-alb': 'lambda',
  'websocket-live-feed': 'lambda',
  'edge-buffered-writes': 'lambda',
};

function exclusions(p: PatternDescriptor, layout: OptionLayout, input: AdviseInput): string[] {
  const why: string[] = [];
  if (p.api !== input.api) {
    why.push(
      `${p.api === 'http' ? 'an HTTP' : 'a REST'} API option cannot be chosen with --api ${input.api}`,
    );
  }
  const privateApi = p.id === 'private-rest-api-alb';
  if (input.privateApi === true && !privateApi) {
    why.push('the API has a public endpoint; only option 7 keeps it private');
  }
  const buffered = p.id === 'edge-buffered-writes';
  if (input.bufferedWrites !== true && buffered) {
    why.push('writes answered 202 and applied later answer another need; weigh it with --buffered-writes');
  }
  if (input.privateApi !== true && privateApi) {
    why.push('a private API (no public endpoint) answers another need; weigh it with --private-api');
  }
  if (input.compute === 'lambda' && layout.path === 'nlb') {
    why.push('an NLB cannot target Lambda functions: this option needs Fargate (or other IP targets)');
  }
  if (
    input.compute === 'fargate' &&
    (layout.path === 'lambda' || layout.path === 'private-api' || layout.path === 'edge-buffered')
  ) {
    why.push('this option runs the services as Lambda functions, not on Fargate');
  }
  return why;
}

function bite(
  quota: QuotaKey,
  limit: number,
  scale: 'services' | 'rps',
  used: number,
  bitesAt: number,
  why: string,
  absorbedBy: string | undefined,
): QuotaBite {
  const q = QUOTAS[quota];
  const exceeded = used > limit;
  const remedy = absorbedBy
    ? `${absorbedBy} (included in the cost)`
    : q.adjustable
      ? 'adjustable: request an increase through Service Quotas'
      : 'not adjustable: split the services across several APIs or stacks';
  return {
    quota,
    name: q.name,
    limit,
    unit: q.unit,
    adjustable: q.adjustable,
    source: q.source,
    scale,
    used,
    bitesAt,
    exceeded,
    why,
    absorbed: absorbedBy !== undefined,
    remedy,
  };
}

function quotaBites(
  pattern: PatternId,
  compute: Compute,
  layoutInput: LayoutInput,
  rps: number | undefined,
  a: WorkloadAssumptions,
): QuotaBite[] {
  const limitOf = (key: QuotaKey) => effectiveQuota(key, layoutInput.quotaOverrides);
  const bites: QuotaBite[] = [];
  for (const use of serviceScaledUses(pattern, layoutInput)) {
    const limit = limitOf(use.quota);
    const at = firstCountExceeding(use.usedAt, limit);
    if (at === undefined) continue;
    bites.push(
      bite(use.quota, limit, 'services', use.usedAt(layoutInput.services), at, use.why, use.absorbedBy),
    );
  }
  const throttle = limitOf('accountThrottleRate');
  bites.push(
    bite(
      'accountThrottleRate',
      throttle,
      'rps',
      rps ?? 0,
      throttle + 1,
      'every request counts, shared by all APIs in the Region',
      undefined,
    ),
  );
  if (compute === 'lambda') {
    const limit = limitOf('lambdaConcurrentExecutions');
    const seconds = a.lambdaDurationMs / 1000;
    const concurrencyAt = (r: number) => Math.ceil(r * seconds);
    const at = firstCountExceeding(concurrencyAt, limit);
    if (at !== undefined) {
      bites.push(
        bite(
          'lambdaConcurrentExecutions',
          limit,
          'rps',
          concurrencyAt(rps ?? 0),
          at,
          `concurrency = rps x ${a.lambdaDurationMs} ms average duration`,
          undefined,
        ),
      );
    }
  }
  return bites.sort((x, y) =>
    x.scale === y.scale ? x.bitesAt - y.bitesAt : x.scale === 'services' ? -1 : 1,
  );
}

function statusOf(excluded: boolean, bites: readonly QuotaBite[]): FitStatus {
  if (excluded) return 'excluded';
  const open = bites.filter((b) => b.exceeded && !b.absorbed);
  if (open.some((b) => !b.adjustable)) return 'needs-split';
  if (open.length > 0) return 'fits-with-quota-increase';
  return 'fits';
}

const summary = (lines: CostLine[]): CostSummary => ({
  lines,
  usd: sumUsd(lines),
  unconfirmed: lines.some((l) => l.unconfirmed),
});

const OPTION_NOTES: Record<PatternId, string[]> = {
  'http-vpclink-albs': [
    'HTTP API: JWT authorizers built in; no API keys, usage plans, caching or WAF on the API itself.',
    'Use the $default stage (or overwrite the path): private integrations otherwise pass the stage name to the backend.',
  ],
  'rest-vpclink-per-nlb': [
    'VPC link V1 is the legacy link type; every service adds a link and an NLB to the account.',
  ],
  'rest-vpclink-shared-nlb': [
    'One TCP listener port per service on the shared NLB; each integration URI carries its port.',
  ],
  'rest-vpclink-nlb-to-alb': [
    'Superseded by option 5 (VPC link V2 straight to the ALBs): two load balancer hops and both bills.',
    'NLB listeners and target groups must be TCP; an ALB can be the target of at most 2 NLBs.',
  ],
  'rest-vpclinkv2-alb': [
    'VPC link V2 for REST APIs since November 2025; aws-cdk-lib 2.276.0 has no L2 construct for it yet (L1 needed).',
    'Whether REST APIs count V2 links against the REST (20) or the HTTP (10) link quota is not documented; one link is used either way.',
  ],
  'http-lambda-baseline': [
    'No private integration: no VPC, no load balancers; the reference point for the other options.',
  ],
  'private-rest-api-alb': [
    'A private API, not a private integration: the API itself is reachable only through an execute-api VPC endpoint; pick it when the API must not have a public endpoint.',
    'The public ALB forwards to the endpoint; a private custom domain name with an access association routes its Host header to the API.',
    'Costs a second WAF web ACL (on the ALB, counted in the fixed cost) besides the optional one on the stage.',
  ],
  'websocket-live-feed': [
    'Not a private integration option: the services behind an HTTP API to Lambda plus a WebSocket API pushing their changes; priced with --feed-connections.',
  ],
  'edge-buffered-writes': [
    'Not a private integration either: CloudFront and the API cache answer most GETs, writes are answered 202 and applied later from a Kinesis stream, so a write is visible after the consumer lag.',
    'Costs per request are counted for a request that misses both caches (an upper bound); the fixed part is the API cache, one shard and the edge web ACL.',
  ],
};

function wafPlacement(p: PatternDescriptor): string {
  if (p.id === 'private-rest-api-alb') return 'on the REST API stage, and on the public ALB (counted)';
  if (p.id === 'edge-buffered-writes') return 'on CloudFront (counted) and on the stage (the origin lock)';
  if (p.api === 'rest') return 'on the REST API stage';
  if (p.id === 'http-lambda-baseline') return 'not on HTTP APIs: needs CloudFront in front';
  return 'not on HTTP APIs: on the ALBs (one web ACL can cover all of them)';
}

function adviseOption(
  p: PatternDescriptor,
  input: AdviseInput,
  a: WorkloadAssumptions,
  teams: number,
): OptionAdvice {
  const layoutInput: LayoutInput = {
    services: input.services,
    availabilityZones: a.availabilityZones,
    nlbCrossZone: input.nlbCrossZone ?? false,
    quotaOverrides: input.quotaOverrides ?? {},
  };
  const layout = optionLayout(p.id, layoutInput);
  const compute: Compute = input.compute ?? NATURAL_COMPUTE[p.id];
  const excludedBecause = exclusions(p, layout, input);
  const quotas = quotaBites(p.id, compute, layoutInput, input.rps, a);
  const fixedHourly = summary(fixedHourlyLines(layout, compute, input.services, a));
  const perMillionRequests = summary(perMillionLines(p.api, layout, compute, a));
  const waf = wafLines(a);
  return {
    id: p.id,
    option: p.option,
    title: p.title,
    api: p.api,
    status: statusOf(excludedBecause.length > 0, quotas),
    excludedBecause,
    compute,
    layout,
    quotas,
    fixedHourly,
    perMillionRequests,
    ...(input.rps !== undefined
      ? { monthlyAtRps: monthlyUsd(p.api, fixedHourly.usd, perMillionRequests.lines, input.rps) }
      : {}),
    waf: { where: wafPlacement(p), perHour: waf.perHour, perMillion: waf.perMillion },
    ...(p.api === 'rest' ? { apiCache: apiCacheLine() } : {}),
    teamNotes: teamNotes(p.id, { services: input.services, teams, layout, assumptions: a }),
    notes: OPTION_NOTES[p.id],
  };
}

const STATUS_RANK: Record<FitStatus, number> = {
  fits: 0,
  'fits-with-quota-increase': 1,
  'needs-split': 2,
  excluded: 3,
};

const usd = (v: number, digits = 2) => `$${v.toFixed(digits)}`;

function rank(options: readonly OptionAdvice[], rps: number | undefined): RankedOption[] {
  const usable = options.filter((o) => o.status !== 'excluded');
  const costKey = (o: OptionAdvice) => (rps !== undefined ? (o.monthlyAtRps ?? 0) : o.fixedHourly.usd);
  const sorted = [...usable].sort(
    (x, y) =>
      STATUS_RANK[x.status] - STATUS_RANK[y.status] ||
      costKey(x) - costKey(y) ||
      x.perMillionRequests.usd - y.perMillionRequests.usd ||
      x.option - y.option,
  );
  const best = sorted[0];
  return sorted.map((o, i) => {
    const reasons: string[] = [];
    const open = o.quotas.filter((q) => q.exceeded && !q.absorbed);
    if (o.status === 'fits') {
      reasons.push('fits every quota at this scale without an increase');
    } else {
      const list = open.map((q) => `${q.name} ${q.limit} (needs ${q.used})`).join('; ');
      reasons.push(
        o.status === 'needs-split' ? `exceeds a fixed quota: ${list}` : `needs quota increases: ${list}`,
      );
    }
    const absorbed = o.quotas.filter((q) => q.exceeded && q.absorbed);
    for (const q of absorbed) reasons.push(`${q.name} (${q.limit}) is worked around: ${q.remedy}`);
    const cost =
      rps !== undefined && o.monthlyAtRps !== undefined
        ? `about ${usd(o.monthlyAtRps, 0)} a month at ${rps} rps (${usd(o.fixedHourly.usd, 3)}/h fixed + ${usd(o.perMillionRequests.usd, 3)} per million requests)`
        : `${usd(o.fixedHourly.usd, 3)}/h fixed, ${usd(o.perMillionRequests.usd, 3)} per million requests`;
    reasons.push(cost);
    if (best && o !== best) {
      const delta = rps !== undefined ? costKey(o) - costKey(best) : o.fixedHourly.usd - best.fixedHourly.usd;
      if (delta > 0) {
        reasons.push(
          rps !== undefined
            ? `${usd(delta, 0)} a month more than option ${best.option}`
            : `${usd(delta, 3)}/h more fixed cost than option ${best.option}`,
        );
      }
    }
    if (o.id === 'rest-vpclink-nlb-to-alb') reasons.push('superseded by option 5');
    if (o.id === 'rest-vpclink-per-nlb' || o.id === 'rest-vpclink-nlb-to-alb')
      reasons.push('uses legacy VPC links V1');
    if (o.fixedHourly.unconfirmed || o.perMillionRequests.unconfirmed)
      reasons.push('figures include unconfirmed prices');
    return { rank: i + 1, option: o.option, id: o.id, reasons };
  });
}

/** Which of the seven options fit the input, what quotas bite at what scale, what each costs, and a ranking. */
export function advise(input: AdviseInput): Advice {
  validate(input);
  const a: WorkloadAssumptions = { ...DEFAULT_ASSUMPTIONS, ...input.assumptions };
  const teams = input.teams ?? 1;
  const region = input.region ?? PRICE_REGION;
  // Pattern 8 pushes changes beside an HTTP API; it is priced on its own (`feed`), not ranked.
  const options = PATTERNS.filter((p) => p.push === undefined).map((p) => adviseOption(p, input, a, teams));
  const feed = input.feed ? liveFeedAdvice(input.feed) : null;
  const used = new Set<PriceKey>(feed?.monthly.flatMap((l) => l.prices) ?? []);
  for (const o of options) {
    if (o.status === 'excluded') continue;
    for (const l of [...o.fixedHourly.lines, ...o.perMillionRequests.lines])
      for (const k of l.prices) used.add(k);
  }
  const unconfirmedPrices = [...used]
    .filter((k) => !PRICES[k].confirmed)
    .map((k) => ({
      key: k,
      what: PRICES[k].what,
      usd: PRICES[k].usd,
      unit: PRICES[k].unit,
      evidence: PRICES[k].evidence,
    }));
  const warnings: string[] = [];
  if (region !== PRICE_REGION) {
    warnings.push(`prices are ${PRICE_REGION} list prices; ${region} prices may differ`);
  }
  if (teams > input.services) warnings.push(`more teams (${teams}) than services (${input.services})`);
  return {
    input: {
      services: input.services,
      api: input.api,
      compute: input.compute ?? null,
      teams,
      rps: input.rps ?? null,
      region,
    },
    priceRegion: PRICE_REGION,
    pricesChecked: PRICES_CHECKED,
    assumptions: a,
    options,
    ranking: rank(options, input.rps),
    unconfirmedPrices,
    warnings,
    feed,
  };
}
