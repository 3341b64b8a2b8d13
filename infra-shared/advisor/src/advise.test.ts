import { QUOTAS } from '@pik/limits';
import { describe, expect, it } from 'vitest';
import { type AdviseInput, advise, type OptionAdvice } from './advise.js';
import { PRICES } from './prices.js';

const option = (input: AdviseInput, n: number): OptionAdvice => {
  const found = advise(input).options.find((o) => o.option === n);
  if (!found) throw new Error(`no option ${n}`);
  return found;
};
const quota = (o: OptionAdvice, key: string) => o.quotas.find((q) => q.quota === key);

describe('option 3: one shared NLB, a listener per service', () => {
  it('fits 50 services on one NLB and one VPC link', () => {
    const o = option({ services: 50, api: 'rest' }, 3);
    expect(o.layout).toMatchObject({ nlbs: 1, vpcLinksV1: 1 });
    expect(quota(o, 'nlbListenersPerLoadBalancer')).toMatchObject({
      bitesAt: 51,
      exceeded: false,
      adjustable: false,
    });
    expect(o.status).toBe('fits');
  });

  it('needs a second NLB and VPC link at 51 services, and prices it', () => {
    const at50 = option({ services: 50, api: 'rest', compute: 'fargate' }, 3);
    const at51 = option({ services: 51, api: 'rest', compute: 'fargate' }, 3);
    expect(at51.layout).toMatchObject({ nlbs: 2, vpcLinksV1: 2 });
    expect(quota(at51, 'nlbListenersPerLoadBalancer')).toMatchObject({ exceeded: true, absorbed: true });
    expect(at51.status).toBe('fits');
    const nlbLine = (o: OptionAdvice) => o.fixedHourly.lines.find((l) => l.prices.includes('nlbHour'))?.usd;
    expect((nlbLine(at51) ?? 0) - (nlbLine(at50) ?? 0)).toBeCloseTo(PRICES.nlbHour.usd, 10);
  });
});

describe('option 2: one VPC link V1 per service NLB', () => {
  it('fits 20 services; the REST VPC link quota bites at 21', () => {
    const at20 = option({ services: 20, api: 'rest' }, 2);
    expect(at20.status).toBe('fits');
    expect(quota(at20, 'restVpcLinksPerRegion')).toMatchObject({
      used: 20,
      limit: 20,
      bitesAt: 21,
      exceeded: false,
    });
    const at21 = option({ services: 21, api: 'rest' }, 2);
    expect(at21.status).toBe('fits-with-quota-increase');
    expect(quota(at21, 'restVpcLinksPerRegion')).toMatchObject({
      used: 21,
      exceeded: true,
      absorbed: false,
      adjustable: true,
    });
    expect(at21.layout).toMatchObject({ nlbs: 21, vpcLinksV1: 21 });
  });

  it('takes a granted increase into account', () => {
    const o = option({ services: 21, api: 'rest', quotaOverrides: { restVpcLinksPerRegion: 40 } }, 2);
    expect(o.status).toBe('fits');
    expect(quota(o, 'restVpcLinksPerRegion')).toMatchObject({ limit: 40, bitesAt: 41 });
  });
});

describe('option 4: ALBs registered as NLB targets', () => {
  it('carries 10 ALBs per NLB (each counts 50 targets against 500 per zone), 5 with cross-zone', () => {
    const expected = Math.floor(
      QUOTAS.nlbTargetsPerAzPerLoadBalancer.value / QUOTAS.albTargetWeightOnNlb.value,
    );
    expect(option({ services: 10, api: 'rest' }, 4).layout).toMatchObject({ nlbs: 1, albsPerNlb: expected });
    expect(option({ services: 11, api: 'rest' }, 4).layout).toMatchObject({
      nlbs: 2,
      vpcLinksV1: 2,
      albs: 11,
    });
    const crossZone = option({ services: 11, api: 'rest', nlbCrossZone: true }, 4);
    expect(crossZone.layout).toMatchObject({ albsPerNlb: 5, nlbs: 3 });
  });

  it('runs out of REST VPC links at 201 services (one link per NLB of 10 ALBs)', () => {
    expect(quota(option({ services: 60, api: 'rest' }, 4), 'restVpcLinksPerRegion')?.bitesAt).toBe(201);
  });
});

