/**
 * The path a request takes through a pattern, read from the topology alone: which hops it crosses after
 * the gateway and which compute answers it. The orchestrator names trace segments with it, the targets
 * file takes each service's compute from it, and tests compare the live `x-pik-trace` against it.
 */
import { rewritePath, wildcard } from '../dataplane/lb/alb-rules.js';
import type {
  ListenerAction,
  ListenerRuleSpec,
  LoadBalancerSpec,
  PatternTopology,
  RouteSpec,
  TargetGroupSpec,
} from '../template/topology.js';

export type FinalTarget =
  | { readonly kind: 'lambda'; readonly functionId: string; readonly service: string }
  | { readonly kind: 'container'; readonly containerServiceId: string; readonly service: string }
  | { readonly kind: 'fixed-response'; readonly statusCode: number }
  | { readonly kind: 'unresolved'; readonly reason: string };

export interface Chain {
  /**
   * Trace segments from the gateway (included) to the target (included); for a private API from where the
   * client enters (public ALB, execute-api endpoint).
   */
  readonly segments: readonly string[];
  readonly final: FinalTarget;
  /** The path the final target receives, where a load balancer rule rewrote it (`url-rewrite`). */
  readonly targetPath?: string;
}

export const segment = {
  gateway: (api: 'http' | 'rest') => `gateway:${api}`,
  vpcLink: (version: 'v1' | 'v2') => `vpclink:${version}`,
  nlb: (port: number) => `nlb:${port}`,
  alb: () => 'alb',
  /** An ALB in front of a private API's execute-api endpoint. */
  publicAlb: () => 'alb:public',
  executeApiEndpoint: () => 'vpce:execute-api',
  privateGateway: () => 'gateway:rest(private)',
  lambda: (service: string) => `lambda:${service}`,
  container: (service: string) => `container:${service}`,
} as const;

/** The target groups whose targets are a private API's execute-api endpoints. */
export function endpointTargetGroups(topology: PatternTopology): TargetGroupSpec[] {
  return topology.targetGroups.filter(
    (g) => g.targets.kind === 'ip' && (g.targets.executeApiEndpointIds?.length ?? 0) > 0,
  );
}

/** ALBs with a listener forwarding to an execute-api endpoint: a private API's public front. */
export function endpointFrontAlbs(topology: PatternTopology): LoadBalancerSpec[] {
  const groups = new Set(endpointTargetGroups(topology).map((g) => g.id));
  return topology.loadBalancers.filter(
    (lb) =>
      lb.kind === 'application' &&
      lb.listeners.some((l) => groups.has(firstForwardGroup(topology, l.defaultAction)?.id ?? '')),
  );
}

/** The segments before the gateway: for a private API, the public ALB (if any) and the endpoint. */
function entrySegments(topology: PatternTopology): { entry: string[]; gateway: string } {
  if (!topology.privateAccess) return { entry: [], gateway: segment.gateway(topology.api.flavour) };
  const front = endpointFrontAlbs(topology).length ? [segment.publicAlb()] : [];
  return { entry: [...front, segment.executeApiEndpoint()], gateway: segment.privateGateway() };
}

export function functionService(topology: PatternTopology, functionId: string): string {
  const fn = topology.functions.find((f) => f.id === functionId);
  return fn?.serviceName ?? functionId;
}

export function containerService(topology: PatternTopology, containerServiceId: string): string {
  const svc = topology.containerServices.find((c) => c.id === containerServiceId);
  return svc?.serviceName ?? containerServiceId;
}

/** ALB path-pattern matching: `*` any characters, `?` one character, case-sensitive, whole path. */
export function pathPatternMatches(pattern: string, path: string): boolean {
  return wildcard(pattern, false).test(path);
}

/** The target group a listener action forwards to first (an NLB listener forwards to one group). */
export function firstForwardGroup(
  topology: PatternTopology,
  action: ListenerAction | undefined,
): TargetGroupSpec | undefined {
  if (action?.kind !== 'forward') return undefined;
  const id = action.targetGroups[0]?.id;
  return topology.targetGroups.find((g) => g.id === id);
}

