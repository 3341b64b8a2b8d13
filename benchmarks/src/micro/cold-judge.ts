/**
 * How bench:cold turns samples into rows and judges them against the decided goal: each service starts
 * within 1.05x the Fastify floor (Fastify, one route, @fastify/aws-lambda, the same client, measured in
 * the same run), wall time and CPU time alike, with a bundle of at most 1 MB. The bare handler row stays
 * as information (what Node and the SDK client cost alone); it is not a goal any more.
 */
import { median, round } from './output.js';

/** The decided goals: a service's cold start over the Fastify floor, and the bundle size. */
export const COLD_GOALS = { maxOverFloor: 1.05, maxBundleBytes: 1_000_000 } as const;

export interface ColdSample {
  /** Spawn of the process until its first response arrived, in ms. */
  readonly totalMs: number;
  readonly bootMs: number;
  readonly importMs: number;
  readonly firstEventMs: number;
  readonly cpuMs: number;
  readonly statusCode: number;
  readonly cold: string | undefined;
  readonly globalRequire: string;
}

export interface ColdRow {
  readonly target: string;
  readonly bundleBytes: number;
  readonly reps: number;
  readonly medianMs: number;
  readonly minMs: number;
  readonly maxMs: number;
  readonly medianImportMs: number;
  readonly medianFirstEventMs: number;
  /** Median CPU time (user + system) of the process until its response. */
  readonly medianCpuMs: number;
  /** Over the bare handler, wall ms (information); undefined for the bare row. */
  readonly ratio: number | undefined;
  /** Over the bare handler, CPU ms (information); undefined for the bare row. */
  readonly cpuRatio: number | undefined;
  /** Over the Fastify floor, wall ms: what the kit and the service add to Fastify itself. */
  readonly overFloor: number | undefined;
  /** Over the Fastify floor, CPU ms: the steadier of the two on a busy machine. */
  readonly cpuOverFloor: number | undefined;
  readonly coldHeader: string | undefined;
  readonly loadsAsEsm: boolean;
  /** Both floor ratios within the goal and the bundle within its size; undefined for the references. */
  readonly withinGoals: boolean | undefined;
  readonly samplesMs: number[];
  readonly samplesCpuMs: number[];
}

/**
 * The median of the per-round ratios (round i of one target over round i of the other). Rounds are
 * interleaved, so the two starts of a pair ran seconds apart: load that comes and goes on a shared
 * machine moves both and cancels out, which a ratio of two medians taken minutes apart does not.
 */
export function pairedRatio(values: readonly number[], baseline: readonly number[]): number {
  const count = Math.min(values.length, baseline.length);
  const ratios: number[] = [];
  for (let i = 0; i < count; i++) ratios.push((values[i] as number) / (baseline[i] as number));
  return median(ratios);
}

/** Whether a service row meets the decided goals: wall and CPU over the floor, and its bundle size. */
export function meetsColdGoals(row: Pick<ColdRow, 'overFloor' | 'cpuOverFloor' | 'bundleBytes'>): boolean {
  // Both ratios must meet it: on a busy machine wall time alone can pass (or fail) by luck.
  return (
    (row.overFloor ?? Number.POSITIVE_INFINITY) <= COLD_GOALS.maxOverFloor &&
    (row.cpuOverFloor ?? Number.POSITIVE_INFINITY) <= COLD_GOALS.maxOverFloor &&
    row.bundleBytes <= COLD_GOALS.maxBundleBytes
  );
}

const wallOf = (samples: readonly ColdSample[]) => samples.map((s) => s.totalMs);
const cpuOf = (samples: readonly ColdSample[]) => samples.map((s) => s.cpuMs);

/** The references a row is compared with: the bare handler and, for rows held to the goals, the floor. */
export interface ColdBaselines {
  readonly bare?: readonly ColdSample[];
  readonly floor?: readonly ColdSample[];
}

/** One row of the table; judged against the goals when the floor's samples are given. */
export function summarizeCold(
  target: { name: string; bytes: number },
  samples: readonly ColdSample[],
  baselines: ColdBaselines = {},
): ColdRow {
  const totals = wallOf(samples);
  const cpu = cpuOf(samples);
  const { bare, floor } = baselines;
  const ratio = (values: number[], base: number[] | undefined) =>
    base === undefined ? undefined : round(pairedRatio(values, base), 3);
  const judged = {
    bundleBytes: target.bytes,
    overFloor: ratio(totals, floor && wallOf(floor)),
    cpuOverFloor: ratio(cpu, floor && cpuOf(floor)),
  };
  return {
    target: target.name,
    reps: samples.length,
    medianMs: round(median(totals), 1),
    minMs: round(Math.min(...totals), 1),
    maxMs: round(Math.max(...totals), 1),
    medianImportMs: round(median(samples.map((s) => s.importMs)), 1),
    medianFirstEventMs: round(median(samples.map((s) => s.firstEventMs)), 1),
    medianCpuMs: round(median(cpu), 1),
    ratio: ratio(totals, bare && wallOf(bare)),
    cpuRatio: ratio(cpu, bare && cpuOf(bare)),
    ...judged,
    coldHeader: samples[0]?.cold,
    loadsAsEsm: samples.every((s) => s.globalRequire === 'undefined'),
    withinGoals: floor === undefined ? undefined : meetsColdGoals(judged),
    samplesMs: totals.map((t) => round(t, 1)),
    samplesCpuMs: cpu.map((t) => round(t, 1)),
  };
}
