import { describe, expect, it } from 'vitest';
import { RouteTable } from '../../src/dataplane/gateway/route-table.js';
import type { RouteConfig } from '../../src/dataplane/gateway/types.js';

const route = (routeKey: string): RouteConfig => ({
  routeKey,
  integration: { id: routeKey, type: 'HTTP_PROXY' },
});

describe('HTTP API route selection', () => {
  const table = new RouteTable('http', [
    route('ANY /orders/{proxy+}'),
    route('GET /orders/{id}'),
    route('GET /orders/special'),
    route('POST /orders/{id}'),
    route('GET /catalog'),
    route('$default'),
  ]);

  it('prefers literal over variable over greedy', () => {
    expect(table.match('GET', '/orders/special')?.route.routeKey).toBe('GET /orders/special');
    expect(table.match('GET', '/orders/42')?.route.routeKey).toBe('GET /orders/{id}');
    expect(table.match('GET', '/orders/42')?.pathParameters).toEqual({ id: '42' });
    expect(table.match('GET', '/orders/42/items/1')?.route.routeKey).toBe('ANY /orders/{proxy+}');
    expect(table.match('GET', '/orders/42/items/1')?.pathParameters).toEqual({ proxy: '42/items/1' });
  });

  it('matches ANY for methods without an explicit route on the same path', () => {
    expect(table.match('DELETE', '/orders/42')?.route.routeKey).toBe('ANY /orders/{proxy+}');
    expect(table.match('POST', '/orders/42')?.route.routeKey).toBe('POST /orders/{id}');
  });

  it('falls back to $default, and a greedy variable needs at least one segment', () => {
    expect(table.match('GET', '/orders')?.route.routeKey).toBe('$default');
    expect(table.match('PUT', '/catalog')?.route.routeKey).toBe('$default');
    expect(table.match('GET', '/catalog/')?.route.routeKey).toBe('GET /catalog');
  });

  it('without $default an unmatched request has no route', () => {
    const bare = new RouteTable('http', [route('GET /a')]);
    expect(bare.match('GET', '/b')).toBeUndefined();
  });
});

describe('REST resource selection', () => {
  const table = new RouteTable('rest', [
    route('ANY /{proxy+}'),
    route('GET /orders'),
    route('ANY /orders/{proxy+}'),
    route('GET /orders/{id}'),
  ]);

  it('picks the most specific resource, then its method or ANY', () => {
    expect(table.match('GET', '/orders')?.route.routeKey).toBe('GET /orders');
    expect(table.match('GET', '/orders/7')?.route.routeKey).toBe('GET /orders/{id}');
    expect(table.match('PATCH', '/orders/7/x')?.route.routeKey).toBe('ANY /orders/{proxy+}');
    expect(table.match('GET', '/anything/else')?.route.routeKey).toBe('ANY /{proxy+}');
  });

  it('a resource without the method does not fall back to a less specific resource', () => {
    expect(table.match('POST', '/orders')).toBeUndefined();
    expect(table.match('DELETE', '/orders/7')).toBeUndefined();
  });

  it('refuses $default and misplaced greedy variables', () => {
    expect(() => new RouteTable('rest', [route('$default')])).toThrow(/\$default/);
    expect(() => new RouteTable('http', [route('GET /{proxy+}/x')])).toThrow(/greedy/);
  });
});