describe('HTTP API VPC links', () => {
  it('option 1 uses one VPC link V2 however many services, so the 10-link quota never bites on services', () => {
    for (const services of [1, 10, 11, 300]) {
      const o = option({ services, api: 'http' }, 1);
      expect(o.layout.vpcLinksV2).toBe(1);
      expect(quota(o, 'httpVpcLinksPerRegion')).toBeUndefined();
    }
    expect(option({ services: 8, api: 'http', teams: 12 }, 1).teamNotes.join(' ')).toContain(
      'bites at 11 teams',
    );
  });

  it('option 6 needs no VPC link at all', () => {
    expect(option({ services: 8, api: 'http' }, 6).layout).toMatchObject({
      vpcLinksV1: 0,
      vpcLinksV2: 0,
      nlbs: 0,
      albs: 0,
    });
  });
});

describe('routes and resources (300 per API)', () => {
  it('HTTP routes bite at 151 services (two routes each); integrations are fixed at 300', () => {
    expect(option({ services: 150, api: 'http' }, 6).status).toBe('fits');
    const at151 = option({ services: 151, api: 'http' }, 6);
    expect(quota(at151, 'httpApiRoutesPerApi')).toMatchObject({
      used: 302,
      limit: 300,
      exceeded: true,
      bitesAt: 151,
    });
    expect(at151.status).toBe('fits-with-quota-increase');
    const at301 = option({ services: 301, api: 'http' }, 6);
    expect(quota(at301, 'httpApiIntegrationsPerApi')).toMatchObject({ exceeded: true, adjustable: false });
    expect(at301.status).toBe('needs-split');
  });

  it('REST resources (three per service: /svc, /svc/{proxy+}, /svc/export) bite at 101 services', () => {
    expect(option({ services: 100, api: 'rest' }, 3).status).toBe('fits');
    expect(quota(option({ services: 100, api: 'rest' }, 3), 'restResourcesPerApi')).toMatchObject({
      used: 300,
      exceeded: false,
    });
    const o = option({ services: 101, api: 'rest' }, 3);
    expect(quota(o, 'restResourcesPerApi')).toMatchObject({ used: 303, exceeded: true, bitesAt: 101 });
    expect(o.status).toBe('fits-with-quota-increase');
  });
});

describe('exclusions', () => {
  const excluded = (input: AdviseInput) =>
    advise(input)
      .options.filter((o) => o.status === 'excluded')
      .map((o) => o.option);

  it('--api rest excludes the HTTP API options 1 and 6 (and the private API, not asked for)', () => {
    expect(excluded({ services: 5, api: 'rest' })).toEqual([1, 6, 7, 9]);
    expect(option({ services: 5, api: 'rest' }, 1).excludedBecause[0]).toContain('--api rest');
  });

  it('--api http excludes the REST options 2 to 5', () => {
    expect(excluded({ services: 5, api: 'http' })).toEqual([2, 3, 4, 5, 7, 9]);
  });

  it('--compute lambda excludes the NLB-only options 2 and 3', () => {
    expect(excluded({ services: 5, api: 'rest', compute: 'lambda' })).toEqual([1, 2, 3, 6, 7, 9]);
    expect(option({ services: 5, api: 'rest', compute: 'lambda' }, 3).excludedBecause.join()).toContain(
      'NLB cannot target Lambda',
    );
  });

  it('--compute fargate excludes the Lambda baseline', () => {
    expect(excluded({ services: 5, api: 'http', compute: 'fargate' })).toEqual([2, 3, 4, 5, 6, 7, 9]);
  });

  it('--private-api weighs only option 7, which runs on Lambda and never on Fargate', () => {
    expect(excluded({ services: 5, api: 'rest', privateApi: true })).toEqual([1, 2, 3, 4, 5, 6, 9]);
    expect(option({ services: 5, api: 'rest', privateApi: true }, 2).excludedBecause.join()).toContain(
      'public endpoint',
    );
    expect(option({ services: 5, api: 'rest' }, 7).excludedBecause.join()).toContain('--private-api');
    const onFargate = option({ services: 5, api: 'rest', privateApi: true, compute: 'fargate' }, 7);
    expect(onFargate.status).toBe('excluded');
    expect(advise({ services: 5, api: 'rest', privateApi: true }).ranking.map((r) => r.option)).toEqual([7]);
  });

  it('--buffered-writes weighs option 9 on Lambda: API cache, one shard and the edge web ACL per hour; CloudFront, WAF, Kinesis and Firehose per request', () => {
    expect(option({ services: 5, api: 'rest' }, 9).excludedBecause.join()).toContain('--buffered-writes');
    const o = option({ services: 5, api: 'rest', bufferedWrites: true }, 9);
    expect(o.status).not.toBe('excluded');
    expect(o.fixedHourly.lines.map((l) => l.prices.join('+'))).toEqual([
      'apiCacheHalfGbHour',
      'kinesisShardHour',
      'wafWebAclMonth+wafRuleMonth',
    ]);
    expect(o.perMillionRequests.lines.map((l) => l.prices.join('+'))).toEqual([
      'apiGatewayRestPerMillion',
      'cloudfrontHttpsPerMillion',
      'wafPerMillion',
      'kinesisPutUnitsPerMillion',
      'firehosePerGb',
      'lambdaRequestsPerMillion+lambdaGbSecondX86',
    ]);
    const onFargate = option({ services: 5, api: 'rest', bufferedWrites: true, compute: 'fargate' }, 9);
    expect(onFargate.status).toBe('excluded');
  });

  it('option 7 costs one ALB, the endpoint in each AZ and the ALB web ACL per hour; LCUs, endpoint GB and WAF per request', () => {
    const o = option({ services: 5, api: 'rest', privateApi: true }, 7);
    const fixed = o.fixedHourly.lines.map((l) => l.prices.join('+'));
    expect(fixed).toEqual(['albHour', 'interfaceEndpointAzHour', 'wafWebAclMonth+wafRuleMonth']);
    expect(o.fixedHourly.lines[1]?.quantity).toBe(2);
    const perMillion = o.perMillionRequests.lines.map((l) => l.prices.join('+'));
    expect(perMillion).toEqual([
      'apiGatewayRestPerMillion',
      'albLcuHour',
      'interfaceEndpointPerGb',
      'wafPerMillion',
      'lambdaRequestsPerMillion+lambdaGbSecondX86',
    ]);
    // The fixed cost does not grow with the services: they are Lambda functions behind one endpoint.
    const many = option({ services: 50, api: 'rest', privateApi: true }, 7);
    expect(many.fixedHourly.usd).toBeCloseTo(o.fixedHourly.usd, 10);
  });

  it('ranks only usable options', () => {
    expect(advise({ services: 5, api: 'http', compute: 'fargate' }).ranking.map((r) => r.option)).toEqual([
      1,
    ]);
  });
});

