import type { AlbActionConfig, AlbConditionConfig, AlbConfig, NlbConfig } from '../../dataplane/lb/types.js';
import { LOOPBACK } from '../../runtime/ports.js';
import type { ListenerAction, LoadBalancerSpec, RuleCondition } from '../../template/topology.js';
import { firstForwardGroup, segment } from '../chain.js';
import { type TargetGroupInputs, targetGroupConfig } from './target-groups.js';

/**
 * An application load balancer's config: every listener on a free local port with its rules and default
 * action, and the target groups its actions forward to.
 */
export function albConfig(lb: LoadBalancerSpec, inputs: TargetGroupInputs): AlbConfig {
  const groupIds = new Set(
    lb.listeners.flatMap((l) =>
      [l.defaultAction, ...l.rules.map((r) => r.action)].flatMap((a) =>
        a.kind === 'forward' ? a.targetGroups.map((g) => g.id) : [],
      ),
    ),
  );
  return {
    name: lb.id,
    host: LOOPBACK,
    traceSegment: segment.alb(),
    listeners: lb.listeners.map((l) => ({
      port: 0,
      templatePort: l.port,
      defaultAction: albAction(l.defaultAction),
      rules: l.rules.map((r) => ({
        priority: r.priority,
        conditions: r.conditions.map(albCondition),
        action: albAction(r.action),
        ...(r.urlRewrites?.length ? { urlRewrites: r.urlRewrites } : {}),
      })),
    })),
    targetGroups: [...groupIds].flatMap((id) => {
      const group = inputs.topology.targetGroups.find((g) => g.id === id);
      return group ? [targetGroupConfig(group, inputs)] : [];
    }),
  };
}

/** A network load balancer's config: each listener that forwards, on a free local port, with its group. */
export function nlbConfig(lb: LoadBalancerSpec, inputs: TargetGroupInputs): NlbConfig {
  const listeners = lb.listeners.flatMap((l) => {
    const group = firstForwardGroup(inputs.topology, l.defaultAction);
    return group ? [{ port: 0, templatePort: l.port, targetGroup: targetGroupConfig(group, inputs) }] : [];
  });
  return { name: lb.id, host: LOOPBACK, listeners };
}

function albAction(action: ListenerAction): AlbActionConfig {
  if (action.kind === 'fixed-response') {
    return {
      type: 'fixed-response',
      statusCode: action.statusCode,
      contentType: action.contentType,
      messageBody: action.body,
    };
  }
  return {
    type: 'forward',
    targetGroups: action.targetGroups.map((g) => ({ name: g.id, weight: g.weight })),
  };
}

/** A listener rule condition; throws for a field the twin does not evaluate. */
export function albCondition(c: RuleCondition): AlbConditionConfig {
  switch (c.field) {
    case 'http-header':
      return { field: 'http-header', headerName: c.headerName ?? '', values: c.values };
    case 'query-string':
      return {
        field: 'query-string',
        values: c.values.map((pair) => {
          const [key, value] = pair.split('=', 2);
          return key ? { key, value: value ?? '' } : { value: value ?? '' };
        }),
      };
    case 'host-header':
    case 'http-request-method':
    case 'path-pattern':
      return { field: c.field, values: c.values };
    default:
      throw new Error(`listener rule condition ${c.field} is not supported by the twin`);
  }
}
