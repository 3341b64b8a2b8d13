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
import { longestContainerChain, measureLatency } from './latency-run.js';
import { mappingResult } from './mapping-templates.js';
import { type BenchResult, GOALS, renderResult, type ThroughputResult, writeResult } from './report.js';
import { validationRows } from './request-validation.js';
import { logFileIn, standUpBench } from './setup.js';
import { measureThroughput } from './throughput-run.js';

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

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number, got '${value}'`);
  return n;
}

const OPTIONS = {
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
} as const;

/** The run's settings from the command line: `--quick` or full shapes, each figure overridable. */
function parseConfig(argv: readonly string[]) {
  const { values } = parseArgs({ args: [...argv], options: OPTIONS, strict: true });
  const base = values.quick ? QUICK : FULL;
  const albTargets = values['alb-targets'] as string;
  if (albTargets !== 'container' && albTargets !== 'lambda') {
    throw new Error(`--alb-targets must be container or lambda, got '${albTargets}'`);
  }
  const targetsOfAlbs: 'container' | 'lambda' = albTargets;
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
    albTargets: targetsOfAlbs,
  };
  if (!SERVICE_NAMES.includes(config.service as ServiceName)) {
    throw new Error(`--service must be one of ${SERVICE_NAMES.join(', ')}, got '${config.service}'`);
  }
  const outDir = resolve(values.out ?? join(REPO_ROOT, 'results', 'bench-twin'));
  return { config, outDir, profile: values.profile ? resolve(values.profile) : undefined };
}

/** Whether the run met the goals: per hop beyond the one-process floor, and the longest chain's throughput. */
function goalsOf(latency: BenchResult['latency'], throughput: ThroughputResult): BenchResult['goals'] {
  const containerRows = latency.rows.filter((r) => !r.note);
  return {
    ...GOALS,
    rawPerHopWithin: containerRows.every((r) => r.addedP50PerHopMs <= GOALS.perHopBeyondFloorMs),
    ...(latency.reference
      ? {
          perHopBeyondFloorMet: containerRows.every(
            (r) => (r.perHopBeyondProcessFloorMs ?? Number.POSITIVE_INFINITY) <= GOALS.perHopBeyondFloorMs,
          ),
        }
      : {}),
    throughputMet: throughput.ratio >= GOALS.longestChainThroughputRatio,
  };
}

export async function main(argv: readonly string[]): Promise<BenchResult> {
  const { config, outDir, profile } = parseConfig(argv);
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
    const latency = await measureLatency(twin, config);
    const longest = longestContainerChain(twin.chains);
    if (!longest) throw new Error('no chain ends in container replicas; nothing to compare throughput with');
    const throughput = await measureThroughput(twin, longest, config, profile);
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
      latency,
      throughput: throughput.result,
      goals: goalsOf(latency, throughput.result),
    };
    const file = await writeResult(outDir, result);
    const profiles = throughput.profiles.length ? `\nprofiles: ${throughput.profiles.join(' ')}` : '';
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
