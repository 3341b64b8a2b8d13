import type { TargetPattern } from '@pik/contracts';

/** A targets-file pattern for unit tests that never open a connection. */
export function targetPattern(overrides: Partial<TargetPattern> = {}): TargetPattern {
  return {
    id: 'rest-vpclink-shared-nlb',
    title: 'REST API, one VPC link to a shared NLB',
    api: 'rest',
    baseUrl: 'http://127.0.0.1:9/prod/',
    stage: 'prod',
    auth: [],
    services: [
      { name: 'catalog', path: '/catalog', compute: 'lambda' },
      { name: 'orders', path: '/orders', compute: 'fargate' },
    ],
    throttle: { rateLimit: 100, burstLimit: 50 },
    ...overrides,
  };
}
