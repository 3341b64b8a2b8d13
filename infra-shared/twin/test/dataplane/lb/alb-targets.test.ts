import { IncomingMessage } from 'node:http';
import { Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { listenerRules } from '../../../src/dataplane/lb/alb-rules.js';
import { AlbTargets } from '../../../src/dataplane/lb/alb-targets.js';
import type { AlbConfig, TargetGroupConfig } from '../../../src/dataplane/lb/types.js';

const ip = (name: string, ports: number[]): TargetGroupConfig => ({
  name,
  targetType: 'ip',
  targets: ports.map((port) => ({ host: '127.0.0.1', port })),
});

function alb(groups: TargetGroupConfig[], forwardTo: { name: string; weight?: number }[]): AlbConfig {
  return {
    name: 'alb1',
    listeners: [{ defaultAction: { type: 'forward', targetGroups: forwardTo } }],
    targetGroups: groups,
  };
}

describe('ALB target selection', () => {
  it('round robin over the routable targets of a group', () => {
    const targets = new AlbTargets(alb([ip('a', [1, 2, 3])], [{ name: 'a' }]), false);
    const group = targets.group('a');
    const ports = Array.from({ length: 6 }, () => targets.pickTarget(group)?.port);
    expect(new Set(ports.slice(0, 3))).toEqual(new Set([1, 2, 3]));
    expect(ports.slice(3)).toEqual(ports.slice(0, 3));
  });

  it('no target in the group: nothing to pick (the ALB answers 503)', () => {
    const targets = new AlbTargets(alb([ip('empty', [])], [{ name: 'empty' }]), false);
    expect(targets.pickTarget(targets.group('empty'))).toBeUndefined();
  });

  it('weighted forward: groups chosen in proportion to their weights', () => {
    const config = alb(
      [ip('heavy', [1]), ip('light', [2])],
      [
        { name: 'heavy', weight: 3 },
        { name: 'light', weight: 1 },
      ],
    );
    const targets = new AlbTargets(config, false);
    const action = config.listeners[0]?.defaultAction;
    if (action?.type !== 'forward') throw new Error('forward action expected');
    let heavy = 0;
    for (let i = 0; i < 4000; i++) if (targets.chooseGroup(action).config.name === 'heavy') heavy++;
    expect(heavy / 4000).toBeGreaterThan(0.7);
    expect(heavy / 4000).toBeLessThan(0.8);
  });

  it('fails at start on an action naming an unknown group, or a Lambda group without an invoker', () => {
    expect(() => new AlbTargets(alb([ip('a', [1])], [{ name: 'b' }]), false)).toThrow(
      /unknown target group 'b'/,
    );
    const lambda: TargetGroupConfig = { name: 'fn', targetType: 'lambda', targets: [{ functionId: 'f' }] };
    expect(() => new AlbTargets(alb([lambda], [{ name: 'fn' }]), false)).toThrow(/no invoke was given/);
    expect(new AlbTargets(alb([lambda], [{ name: 'fn' }]), true).group('fn').arn).toBe(
      'arn:aws:elasticloadbalancing:us-east-1:000000000000:targetgroup/fn/twin',
    );
  });
});

describe('listener rules', () => {
  const fixed = (statusCode: number) => ({ type: 'fixed-response', statusCode }) as const;
  const rules = listenerRules({
    defaultAction: fixed(404),
    rules: [
      { priority: 20, conditions: [{ field: 'path-pattern', values: ['/orders*'] }], action: fixed(202) },
      {
        priority: 10,
        conditions: [
          { field: 'path-pattern', values: ['/orders/*'] },
          { field: 'http-request-method', values: ['POST'] },
        ],
        action: fixed(201),
      },
    ],
  });
  const req = (method: string) => {
    const r = new IncomingMessage(new Socket());
    r.method = method;
    return r;
  };

  it('the first rule by priority whose conditions all hold decides, else the default action', () => {
    expect(rules.actionFor(req('POST'), '/orders/1', '')).toEqual(fixed(201));
    expect(rules.actionFor(req('GET'), '/orders/1', '')).toEqual(fixed(202));
    expect(rules.actionFor(req('GET'), '/users', '')).toEqual(fixed(404));
  });
});
