/**
 * Stands the benchmarked chains up exactly as `twin up` does (template -> topology -> standUpPattern), one
 * pattern per distinct chain, and describes each chain as load targets: through the gateway, and the same
 * service replicas hit directly.
 *
 * Two deliberate departures from `twin up`, both to measure the data plane rather than the templates'
 * policies: stage, route and usage-plan throttles and quotas are lifted (a throttle would cap the
 * throughput being measured; the buckets are still consulted, and the account bucket stays), and only the
 * benchmarked service's containers and tables are started (the others would sit idle).
 */
import { get } from 'node:http';
import { join } from 'node:path';
import { HEALTH_PATHS, type ServiceName, serviceByName } from '@pik/service-kit/catalogue';
import { seedId } from '@pik/service-kit/seed';
import {
  backendPathFor,
  type ContainerServiceSpec,
  chainForPath,
  createLogSink,
  loadTopologies,
  type PatternTopology,
  prepareTables,
  type RunningPattern,
  routeFor,
  standUpPattern,
  startDataStore,
  type TwinDataStore,
} from '@pik/twin';
import type { LoadTarget } from './load/protocol.js';

export interface BenchChain {
  readonly patternId: string;
  /** Trace segments joined, as `x-pik-trace` shows them. */
  readonly chain: string;
  /** Hops in front of the service: every segment but the last (gateway, VPC link, NLB, ALB). */
  readonly hops: number;
  readonly finalKind: 'container' | 'lambda';
  readonly viaGateway: LoadTarget;
  readonly direct: LoadTarget;
  /** Set when the direct baseline is not the chain's own compute (a Lambda function has no HTTP port). */
  readonly directNote?: string;
  /** How the chain differs from the synthesized template, if at all. */
  readonly variant?: string;
}

export interface BenchTwin {
  readonly chains: readonly BenchChain[];
  /** Every pattern whose template routes the probe to the service, with its chain (patterns sharing a chain run once). */
  readonly chainByPattern: Readonly<Record<string, string>>;
  /** The request every target gets, as a client of the gateway writes it (below the stage). */
  readonly probe: string;
  /** Process ids of the service replicas (for CPU accounting). */
  readonly replicaPids: readonly number[];
  readonly dataStore: TwinDataStore;
  stop(): Promise<void>;
}

export interface BenchSetupOptions {
  readonly cdkOut: string;
  readonly service: ServiceName;
  readonly patterns?: readonly string[];
  readonly logFile: string;
  /**
   * `container`: ALB target groups holding the service's function are pointed at its containers instead
   * (see withAlbContainers); `lambda`: the templates as synthesized.
   */
  readonly albTargets: 'container' | 'lambda';
}

/**
 * ALB target groups that hold `service`'s Lambda function, turned into `ip` target groups of the same
 * service's containers (what the patterns synthesize with `compute: 'fargate'`), so every ALB chain can be
 * compared with the very replicas it ends in. The container definition (image folder, port, environment)
 * is taken from a pattern of the same assembly that runs the service on containers.
 */
function withAlbContainers(
  topology: PatternTopology,
  service: ServiceName,
  donor: ContainerServiceSpec | undefined,
): { topology: PatternTopology; retargeted: boolean } {
  const functionIds = new Set(topology.functions.filter((f) => f.serviceName === service).map((f) => f.id));
  const albGroupIds = new Set(
    topology.loadBalancers
      .filter((lb) => lb.kind === 'application')
      .flatMap((lb) => lb.listeners)
      .flatMap((l) => [l.defaultAction, ...l.rules.map((r) => r.action)])
      .flatMap((a) => (a.kind === 'forward' ? a.targetGroups.map((g) => g.id) : [])),
  );
  const groups = topology.targetGroups.filter(
    (g) =>
      albGroupIds.has(g.id) &&
      g.targets.kind === 'lambda' &&
      g.targets.functionIds.some((id) => functionIds.has(id)),
  );
  if (!donor || groups.length === 0) return { topology, retargeted: false };
  const id = `Bench${donor.id}`;
  const ids = new Set(groups.map((g) => g.id));
  // The containers read this pattern's table, as its function does.
  const fn = topology.functions.find((f) => functionIds.has(f.id));
  const containers: ContainerServiceSpec = {
    ...donor,
    id,
    targetGroupIds: [...ids],
    environment: {
      ...donor.environment,
      ...(fn?.environment.TABLE_NAME ? { TABLE_NAME: fn.environment.TABLE_NAME } : {}),
    },
  };
  return {
    retargeted: true,
    topology: {
      ...topology,
      containerServices: [...topology.containerServices, containers],
      targetGroups: topology.targetGroups.map((g) =>
        ids.has(g.id)
          ? {
              ...g,
              targets: { kind: 'ip', containerServiceIds: [id], port: donor.containerPort },
              healthCheck: {
                ...g.healthCheck,
                enabled: true,
                protocol: 'HTTP',
                path: HEALTH_PATHS.live,
                port: 'traffic-port',
                matcher: '200',
              },
            }
          : g,
      ),
    },
  };
}

