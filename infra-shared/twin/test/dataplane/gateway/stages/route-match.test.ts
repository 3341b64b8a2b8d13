import { describe, expect, it } from 'vitest';
import { RouteTable } from '../../../../src/dataplane/gateway/route-table.js';
import { routeMatchStage } from '../../../../src/dataplane/gateway/stages/route-match.js';
import type { IntegrationConfig } from '../../../../src/dataplane/gateway/types.js';
import { requestContext } from '../request-context.js';

const integration: IntegrationConfig = { id: 'orders', type: 'HTTP_PROXY' };
const rest = routeMatchStage(
  new RouteTable('rest', [
    { routeKey: 'ANY /orders/{proxy+}', integration },
    { routeKey: 'GET /', integration },
  ]),
  '/prod',
);

describe('route match stage', () => {
  it('strips the stage prefix and hands the route and path parameters on', () => {
    const { context } = requestContext({ url: '/prod/orders/42/items?x=1' });
    expect(rest.run(context)).toBeUndefined();
    expect(context.path).toBe('/orders/42/items');
    expect(context.rawPath).toBe('/prod/orders/42/items');
    expect(context.rawQueryString).toBe('x=1');
    expect(context.route?.routeKey).toBe('ANY /orders/{proxy+}');
    expect(context.pathParameters).toEqual({ proxy: '42/items' });
  });

  it('reads the bare stage as the root resource', () => {
    const { context } = requestContext({ url: '/prod' });
    expect(rest.run(context)).toBeUndefined();
    expect(context.path).toBe('/');
    expect(context.route?.routeKey).toBe('GET /');
  });

  it('refuses a path outside the stage, even one that starts with its name', () => {
    for (const url of ['/production/orders/1', '/dev/orders/1', '/']) {
      const { context } = requestContext({ url });
      expect(rest.run(context)?.error).toBe('wrongStage');
      expect(context.route).toBeUndefined();
    }
  });

  it('refuses a path or method no route has', () => {
    const { context } = requestContext({ url: '/prod/users/1' });
    expect(rest.run(context)?.error).toBe('noRoute');
    const post = requestContext({ method: 'POST', url: '/prod' }).context;
    expect(rest.run(post)?.error).toBe('noRoute');
  });

  it('HTTP API $default stage: no prefix, unmatched paths go to the $default route', () => {
    const http = routeMatchStage(
      new RouteTable('http', [
        { routeKey: 'GET /orders/{id}', integration },
        { routeKey: '$default', integration },
      ]),
      '',
    );
    const { context } = requestContext({ url: '/orders/7' });
    expect(http.run(context)).toBeUndefined();
    expect(context.pathParameters).toEqual({ id: '7' });
    const other = requestContext({ url: '/anything/else' }).context;
    expect(http.run(other)).toBeUndefined();
    expect(other.route?.routeKey).toBe('$default');
  });
});
