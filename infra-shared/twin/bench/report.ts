/** The bench's result document, its terminal table and where it is written. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { MappingResult } from './mapping-templates.js';
import type { ValidationRow } from './request-validation.js';

/**
 * The twin's data-plane goals: each hop's own cost, judged beyond the one-process floor the reference row
 * measures in the same run, and the longest chain's throughput against the direct service's.
 */
export const GOALS = { perHopBeyondFloorMs: 0.1, longestChainThroughputRatio: 0.9 } as const;

export interface LatencyRow {
  readonly chain: string;
  readonly patternId: string;
  readonly hops: number;
  readonly requests: number;
  readonly errors: number;
  readonly directP50Ms: number;
  readonly chainP50Ms: number;
  readonly directP99Ms: number;
  readonly chainP99Ms: number;
  readonly addedP50Ms: number;
  readonly addedP50PerHopMs: number;
  /**
   * (added p50 - what the reference proxy process added) / hops: the hops' own cost once the cost of having
   * one more process in the path at all (the twin) is set aside. Absent without a reference row.
   */
  readonly perHopBeyondProcessFloorMs?: number;
  readonly trace: string;
  readonly direct: string;
  readonly note?: string;
  readonly variant?: string;
  readonly firstError?: string;
}

export interface ThroughputRound {
  readonly directRps: number;
  readonly chainRps: number;
  /** Responses by status and transport errors, per side. */
  readonly direct: { readonly statusCodes: Readonly<Record<string, number>>; readonly errors: number };
  readonly chain: { readonly statusCodes: Readonly<Record<string, number>>; readonly errors: number };
}

export interface ThroughputResult {
  readonly chain: string;
  readonly patternId: string;
  readonly hops: number;
  readonly connections: number;
  readonly secondsPerRun: number;
  readonly rounds: readonly ThroughputRound[];
  /** Medians over rounds. */
  readonly directRps: number;
  readonly chainRps: number;
  readonly ratio: number;
  readonly errors: number;
  /** CPU seconds per 1000 requests through the chain, by process. */
  readonly cpuPer1000: { readonly twin: number; readonly replicas: number; readonly generator: number };
  readonly cpuPer1000Direct: { readonly twin: number; readonly replicas: number; readonly generator: number };
  /**
   * Twin CPU per request per hop, ms: (twin CPU per chain request - twin CPU per direct request) / hops. The
   * twin also hosts the embedded DynamoDB, which both sides use; the difference is the data plane's own
   * work, and unlike latency it barely moves when other processes compete for the cores.
   */
  readonly twinCpuPerHopMs: number;
}

export interface BenchResult {
  readonly tool: 'bench:twin';
  readonly startedAt: string;
  readonly rerun: string;
  readonly environment: {
    readonly node: string;
    readonly cpus: number;
    readonly loadAverageAtStart: readonly number[];
    readonly loadAverageAtEnd: readonly number[];
  };
  readonly config: Readonly<Record<string, unknown>>;
  readonly setupSeconds: number;
  readonly probe: string;
  readonly chainByPattern: Readonly<Record<string, string>>;
  /** Request validation against the plain chain, one gateway, same run (`request-validation.ts`). */
  readonly validation?: readonly ValidationRow[];
  /** A template-mapped request (HTTP non-proxy) against the plain chain, one gateway, same run, and the engine's CPU (`mapping-templates.ts`). */
  readonly mapping?: MappingResult;
  readonly latency: {
    readonly ratePerTarget: number;
    readonly seconds: number;
    readonly lateArrivals: number;
    readonly rows: readonly LatencyRow[];
    /** A bare TCP proxy process in front of the same replicas: what any extra process costs here. */
    readonly reference?: {
      readonly name: string;
      readonly direct: string;
      readonly directP50Ms: number;
      readonly p50Ms: number;
      readonly addedP50Ms: number;
      readonly p99Ms: number;
      readonly requests: number;
      readonly errors: number;
    };
    /** A REST gateway's cache hit in front of `chain`, against that chain's p50 in the same run. */
    readonly cacheHit?: {
      readonly chain: string;
      readonly trace: string;
      readonly chainP50Ms: number;
      readonly hitP50Ms: number;
      readonly hitP99Ms: number;
      readonly savedP50Ms: number;
      readonly requests: number;
      readonly errors: number;
    };
  };
  readonly throughput: ThroughputResult;
  readonly goals: typeof GOALS & {
    /** Every container chain's per-hop cost beyond the floor within the goal; absent without a reference row. */
    readonly perHopBeyondFloorMet?: boolean;
    /** The same bound on the raw added p50 per hop, the extra process's cost included (informational). */
    readonly rawPerHopWithin: boolean;
    readonly throughputMet: boolean;
  };
}

