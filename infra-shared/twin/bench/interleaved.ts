/**
 * Interleaved latency of a few request kinds against one in-process gateway: every round sends each kind
 * once, in rotating order, over one keep-alive connection, so all kinds see the same machine state. The
 * first kind is the baseline; each row says what its p50 adds to the baseline's.
 */
import { Agent, request } from 'undici';

export interface RequestKind<Name extends string> {
  readonly name: Name;
  readonly path: string;
  readonly body: string;
}

export interface InterleavedRow<Name extends string> {
  readonly name: Name;
  readonly requests: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** p50 minus the first kind's p50. */
  readonly addedP50Ms: number;
  readonly status: number;
  readonly backendCalls: number;
}

const WARMUP_ROUNDS = 200;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/** POSTs each kind `rounds` times (after a warm-up) to `baseUrl`; `backendCalls()` counts calls so far. */
export async function interleavedRows<Name extends string>(
  baseUrl: string,
  headers: Record<string, string>,
  kinds: readonly RequestKind<Name>[],
  backendCalls: () => number,
  rounds: number,
): Promise<InterleavedRow<Name>[]> {
  const agent = new Agent({ connections: 1, pipelining: 1 });
  const samples = kinds.map(() => [] as number[]);
  const statuses = kinds.map(() => 0);
  const calls = kinds.map(() => 0);
  try {
    for (let i = 0; i < rounds + WARMUP_ROUNDS; i++) {
      for (let k = 0; k < kinds.length; k++) {
        const index = (i + k) % kinds.length;
        const kind = kinds[index] as RequestKind<Name>;
        const before = backendCalls();
        const start = performance.now();
        const res = await request(`${baseUrl}${kind.path}`, {
          method: 'POST',
          headers,
          body: kind.body,
          dispatcher: agent,
        });
        await res.body.text();
        const ms = performance.now() - start;
        if (i < WARMUP_ROUNDS) continue;
        samples[index]?.push(ms);
        statuses[index] = res.statusCode;
        calls[index] = (calls[index] ?? 0) + backendCalls() - before;
      }
    }
  } finally {
    await agent.close();
  }
  const sorted = samples.map((s) => [...s].sort((a, b) => a - b));
  const baseP50 = percentile(sorted[0] ?? [], 50);
  return kinds.map((kind, i) => ({
    name: kind.name,
    requests: sorted[i]?.length ?? 0,
    p50Ms: percentile(sorted[i] ?? [], 50),
    p99Ms: percentile(sorted[i] ?? [], 99),
    addedP50Ms: percentile(sorted[i] ?? [], 50) - baseP50,
    status: statuses[i] ?? 0,
    backendCalls: calls[i] ?? 0,
  }));
}
