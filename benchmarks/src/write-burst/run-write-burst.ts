import { join } from 'node:path';
import type { TargetPattern } from '@pik/contracts';
import { type AcknowledgedWrite, acknowledgedIn } from '../failover/acknowledged.js';
import type { ToolResult } from '../result-format/schema.js';
import type { RunPlan } from '../scenarios/plan.js';
import type { WriteBufferReader } from './write-buffer.js';
import { writeBurstChecks, writeBurstResult } from './write-burst-result.js';
import { drainWrites } from './write-statuses.js';

export interface WriteBurstPlace {
  readonly tool: 'k6' | 'artillery';
  readonly outDir: string;
  readonly pattern: TargetPattern;
  readonly headers: Readonly<Record<string, string>>;
  readonly buffer: WriteBufferReader;
  readonly log: (line: string) => void;
}

const COPY_POLL_MS = 500;

/** Polls the durable copy until it holds every id or the deadline passes. */
async function waitForCopy(
  place: WriteBurstPlace,
  writes: readonly AcknowledgedWrite[],
  sinceMs: number,
  deadline: number,
): Promise<number> {
  const ids = new Set(writes.map((w) => w.id));
  for (;;) {
    const found = await place.buffer.copiedIds(place.pattern, ids, sinceMs);
    if (found.size === ids.size || Date.now() + COPY_POLL_MS > deadline) return found.size;
    await new Promise((resolve) => setTimeout(resolve, COPY_POLL_MS));
  }
}

/**
 * After one tool's write burst: waits (bounded by the plan's `drainSec` after the last response) until
 * the consumer settled every accepted write and the durable copy holds them, then adds the write-burst
 * block and its checks to the record.
 */
export async function withWriteBurst(
  record: ToolResult,
  plan: RunPlan & { readonly writeBurst: NonNullable<RunPlan['writeBurst']> },
  place: WriteBurstPlace,
): Promise<ToolResult> {
  const writes = await acknowledgedIn(
    place.tool,
    record.rawFiles.map((file) => join(place.outDir, file)),
  );
  const window = record.requestWindow
    ? { first: Date.parse(record.requestWindow.first), last: Date.parse(record.requestWindow.last) }
    : null;
  const loadEndedAt = window?.last ?? Date.now();
  const deadline = loadEndedAt + plan.writeBurst.drainSec * 1000;
  const sinceMs = Date.parse(record.startedAt);
  place.log(`  ${writes.length} writes accepted; waiting up to ${plan.writeBurst.drainSec}s for the drain`);
  const drained = await drainWrites(place.pattern, place.headers, writes, { loadEndedAt, deadline });
  const [queued, inDurableCopy] = await Promise.all([
    place.buffer.queuedSince(place.pattern, sinceMs),
    waitForCopy(place, writes, sinceMs, deadline),
  ]);
  const block = writeBurstResult({
    writes,
    outcomes: drained.outcomes,
    requestWindow: window,
    queued,
    inDurableCopy,
    drainSec: drained.drainSec,
    drainLimitSec: plan.writeBurst.drainSec,
    goalRatio: plan.writeBurst.goalRatio,
    sources: { status: 'status-route', ...place.buffer.sources },
  });
  return { ...record, writeBurst: block, thresholds: [...record.thresholds, ...writeBurstChecks(block)] };
}