const fixed = (n: number, digits = 3) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');

function table(rows: readonly (readonly string[])[], numeric: readonly boolean[]): string {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => r[c]?.length ?? 0))) ?? [];
  const line = (r: readonly string[]) =>
    r
      .map((cell, c) => (numeric[c] ? cell.padStart(widths[c] ?? 0) : cell.padEnd(widths[c] ?? 0)))
      .join('  ')
      .trimEnd();
  const out = rows.map(line);
  out.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  return out.join('\n');
}

/** The bound for what request validation and a mapping template each add to the plain chain. */
export const GATEWAY_FEATURE_GOAL_MS = 0.1;

/** Validation and template-mapped rows, each against the plain chain of the same gateway and run, judged. */
function gatewayFeatureLines(result: BenchResult): string[] {
  const judged = (added: number) =>
    `${added <= GATEWAY_FEATURE_GOAL_MS ? 'met' : 'NOT met'} (goal <= ${GATEWAY_FEATURE_GOAL_MS} ms)`;
  const lines: string[] = [];
  const valid = result.validation?.find((r) => r.name === 'validated (valid)');
  const invalid = result.validation?.find((r) => r.name === 'validated (invalid)');
  if (valid)
    lines.push(
      `request validation: a valid body adds ${fixed(valid.addedP50Ms)} ms p50 to the plain chain: ${judged(valid.addedP50Ms)}` +
        (invalid
          ? `; an invalid one answers ${invalid.status} with ${invalid.backendCalls} backend calls`
          : ''),
    );
  const mapped = result.mapping?.rows.find((r) => r.name === 'template-mapped');
  if (mapped && result.mapping)
    lines.push(
      `template-mapped request (HTTP non-proxy, request and response templates): adds ${fixed(mapped.addedP50Ms)} ms p50 to the plain chain: ${judged(mapped.addedP50Ms)}; the engine's own CPU ${fixed(result.mapping.engineCpuUsPerRequest, 1)} us per request`,
    );
  return lines;
}

