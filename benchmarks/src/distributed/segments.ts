/**
 * k6 execution segments: how one k6 test is split over N processes or machines without coordination,
 * the mechanism the k6-operator uses for `parallelism` (equal segments `i/N:(i+1)/N` over the sequence
 * `0,1/N,...,1`, so every runner stripes the same way). Each segment runs its share of every arrival-rate
 * scenario; the shares add up to the whole plan.
 */
export interface ExecutionSegment {
  /** 0-based worker index. */
  readonly index: number;
  /** `--execution-segment`, e.g. `1/2:1`. */
  readonly segment: string;
  /** `--execution-segment-sequence`, e.g. `0,1/2,1`. */
  readonly sequence: string;
}

function boundary(i: number, n: number): string {
  if (i === 0) return '0';
  if (i === n) return '1';
  return `${i}/${n}`;
}

/** The N equal segments of one test, in worker order. */
export function executionSegments(n: number): ExecutionSegment[] {
  if (!Number.isInteger(n) || n < 1) throw new Error(`--workers: expected a whole number >= 1; got ${n}`);
  const sequence = Array.from({ length: n + 1 }, (_, i) => boundary(i, n)).join(',');
  return Array.from({ length: n }, (_, index) => ({
    index,
    segment: `${boundary(index, n)}:${boundary(index + 1, n)}`,
    sequence,
  }));
}

/** The k6 command-line flags of one segment. */
export function segmentArgs(segment: ExecutionSegment): string[] {
  return ['--execution-segment', segment.segment, '--execution-segment-sequence', segment.sequence];
}
