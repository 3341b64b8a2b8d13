import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { TargetPattern, TargetService } from '@pik/contracts';
import { hostPreservingFetch } from '../requests/discover-data.js';
import type { Sample } from '../result-format/measurement.js';
import { readArtillerySamples } from '../result-format/read-artillery.js';
import { readK6Samples } from '../result-format/read-k6.js';
import type { ToolResult } from '../result-format/schema.js';
import type { PlanFailover, RunPlan } from '../scenarios/plan.js';
import {
  type KilledTarget,
  killTwinTarget,
  restoreTwinTarget,
  waitTwinTargetsHealthy,
} from '../targets/twin-control.js';
import {
  type AcknowledgedWrite,
  readArtilleryAcknowledged,
  readBackWrites,
  readK6Acknowledged,
} from './acknowledged.js';
import { type FailoverEvents, failoverChecks, failoverResult } from './failover-result.js';

/** Kills one target of a service and gives it back: the twin's control surface, or the AWS APIs. */
export interface TargetKiller {
  kill(pattern: TargetPattern, service: TargetService): Promise<KilledTarget>;
  /**
   * Lambda: its concurrency back (called within the run). A container: back and healthy (called after
   * the run), so the next run meets every target serving.
   */
  restore(pattern: TargetPattern, service: TargetService): Promise<void>;
}

export const twinTargetKiller: TargetKiller = {
  kill: (pattern, service) => killTwinTarget(pattern, service),
  async restore(pattern, service) {
    await restoreTwinTarget(pattern, service);
    if (service.compute !== 'lambda') await waitTwinTargetsHealthy(pattern);
  },
};

export interface FailoverRunPlace {
  readonly tool: 'k6' | 'artillery';
  /** The tool's raw-output folder (where its logs appear while it runs). */
  readonly dir: string;
  readonly outDir: string;
  readonly pattern: TargetPattern;
  readonly headers: Readonly<Record<string, string>>;
  readonly killer: TargetKiller;
  readonly log: (line: string) => void;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/** Waits until the wall clock reads `at` or later (a timer may fire a millisecond early by `Date.now()`). */
async function sleepUntil(at: number): Promise<void> {
  while (Date.now() < at) await sleep(at - Date.now());
}

/**
 * When the tool started sending: k6 logs the plan's start marker (stderr, written at once), artillery's
 * processor writes its request log on the first response. Undefined when the tool ended first.
 */
async function toolStarted(
  place: FailoverRunPlace,
  marker: string,
  ended: () => boolean,
): Promise<number | undefined> {
  while (!ended()) {
    const started =
      place.tool === 'k6'
        ? (await readFile(join(place.dir, 'k6-stderr.log'), 'utf8').catch(() => '')).includes(marker)
        : // The run's folder appears only once the tool is being set up: until then, not started.
          (await readdir(place.dir).catch(() => [] as string[])).some(
            (f) => f.startsWith('artillery-requests.') && f.endsWith('.jsonl'),
          );
    if (started) return Date.now();
    await sleep(50);
  }
  return undefined;
}

/**
 * Runs one tool with the failover kill: `atSec` after its first request one target of the plan's service
 * is killed; a Lambda service's concurrency comes back `restoreAfterSec` later, a container after the run.
 * The record gains the failover block (errors, window, recovery) and every acknowledged write is read back.
 */
export async function runWithFailover(
  run: () => Promise<ToolResult>,
  plan: RunPlan & { readonly failover: PlanFailover },
  place: FailoverRunPlace,
): Promise<ToolResult> {
  const failover = plan.failover;
  const service = place.pattern.services.find((s) => s.name === failover.service);
  if (!service) throw new Error(`${place.pattern.id}: no service '${failover.service}' to kill a target of`);
  let ended = false;
  const running = run().finally(() => {
    ended = true;
  });
  let events: FailoverEvents | undefined;
  let restored: Promise<void> = Promise.resolve();
  try {
    events = await killDuringRun(place, failover, service, () => ended);
  } finally {
    // The tool's outcome first; a container is given back once the run is over, while its record is read.
    await running.catch(() => undefined);
    if (events && service.compute !== 'lambda') restored = place.killer.restore(place.pattern, service);
  }
  const record = await running.catch(async (error: unknown) => {
    await restored.catch(() => undefined);
    throw error;
  });
  if (!events) return record;
  const [withBlock] = await Promise.all([withFailoverBlock(record, plan, place, events), restored]);
  return withBlock;
}

/** Waits for the tool's first request, kills at `atSec`, gives a Lambda service back `restoreAfterSec` later. */
async function killDuringRun(
  place: FailoverRunPlace,
  failover: PlanFailover,
  service: TargetService,
  ended: () => boolean,
): Promise<FailoverEvents | undefined> {
  const started = await toolStarted(place, failover.startMarker, ended);
  if (started === undefined) return undefined;
  await sleepUntil(started + failover.atSec * 1000);
  const killedAt = Date.now();
  const killed = await place.killer.kill(place.pattern, service);
  place.log(`  killed ${killed.description} ${failover.atSec}s after the first request`);
  let restoredAt: number | undefined;
  if (service.compute === 'lambda') {
    // The outage lasts `restoreAfterSec` from when the kill took effect (the call returned), never less.
    await sleepUntil(Date.now() + failover.restoreAfterSec * 1000);
    await place.killer.restore(place.pattern, service);
    restoredAt = Date.now();
  }
  return { killedAt, restoredAt, target: killed.description, targetsBefore: killed.targetsBefore };
}

async function withFailoverBlock(
  record: ToolResult,
  plan: RunPlan & { readonly failover: PlanFailover },
  place: FailoverRunPlace,
  events: FailoverEvents,
): Promise<ToolResult> {
  const files = record.rawFiles.map((file) => join(place.outDir, file));
  const { samples, writes } = await loggedRequests(place.tool, files);
  const block = failoverResult(plan, samples, events);
  const fetchImpl = place.headers.host === undefined ? fetch : hostPreservingFetch;
  block.writes =
    writes.length === 0 ? null : await readBackWrites(place.pattern, place.headers, writes, fetchImpl);
  return { ...record, failover: block, thresholds: [...record.thresholds, ...failoverChecks(block)] };
}

/** Every response and acknowledged write the tool logged, from its raw files. */
async function loggedRequests(
  tool: 'k6' | 'artillery',
  files: readonly string[],
): Promise<{ samples: readonly Sample[]; writes: readonly AcknowledgedWrite[] }> {
  if (tool === 'k6') {
    const raw = files.find((f) => f.endsWith('.json.gz'));
    if (!raw) return { samples: [], writes: [] };
    return { samples: await readK6Samples(raw), writes: await readK6Acknowledged(raw) };
  }
  const logs = files.filter((f) => f.endsWith('.jsonl'));
  const prefix = logs[0]?.replace(/\.[^.]+\.jsonl$/, '');
  if (!prefix) return { samples: [], writes: [] };
  return {
    samples: (await readArtillerySamples(prefix)).samples,
    writes: await readArtilleryAcknowledged(logs),
  };
}
