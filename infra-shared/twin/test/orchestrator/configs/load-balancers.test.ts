import { describe, expect, it } from 'vitest';
import { HEALTH_CHECK_FLOORS, healthCheckConfig } from '../../../src/orchestrator/configs/health-check.js';
import { albCondition, albConfig, nlbConfig } from '../../../src/orchestrator/configs/load-balancers.js';
import { type LocalAddresses, listenerKey } from '../../../src/orchestrator/configs/target-groups.js';
import type { PatternTopology } from '../../../src/template/topology.js';
import { fixtureTopology } from '../../fixtures.js';

const topology = fixtureTopology('FixtureRestNlbToAlb');
const lb = (kind: 'application' | 'network') => {
  const found = topology.loadBalancers.find((l) => l.kind === kind);
  if (!found) throw new Error(`fixture has no ${kind} load balancer`);
  return found;
};

function inputs(local: Partial<LocalAddresses> = {}, t: PatternTopology = topology) {
  return {
    topology: t,
    healthCheckScale: 0.1,
    local: { replicaPorts: () => [], listenerPorts: new Map<string, number>(), ...local },
  };
}

describe('ALB config from the template', () => {
  it('listeners keep the template port and rules, on a free local port', () => {
    const config = albConfig(lb('application'), inputs());
    expect(config.name).toBe('Alb16C2F182');
    expect(config.traceSegment).toBe('alb');
    expect(config.listeners).toEqual([
      {
        port: 0,
        templatePort: 80,
        defaultAction: {
          type: 'fixed-response',
          statusCode: 404,
          contentType: 'application/json',
          messageBody: '{"message":"no route"}',
        },
        rules: [
          {
            priority: 5,
            conditions: [{ field: 'path-pattern', values: ['/catalog*'] }],
            action: { type: 'forward', targetGroups: [{ name: 'CatalogTargetGroup5F6A7B8C', weight: 1 }] },
          },
          {
            priority: 10,
            conditions: [{ field: 'path-pattern', values: ['/orders', '/orders/*'] }],
            action: {
              type: 'forward',
              targetGroups: [{ name: 'OrdersLambdaTargetGroupB1C2D3E4', weight: 1 }],
            },
          },
        ],
      },
    ]);
  });

  it('target groups: replicas at their local ports and functions by id, each named by its service', () => {
    const config = albConfig(lb('application'), inputs({ replicaPorts: () => [41001, 41002] }));
    const byName = new Map(config.targetGroups.map((g) => [g.name, g]));
    expect(byName.get('CatalogTargetGroup5F6A7B8C')?.targets).toEqual([
      { host: '127.0.0.1', port: 41001, traceSegment: 'container:catalog' },
      { host: '127.0.0.1', port: 41002, traceSegment: 'container:catalog' },
    ]);
    const lambda = byName.get('OrdersLambdaTargetGroupB1C2D3E4');
    expect(lambda?.targetType).toBe('lambda');
    expect(lambda?.targets).toEqual([{ functionId: 'OrdersFn8A9B0C1D', traceSegment: 'lambda:orders' }]);
    expect(lambda?.multiValueHeaders).toBe(false);
    expect(lambda?.healthCheck?.enabled).toBe(false);
  });
});

describe('NLB config from the template', () => {
  it('an alb-type target group points at the ALB listener once that listener runs', () => {
    const before = nlbConfig(lb('network'), inputs());
    expect(before.listeners[0]?.templatePort).toBe(8083);
    expect(before.listeners[0]?.targetGroup.targetType).toBe('alb');
    expect(before.listeners[0]?.targetGroup.targets).toEqual([]);
    const listenerPorts = new Map([[listenerKey('Alb16C2F182', 80), 42080]]);
    const after = nlbConfig(lb('network'), inputs({ listenerPorts }));
    expect(after.listeners[0]?.targetGroup.targets).toEqual([{ host: '127.0.0.1', port: 42080 }]);
  });
});

describe('listener rule conditions', () => {
  it('query-string pairs split into key and value; a bare value has no key', () => {
    expect(albCondition({ field: 'query-string', values: ['mode=fast', '=v', 'flag'] })).toEqual({
      field: 'query-string',
      values: [{ key: 'mode', value: 'fast' }, { value: 'v' }, { key: 'flag', value: '' }],
    });
  });

  it('a condition the twin does not evaluate fails the stand-up with its name', () => {
    expect(() => albCondition({ field: 'source-ip', values: ['10.0.0.0/8'] })).toThrow(/source-ip/);
  });
});

describe('health-check timing', () => {
  const spec = topology.targetGroups[0]?.healthCheck;

  it("scales the template's interval and timeout", () => {
    if (!spec) throw new Error('fixture has no target group');
    const config = healthCheckConfig({ ...spec, intervalSeconds: 30, timeoutSeconds: 20 }, 0.1);
    expect(config).toMatchObject({ intervalMs: 3000, timeoutMs: 2000 });
  });

  it('never below the floors that keep a busy machine from failing healthy targets', () => {
    if (!spec) throw new Error('fixture has no target group');
    const config = healthCheckConfig(
      { ...spec, intervalSeconds: 5, timeoutSeconds: 2, protocol: 'TCP' },
      0.01,
    );
    expect(config.intervalMs).toBe(HEALTH_CHECK_FLOORS.intervalMs);
    expect(config.timeoutMs).toBe(HEALTH_CHECK_FLOORS.timeoutMs);
    expect(config.protocol).toBe('TCP');
  });
});