describe('request rate', () => {
  it('flags the account throttle above 10,000 rps', () => {
    expect(option({ services: 5, api: 'http', rps: 10_000 }, 6).status).toBe('fits');
    const o = option({ services: 5, api: 'http', rps: 10_001 }, 6);
    expect(quota(o, 'accountThrottleRate')).toMatchObject({ exceeded: true, bitesAt: 10_001 });
    expect(o.status).toBe('fits-with-quota-increase');
  });

  it('turns rate into Lambda concurrency at the assumed duration', () => {
    const o = option({ services: 5, api: 'http', rps: 2000, assumptions: { lambdaDurationMs: 600 } }, 6);
    expect(quota(o, 'lambdaConcurrentExecutions')).toMatchObject({ used: 1200, exceeded: true });
  });
});

describe('ranking', () => {
  it('puts the shared NLB first for 60 REST services: no quota increase and the fewest load balancers', () => {
    const r = advise({ services: 60, api: 'rest' }).ranking;
    expect(r[0]?.option).toBe(3);
    expect(r.map((x) => x.option).sort()).toEqual([2, 3, 4, 5]);
  });

  it('puts the Lambda baseline first for 8 HTTP services on Lambda', () => {
    const r = advise({ services: 8, api: 'http', compute: 'lambda', rps: 2000 }).ranking;
    expect(r.map((x) => x.option)).toEqual([6, 1]);
    expect(r[1]?.reasons.join(' ')).toContain('more than option 6');
  });
});

describe('unconfirmed prices', () => {
  it('lists every unconfirmed price a usable option depends on, and marks those options', () => {
    const advice = advise({ services: 60, api: 'rest' });
    const keys = advice.unconfirmedPrices.map((p) => p.key);
    expect(keys).toContain('nlbHour');
    for (const k of keys) expect(PRICES[k].confirmed).toBe(false);
    expect(option({ services: 60, api: 'rest' }, 3).fixedHourly.unconfirmed).toBe(true);
  });
});

describe('input checks', () => {
  it('names the field', () => {
    expect(() => advise({ services: 0, api: 'rest' })).toThrow(/services/);
    expect(() => advise({ services: 1.5, api: 'rest' })).toThrow(/services/);
    expect(() => advise({ services: 3, api: 'soap' as 'rest' })).toThrow(/api/);
    expect(() => advise({ services: 3, api: 'rest', rps: -1 })).toThrow(/rps/);
    expect(() => advise({ services: 3, api: 'rest', region: 'mars' })).toThrow(/region/);
  });

  it('warns that prices stay us-east-1 for another Region', () => {
    expect(advise({ services: 3, api: 'rest', region: 'eu-west-1' }).warnings.join()).toContain('eu-west-1');
  });
});
