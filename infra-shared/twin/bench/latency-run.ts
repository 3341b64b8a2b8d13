/**
 * `bench:twin` part 1: latency at a moderate open-model rate. Every chain and the same service replicas hit
 * directly, interleaved request by request in one run, with a bare TCP proxy process (what any extra process
 * costs here) and a cache hit in front of the longest chain beside them.
 */
import { startCacheFront } from './cache-front.js';
import type { LatencySummary, LoadTarget } from './load/protocol.js';
import type { BenchResult, LatencyRow } from './report.js';
import { runLoad, startReferenceProxy } from './run-load.js';
import type { BenchChain, BenchTwin } from './setup.js';

export interface LatencyConfig {
  readonly rate: number;
  readonly duration: number;
  readonly warmup: number;
}

type LatencyBlock = BenchResult['latency'];

/** The longest chain that ends in the service's replicas. */
export function longestContainerChain(chains: readonly BenchChain[]): BenchChain | undefined {
  return chains
    .filter((c) => c.finalKind === 'container')
    .reduce<BenchChain | undefined>((a, c) => (!a || c.hops > a.hops ? c : a), undefined);
}

export async function measureLatency(twin: BenchTwin, config: LatencyConfig): Promise<LatencyBlock> {
  const targets: LoadTarget[] = [];
  for (const c of twin.chains) {
    targets.push(c.viaGateway);
    if (!targets.some((t) => t.name === c.direct.name)) targets.push(c.direct);
  }
  // Calibration: a bare TCP proxy process in front of the first container chain's replicas.
  const referenceBase = twin.chains.find((c) => c.finalKind === 'container')?.direct;
  const reference = referenceBase ? await startReferenceProxy(referenceBase) : undefined;
  if (reference) targets.push(reference.target);
  // A cache hit in front of the longest chain, against that chain in the same run.
  const cachedChain = longestContainerChain(twin.chains);
  const cacheFront = cachedChain ? await startCacheFront(cachedChain.viaGateway) : undefined;
  if (cacheFront) targets.push(cacheFront.target);
  const open = await runLoad(
    {
      kind: 'open',
      targets,
      ratePerTarget: config.rate,
      durationMs: config.duration * 1000,
      warmupMs: config.warmup * 1000,
    },
    (config.duration + config.warmup) * 1000 + 60_000,
  );
  reference?.stop();
  await cacheFront?.stop();
  const byName = new Map<string, LatencySummary>(open.result.targets.map((t) => [t.name, t]));
  const summary = (name: string) => byName.get(name) as LatencySummary;
  const referenceRow =
    reference && referenceBase
      ? referenceRowOf(
          reference.target.name,
          summary(reference.target.name),
          referenceBase.name,
          summary(referenceBase.name),
        )
      : undefined;
  const cacheHit =
    cacheFront && cachedChain
      ? {
          chain: cachedChain.chain,
          trace: cacheFront.trace,
          chainP50Ms: summary(cachedChain.viaGateway.name).p50,
          hitP50Ms: summary(cacheFront.target.name).p50,
          hitP99Ms: summary(cacheFront.target.name).p99,
          savedP50Ms: summary(cachedChain.viaGateway.name).p50 - summary(cacheFront.target.name).p50,
          requests: summary(cacheFront.target.name).count,
          errors: summary(cacheFront.target.name).errors,
        }
      : undefined;
  const rows = twin.chains.map((c) =>
    latencyRow(c, summary(c.viaGateway.name), summary(c.direct.name), referenceRow?.addedP50Ms),
  );
  return {
    ratePerTarget: config.rate,
    seconds: config.duration,
    lateArrivals: open.result.lateArrivals,
    rows,
    ...(referenceRow ? { reference: referenceRow } : {}),
    ...(cacheHit ? { cacheHit } : {}),
  };
}

function referenceRowOf(
  name: string,
  via: LatencySummary,
  directName: string,
  direct: LatencySummary,
): NonNullable<LatencyBlock['reference']> {
  return {
    name,
    direct: directName,
    directP50Ms: direct.p50,
    p50Ms: via.p50,
    addedP50Ms: via.p50 - direct.p50,
    p99Ms: via.p99,
    requests: via.count,
    errors: via.errors,
  };
}

/** One chain against its replicas hit directly; beyond the process floor when there is a reference row. */
function latencyRow(
  c: BenchChain,
  chain: LatencySummary,
  direct: LatencySummary,
  processFloorMs: number | undefined,
): LatencyRow {
  const added = chain.p50 - direct.p50;
  return {
    chain: c.chain,
    patternId: c.patternId,
    hops: c.hops,
    requests: chain.count,
    errors: chain.errors + direct.errors,
    directP50Ms: direct.p50,
    chainP50Ms: chain.p50,
    directP99Ms: direct.p99,
    chainP99Ms: chain.p99,
    addedP50Ms: added,
    addedP50PerHopMs: added / c.hops,
    ...(processFloorMs !== undefined
      ? { perHopBeyondProcessFloorMs: (added - processFloorMs) / c.hops }
      : {}),
    trace: chain.trace,
    direct: c.direct.name,
    ...(c.directNote ? { note: c.directNote } : {}),
    ...(c.variant ? { variant: c.variant } : {}),
    ...(chain.firstError || direct.firstError ? { firstError: chain.firstError ?? direct.firstError } : {}),
  };
}
