import type { AcknowledgedWrite } from '../failover/acknowledged.js';
import { percentile, round } from '../result-format/measurement.js';
import type { Check } from '../result-format/schema.js';
import type { WriteBurstResult } from '../result-format/write-burst-schema.js';

/** What the status route answered for one write (`GET /<svc>/writes/{writeId}`). */
export interface WriteOutcome {
  readonly status: 'pending' | 'applied' | 'failed';
  /** Epoch ms at which the gateway accepted the write (settled writes only). */
  readonly acceptedAt?: number;
  /** ISO time at which the consumer recorded its outcome (settled writes only). */
  readonly appliedAt?: string;
}

export interface WriteBurstFigures {
  readonly writes: readonly AcknowledgedWrite[];
  /** By write id. */
  readonly outcomes: ReadonlyMap<string, WriteOutcome>;
  /** Epoch ms of the tool's first and last response. */
  readonly requestWindow: { readonly first: number; readonly last: number } | null;
  readonly queued: number;
  readonly inDurableCopy: number | null;
  /** Seconds from the end of the load until nothing was pending; null when the drain timed out. */
  readonly drainSec: number | null;
  readonly drainLimitSec: number;
  readonly goalRatio: number;
  readonly sources: WriteBurstResult['sources'];
}

const LOST_IDS_KEPT = 20;

/** Per second over a span of epoch ms; null when fewer than two events make no span. */
function ratePerSec(count: number, from: number, to: number): number | null {
  if (count < 2 || to <= from) return null;
  return round(count / ((to - from) / 1000), 1);
}

/** The write-burst block from one run's figures: counts, lag, both rates and their ratio. */
export function writeBurstResult(figures: WriteBurstFigures): WriteBurstResult {
  const outcomes = figures.writes.map((w) => figures.outcomes.get(w.id) ?? { status: 'pending' as const });
  const settled = outcomes.filter((o) => o.status !== 'pending' && o.appliedAt && o.acceptedAt);
  const appliedTimes = settled.map((o) => Date.parse(o.appliedAt as string)).sort((a, b) => a - b);
  const lags = settled.map((o) => Date.parse(o.appliedAt as string) - (o.acceptedAt as number));
  const sortedLags = lags.map((l) => Math.max(0, l)).sort((a, b) => a - b);
  const applied = outcomes.filter((o) => o.status === 'applied').length;
  const refused = outcomes.filter((o) => o.status === 'failed').length;
  const pending = figures.writes.length - applied - refused;
  const lost = Math.max(0, pending - figures.queued);
  const window = figures.requestWindow;
  const acceptRate = window ? (ratePerSec(figures.writes.length, window.first, window.last) ?? 0) : 0;
  const applyRate = ratePerSec(settled.length, appliedTimes[0] ?? 0, appliedTimes.at(-1) ?? 0);
  const ratio = applyRate ? round(acceptRate / applyRate, 2) : null;
  return {
    accepted: figures.writes.length,
    applied,
    refused,
    queued: figures.queued,
    pending,
    lost,
    lostIds:
      lost === 0
        ? []
        : figures.writes
            .filter((w) => (figures.outcomes.get(w.id)?.status ?? 'pending') === 'pending')
            .slice(0, LOST_IDS_KEPT)
            .map((w) => `${w.service}/${w.id}`),
    drainSec: figures.drainSec,
    drainLimitSec: figures.drainLimitSec,
    lagMs:
      sortedLags.length === 0
        ? null
        : {
            count: sortedLags.length,
            p50: round(percentile(sortedLags, 50)),
            p99: round(percentile(sortedLags, 99)),
            max: round(sortedLags.at(-1) as number),
          },
    acceptRatePerSec: acceptRate,
    applyRatePerSec: applyRate,
    ratio,
    goalRatio: figures.goalRatio,
    goalMet: ratio !== null && ratio >= figures.goalRatio && lost === 0,
    inDurableCopy: figures.inDurableCopy,
    sources: figures.sources,
  };
}

/** The scenario's checks: every accepted write accounted for and in the copy (the goal is reported in the block). */
export function writeBurstChecks(block: WriteBurstResult): Check[] {
  return [
    {
      name: 'no accepted write lost',
      pass: block.accepted > 0 && block.lost === 0,
      detail: `${block.accepted} accepted: ${block.applied} applied, ${block.refused} refused, ${block.queued} queued, ${block.lost} lost`,
    },
    {
      name: 'every accepted write in the durable copy',
      pass: block.inDurableCopy === block.accepted,
      detail: block.inDurableCopy === null ? 'not read' : `${block.inDurableCopy} of ${block.accepted}`,
    },
  ];
}
