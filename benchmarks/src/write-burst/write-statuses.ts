import type { TargetPattern } from '@pik/contracts';
import { WRITES_SEGMENT } from '@pik/service-kit/writes';
import type { AcknowledgedWrite } from '../failover/acknowledged.js';
import type { WriteOutcome } from './write-burst-result.js';

/** Status reads at once: enough to read hundreds in a second or two, few enough for two cores. */
const STATUS_CONCURRENCY = 8;
const POLL_MS = 250;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/** `GET <base><svc>/writes/{writeId}`; a 429 (the stage throttle) waits and tries again. */
async function readOutcome(
  pattern: TargetPattern,
  headers: Readonly<Record<string, string>>,
  write: AcknowledgedWrite,
  fetchImpl: typeof fetch,
): Promise<WriteOutcome> {
  const path = pattern.services.find((s) => s.name === write.service)?.path ?? `/${write.service}`;
  const url = `${pattern.baseUrl.replace(/\/+$/, '')}${path}/${WRITES_SEGMENT}/${encodeURIComponent(write.id)}`;
  for (let attempt = 0; ; attempt++) {
    const response = await fetchImpl(url, { headers: { ...headers }, signal: AbortSignal.timeout(30_000) });
    const text = await response.text();
    if (response.status === 200) return JSON.parse(text) as WriteOutcome;
    if (response.status !== 429 || attempt >= 50)
      throw new Error(`GET ${url} answered ${response.status}: ${text.slice(0, 200)}`);
    await sleep(50);
  }
}

export interface Drained {
  readonly outcomes: Map<string, WriteOutcome>;
  /** Seconds from `loadEndedAt` until nothing was pending; null when the deadline came first. */
  readonly drainSec: number | null;
}

/**
 * Reads every write's status until none is pending or `deadline` (epoch ms) passes, re-reading only the
 * pending ones each round.
 */
export async function drainWrites(
  pattern: TargetPattern,
  headers: Readonly<Record<string, string>>,
  writes: readonly AcknowledgedWrite[],
  timing: { readonly loadEndedAt: number; readonly deadline: number },
  fetchImpl: typeof fetch = fetch,
): Promise<Drained> {
  const outcomes = new Map<string, WriteOutcome>();
  let pending = [...writes];
  for (;;) {
    let next = 0;
    const round = pending;
    const reader = async () => {
      for (let i = next++; i < round.length; i = next++) {
        const write = round[i] as AcknowledgedWrite;
        outcomes.set(write.id, await readOutcome(pattern, headers, write, fetchImpl));
      }
    };
    await Promise.all(Array.from({ length: STATUS_CONCURRENCY }, reader));
    pending = round.filter((w) => outcomes.get(w.id)?.status === 'pending');
    if (pending.length === 0)
      return { outcomes, drainSec: Math.max(0, (Date.now() - timing.loadEndedAt) / 1000) };
    if (Date.now() + POLL_MS > timing.deadline) return { outcomes, drainSec: null };
    await sleep(POLL_MS);
  }
}
