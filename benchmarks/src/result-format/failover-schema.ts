import { type Static, Type } from 'typebox';

/**
 * The failover scenario's part of a result record: what was killed and when, the errors that followed, how
 * long until they stopped, and whether any acknowledged write was lost. Times are seconds since the kill.
 */
export const FailoverResult = Type.Object({
  service: Type.String(),
  compute: Type.Union([Type.Literal('lambda'), Type.Literal('fargate')]),
  /** What was done: `orders: replica 1 of 2 killed`, `orders: task ... stopped`, `catalog: reserved concurrency 0`. */
  target: Type.String(),
  /** Targets the service had before the kill (replicas or running tasks); null for a Lambda function. */
  targetsBefore: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()]),
  /** Seconds from the first response to the kill. */
  killedAtSec: Type.Number(),
  /** Seconds from the kill until the target was given back within the run (Lambda concurrency); else null. */
  restoredAfterSec: Type.Union([Type.Number(), Type.Null()]),
  /** Responses outside the expected statuses, by status; `no-response` counts resets, refusals and timeouts. */
  errorsByStatus: Type.Record(Type.String(), Type.Integer({ minimum: 0 })),
  /** First and last error, in seconds since the kill; null without errors. */
  errorWindow: Type.Union([Type.Object({ firstSec: Type.Number(), lastSec: Type.Number() }), Type.Null()]),
  /**
   * Seconds from the kill until the error rate was back to zero (the last error), null when errors went on
   * into the last second of the run (not recovered). 0 when the kill caused no error at all.
   */
  recoverySec: Type.Union([Type.Number({ minimum: 0 }), Type.Null()]),
  /** Errors per second, `t` in whole seconds since the kill (negative before it). */
  errorsOverTime: Type.Array(
    Type.Object({
      t: Type.Integer(),
      sent: Type.Integer({ minimum: 0 }),
      errors: Type.Integer({ minimum: 0 }),
    }),
  ),
  /** Every acknowledged create (201 with an id) read back after the run; null when none was logged. */
  writes: Type.Union([
    Type.Object({
      acknowledged: Type.Integer({ minimum: 0 }),
      readBack: Type.Integer({ minimum: 0 }),
      lost: Type.Integer({ minimum: 0 }),
      /** The first lost ids with the status their read answered. */
      lostIds: Type.Array(Type.String()),
    }),
    Type.Null(),
  ]),
});

export type FailoverResult = Static<typeof FailoverResult>;
