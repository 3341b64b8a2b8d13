import type { TargetConfig, TargetGroupConfig } from '../../dataplane/lb/types.js';
import { LOOPBACK } from '../../runtime/ports.js';
import type { PatternTopology, TargetGroupSpec } from '../../template/topology.js';
import { containerService, functionService, segment } from '../chain.js';
import { healthCheckConfig } from './health-check.js';

/** Where the parts already running locally listen: what a target group's targets resolve to. */
export interface LocalAddresses {
  /** Local ports of a container service's replicas (none when it runs none). */
  replicaPorts(containerServiceId: string): readonly number[];
  /** Local port per load balancer listener, keyed {@link listenerKey}. */
  readonly listenerPorts: ReadonlyMap<string, number>;
}

/** The key of a load balancer listener in {@link LocalAddresses.listenerPorts}. */
export function listenerKey(loadBalancerId: string, templatePort: number | undefined): string {
  return `${loadBalancerId}:${templatePort}`;
}

export interface TargetGroupInputs {
  readonly topology: PatternTopology;
  readonly local: LocalAddresses;
  /** Health-check timing factor (see `healthCheckConfig`). */
  readonly healthCheckScale: number;
}

/**
 * A target group as a load balancer runs it: Lambda targets by function id, `ip` targets at the replicas'
 * local ports, `alb` targets at the ALB listener's local port; each target named by the trace segment
 * of the service behind it.
 */
export function targetGroupConfig(group: TargetGroupSpec, inputs: TargetGroupInputs): TargetGroupConfig {
  return {
    name: group.id,
    targetType: group.targets.kind,
    targets: targetsOf(group, inputs),
    healthCheck: healthCheckConfig(group.healthCheck, inputs.healthCheckScale),
    multiValueHeaders: group.targets.kind === 'lambda' ? group.targets.multiValueHeaders : undefined,
  };
}

function targetsOf(group: TargetGroupSpec, { topology, local }: TargetGroupInputs): TargetConfig[] {
  const t = group.targets;
  if (t.kind === 'lambda') {
    return t.functionIds.map((functionId) => ({
      functionId,
      traceSegment: segment.lambda(functionService(topology, functionId)),
    }));
  }
  if (t.kind === 'ip') {
    // An execute-api endpoint is an L7 hop that appends its own segment: the ALB adds none for it.
    const endpoints = (t.executeApiEndpointIds ?? []).flatMap((id) => {
      const port = local.listenerPorts.get(listenerKey(id, t.port));
      return port === undefined ? [] : [{ host: LOOPBACK, port, traceSegment: '' }];
    });
    return [
      ...t.containerServiceIds.flatMap((id) =>
        local.replicaPorts(id).map((port) => ({
          host: LOOPBACK,
          port,
          traceSegment: segment.container(containerService(topology, id)),
        })),
      ),
      ...endpoints,
    ];
  }
  return t.loadBalancerIds.flatMap((lbId) => {
    const port = local.listenerPorts.get(listenerKey(lbId, t.port));
    return port === undefined ? [] : [{ host: LOOPBACK, port }];
  });
}
