/**
 * How a custom domain picks an API, without sockets: the routing rules' header globs (the table of
 * rest-api-routing-rules.html), rule order, base path stripping, and the longest-mapping rule of
 * http-api-mappings.html / rest-api-mappings.html.
 */
import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import {
  type CustomDomainConfig,
  globMatches,
  resolveDomainRequest,
} from '../../src/dataplane/gateway/custom-domain.js';

const req = (url: string, headers: Record<string, string> = {}) =>
  ({ url, headers }) as unknown as IncomingMessage;
const api = (port: number, stagePath = 'prod') => ({ port, stagePath });

describe('routing rule header globs', () => {
  it('match the whole value with * as prefix, suffix or infix wildcard, case-sensitively', () => {
    expect(globMatches('a*', 'alpha')).toBe(true);
    expect(globMatches('a*', 'beta')).toBe(false);
    expect(globMatches('*a', 'beta')).toBe(true);
    expect(globMatches('*ph*', 'alpha')).toBe(true);
    expect(globMatches('*ph*', 'beta')).toBe(false);
    expect(globMatches('World', 'World')).toBe(true);
    expect(globMatches('World', 'world')).toBe(false);
    expect(globMatches('World', 'World2')).toBe(false);
  });
});

describe('resolveDomainRequest', () => {
  // The five mappings of http-api-mappings.html's example, each to its own gateway port.
  const mappings: CustomDomainConfig['mappings'] = [
    { basePath: '', target: api(1) },
    { basePath: 'orders', target: api(2) },
    { basePath: 'orders/v1/items', target: api(3) },
    { basePath: 'orders/v2/items', target: api(4) },
    { basePath: 'orders/v2/items/categories', target: api(5) },
  ];
  const domain: CustomDomainConfig = { domainName: 'api.example.com', rules: [], mappings };

  it('sends each request to the longest matching mapping, base path removed, stage first', () => {
    const cases: [string, number, string][] = [
      ['/orders', 2, '/prod/'],
      ['/orders/v1/items', 3, '/prod/'],
      ['/orders/v1/items/123', 3, '/prod/123'],
      ['/orders/v2/items/categories/5?x=1', 5, '/prod/5?x=1'],
      ['/customers', 1, '/prod/customers'],
      ['/ordersx', 1, '/prod/ordersx'],
    ];
    for (const [url, port, path] of cases) {
      expect(resolveDomainRequest(domain, req(url)), url).toEqual({ port, path });
    }
  });

  it('answers nothing (403) without a root mapping when no base path matches', () => {
    expect(
      resolveDomainRequest({ ...domain, mappings: mappings.slice(1) }, req('/customers')),
    ).toBeUndefined();
  });

  it('tries rules in their order before mappings: all headers must match, any base path, optional strip', () => {
    const rules: CustomDomainConfig['rules'] = [
      {
        priority: 1,
        headers: [{ name: 'X-Version', valueGlob: 'v2*' }],
        basePaths: [],
        stripBasePath: false,
        target: api(20),
      },
      { priority: 2, headers: [], basePaths: ['legacy', 'old'], stripBasePath: true, target: api(30) },
      {
        priority: 3,
        headers: [
          { name: 'a', valueGlob: '1' },
          { name: 'b', valueGlob: '2' },
        ],
        basePaths: ['both'],
        stripBasePath: false,
        target: api(40),
      },
    ];
    const withRules = { ...domain, rules };
    expect(resolveDomainRequest(withRules, req('/orders', { 'x-version': 'v2-beta' }))).toEqual({
      port: 20,
      path: '/prod/orders',
    });
    expect(resolveDomainRequest(withRules, req('/old/items'))).toEqual({ port: 30, path: '/prod/items' });
    expect(resolveDomainRequest(withRules, req('/both/x', { a: '1', b: '2' }))).toEqual({
      port: 40,
      path: '/prod/both/x',
    });
    expect(resolveDomainRequest(withRules, req('/both/x', { a: '1' }))).toEqual({
      port: 1,
      path: '/prod/both/x',
    });
  });

  it('keeps the path as the stage segment for a mapping without a stage and an HTTP $default stage', () => {
    const noStage = { domainName: 'd', rules: [], mappings: [{ basePath: 'api', target: api(7, '') }] };
    expect(resolveDomainRequest(noStage, req('/api/beta/items'))).toEqual({ port: 7, path: '/beta/items' });
  });
});