/** The topology with throttles and quotas lifted and only `service`'s containers and tables. */
function benchTopology(topology: PatternTopology, service: ServiceName): PatternTopology {
  const api = topology.api;
  return {
    ...topology,
    api: {
      ...api,
      stage: { ...api.stage, throttle: undefined },
      routes: api.routes.map((r) => ({ ...r, throttle: undefined })),
      usagePlans: api.usagePlans.map((p) => ({
        ...p,
        throttle: undefined,
        quota: undefined,
        methodThrottles: {},
      })),
    },
    containerServices: topology.containerServices.filter((c) => c.serviceName === service),
    tables: topology.tables.filter((t) => t.serviceName === service),
  };
}

async function authHeaders(running: RunningPattern, routeNeedsKey: boolean): Promise<Record<string, string>> {
  const headers: Record<string, string> = {};
  const client = running.clients[0];
  if (running.issuer && client) {
    const response = await fetch(running.issuer.tokenEndpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${Buffer.from(`${client.clientId}:${client.clientSecret}`).toString('base64')}`,
      },
      body: new URLSearchParams({ grant_type: 'client_credentials', scope: client.scopes.join(' ') }),
    });
    if (response.status !== 200) throw new Error(`token endpoint answered ${response.status}`);
    const token = ((await response.json()) as { access_token: string }).access_token;
    headers.authorization = running.topology.api.flavour === 'http' ? `Bearer ${token}` : token;
  }
  const key = running.apiKeys[0];
  if (routeNeedsKey && key) headers['x-api-key'] = key.value;
  return headers;
}

/**
 * A few requests per target, a few at a time, before anything is measured: Lambda environments finish
 * their cold starts (a burst of first arrivals would otherwise queue at the twin's environment cap while
 * the first environments are still starting) and every keep-alive pool and JIT path is warm.
 */
/** One GET, answer read and dropped; node:http, since fetch replaces a Host header (a private API needs one). */
function getOnce(url: string, headers: Readonly<Record<string, string>>): Promise<void> {
  return new Promise((resolve) => {
    const request = get(url, { headers }, (response) => {
      response.resume();
      response.once('end', () => resolve());
      response.once('error', () => resolve());
    });
    request.once('error', () => resolve());
  });
}

async function warmUp(targets: readonly LoadTarget[], parallel = 3, perLoop = 15): Promise<void> {
  await Promise.all(
    targets.map(async (t) => {
      if (t.origins.length === 0) return;
      await Promise.all(
        Array.from({ length: parallel }, async (_, loop) => {
          for (let i = 0; i < perLoop; i++) {
            const origin = t.origins[(loop + i) % t.origins.length] as string;
            await getOnce(`${origin}${t.path}`, t.headers);
          }
        }),
      );
    }),
  );
}

/**
 * One pattern per distinct chain for the probe request: the first in assembly order. A stage with a cache
 * cluster answers the repeated probe from its cache, not through the chain; the cache row measures that
 * path (cache-front.ts).
 */
function pickChains(all: readonly PatternTopology[], serviceName: string, probe: string) {
  const picked: { topology: PatternTopology; chain: string }[] = [];
  const chainByPattern: Record<string, string> = {};
  for (const topology of all) {
    if (topology.api.stage.cacheCluster) continue;
    const chain = chainForPath(topology, 'GET', probe);
    if (!chain || (chain.final.kind !== 'container' && chain.final.kind !== 'lambda')) continue;
    if (chain.final.service !== serviceName) continue;
    const joined = chain.segments.join(' > ');
    chainByPattern[topology.patternId] = joined;
    if (!picked.some((p) => p.chain === joined)) picked.push({ topology, chain: joined });
  }
  return { picked, chainByPattern };
}

/**
 * The probe's way through one running pattern (named `name`, or by its trace segments), and straight to
 * its container replicas (whose pids are added to `replicaPids`). A private API is reached only through
 * its public ALB, with the custom domain as Host.
 */
async function benchChainOf(
  r: RunningPattern,
  name: string | undefined,
  probeOf: { service: string; probe: string; replicaPids: number[] },
): Promise<BenchChain> {
  const { service, probe, replicaPids } = probeOf;
  const topology = r.topology;
  const match = routeFor(topology, 'GET', probe);
  const chain = chainForPath(topology, 'GET', probe);
  if (!match || !chain) throw new Error(`${topology.patternId}: no route for GET ${probe}`);
  const entry = r.privateEntry;
  const gatewayUrl = new URL(entry?.baseUrl ?? r.gateway.baseUrl);
  const stagePath = gatewayUrl.pathname.replace(/\/$/, '');
  const headers = {
    ...(await authHeaders(r, match.route.apiKeyRequired)),
    ...(entry ? { host: entry.host } : {}),
  };
  const chainName = name ?? chain.segments.join(' > ');
  let direct: LoadTarget | undefined;
  if (chain.final.kind === 'container') {
    const replicas = r.containers.get(chain.final.containerServiceId)?.list() ?? [];
    for (const replica of replicas) if (replica.pid) replicaPids.push(replica.pid);
    direct = {
      name: `direct ${service} (${topology.patternId})`,
      origins: replicas.map((replica) => `http://127.0.0.1:${replica.port}`),
      // What the replicas receive: the load balancers' path, after any ALB url-rewrite.
      path: chain.targetPath ?? backendPathFor(topology, match.route, probe, match.params),
      headers: {},
    };
  }
  return {
    patternId: topology.patternId,
    chain: chainName,
    hops: chain.segments.length - 1,
    finalKind: chain.final.kind === 'lambda' ? 'lambda' : 'container',
    viaGateway: { name: chainName, origins: [gatewayUrl.origin], path: `${stagePath}${probe}`, headers },
    direct: direct ?? { name: '', origins: [], path: '', headers: {} },
  };
}

