import { describe, expect, it } from 'vitest';
import { advise, type OptionAdvice } from './advise.js';
import { DEFAULT_ASSUMPTIONS as A } from './assumptions.js';
import { apiGatewayMonthlyUsd } from './cost.js';
import { CAPACITY_UNITS as CU, HOURS_PER_MONTH, PRICES as P } from './prices.js';

// Every expectation below is recomputed by hand from the price table, not copied from an output.
const get = (o: OptionAdvice[] | readonly OptionAdvice[], n: number) => {
  const found = o.find((x) => x.option === n);
  if (!found) throw new Error(`no option ${n}`);
  return found;
};
const taskHour = A.fargateTaskVcpu * P.fargateVcpuHour.usd + A.fargateTaskMemoryGb * P.fargateGbHour.usd;
const egressHour = Math.min(
  A.interfaceEndpointsForFargate * A.availabilityZones * P.interfaceEndpointAzHour.usd,
  A.availabilityZones * P.natGatewayHour.usd,
);
const nlcuPerMillion = Math.max(
  (1e6 * A.bytesPerRequest) / CU.nlb.bytesPerHour,
  1e6 / (CU.nlb.newTcpConnectionsPerSecond * 3600),
);
const lcuPerMillion = (lambda: boolean) =>
  Math.max(
    (1e6 * A.bytesPerRequest) / (lambda ? CU.alb.bytesPerHourLambdaTargets : CU.alb.bytesPerHourIpTargets),
    1e6 / (CU.alb.newConnectionsPerSecond * 3600),
    1e6 / (CU.alb.ruleEvaluationsPerSecond * 3600),
  );
const lambdaPerMillion = P.lambdaRequestsPerMillion.usd + 1e6 * (512 / 1024) * 0.1 * P.lambdaGbSecondX86.usd;

describe('fixed hourly cost', () => {
  const options = advise({ services: 60, api: 'rest' }).options;

  it('option 3 at 60 services: 2 NLBs, 120 tasks, endpoints', () => {
    expect(get(options, 3).fixedHourly.usd).toBeCloseTo(2 * P.nlbHour.usd + 120 * taskHour + egressHour, 10);
  });

  it('option 2 at 60 services: 60 NLBs (V1 links cost nothing of their own)', () => {
    expect(get(options, 2).fixedHourly.usd).toBeCloseTo(60 * P.nlbHour.usd + 120 * taskHour + egressHour, 10);
  });

  it('option 4 at 60 services: 6 NLBs of 10 ALBs and 60 ALBs', () => {
    expect(get(options, 4).fixedHourly.usd).toBeCloseTo(
      6 * P.nlbHour.usd + 60 * P.albHour.usd + 120 * taskHour + egressHour,
      10,
    );
  });

  it('option 1 on Lambda: only the ALBs', () => {
    const o = get(advise({ services: 8, api: 'http', compute: 'lambda' }).options, 1);
    expect(o.fixedHourly.usd).toBeCloseTo(8 * P.albHour.usd, 10);
  });
});

describe('cost per million requests', () => {
  it('REST through an NLB: gateway plus NLCUs', () => {
    const o = get(advise({ services: 5, api: 'rest' }).options, 3);
    expect(o.perMillionRequests.usd).toBeCloseTo(
      P.apiGatewayRestPerMillion.usd + nlcuPerMillion * P.nlbNlcuHour.usd,
      10,
    );
  });

  it('REST through NLB then ALB pays both capacity units', () => {
    const o = get(advise({ services: 5, api: 'rest' }).options, 4);
    expect(o.perMillionRequests.usd).toBeCloseTo(
      P.apiGatewayRestPerMillion.usd +
        nlcuPerMillion * P.nlbNlcuHour.usd +
        lcuPerMillion(false) * P.albLcuHour.usd,
      10,
    );
  });

  it('HTTP API to Lambda: gateway plus invocations and duration at 512 MB x 100 ms', () => {
    const o = get(advise({ services: 5, api: 'http' }).options, 6);
    expect(o.perMillionRequests.usd).toBeCloseTo(P.apiGatewayHttpPerMillion.usd + lambdaPerMillion, 10);
  });

  it('HTTP API to ALB Lambda targets uses the Lambda-target LCU bytes', () => {
    const o = get(advise({ services: 5, api: 'http', compute: 'lambda' }).options, 1);
    expect(o.perMillionRequests.usd).toBeCloseTo(
      P.apiGatewayHttpPerMillion.usd + lcuPerMillion(true) * P.albLcuHour.usd + lambdaPerMillion,
      10,
    );
  });
});

describe('monthly figure at a request rate', () => {
  it('walks the REST volume tiers', () => {
    expect(apiGatewayMonthlyUsd('rest', 100)).toBeCloseTo(100 * P.apiGatewayRestPerMillion.usd, 10);
    expect(apiGatewayMonthlyUsd('rest', 1500)).toBeCloseTo(
      333 * P.apiGatewayRestPerMillion.usd +
        667 * P.apiGatewayRestPerMillionNext667M.usd +
        500 * P.apiGatewayRestPerMillionNext19B.usd,
      8,
    );
    expect(apiGatewayMonthlyUsd('http', 5256)).toBeCloseTo(
      300 * P.apiGatewayHttpPerMillion.usd + 4956 * P.apiGatewayHttpPerMillionOver300M.usd,
      8,
    );
  });

  it('adds the fixed month, tiered gateway requests and the other per-request lines', () => {
    const o = get(advise({ services: 8, api: 'http', compute: 'lambda', rps: 2000 }).options, 6);
    const millions = (2000 * 3600 * HOURS_PER_MONTH) / 1e6;
    const gateway =
      300 * P.apiGatewayHttpPerMillion.usd + (millions - 300) * P.apiGatewayHttpPerMillionOver300M.usd;
    expect(o.monthlyAtRps).toBeCloseTo(gateway + millions * lambdaPerMillion, 6);
  });
});

describe('optional API cache', () => {
  it('REST options offer it at the 0.5 GB hourly price, flagged unconfirmed; HTTP options have none', () => {
    const options = [
      ...advise({ services: 4, api: 'rest' }).options,
      ...advise({ services: 4, api: 'http' }).options,
    ];
    for (const o of options.filter((x) => x.api === 'rest')) {
      expect(o.apiCache).toMatchObject({ usd: P.apiCacheHalfGbHour.usd, unconfirmed: true });
      // Opt-in: not part of the fixed cost the options are ranked by.
      expect(o.fixedHourly.lines.map((l) => l.what)).not.toContain(o.apiCache?.what);
    }
    for (const o of options.filter((x) => x.api === 'http')) expect(o.apiCache).toBeUndefined();
  });
});