function ruleMatches(rule: ListenerRuleSpec, method: string, path: string): boolean {
  return rule.conditions.every((c) => {
    if (c.field === 'path-pattern') return c.values.some((v) => pathPatternMatches(v, path));
    if (c.field === 'http-request-method') return c.values.includes(method);
    // Host, header and query conditions depend on the client; the chain assumes they match.
    return true;
  });
}

function targetGroupChain(
  topology: PatternTopology,
  group: TargetGroupSpec | undefined,
  method: string,
  path: string,
): Chain {
  if (!group) return { segments: [], final: { kind: 'unresolved', reason: 'no target group' } };
  const t = group.targets;
  if (t.kind === 'lambda') {
    const functionId = t.functionIds[0];
    if (!functionId)
      return { segments: [], final: { kind: 'unresolved', reason: `${group.id} has no function` } };
    const service = functionService(topology, functionId);
    return { segments: [segment.lambda(service)], final: { kind: 'lambda', functionId, service } };
  }
  if (t.kind === 'ip') {
    const id = t.containerServiceIds[0];
    if (!id)
      return { segments: [], final: { kind: 'unresolved', reason: `${group.id} has no registered service` } };
    const service = containerService(topology, id);
    return {
      segments: [segment.container(service)],
      final: { kind: 'container', containerServiceId: id, service },
    };
  }
  const alb = topology.loadBalancers.find((l) => l.id === t.loadBalancerIds[0]);
  return loadBalancerChain(topology, alb, t.port, method, path);
}

function actionChain(topology: PatternTopology, action: ListenerAction, method: string, path: string): Chain {
  if (action.kind === 'fixed-response')
    return { segments: [], final: { kind: 'fixed-response', statusCode: action.statusCode } };
  return targetGroupChain(topology, firstForwardGroup(topology, action), method, path);
}

function loadBalancerChain(
  topology: PatternTopology,
  lb: LoadBalancerSpec | undefined,
  port: number,
  method: string,
  path: string,
): Chain {
  const listener = lb?.listeners.find((l) => l.port === port);
  if (!lb || !listener)
    return { segments: [], final: { kind: 'unresolved', reason: `no listener on port ${port}` } };
  if (lb.kind === 'network') {
    const next = actionChain(topology, listener.defaultAction, method, path);
    return { ...next, segments: [segment.nlb(port), ...next.segments] };
  }
  const rule = listener.rules.find((r) => ruleMatches(r, method, path));
  // Routing decided on the received path; the target then sees the rewritten one, as on the ALB.
  const forwarded = rule?.urlRewrites?.length ? rewritePath(rule.urlRewrites, path) : path;
  const next = actionChain(topology, rule?.action ?? listener.defaultAction, method, forwarded);
  const targetPath = next.targetPath ?? (forwarded === path ? undefined : forwarded);
  return {
    segments: [segment.alb(), ...next.segments],
    final: next.final,
    ...(targetPath === undefined ? {} : { targetPath }),
  };
}

/**
 * The chain for a request on `route`; `backendPath` is the path the load balancers see (it decides ALB
 * listener rules).
 */
export function chainFor(
  topology: PatternTopology,
  route: RouteSpec,
  method: string,
  backendPath: string,
): Chain {
  const { entry, gateway } = entrySegments(topology);
  const target = route.integration.target;
  if (target.kind === 'lambda') {
    const service = functionService(topology, target.functionId);
    return {
      segments: [...entry, gateway, segment.lambda(service)],
      final: { kind: 'lambda', functionId: target.functionId, service },
    };
  }
  if (target.kind === 'http') {
    return {
      segments: [...entry, gateway],
      final: { kind: 'unresolved', reason: `public HTTP integration ${target.url}` },
    };
  }
  const lb = topology.loadBalancers.find((l) => l.id === target.loadBalancerId);
  const next = loadBalancerChain(topology, lb, target.port, method, backendPath);
  return { ...next, segments: [...entry, gateway, segment.vpcLink(target.linkVersion), ...next.segments] };
}
