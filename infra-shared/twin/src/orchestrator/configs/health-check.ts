import type { HealthCheckConfig } from '../../dataplane/lb/types.js';
import type { HealthCheckSpec } from '../../template/topology.js';

/**
 * Scaled health-check timing. Floors keep a busy two-core machine from failing healthy targets: a check
 * gets at least a second to answer, and checks run at most twice a second.
 */
export const HEALTH_CHECK_FLOORS = { intervalMs: 500, timeoutMs: 1_000 } as const;

/** A target group's health check, its intervals and timeouts multiplied by `scale` (floors above). */
export function healthCheckConfig(spec: HealthCheckSpec, scale: number): HealthCheckConfig {
  const timeoutMs = Math.max(HEALTH_CHECK_FLOORS.timeoutMs, Math.round(spec.timeoutSeconds * 1000 * scale));
  const intervalMs = Math.max(
    HEALTH_CHECK_FLOORS.intervalMs,
    Math.round(spec.intervalSeconds * 1000 * scale),
  );
  return {
    enabled: spec.enabled,
    protocol: spec.protocol === 'TCP' ? 'TCP' : 'HTTP',
    path: spec.path,
    intervalMs,
    timeoutMs,
    healthyThresholdCount: spec.healthyThreshold,
    unhealthyThresholdCount: spec.unhealthyThreshold,
    matcher: spec.matcher,
  };
}
