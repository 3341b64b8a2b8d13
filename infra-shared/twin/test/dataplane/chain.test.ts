import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApiGateway } from '../../src/dataplane/gateway/types.js';
import { createAlb } from '../../src/dataplane/lb/alb.js';
import type { RunningAlb, RunningNlb } from '../../src/dataplane/lb/types.js';
import { type Backend, createNlbToAlb, restOrdersProxy, send, startBackend } from './helpers.js';

/** Option 4's path: REST API -> VPC link V1 -> NLB (TCP, target type alb) -> ALB -> container. */
describe('gateway > VPC link > NLB > ALB > service', () => {
  let orders: Backend;
  let alb: RunningAlb;
  let nlb: RunningNlb;
  let gw: RunningApiGateway;
  const close: (() => unknown)[] = [];

  beforeAll(async () => {
    orders = await startBackend('orders');
    alb = await createAlb({
      name: 'orders-alb',
      listeners: [
        { templatePort: 80, defaultAction: { type: 'forward', targetGroups: [{ name: 'orders' }] } },
      ],
      targetGroups: [
        {
          name: 'orders',
          targetType: 'ip',
          targets: [{ host: '127.0.0.1', port: orders.port, traceSegment: 'container:orders' }],
        },
      ],
    });
    nlb = await createNlbToAlb(alb, { name: 'shared-nlb', healthPath: '/', intervalMs: 100 });
    const proxy = await restOrdersProxy({
      version: 'v1',
      uri: 'http://shared-nlb.internal:8083/orders/{proxy}',
      port: nlb.listeners[0]?.port as number,
      hops: ['vpclink:v1', 'nlb:8083'],
    });
    gw = proxy.gateway;
    close.push(
      () => proxy.close(),
      () => nlb.close(),
      () => alb.close(),
      () => orders.close(),
    );
    await nlb.ready();
  });
  afterAll(async () => {
    for (const c of close) await c();
  });

  it('answers from the service with the full hop trace, seen by the service too', async () => {
    const reply = await send(gw.port, '/v1/orders/o-1?expand=items', { method: 'PUT', body: '{"qty":2}' });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({
      service: 'orders',
      method: 'PUT',
      url: '/orders/o-1?expand=items',
    });
    const chain = 'gateway:rest > vpclink:v1 > nlb:8083 > alb > container:orders';
    expect(reply.headers['x-pik-trace']).toBe(chain);
    expect(orders.last?.headers['x-pik-trace']).toBe(chain);
    expect(orders.last?.body).toBe('{"qty":2}');
    expect(orders.last?.headers['x-forwarded-port']).toBe('80');
  });
});
