/**
 * `bench:twin` part 2: maximum throughput (closed model) through the longest chain that ends in the
 * service's replicas and against those replicas directly, in alternating rounds, with the CPU each process
 * spent per 1000 requests.
 */
import { totalCpuSeconds } from './cpu.js';
import type { LoadTarget } from './load/protocol.js';
import { chainProfiler } from './profile.js';
import type { ThroughputResult, ThroughputRound } from './report.js';
import { runLoad } from './run-load.js';
import type { BenchChain, BenchTwin } from './setup.js';

export interface ThroughputConfig {
  readonly connections: number;
  readonly throughputSeconds: number;
  readonly throughputWarmup: number;
  readonly rounds: number;
}

interface CpuTally {
  twin: number;
  replicas: number;
  generator: number;
  requests: number;
}

const median = (values: readonly number[]) => {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

const per1000 = (c: CpuTally) => {
  const k = c.requests / 1000;
  return { twin: c.twin / k, replicas: c.replicas / k, generator: c.generator / k };
};

export async function measureThroughput(
  twin: BenchTwin,
  longest: BenchChain,
  config: ThroughputConfig,
  profilePath: string | undefined,
): Promise<{ readonly result: ThroughputResult; readonly profiles: readonly string[] }> {
  const cpu = {
    chain: { twin: 0, replicas: 0, generator: 0, requests: 0 },
    direct: { twin: 0, replicas: 0, generator: 0, requests: 0 },
  };
  let errors = 0;
  const profiler = await chainProfiler(profilePath);
  const closedRun = async (target: LoadTarget, into: CpuTally) => {
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
  const rounds: ThroughputRound[] = [];
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
  const directRps = median(rounds.map((r) => r.directRps));
  const chainRps = median(rounds.map((r) => r.chainRps));
  const result: ThroughputResult = {
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
  };
  return { result, profiles: profiler.files };
}
