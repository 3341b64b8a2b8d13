/**
 * `npm run bench:twin [-- --quick] [--cdk-out dir] [--service catalog] [--patterns a,b] [--rate n]
 * [--duration s] [--throughput-seconds s] [--rounds n] [--connections n] [--out dir]`
 *
 * What the twin's data plane adds to a request: every distinct chain of the synthesized patterns is stood
 * up from its template, then, in the same run,
 * 1. latency at a moderate open-model rate, each chain and the same service replicas hit directly,
 *    interleaved request by request; added p50 per hop = (chain p50 - direct p50) / hops in front of the
 *    service;
 * 2. maximum throughput (closed model) through the longest chain and directly, alternating rounds.
 * Load generators run in child processes; the twin keeps this process.
 */

import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SERVICE_NAMES, type ServiceName } from '@pik/service-kit/catalogue';
import { startCacheFront } from './cache-front.js';
import { totalCpuSeconds } from './cpu.js';
import type { LatencySummary, LoadTarget } from './load/protocol.js';
import { mappingResult } from './mapping-templates.js';
import { chainProfiler } from './profile.js';
import {
  type BenchResult,
  GOALS,
  type LatencyRow,
  renderResult,
  type ThroughputRound,
  writeResult,
} from './report.js';
import { validationRows } from './request-validation.js';
import { runLoad, startReferenceProxy } from './run-load.js';
import { type BenchChain, logFileIn, standUpBench } from './setup.js';

/** This file is infra-shared/twin/dist/bench/cli.js. */
const REPO_ROOT = resolve(import.meta.dirname, '..', '..', '..', '..');

const FULL = {
  rate: 25,
  duration: 20,
  warmup: 3,
  throughputSeconds: 6,
  throughputWarmup: 2,
  rounds: 3,
  connections: 32,
};
const QUICK = {
  rate: 10,
  duration: 2,
  warmup: 1,
  throughputSeconds: 1,
  throughputWarmup: 1,
  rounds: 1,
  connections: 8,
};

