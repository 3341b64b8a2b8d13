/**
 * A private REST API's way in, started after its gateway: the execute-api endpoints (each stamping its id
 * for the gateway's private mode), then the public ALBs whose IP targets are those endpoints. Everything
 * started is handed to `teardown`.
 */
import { createExecuteApiEndpoint } from '../dataplane/gateway/execute-api-endpoint.js';
import type { RunningComponent } from '../dataplane/http-util.js';
import type { InvokeLambda } from '../dataplane/lambda-invoke.js';
import { createAlb } from '../dataplane/lb/alb.js';
import type { RunningAlb } from '../dataplane/lb/types.js';
import { LOOPBACK } from '../runtime/ports.js';
import type { PatternTopology } from '../template/topology.js';
import { endpointFrontAlbs, endpointTargetGroups, firstForwardGroup, segment } from './chain.js';
import { albConfig } from './configs/load-balancers.js';
import {
  EXECUTE_API_ENDPOINT_PORT,
  executeApiEndpointConfig,
  privateEntryRequest,
} from './configs/private-api.js';
import { listenerKey, type TargetGroupInputs } from './configs/target-groups.js';

/** Where a client outside reaches the private API, and the `Host` it must send. */
export interface PrivateEntry {
  /** The public ALB's listener (else the endpoint) with the domain's base path, no trailing slash. */
  readonly baseUrl: string;
  readonly host: string;
}

export interface PrivateFront {
  readonly endpoints: ReadonlyMap<string, RunningComponent>;
  readonly albs: ReadonlyMap<string, RunningAlb>;
  readonly entry: PrivateEntry;
}

interface Closers {
  add(close: () => Promise<void> | void): void;
}

export async function startPrivateFront(
  topology: PatternTopology,
  gateway: { readonly port: number; readonly token: string },
  inputs: TargetGroupInputs,
  deps: {
    readonly invoke: InvokeLambda;
    readonly teardown: Closers;
    /** The same map as `inputs.local.listenerPorts`: each endpoint's and ALB listener's port goes in. */
    readonly listenerPorts: Map<string, number>;
  },
): Promise<PrivateFront> {
  const endpoints = new Map<string, RunningComponent>();
  for (const spec of topology.privateAccess?.endpoints ?? []) {
    const endpoint = await createExecuteApiEndpoint(
      executeApiEndpointConfig(topology, spec, gateway.port, gateway.token),
    );
    endpoints.set(spec.id, endpoint);
    deps.teardown.add(() => endpoint.close());
    deps.listenerPorts.set(listenerKey(spec.id, EXECUTE_API_ENDPOINT_PORT), endpoint.port);
  }
  const albs = new Map<string, RunningAlb>();
  for (const lb of endpointFrontAlbs(topology)) {
    const alb = await createAlb(
      { ...albConfig(lb, inputs), traceSegment: segment.publicAlb() },
      { invoke: deps.invoke },
    );
    albs.set(lb.id, alb);
    deps.teardown.add(() => alb.close());
    for (const l of alb.listeners) deps.listenerPorts.set(listenerKey(lb.id, l.templatePort), l.port);
  }
  return { endpoints, albs, entry: entryOf(topology, inputs.local.listenerPorts, endpoints) };
}

/** The front ALB listener that forwards to an endpoint, else the first endpoint's own port. */
function entryOf(
  topology: PatternTopology,
  listenerPorts: ReadonlyMap<string, number>,
  endpoints: ReadonlyMap<string, RunningComponent>,
): PrivateEntry {
  const groups = new Set(endpointTargetGroups(topology).map((g) => g.id));
  const listener = endpointFrontAlbs(topology)
    .flatMap((lb) => lb.listeners.map((l) => ({ lb, l })))
    .find(({ l }) => groups.has(firstForwardGroup(topology, l.defaultAction)?.id ?? ''));
  const port = listener
    ? listenerPorts.get(listenerKey(listener.lb.id, listener.l.port))
    : [...endpoints.values()][0]?.port;
  if (port === undefined) throw new Error(`${topology.patternId}: the private API has no entry point`);
  const { host, pathPrefix } = privateEntryRequest(topology);
  return { baseUrl: `http://${LOOPBACK}:${port}${pathPrefix}`, host };
}
