import { TargetGroupHealth } from './target-health.js';
import type { AlbActionConfig, AlbConfig, TargetConfig, TargetGroupConfig } from './types.js';

/** One target group of an ALB at run time: its health checks and its round-robin position. */
export interface AlbTargetGroup {
  readonly config: TargetGroupConfig;
  readonly health: TargetGroupHealth;
  /** The ARN Lambda targets see in their event (`requestContext.elb.targetGroupArn`). */
  readonly arn: string;
  next: number;
}

/**
 * Target selection of one ALB: the target groups it forwards to, a weighted choice among an action's
 * groups, then round robin over the chosen group's routable targets. Every forward action is checked at
 * start, so an unknown group or a Lambda group without an invoker fails the stand-up, not a request.
 */
export class AlbTargets {
  private readonly groups = new Map<string, AlbTargetGroup>();

  constructor(
    private readonly config: AlbConfig,
    canInvoke: boolean,
  ) {
    for (const tg of config.targetGroups) {
      if (tg.targetType === 'lambda' && !canInvoke) {
        throw new Error(
          `ALB ${config.name}: target group ${tg.name} is of type lambda but no invoke was given`,
        );
      }
      this.groups.set(tg.name, {
        config: tg,
        health: new TargetGroupHealth(tg, '200'),
        arn: `arn:aws:elasticloadbalancing:us-east-1:000000000000:targetgroup/${tg.name}/twin`,
        next: 0,
      });
    }
    for (const l of config.listeners) {
      for (const a of [l.defaultAction, ...(l.rules ?? []).map((r) => r.action)]) {
        if (a.type === 'forward') for (const t of a.targetGroups) this.group(t.name);
      }
    }
  }

  get all(): readonly AlbTargetGroup[] {
    return [...this.groups.values()];
  }

  /** The group `name`, or undefined. */
  find(name: string): AlbTargetGroup | undefined {
    return this.groups.get(name);
  }

  /** The group `name`; throws for a group the ALB does not have. */
  group(name: string): AlbTargetGroup {
    const g = this.groups.get(name);
    if (!g) throw new Error(`ALB ${this.config.name}: action forwards to unknown target group '${name}'`);
    return g;
  }

  /** One of a forward action's groups, drawn by weight (default 1 each). */
  chooseGroup(action: Extract<AlbActionConfig, { type: 'forward' }>): AlbTargetGroup {
    const tgs = action.targetGroups;
    if (tgs.length === 1) return this.group((tgs[0] as { name: string }).name);
    const total = tgs.reduce((sum, t) => sum + (t.weight ?? 1), 0);
    let r = Math.random() * total;
    for (const t of tgs) {
      r -= t.weight ?? 1;
      if (r < 0) return this.group(t.name);
    }
    return this.group((tgs[tgs.length - 1] as { name: string }).name);
  }

  /** The next routable target of `group` (round robin), or undefined when it has none (ALB answers 503). */
  pickTarget(group: AlbTargetGroup): TargetConfig | undefined {
    const targets = group.health.routable();
    if (targets.length === 0) return undefined;
    group.next = (group.next + 1) % 1_000_000_007;
    return targets[group.next % targets.length];
  }
}
