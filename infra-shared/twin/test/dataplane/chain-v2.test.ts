import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApiGateway } from '../../src/dataplane/gateway/types.js';
import { createAlb } from '../../src/dataplane/lb/alb.js';
import type { AlbRuleConfig, RunningAlb } from '../../src/dataplane/lb/types.js';
import { type Backend, restOrdersProxy, send, startBackend } from './helpers.js';

/** Option 5's path: REST API (stage v1) -> VPC link V2 -> ALB -> container, with and without the stage rule. */
describe('REST gateway > VPC link V2 > ALB > service: the stage in the path', () => {
  let orders: Backend;
  const close: (() => unknown)[] = [];
  const stripStage: AlbRuleConfig = {
    priority: 10,
    conditions: [{ field: 'path-pattern', values: ['/v1/*'] }],
    action: { type: 'forward', targetGroups: [{ name: 'orders' }] },
    urlRewrites: [{ regex: '^/v1/(.*)$', replace: '/$1' }],
  };

  async function gatewayToAlb(rules: readonly AlbRuleConfig[]): Promise<RunningApiGateway> {
    const alb: RunningAlb = await createAlb({
      name: 'orders-alb',
      listeners: [{ rules, defaultAction: { type: 'forward', targetGroups: [{ name: 'orders' }] } }],
      targetGroups: [
        { name: 'orders', targetType: 'ip', targets: [{ host: '127.0.0.1', port: orders.port }] },
      ],
    });
    const proxy = await restOrdersProxy({
      version: 'v2',
      uri: 'http://internal-orders.elb.amazonaws.com:8083/orders/{proxy}',
      port: alb.listeners[0]?.port as number,
      hops: ['vpclink:v2'],
    });
    close.push(
      () => proxy.close(),
      () => alb.close(),
    );
    return proxy.gateway;
  }

  beforeAll(async () => {
    orders = await startBackend('orders');
  });
  afterAll(async () => {
    for (const c of close) await c();
    await orders.close();
  });

  it('the ALB receives /v1/orders/...; its url-rewrite rule hands the service /orders/...', async () => {
    const gw = await gatewayToAlb([stripStage]);
    const reply = await send(gw.port, '/v1/orders/o-1?expand=items');
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ service: 'orders', url: '/orders/o-1?expand=items' });
    expect(reply.headers['x-pik-trace']).toBe(`gateway:rest > vpclink:v2 > alb > ip:${orders.port}`);
  });

  it('without the rule the service gets the stage in front of its path', async () => {
    const gw = await gatewayToAlb([]);
    const reply = await send(gw.port, '/v1/orders/o-1');
    expect(JSON.parse(reply.body)).toMatchObject({ url: '/v1/orders/o-1' });
  });
});
