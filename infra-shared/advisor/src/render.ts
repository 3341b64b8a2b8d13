import type { QuotaKey } from '@pik/limits';
import type { Advice, FitStatus, OptionAdvice, QuotaBite } from './advise.js';
import type { CostLine } from './cost.js';
import type { LiveFeedAdvice } from './live-feed-cost.js';
import { PRICES } from './prices.js';

const SHORT_QUOTA: Partial<Record<QuotaKey, string>> = {
  restVpcLinksPerRegion: 'REST links',
  httpVpcLinksPerRegion: 'HTTP links',
  nlbListenersPerLoadBalancer: 'NLB listeners',
  nlbsPerRegion: 'NLBs/Region',
  nlbTargetsPerAzPerLoadBalancer: 'NLB targets/AZ',
  albsPerRegion: 'ALBs/Region',
  httpApiRoutesPerApi: 'routes',
  httpApiIntegrationsPerApi: 'integrations',
  restResourcesPerApi: 'resources',
  accountThrottleRate: 'throttle',
  lambdaConcurrentExecutions: 'Lambda concurrency',
};

const FIT_LABEL: Record<FitStatus, string> = {
  fits: 'yes',
  'fits-with-quota-increase': 'after quota increase',
  'needs-split': 'only split up',
  excluded: 'no',
};

const money = (v: number, unconfirmed: boolean, digits = 4) =>
  `${v.toFixed(digits)}${unconfirmed ? '*' : ''}`;

function bitesCell(o: OptionAdvice): string {
  const parts = o.quotas
    .filter((q) => q.scale === 'services')
    .map(
      (q) => `${SHORT_QUOTA[q.quota] ?? q.quota}@${q.bitesAt}${q.exceeded ? (q.absorbed ? '+' : '!') : ''}`,
    );
  return parts.length > 0 ? parts.join(' ') : '-';
}

