import { describe, expect, it } from 'vitest';
import { resolveServiceSpecs } from './service-specs.js';
import { validateThrottle } from './throttle.js';

describe('service selection', () => {
  it('deploys the four catalogue services on their catalogue ports by default', () => {
    const specs = resolveServiceSpecs({}, 'lambda');
    expect(specs.map((s) => [s.name, s.port, s.compute])).toEqual([
      ['catalog', 8081, 'lambda'],
      ['customers', 8082, 'lambda'],
      ['orders', 8083, 'lambda'],
      ['inventory', 8084, 'lambda'],
    ]);
  });

  it('adds generated services on distinct ports running the catalog bundle, with per-service compute', () => {
    const specs = resolveServiceSpecs(
      { services: ['orders'], syntheticServices: 2, computeByService: { syn002: 'fargate' } },
      'lambda',
    );
    expect(specs.map((s) => [s.name, s.basePath, s.port, s.bundle, s.compute])).toEqual([
      ['orders', '/orders', 8083, 'orders', 'lambda'],
      ['syn001', '/syn001', 9001, 'catalog', 'lambda'],
      ['syn002', '/syn002', 9002, 'catalog', 'fargate'],
    ]);
  });

  it('rejects unknown names, duplicates and impossible counts', () => {
    expect(() => resolveServiceSpecs({ services: ['orders', 'orders'] }, 'lambda')).toThrow(/twice/);
    expect(() => resolveServiceSpecs({ syntheticServices: -1 }, 'lambda')).toThrow(/syntheticServices/);
    expect(() => resolveServiceSpecs({ services: [], syntheticServices: 0 }, 'lambda')).toThrow(
      /at least one/,
    );
    expect(() => resolveServiceSpecs({ computeByService: { billing: 'lambda' } }, 'lambda')).toThrow(
      /billing/,
    );
  });
});

describe('throttle validation', () => {
  it('rejects a zero rate or burst, which would throttle every request', () => {
    expect(() => validateThrottle('stage', { rateLimit: 0, burstLimit: 10 })).toThrow(/429/);
    expect(() => validateThrottle('stage', { rateLimit: 10, burstLimit: 0 })).toThrow(/429/);
  });

  it('rejects values above the account throttle unless an increase is declared', () => {
    expect(() => validateThrottle('stage', { rateLimit: 20_000, burstLimit: 100 })).toThrow(
      /Account-level throttle rate per Region/,
    );
    expect(() =>
      validateThrottle('stage', { rateLimit: 20_000, burstLimit: 100 }, { accountThrottleRate: 25_000 }),
    ).not.toThrow();
  });
});
