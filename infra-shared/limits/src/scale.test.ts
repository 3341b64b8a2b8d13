import { describe, expect, it } from 'vitest';
import { effectiveQuota, QUOTAS } from './quotas.js';
import { quotaUsage, scaleViolations } from './scale.js';

describe('quota table', () => {
  it('cites a documentation page for every quota', () => {
    for (const [key, quota] of Object.entries(QUOTAS)) {
      expect(quota.source, key).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
      expect(quota.value, key).toBeGreaterThan(0);
    }
  });

  it('ignores overrides of quotas that cannot be raised', () => {
    expect(effectiveQuota('nlbListenersPerLoadBalancer', { restVpcLinksPerRegion: 40 })).toBe(50);
    expect(effectiveQuota('restVpcLinksPerRegion', { restVpcLinksPerRegion: 40 })).toBe(40);
  });
});

describe('scale violations', () => {
  it('stops option 3 at 50 services: the NLB listener quota is fixed', () => {
    expect(scaleViolations('rest-vpclink-shared-nlb', { services: 50 })).toEqual([]);
    const [v, ...rest] = scaleViolations('rest-vpclink-shared-nlb', { services: 51 });
    expect(rest).toEqual([]);
    expect(v?.quota).toBe('nlbListenersPerLoadBalancer');
    expect(v?.message).toContain('Listeners per Network Load Balancer');
    expect(v?.message).toContain('not adjustable');
    expect(v?.message).toContain('rest-vpclinkv2-alb');
  });

  it('stops option 2 at 20 services unless the VPC link quota was raised', () => {
    expect(scaleViolations('rest-vpclink-per-nlb', { services: 20 })).toEqual([]);
    const quotas = scaleViolations('rest-vpclink-per-nlb', { services: 21 }).map((v) => v.quota);
    expect(quotas).toEqual(['restVpcLinksPerRegion']);
    expect(
      scaleViolations('rest-vpclink-per-nlb', {
        services: 21,
        quotaOverrides: { restVpcLinksPerRegion: 25 },
      }),
    ).toEqual([]);
  });

  it('stops option 4 at 10 ALBs per NLB, 5 with cross-zone load balancing', () => {
    expect(scaleViolations('rest-vpclink-nlb-to-alb', { services: 10 })).toEqual([]);
    expect(scaleViolations('rest-vpclink-nlb-to-alb', { services: 11 }).map((v) => v.quota)).toEqual([
      'nlbTargetsPerAzPerLoadBalancer',
    ]);
    expect(scaleViolations('rest-vpclink-nlb-to-alb', { services: 6, nlbCrossZone: true })).toHaveLength(1);
  });

  it('counts two routes per service on HTTP APIs', () => {
    const routes = quotaUsage('http-lambda-baseline', { services: 151 }).find(
      (u) => u.quota === 'httpApiRoutesPerApi',
    );
    expect(routes?.used).toBe(302);
    expect(scaleViolations('http-lambda-baseline', { services: 150 })).toEqual([]);
  });

  it('option 7 uses one interface endpoint and one private custom domain, whatever the services', () => {
    const uses = quotaUsage('private-rest-api-alb', { services: 40 });
    expect(uses.find((u) => u.quota === 'interfaceEndpointsPerVpc')?.used).toBe(1);
    expect(uses.find((u) => u.quota === 'privateCustomDomainsPerRegion')?.used).toBe(1);
    expect(uses.find((u) => u.quota === 'albsPerRegion')?.used).toBe(1);
    // Three REST resources per service: 100 services fill the 300 of one API exactly.
    expect(scaleViolations('private-rest-api-alb', { services: 100 })).toEqual([]);
    const none = { quotaOverrides: { privateCustomDomainsPerRegion: 0 } };
    expect(scaleViolations('private-rest-api-alb', { services: 1, ...none }).map((v) => v.quota)).toEqual([
      'privateCustomDomainsPerRegion',
    ]);
  });
});