export function renderResult(result: BenchResult): string {
  const lat = result.latency;
  const latencyTable = table(
    [
      [
        'chain',
        'hops',
        'direct p50',
        'chain p50',
        'added p50',
        'per hop',
        'beyond floor',
        'direct p99',
        'chain p99',
        'n',
        'err',
      ],
      ...lat.rows.map((r) => [
        r.chain,
        String(r.hops),
        fixed(r.directP50Ms),
        fixed(r.chainP50Ms),
        fixed(r.addedP50Ms),
        fixed(r.addedP50PerHopMs),
        r.perHopBeyondProcessFloorMs === undefined ? '-' : fixed(r.perHopBeyondProcessFloorMs),
        fixed(r.directP99Ms),
        fixed(r.chainP99Ms),
        String(r.requests),
        String(r.errors),
      ]),
    ],
    [false, true, true, true, true, true, true, true, true, true, true],
  );
  const t = result.throughput;
  const notes = lat.rows.flatMap((r) =>
    [r.note, r.variant, r.firstError && `first error: ${r.firstError}`]
      .filter(Boolean)
      .map((n) => `  ${r.chain} (${r.patternId}): ${n}`),
  );
  return [
    `Latency (ms), open model: ${lat.ratePerTarget} req/s per target, ${lat.seconds} s, targets interleaved; added = chain p50 - direct p50 of the same replicas, same run`,
    latencyTable,
    ...(lat.reference
      ? [
          `reference: a bare TCP proxy in a process of its own (nothing parsed) in front of ${lat.reference.direct} adds ${fixed(lat.reference.addedP50Ms)} ms p50 (p99 ${fixed(lat.reference.p99Ms)}): the least one extra process costs on this machine now`,
          '  beyond floor = (added p50 - that reference) / hops: the cost of the hops themselves, since every chain crosses exactly one extra process (the twin)',
        ]
      : []),
    ...(lat.cacheHit
      ? [
          `cache hit (${lat.cacheHit.trace}) in front of ${lat.cacheHit.chain}: p50 ${fixed(lat.cacheHit.hitP50Ms)} ms (p99 ${fixed(lat.cacheHit.hitP99Ms)}) against the chain's ${fixed(lat.cacheHit.chainP50Ms)} ms: ${lat.cacheHit.savedP50Ms > 0 ? 'costs less than the chain it skips' : 'NOT cheaper than the chain'} by ${fixed(lat.cacheHit.savedP50Ms)} ms, ${lat.cacheHit.requests} requests, ${lat.cacheHit.errors} errors`,
        ]
      : []),
    ...gatewayFeatureLines(result),
    ...(notes.length ? ['notes:', ...notes] : []),
    ...(lat.lateArrivals > 0
      ? [`  ${lat.lateArrivals} arrivals were sent more than 1 ms late (generator behind)`]
      : []),
    '',
    `Max throughput (closed model, autocannon, ${t.connections} connections, ${t.secondsPerRun} s x ${t.rounds.length} rounds, median):`,
    `  direct ${Math.round(t.directRps)} req/s   ${t.chain}: ${Math.round(t.chainRps)} req/s   ratio ${fixed(t.ratio, 2)}   errors ${t.errors}`,
    `  CPU s per 1000 requests via chain: twin ${fixed(t.cpuPer1000.twin)}  service replicas ${fixed(t.cpuPer1000.replicas)}  generator ${fixed(t.cpuPer1000.generator)}`,
    `  CPU s per 1000 requests direct:    twin ${fixed(t.cpuPer1000Direct.twin)}  service replicas ${fixed(t.cpuPer1000Direct.replicas)}  generator ${fixed(t.cpuPer1000Direct.generator)}`,
    `  twin CPU per hop: ${fixed(t.twinCpuPerHopMs)} ms per request`,
    `Machine: ${result.environment.cpus} cores, load average ${result.environment.loadAverageAtStart.join(' ')} at start, ${result.environment.loadAverageAtEnd.join(' ')} at end (other processes compete with every figure above)`,
    '',
    goalLine(result),
    `  raw added p50 per hop (the extra process's cost included) <= ${GOALS.perHopBeyondFloorMs} ms: ${result.goals.rawPerHopWithin ? 'yes' : 'no'} (informational)`,
  ].join('\n');
}

function goalLine(result: BenchResult): string {
  const g = result.goals;
  const met = (value: boolean | undefined) =>
    value === undefined ? 'not measured (no reference row)' : value ? 'met' : 'NOT met';
  return `Goals: per hop beyond the one-process floor <= ${GOALS.perHopBeyondFloorMs} ms: ${met(g.perHopBeyondFloorMet)}; longest chain >= ${GOALS.longestChainThroughputRatio}x direct throughput: ${met(g.throughputMet)}`;
}

export async function writeResult(dir: string, result: BenchResult): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = join(dir, `${result.startedAt.replace(/[:.]/g, '-')}.json`);
  await writeFile(file, `${JSON.stringify(result, null, 2)}\n`);
  return file;
}
