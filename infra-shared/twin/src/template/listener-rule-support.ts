/**
 * ALB listener rules whose conditions the twin cannot evaluate (`source-ip`, anything not in
 * `EMULATED_CONDITIONS`). Such a rule is left out of its listener, so it never matches: a request it would
 * have taken falls through to the next rule by priority, or the listener's default action. Each one is
 * listed at start-up with its logical id, so the difference is never silent. So is a rule transform the twin
 * does not apply (`host-header-rewrite`): the rule still runs, without it.
 */
import { EMULATED_CONDITIONS } from '../dataplane/lb/alb-rules.js';
import type { ListenerRuleSpec, LoadBalancerSpec, NotEmulated } from './topology.js';

const RULE = 'AWS::ElasticLoadBalancingV2::ListenerRule';

function missingConditions(rule: ListenerRuleSpec): string[] {
  return rule.conditions.map((c) => c.field).filter((field) => !EMULATED_CONDITIONS.has(field));
}

/** The load balancers without the rules the twin cannot evaluate, and those rules as start-up lines. */
export function withoutUnevaluableRules(loadBalancers: readonly LoadBalancerSpec[]): {
  readonly loadBalancers: LoadBalancerSpec[];
  readonly notEmulated: NotEmulated[];
} {
  const notEmulated: NotEmulated[] = [];
  const kept = loadBalancers.map((lb) => ({
    ...lb,
    listeners: lb.listeners.map((listener) => ({
      ...listener,
      rules: listener.rules.filter((rule) => {
        const transforms = rule.unappliedTransforms ?? [];
        if (transforms.length > 0 && lb.kind === 'application') {
          notEmulated.push({
            logicalId: rule.id,
            type: RULE,
            reason:
              `${rule.id} (priority ${rule.priority} on ${listener.id}): transform ${transforms.join(', ')} is not ` +
              'applied; the rule matches and forwards without it',
          });
        }
        const missing = missingConditions(rule);
        if (missing.length === 0 || lb.kind !== 'application') return true;
        notEmulated.push({
          logicalId: rule.id,
          type: RULE,
          reason:
            `${rule.id} (priority ${rule.priority} on ${listener.id}): condition ${missing.join(', ')} is not ` +
            'evaluated; the rule never matches (requests go to the next rule or the default action)',
        });
        return false;
      }),
    })),
  }));
  return { loadBalancers: kept, notEmulated };
}