const median = (values: readonly number[]) => {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number, got '${value}'`);
  return n;
}

/** The longest chain that ends in the service's replicas. */
function longestContainerChain(chains: readonly BenchChain[]): BenchChain | undefined {
  return chains
    .filter((c) => c.finalKind === 'container')
    .reduce<BenchChain | undefined>((a, c) => (!a || c.hops > a.hops ? c : a), undefined);
}

export async function main(argv: readonly string[]): Promise<BenchResult> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      quick: { type: 'boolean', default: false },
      'cdk-out': { type: 'string' },
      service: { type: 'string', default: 'catalog' },
      patterns: { type: 'string' },
      rate: { type: 'string' },
      duration: { type: 'string' },
      'throughput-seconds': { type: 'string' },
      rounds: { type: 'string' },
      connections: { type: 'string' },
      out: { type: 'string' },
      'alb-targets': { type: 'string', default: 'container' },
      profile: { type: 'string' },
    },
    strict: true,
  });
  const base = values.quick ? QUICK : FULL;
  const config = {
    quick: values.quick === true,
    rate: positive('rate', values.rate, base.rate),
    duration: positive('duration', values.duration, base.duration),
    warmup: base.warmup,
    throughputSeconds: positive('throughput-seconds', values['throughput-seconds'], base.throughputSeconds),
    throughputWarmup: base.throughputWarmup,
    rounds: Math.round(positive('rounds', values.rounds, base.rounds)),
    connections: Math.round(positive('connections', values.connections, base.connections)),
    service: values.service as string,
    cdkOut: resolve(values['cdk-out'] ?? process.env.PIK_CDK_OUT ?? join(REPO_ROOT, 'cdk.out')),
    patterns: values.patterns?.split(',').filter(Boolean),
    albTargets: values['alb-targets'] as string,
  };
  if (config.albTargets !== 'container' && config.albTargets !== 'lambda') {
    throw new Error(`--alb-targets must be container or lambda, got '${config.albTargets}'`);
  }
  if (!SERVICE_NAMES.includes(config.service as ServiceName)) {
    throw new Error(`--service must be one of ${SERVICE_NAMES.join(', ')}, got '${config.service}'`);
  }
  const outDir = resolve(values.out ?? join(REPO_ROOT, 'results', 'bench-twin'));
  const startedAt = new Date().toISOString();
  const loadAverageAtStart = loadavg().map((l) => Math.round(l * 100) / 100);

  const setupStart = performance.now();
  const twin = await standUpBench({
    cdkOut: config.cdkOut,
    service: config.service as ServiceName,
    patterns: config.patterns,
    logFile: logFileIn(REPO_ROOT),
    albTargets: config.albTargets,
  });
  const setupSeconds = (performance.now() - setupStart) / 1000;
  const stopOnSignal = () => {
    void twin.stop().finally(() => process.exit(130));
  };
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);
  try {
    // 1. Latency: every chain and every direct baseline, interleaved in one open-model run.
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
    const referenceRow = (() => {
      if (!reference || !referenceBase) return undefined;
      const via = byName.get(reference.target.name) as LatencySummary;
      const direct = byName.get(referenceBase.name) as LatencySummary;
      return {
        name: reference.target.name,
        direct: referenceBase.name,
        directP50Ms: direct.p50,
        p50Ms: via.p50,
        addedP50Ms: via.p50 - direct.p50,
        p99Ms: via.p99,
        requests: via.count,
        errors: via.errors,
      };
    })();
    const cacheHit =
      cacheFront && cachedChain
        ? (() => {
            const hit = byName.get(cacheFront.target.name) as LatencySummary;
            const chain = byName.get(cachedChain.viaGateway.name) as LatencySummary;
            return {
              chain: cachedChain.chain,
              trace: cacheFront.trace,
              chainP50Ms: chain.p50,
              hitP50Ms: hit.p50,
              hitP99Ms: hit.p99,
              savedP50Ms: chain.p50 - hit.p50,
              requests: hit.count,
              errors: hit.errors,
            };
          })()
        : undefined;
    const rows: LatencyRow[] = twin.chains.map((c) => {
      const chain = byName.get(c.viaGateway.name) as LatencySummary;
      const direct = byName.get(c.direct.name) as LatencySummary;
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
        ...(referenceRow ? { perHopBeyondProcessFloorMs: (added - referenceRow.addedP50Ms) / c.hops } : {}),
        trace: chain.trace,
        direct: c.direct.name,
        ...(c.directNote ? { note: c.directNote } : {}),
        ...(c.variant ? { variant: c.variant } : {}),
        ...(chain.firstError || direct.firstError
          ? { firstError: chain.firstError ?? direct.firstError }
          : {}),
      };
    });

    // 2. Throughput through the longest chain that ends in the service's replicas, against them directly.
    const longest = longestContainerChain(twin.chains);
    if (!longest) throw new Error('no chain ends in container replicas; nothing to compare throughput with');
    const rounds: ThroughputRound[] = [];
    const cpu = {
      chain: { twin: 0, replicas: 0, generator: 0, requests: 0 },
      direct: { twin: 0, replicas: 0, generator: 0, requests: 0 },
    };
    let errors = 0;
    const profiler = await chainProfiler(values.profile ? resolve(values.profile) : undefined);
    const closedRun = async (target: LoadTarget, into: typeof cpu.chain) => {
      const twinBefore = process.cpuUsage();
      const replicasBefore = totalCpuSeconds(twin.replicaPids);
      const load = () =>
        runLoad(
          {
            kind: 'closed',
            target,
            connections: config.connections,
            durationSeconds: config.throughputSeconds,
          },
          config.throughputSeconds * 1000 + 60_000,
        );
      const run = await (into === cpu.chain ? profiler.around(load) : load());
      const twinCpu = process.cpuUsage(twinBefore);
      into.twin += (twinCpu.user + twinCpu.system) / 1e6;
      into.replicas += totalCpuSeconds(twin.replicaPids) - replicasBefore;
      into.generator += run.result.cpuSeconds;
      into.requests += run.result.requests;
      errors += run.result.errors + run.result.non2xx;
      return run.result;
    };
    // Unrecorded warm-up of both sides (JIT, connection pools), then rounds in alternating order so neither
    // side always runs first.
    for (const target of [longest.direct, longest.viaGateway]) {
      await runLoad(
        { kind: 'closed', target, connections: config.connections, durationSeconds: config.throughputWarmup },
        config.throughputWarmup * 1000 + 60_000,
      );
    }
    for (let r = 0; r < config.rounds; r++) {
      const directFirst = r % 2 === 0;
      const first = await closedRun(
        directFirst ? longest.direct : longest.viaGateway,
        directFirst ? cpu.direct : cpu.chain,
      );
      const second = await closedRun(
        directFirst ? longest.viaGateway : longest.direct,
        directFirst ? cpu.chain : cpu.direct,
      );
      const [direct, chain] = directFirst ? [first, second] : [second, first];
      rounds.push({
        directRps: direct.requestsPerSecond,
        chainRps: chain.requestsPerSecond,
        direct: { statusCodes: direct.statusCodes, errors: direct.errors },
        chain: { statusCodes: chain.statusCodes, errors: chain.errors },
      });
    }
    const per1000 = (c: typeof cpu.chain) => {
      const k = c.requests / 1000;
      return { twin: c.twin / k, replicas: c.replicas / k, generator: c.generator / k };
    };
    const directRps = median(rounds.map((r) => r.directRps));
    const chainRps = median(rounds.map((r) => r.chainRps));
    const containerRows = rows.filter((r) => !r.note);

    const args = argv.filter((a) => a !== '--');
    const result: BenchResult = {
      tool: 'bench:twin',
      startedAt,
      rerun: `npm run bench:twin${args.length ? ` -- ${args.join(' ')}` : ''}`,
      environment: {
        node: process.version,
        cpus: cpus().length,
        loadAverageAtStart,
        loadAverageAtEnd: loadavg().map((l) => Math.round(l * 100) / 100),
      },
      config,
      setupSeconds,
      probe: `GET ${twin.probe}`,
      chainByPattern: twin.chainByPattern,
      validation: await validationRows(),
      mapping: await mappingResult(),
      latency: {
        ratePerTarget: config.rate,
        seconds: config.duration,
        lateArrivals: open.result.lateArrivals,
        rows,
        ...(referenceRow ? { reference: referenceRow } : {}),
        ...(cacheHit ? { cacheHit } : {}),
      },
      throughput: {
        chain: longest.chain,
        patternId: longest.patternId,
        hops: longest.hops,
        connections: config.connections,
        secondsPerRun: config.throughputSeconds,
        rounds,
        directRps,
        chainRps,
        ratio: chainRps / directRps,
        errors,
        cpuPer1000: per1000(cpu.chain),
        cpuPer1000Direct: per1000(cpu.direct),
        twinCpuPerHopMs: (per1000(cpu.chain).twin - per1000(cpu.direct).twin) / longest.hops,
      },
      goals: {
        ...GOALS,
        rawPerHopWithin: containerRows.every((r) => r.addedP50PerHopMs <= GOALS.perHopBeyondFloorMs),
        ...(referenceRow
          ? {
              perHopBeyondFloorMet: containerRows.every(
                (r) =>
                  (r.perHopBeyondProcessFloorMs ?? Number.POSITIVE_INFINITY) <= GOALS.perHopBeyondFloorMs,
              ),
            }
          : {}),
        throughputMet: chainRps / directRps >= GOALS.longestChainThroughputRatio,
      },
    };
    const file = await writeResult(outDir, result);
    const profiles = profiler.files.length ? `\nprofiles: ${profiler.files.join(' ')}` : '';
    process.stdout.write(`${renderResult(result)}\n\nresult: ${file}\nrerun:  ${result.rerun}${profiles}\n`);
    return result;
  } finally {
    process.removeListener('SIGINT', stopOnSignal);
    process.removeListener('SIGTERM', stopOnSignal);
    await twin.stop();
  }
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`bench:twin failed: ${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  },
);
