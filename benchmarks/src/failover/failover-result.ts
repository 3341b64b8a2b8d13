import type { FailoverResult } from '../result-format/failover-schema.js';
import { round, type Sample } from '../result-format/measurement.js';
import type { Check } from '../result-format/schema.js';
import type { PlanFailover, RunPlan } from '../scenarios/plan.js';

/** What happened to the target during one tool's run, in wall-clock epoch milliseconds. */
export interface FailoverEvents {
  readonly killedAt: number;
  /** When the target was given back within the run (Lambda concurrency), else undefined. */
  readonly restoredAt?: number;
  readonly target: string;
  readonly targetsBefore: number | null;
}

/** Key of a request that got no response (status 0 in the tools' logs). */
export const NO_RESPONSE = 'no-response';

/** A response that is not one the scenario expects, or no response at all. */
function isError(sample: Sample, expected: ReadonlySet<number>): boolean {
  return sample.status === 0 || !expected.has(sample.status);
}

function errorsOverTime(
  samples: readonly Sample[],
  killedAt: number,
  expected: ReadonlySet<number>,
): FailoverResult['errorsOverTime'] {
  const buckets = new Map<number, { sent: number; errors: number }>();
  for (const sample of samples) {
    const t = Math.floor((sample.t - killedAt) / 1000);
    const bucket = buckets.get(t) ?? { sent: 0, errors: 0 };
    bucket.sent += 1;
    if (isError(sample, expected)) bucket.errors += 1;
    buckets.set(t, bucket);
  }
  return [...buckets.entries()].sort(([a], [b]) => a - b).map(([t, b]) => ({ t, ...b }));
}

/**
 * The failover block of a record from the tool's per-request log: errors by status, the error window and
 * the time until errors stopped, all counted from the kill. Recovered means at least one second of
 * error-free responses followed the last error before the run ended.
 */
export function failoverResult(
  plan: Pick<RunPlan, 'expectedStatuses'> & { readonly failover: PlanFailover },
  samples: readonly Sample[],
  events: FailoverEvents,
): FailoverResult {
  const expected = new Set(plan.expectedStatuses);
  const first = samples[0]?.t ?? events.killedAt;
  const last = samples.at(-1)?.t ?? events.killedAt;
  const errors = samples.filter((s) => isError(s, expected));
  const errorsByStatus: Record<string, number> = {};
  for (const e of errors) {
    const key = e.status === 0 ? NO_RESPONSE : String(e.status);
    errorsByStatus[key] = (errorsByStatus[key] ?? 0) + 1;
  }
  const sinceKill = (t: number) => round((t - events.killedAt) / 1000, 3);
  const firstError = errors[0];
  const lastError = errors.at(-1);
  const recovered = !lastError || last - lastError.t >= 1000;
  return {
    service: plan.failover.service,
    compute: plan.failover.compute,
    target: events.target,
    targetsBefore: events.targetsBefore,
    killedAtSec: round((events.killedAt - first) / 1000, 3),
    restoredAfterSec: events.restoredAt === undefined ? null : sinceKill(events.restoredAt),
    errorsByStatus,
    errorWindow:
      firstError && lastError ? { firstSec: sinceKill(firstError.t), lastSec: sinceKill(lastError.t) } : null,
    recoverySec: !lastError ? 0 : recovered ? Math.max(0, sinceKill(lastError.t)) : null,
    errorsOverTime: errorsOverTime(samples, events.killedAt, expected),
    writes: null,
  };
}

/** The failover scenario's pass/fail checks: errors stopped before the run ended, no acknowledged write lost. */
export function failoverChecks(failover: FailoverResult): Check[] {
  const checks: Check[] = [
    {
      name: 'error rate back to zero before the run ended',
      pass: failover.recoverySec !== null,
      detail:
        failover.recoverySec === null
          ? `errors until the end (${failover.target})`
          : `${failover.recoverySec} s after the kill`,
    },
  ];
  const writes = failover.writes;
  if (writes) {
    checks.push({
      name: 'no acknowledged write lost',
      pass: writes.lost === 0,
      detail: `${writes.readBack} of ${writes.acknowledged} read back${writes.lost ? `; lost ${writes.lostIds.join(', ')}` : ''}`,
    });
  }
  return checks;
}