export async function standUpBench(options: BenchSetupOptions): Promise<BenchTwin> {
  const service = serviceByName(options.service);
  const probe = `${service.basePath}/${seedId(service.name, 0)}`;
  const donor = loadTopologies(options.cdkOut)
    .flatMap((t) => t.containerServices)
    .find((c) => c.serviceName === service.name);
  const retargeted = new Set<string>();
  const all = loadTopologies(options.cdkOut, options.patterns).map((t) => {
    if (options.albTargets !== 'container') return t;
    const out = withAlbContainers(t, service.name, donor);
    if (out.retargeted) retargeted.add(t.patternId);
    return out.topology;
  });

  const { picked, chainByPattern } = pickChains(all, service.name, probe);
  if (picked.length === 0) throw new Error(`no pattern in ${options.cdkOut} routes GET ${probe}`);

  const logs = createLogSink({ file: options.logFile });
  const dataStore = await startDataStore();
  const running: RunningPattern[] = [];
  const stop = async () => {
    for (const r of running.reverse()) await r.close().catch(() => {});
    await dataStore.close();
    await logs.close();
  };
  try {
    const topologies = picked.map((p) => benchTopology(p.topology, service.name));
    await prepareTables(
      dataStore,
      topologies.flatMap((t) => t.tables),
    );
    for (const topology of topologies) {
      running.push(await standUpPattern(topology, { dataStoreEnv: dataStore.env, logs }));
    }
    await Promise.all(running.map((r) => r.ready()));

    const chains: BenchChain[] = [];
    const replicaPids: number[] = [];
    for (const [i, r] of running.entries()) {
      const chain = await benchChainOf(r, picked[i]?.chain, { service: service.name, probe, replicaPids });
      chains.push({
        ...chain,
        ...(retargeted.has(r.topology.patternId)
          ? { variant: 'ALB target group of the Lambda function pointed at the service containers' }
          : {}),
      });
    }
    // A Lambda chain is compared with the same service's container replicas of another pattern: a function
    // has no port of its own to hit directly.
    const containerDirect = chains.find((c) => c.finalKind === 'container')?.direct;
    const completed = chains.map((c) =>
      c.finalKind === 'lambda'
        ? {
            ...c,
            direct: containerDirect ?? c.direct,
            directNote: `no direct HTTP entry for a Lambda function: baseline = ${containerDirect?.name ?? 'none'}`,
          }
        : c,
    );
    await warmUp(completed.flatMap((c) => [c.viaGateway, c.direct]));
    return { chains: completed, chainByPattern, probe, replicaPids, dataStore, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

export const logFileIn = (root: string) => join(root, '.pik', 'bench-twin.log');
