/** Contracts of the load balancers (NLB, ALB), their target groups and health checks. */
import type { Clock } from '../clock.js';
import type { InvokeLambda } from '../lambda-invoke.js';

/** The User-Agent ELB health checks send (ALB and NLB alike). */
export const ELB_HEALTH_CHECK_USER_AGENT = 'ELB-HealthChecker/2.0';

// ---------------------------------------------------------------------------------------------------------
// Load balancers: target groups and health checks
// ---------------------------------------------------------------------------------------------------------

export interface HealthCheckConfig {
  /** @default true (lambda target groups: false) */
  readonly enabled?: boolean;
  readonly protocol: 'TCP' | 'HTTP';
  /** Port probed; absent = the target's traffic port. */
  readonly port?: number;
  /** HTTP path. @default '/' */
  readonly path?: string;
  /** Time between checks of one target (the topology converts the template's seconds, may scale them). */
  readonly intervalMs: number;
  /** A check not answered in time fails. @default min(intervalMs, 5000) */
  readonly timeoutMs?: number;
  /** Consecutive successes to turn healthy. */
  readonly healthyThresholdCount: number;
  /** Consecutive failures to turn unhealthy. */
  readonly unhealthyThresholdCount: number;
  /** HTTP codes counted healthy: '200', '200-299', '200,204'. @default '200' (ALB) / '200-399' (NLB) */
  readonly matcher?: string;
}

export interface TargetConfig {
  /** ip / instance / alb targets. */
  readonly host?: string;
  readonly port?: number;
  /** lambda targets: the function id the runtime knows. */
  readonly functionId?: string;
  /** Trace segment this target adds (ALB targets), e.g. `container:orders#1`, `lambda:orders`. */
  readonly traceSegment?: string;
}

export interface TargetGroupConfig {
  readonly name: string;
  readonly targetType: 'ip' | 'instance' | 'alb' | 'lambda';
  readonly targets: readonly TargetConfig[];
  readonly healthCheck?: HealthCheckConfig;
  /** Lambda target groups: `lambda.multi_value_headers.enabled`. @default false */
  readonly multiValueHeaders?: boolean;
  /**
   * When every registered target is unhealthy, AWS load balancers "fail open" and route to all of them.
   * 'reject' answers 503 (ALB) / refuses the connection (NLB) instead. @default 'fail-open'
   */
  readonly whenAllUnhealthy?: 'fail-open' | 'reject';
}

export type TargetHealthState = 'initial' | 'healthy' | 'unhealthy' | 'unused';

export interface TargetHealth {
  readonly target: TargetConfig;
  readonly state: TargetHealthState;
}

// NLB ------------------------------------------------------------------------------------------------------

export interface NlbListenerConfig {
  /** Port to listen on. @default 0 */
  readonly port?: number;
  /** The port the template declares (for names/traces when the local port differs). */
  readonly templatePort?: number;
  readonly targetGroup: TargetGroupConfig;
}

export interface NlbConfig {
  readonly name: string;
  /** @default '127.0.0.1' */
  readonly host?: string;
  readonly listeners: readonly NlbListenerConfig[];
  /** Target selection per new connection. @default 'round-robin' */
  readonly algorithm?: 'round-robin' | 'flow-hash';
}

export interface RunningNlb {
  /** One entry per configured listener, same order: the bound local port. */
  readonly listeners: readonly {
    readonly port: number;
    readonly templatePort?: number;
    readonly targetGroup: string;
  }[];
  health(targetGroupName: string): readonly TargetHealth[];
  /**
   * Resolves once no target is still `initial`, i.e. each passed `healthyThresholdCount` or failed
   * `unhealthyThresholdCount` consecutive checks (at once for groups without health checks).
   */
  ready(): Promise<void>;
  close(): Promise<void>;
}

// ALB ------------------------------------------------------------------------------------------------------

export type AlbConditionConfig =
  | { readonly field: 'path-pattern'; readonly values: readonly string[] }
  | { readonly field: 'host-header'; readonly values: readonly string[] }
  | { readonly field: 'http-request-method'; readonly values: readonly string[] }
  | { readonly field: 'http-header'; readonly headerName: string; readonly values: readonly string[] }
  | {
      readonly field: 'query-string';
      readonly values: readonly { readonly key?: string; readonly value: string }[];
    };

export type AlbActionConfig =
  | {
      readonly type: 'forward';
      readonly targetGroups: readonly { readonly name: string; readonly weight?: number }[];
    }
  | {
      readonly type: 'fixed-response';
      readonly statusCode: number;
      readonly contentType?: string;
      readonly messageBody?: string;
    };

/** One rewrite of a listener rule's `url-rewrite` transform (`UrlRewriteConfig.Rewrites`). */
export interface AlbUrlRewrite {
  readonly regex: string;
  readonly replace: string;
}

export interface AlbRuleConfig {
  /** Lower number = evaluated first. */
  readonly priority: number;
  /** All conditions must match (values within one condition are OR-ed). */
  readonly conditions: readonly AlbConditionConfig[];
  readonly action: AlbActionConfig;
  /** Applied to the request's path after the rule is chosen, before the action. */
  readonly urlRewrites?: readonly AlbUrlRewrite[];
}

export interface AlbListenerConfig {
  /** @default 0 */
  readonly port?: number;
  readonly templatePort?: number;
  readonly rules?: readonly AlbRuleConfig[];
  readonly defaultAction: AlbActionConfig;
}

export interface AlbConfig {
  readonly name: string;
  /** @default '127.0.0.1' */
  readonly host?: string;
  readonly listeners: readonly AlbListenerConfig[];
  readonly targetGroups: readonly TargetGroupConfig[];
  /** Trace segment. @default 'alb' */
  readonly traceSegment?: string;
  /** Time the ALB waits for a target's answer before 504. @default 60000 (ALB idle timeout) */
  readonly targetTimeoutMs?: number;
}

export interface AlbDeps {
  /** Required when a target group is of type lambda. */
  readonly invoke?: InvokeLambda;
  readonly clock?: Clock;
}

export interface RunningAlb {
  readonly listeners: readonly { readonly port: number; readonly templatePort?: number }[];
  health(targetGroupName: string): readonly TargetHealth[];
  /** As {@link RunningNlb.ready}. */
  ready(): Promise<void>;
  close(): Promise<void>;
}
