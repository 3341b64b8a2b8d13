import { describe, expect, it } from 'vitest';
import { chainFor, pathPatternMatches } from '../../src/orchestrator/chain.js';
import { backendPathFor, matchPathTemplate, routeFor } from '../../src/orchestrator/routes.js';
import { chainForPath, servicesOf } from '../../src/orchestrator/targets.js';
import type { PatternTopology } from '../../src/template/topology.js';
import { fixtureTopology } from '../fixtures.js';

describe('route and chain prediction from the template', () => {
  it('matches API Gateway path templates: exact, {param}, greedy {proxy+} needing at least one segment', () => {
    expect(matchPathTemplate('/orders/{id}', '/orders/42')).toEqual({ id: '42' });
    expect(matchPathTemplate('/orders/{proxy+}', '/orders/a/b')).toEqual({ proxy: 'a/b' });
    expect(matchPathTemplate('/orders/{proxy+}', '/orders')).toBeUndefined();
    expect(matchPathTemplate('/orders', '/orders/1')).toBeUndefined();
  });

  it('matches ALB path patterns with * and ? over the whole path', () => {
    expect(pathPatternMatches('/catalog*', '/catalog/items/1')).toBe(true);
    expect(pathPatternMatches('/orders/*', '/orders')).toBe(false);
    expect(pathPatternMatches('/v?/x', '/v1/x')).toBe(true);
    expect(pathPatternMatches('/a.b', '/aXb')).toBe(false);
  });

  it('REST: maps the client path through the integration URI template to the path the NLB and ALB see', () => {
    const t = fixtureTopology('FixtureRestNlbToAlb');
    const match = routeFor(t, 'GET', '/catalog/items/7');
    if (!match) throw new Error('no route for /catalog/items/7');
    expect(match.route.path).toBe('/catalog/{proxy+}');
    expect(backendPathFor(t, match.route, '/catalog/items/7', match.params)).toBe('/catalog/items/7');
    expect(chainForPath(t, 'GET', '/catalog/items/7')?.segments).toEqual([
      'gateway:rest',
      'vpclink:v1',
      'nlb:8083',
      'alb',
      'container:catalog',
    ]);
    expect(routeFor(t, 'GET', '/unknown')).toBeUndefined();
  });

  it('tells the path the target receives when an ALB rule rewrites it (through the NLB too)', () => {
    const t = fixtureTopology('FixtureRestNlbToAlb');
    expect(chainForPath(t, 'GET', '/catalog/items/7')?.targetPath).toBeUndefined();
    const alb = t.loadBalancers.find((lb) => lb.kind === 'application');
    const listener = alb?.listeners[0];
    const catalogRule = listener?.rules.find((r) => JSON.stringify(r.conditions).includes('/catalog'));
    if (!alb || !listener || !catalogRule) throw new Error('no ALB rule for /catalog in the fixture');
    // A rule ahead of it that strips `/catalog` and forwards to the same targets.
    const strip = {
      id: 'StripCatalog',
      priority: 1,
      conditions: [{ field: 'path-pattern', values: ['/catalog/*'] }],
      action: catalogRule.action,
      urlRewrites: [{ regex: '^/catalog/(.*)$', replace: '/$1' }],
    };
    const rewritten = {
      ...t,
      loadBalancers: t.loadBalancers.map((lb) =>
        lb === alb ? { ...lb, listeners: [{ ...listener, rules: [strip, ...listener.rules] }] } : lb,
      ),
    } as PatternTopology;
    const chain = chainForPath(rewritten, 'GET', '/catalog/items/7');
    expect(chain?.targetPath).toBe('/items/7');
    expect(chain?.segments.slice(-2)).toEqual(['alb', 'container:catalog']);
  });

  it('HTTP API: a $default stage adds no prefix; the ALB default action answers unmatched paths', () => {
    const t = fixtureTopology('FixtureHttpAlbs');
    const route = t.api.routes.find((r) => r.path === '/orders/{proxy+}');
    if (!route) throw new Error('route missing');
    expect(backendPathFor(t, route, '/orders/1', { proxy: '1' })).toBe('/orders/1');
    expect(chainFor(t, route, 'GET', '/orders/1').final).toMatchObject({ kind: 'lambda', service: 'orders' });
    expect(routeFor(t, 'POST', '/orders/1')).toBeUndefined();
  });

  it('lists each catalogue service the pattern serves with the compute behind it', () => {
    expect(servicesOf(fixtureTopology('FixtureHttpAlbs')).map((s) => [s.name, s.compute])).toEqual([
      ['orders', 'lambda'],
    ]);
  });
});