function table(rows: string[][]): string[] {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows.map((r) =>
    r
      .map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}

function costLine(l: CostLine, perWhat: string): string {
  const star = l.unconfirmed ? '*' : '';
  const qty = Number.isInteger(l.quantity) ? String(l.quantity) : l.quantity.toFixed(3);
  return `${qty} x $${l.unitUsd.toPrecision(4)}${star} ${l.what} = $${l.usd.toFixed(4)}${star}${perWhat}`;
}

/** Pattern 8's WebSocket API at the given load: a month of connection minutes and messages. */
function feedLines(feed: LiveFeedAdvice): string[] {
  const unconfirmed = feed.monthly.some((l) => l.unconfirmed);
  return [
    `Live feed (pattern 8, websocket-live-feed): ${feed.connections} connections, ${feed.messagesPerMinute} message(s) per connection per minute: $${money(feed.monthlyUsd, unconfirmed, 2)}/month at API Gateway`,
    ...feed.monthly.map((l) => `    - ${costLine(l, '/month')}`),
    ...feed.notes.map((n) => `  note: ${n}`),
    '  (Lambda invocations of the routes and the fan-out, DynamoDB and EventBridge come on top.)',
  ];
}

function quotaLine(q: QuotaBite, rpsGiven: boolean): string {
  const scaleWord = q.scale === 'services' ? 'services' : 'rps';
  if (q.scale === 'rps' && !rpsGiven) {
    return `${q.name}: ${q.limit} ${q.unit} (starts to bite at ${q.bitesAt} rps; ${q.why}; no --rps given) -> ${q.remedy}`;
  }
  const state = q.exceeded ? (q.absorbed ? 'worked around' : 'EXCEEDED') : 'within';
  return `${q.name}: ${q.used} of ${q.limit} ${q.unit} (${state}; starts to bite at ${q.bitesAt} ${scaleWord}; ${q.why}) -> ${q.remedy}`;
}

function describeCompute(advice: Advice): string {
  return advice.input.compute ?? 'not given (options 1-5 on Fargate, options 6 and 7 on Lambda)';
}

/** The terminal answer: a table of the options, the ranking with reasons, then the details per option. */
export function renderAdvice(advice: Advice): string {
  const { input } = advice;
  const out: string[] = [
    `pik advise: ${input.services} services, ${input.api.toUpperCase()} API, compute ${describeCompute(advice)}, ` +
      `${input.teams} team(s), rps ${input.rps ?? 'not given'}`,
    `Prices: ${advice.priceRegion} list prices checked ${advice.pricesChecked}; * = depends on an unconfirmed price (listed at the end).`,
    ...advice.warnings.map((w) => `Warning: ${w}`),
    '',
    ...optionsTable(advice),
    '',
    ...rankingLines(advice),
    '',
  ];
  for (const o of advice.options)
    if (o.status !== 'excluded') out.push(...optionLines(o, input.rps !== null), '');
  if (advice.feed) out.push(...feedLines(advice.feed), '');
  out.push(...assumptionLines(advice));
  return `${out.join('\n')}\n`;
}

type AdvisedOption = Advice['options'][number];

function optionsTable(advice: Advice): string[] {
  const withMonthly = advice.input.rps !== null;
  const header = [
    '#',
    'option',
    'fits?',
    'fixed $/h',
    '$/M req',
    ...(withMonthly ? ['$/month'] : []),
    'quotas: name@services where it bites (! exceeded now, + worked around)',
  ];
  const rows = advice.options.map((o) => {
    const excluded = o.status === 'excluded';
    return [
      String(o.option),
      o.id,
      FIT_LABEL[o.status],
      excluded ? '-' : money(o.fixedHourly.usd, o.fixedHourly.unconfirmed),
      excluded ? '-' : money(o.perMillionRequests.usd, o.perMillionRequests.unconfirmed, 3),
      ...(withMonthly
        ? [
            excluded || o.monthlyAtRps === undefined
              ? '-'
              : money(o.monthlyAtRps, o.fixedHourly.unconfirmed || o.perMillionRequests.unconfirmed, 0),
          ]
        : []),
      excluded ? `(${o.excludedBecause.join('; ')})` : bitesCell(o),
    ];
  });
  return table([header, ...rows]);
}

function rankingLines(advice: Advice): string[] {
  const out = ['Recommendation:'];
  if (advice.ranking.length === 0) out.push('  no option fits this input.');
  for (const r of advice.ranking) {
    out.push(`  ${r.rank}. option ${r.option} (${r.id})`);
    for (const reason of r.reasons) out.push(`       - ${reason}`);
  }
  return out;
}

/** One option that fits: what it needs, its quotas, its costs line by line, the optional extras, notes. */
function optionLines(o: AdvisedOption, withRps: boolean): string[] {
  const l = o.layout;
  const resources = [
    l.nlbs > 0 ? `${l.nlbs} NLB(s)` : '',
    l.albs > 0 ? `${l.albs} ALB(s)` : '',
    l.vpcLinksV1 > 0 ? `${l.vpcLinksV1} VPC link(s) V1` : '',
    l.vpcLinksV2 > 0 ? `${l.vpcLinksV2} VPC link V2` : '',
    l.albsPerNlb !== undefined ? `${l.albsPerNlb} ALBs per NLB` : '',
    `compute ${o.compute}`,
  ].filter(Boolean);
  return [
    `Option ${o.option}: ${o.title} [${o.id}]`,
    `  needs: ${resources.join(', ')}`,
    '  quotas:',
    ...o.quotas.map((q) => `    - ${quotaLine(q, withRps)}`),
    `  fixed cost: $${money(o.fixedHourly.usd, o.fixedHourly.unconfirmed)}/h`,
    ...o.fixedHourly.lines.map((c) => `    - ${costLine(c, '/h')}`),
    `  per million requests: $${money(o.perMillionRequests.usd, o.perMillionRequests.unconfirmed, 3)}`,
    ...o.perMillionRequests.lines.map((c) => `    - ${costLine(c, '')}`),
    `  WAF (optional, ${o.waf.where}): +$${money(o.waf.perHour.usd, o.waf.perHour.unconfirmed)}/h, ` +
      `+$${money(o.waf.perMillion.usd, o.waf.perMillion.unconfirmed, 2)} per million requests`,
    ...(o.apiCache
      ? [
          `  API cache (optional, cacheTtl, ${o.apiCache.what.replace('API cache, ', '')}): ` +
            `+$${money(o.apiCache.usd, o.apiCache.unconfirmed)}/h`,
        ]
      : []),
    ...o.teamNotes.map((t) => `  team: ${t}`),
    ...o.notes.map((n) => `  note: ${n}`),
  ];
}

function assumptionLines(advice: Advice): string[] {
  const a = advice.assumptions;
  const out = [
    `Assumptions: ${a.availabilityZones} AZs; Lambda ${a.lambdaMemoryMb} MB x ${a.lambdaDurationMs} ms (x86_64); ` +
      `${a.bytesPerRequest} bytes through each load balancer per request; ${a.newConnectionsPerRequest} new backend connection(s) per request (no reuse, an upper bound); ` +
      `${a.ruleEvaluationsPerRequest} ALB rule evaluation(s) per request; ${a.fargateTasksPerService} always-on Fargate tasks of ${a.fargateTaskVcpu} vCPU / ${a.fargateTaskMemoryGb} GB per service; ` +
      'the $/M column uses first-tier API Gateway prices, the monthly figure walks the volume tiers; data transfer and NAT data processing not included.',
  ];
  if (advice.unconfirmedPrices.length > 0) {
    out.push(
      'Unconfirmed prices used above (not confirmed from an AWS-published source; check the page before relying on them):',
    );
    for (const p of advice.unconfirmedPrices) {
      out.push(`  * ${p.what}: $${p.usd} per ${p.unit} (${PRICES[p.key].source}): ${p.evidence}`);
    }
  }
  return out;
}
