import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import {
  ELB_HEALTH_CHECK_USER_AGENT,
  type HealthCheckConfig,
  type TargetConfig,
  type TargetGroupConfig,
  type TargetHealth,
  type TargetHealthState,
} from './types.js';

/**
 * Health checks of one target group, as ELB runs them: each target is probed every `intervalMs` (first
 * probe at once), over TCP (connect) or HTTP (GET `path`, status in `matcher`), a probe slower than
 * `timeoutMs` fails. A target leaves `initial` and `unhealthy` after `healthyThresholdCount` consecutive
 * successes and becomes `unhealthy` after `unhealthyThresholdCount` consecutive failures. So a dead target
 * stops receiving new traffic at most `unhealthyThresholdCount x intervalMs + timeoutMs` after it died.
 *
 * Routing set: the healthy targets; when none is healthy, ELB "fails open" and uses every registered target
 * (`whenAllUnhealthy: 'reject'` returns none instead). With checks disabled, and always for Lambda target
 * groups, every target is routable.
 */
interface TargetState {
  readonly target: TargetConfig;
  state: TargetHealthState;
  successes: number;
  failures: number;
  timer: NodeJS.Timeout | undefined;
}

export class TargetGroupHealth {
  private readonly states: TargetState[];
  private readonly check: HealthCheckConfig | undefined;
  private routableCache: readonly TargetConfig[];
  private stopped = false;
  private readonly waiters: (() => void)[] = [];

  constructor(
    readonly group: TargetGroupConfig,
    /** Matcher used when the config has none: ALB '200', NLB '200-399'. */
    private readonly defaultMatcher: string,
  ) {
    const check = group.healthCheck;
    // Lambda target-group checks would invoke the function; the twin leaves them to the runtime and treats
    // Lambda targets as always routable.
    const enabled = check !== undefined && check.enabled !== false && group.targetType !== 'lambda';
    this.check = enabled ? check : undefined;
    this.states = group.targets.map((target) => ({
      target,
      state: this.check ? 'initial' : 'healthy',
      successes: 0,
      failures: 0,
      timer: undefined,
    }));
    this.routableCache = this.computeRoutable();
  }

  start(): void {
    if (!this.check) return;
    for (const s of this.states) this.probeLoop(s);
  }

  stop(): void {
    this.stopped = true;
    for (const s of this.states) clearTimeout(s.timer);
    for (const w of this.waiters.splice(0)) w();
  }

  /** Targets new traffic may go to (same array until a state changes: no allocation per request). */
  routable(): readonly TargetConfig[] {
    return this.routableCache;
  }

  health(): readonly TargetHealth[] {
    return this.states.map((s) => ({ target: s.target, state: s.state }));
  }

  /** Resolves once no target is still `initial`. */
  settled(): Promise<void> {
    if (this.stopped || this.states.every((s) => s.state !== 'initial')) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private computeRoutable(): readonly TargetConfig[] {
    const healthy = this.states.filter((s) => s.state === 'healthy').map((s) => s.target);
    if (healthy.length > 0) return healthy;
    return this.group.whenAllUnhealthy === 'reject' ? [] : this.states.map((s) => s.target);
  }

  private record(s: TargetState, ok: boolean): void {
    const check = this.check as HealthCheckConfig;
    const before = s.state;
    if (ok) {
      s.failures = 0;
      s.successes++;
      if (s.state !== 'healthy' && s.successes >= check.healthyThresholdCount) s.state = 'healthy';
    } else {
      s.successes = 0;
      s.failures++;
      if (s.state !== 'unhealthy' && s.failures >= check.unhealthyThresholdCount) s.state = 'unhealthy';
    }
    if (s.state !== before) {
      this.routableCache = this.computeRoutable();
      if (this.states.every((x) => x.state !== 'initial')) for (const w of this.waiters.splice(0)) w();
    }
  }

  private probeLoop(s: TargetState): void {
    if (this.stopped) return;
    const check = this.check as HealthCheckConfig;
    probe(s.target, check, this.defaultMatcher).then((ok) => {
      if (this.stopped) return;
      this.record(s, ok);
      s.timer = setTimeout(() => this.probeLoop(s), check.intervalMs);
      s.timer.unref();
    });
  }
}

/** '200', '200-299', '200,204' -> predicate. */
export function statusMatcher(matcher: string): (status: number) => boolean {
  const ranges = matcher.split(',').map((part) => {
    const [lo, hi] = part.trim().split('-').map(Number);
    return [lo as number, hi ?? (lo as number)] as const;
  });
  return (status) => ranges.some(([lo, hi]) => status >= lo && status <= hi);
}

function probe(target: TargetConfig, check: HealthCheckConfig, defaultMatcher: string): Promise<boolean> {
  const host = target.host ?? '127.0.0.1';
  const port = check.port ?? target.port;
  const timeoutMs = check.timeoutMs ?? Math.min(check.intervalMs, 5000);
  if (port === undefined) return Promise.resolve(false);
  return new Promise((resolve) => {
    let settled = false;
    const finish = (ok: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(ok);
    };
    const timer = setTimeout(() => {
      finish(false);
      cleanup();
    }, timeoutMs);
    let cleanup = () => {};
    if (check.protocol === 'TCP') {
      const socket = connect({ host, port });
      cleanup = () => socket.destroy();
      socket.once('connect', () => {
        socket.destroy();
        finish(true);
      });
      socket.once('error', () => finish(false));
      return;
    }
    const matches = statusMatcher(check.matcher ?? defaultMatcher);
    const req = httpRequest(
      {
        host,
        port,
        path: check.path ?? '/',
        method: 'GET',
        agent: false,
        headers: { 'user-agent': ELB_HEALTH_CHECK_USER_AGENT },
      },
      (res) => {
        res.resume();
        finish(matches(res.statusCode ?? 0));
      },
    );
    cleanup = () => req.destroy();
    req.once('error', () => finish(false));
    req.end();
  });
}
