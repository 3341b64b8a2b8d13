import { type Static, Type } from 'typebox';

const Count = Type.Integer({ minimum: 0 });
const Ms = Type.Number({ minimum: 0 });

/**
 * The write-burst scenario's part of a result record: what became of every write the target accepted
 * (202) once the consumer drained the stream, how long each took from the 202 to applied, whether each is
 * in the durable copy (S3), and how much faster writes were accepted than the consumer applied them.
 */
export const WriteBurstResult = Type.Object({
  /** Writes answered 202 with a write id. */
  accepted: Count,
  /** Accepted writes whose status says `applied`. */
  applied: Count,
  /** Accepted writes the consumer refused on purpose (`failed`: a stale version, a validation error). */
  refused: Count,
  /** Records in batches the consumer gave up on during the run (the on-failure queue). */
  queued: Count,
  /** Still `pending` when the drain ended. */
  pending: Count,
  /** accepted - applied - refused - queued, never below 0: writes nothing accounts for. */
  lost: Count,
  /** The first pending ids beyond what the queue accounts for, as `<service>/<writeId>`. */
  lostIds: Type.Array(Type.String()),
  /** Seconds from the end of the load until no accepted write was pending; null when the drain timed out. */
  drainSec: Type.Union([Type.Number({ minimum: 0 }), Type.Null()]),
  /** How long the harness waited at most. */
  drainLimitSec: Type.Number({ minimum: 0 }),
  /** From the gateway's acceptance to the consumer's recorded outcome, over every settled write. */
  lagMs: Type.Union([Type.Object({ count: Count, p50: Ms, p99: Ms, max: Ms }), Type.Null()]),
  /** Accepted writes per second over the tool's request window. */
  acceptRatePerSec: Type.Number({ minimum: 0 }),
  /** Settled writes per second between the consumer's first and last outcome (its sustained rate); null under 2. */
  applyRatePerSec: Type.Union([Type.Number({ minimum: 0 }), Type.Null()]),
  /** acceptRatePerSec / applyRatePerSec, both of this run; null without an apply rate. */
  ratio: Type.Union([Type.Number({ minimum: 0 }), Type.Null()]),
  /** The goal: ratio at least this, with no accepted write lost. */
  goalRatio: Type.Number({ minimum: 0 }),
  /**
   * Whether this run met the goal. Reported, not a check: the ratio depends on the machine and the stage
   * throttle in front of the stream (the demo's 40 rps stays below five times the twin's consumer).
   */
  goalMet: Type.Boolean(),
  /** Accepted writes found in the durable copy (Firehose's objects in S3); null when it could not be read. */
  inDurableCopy: Type.Union([Count, Type.Null()]),
  /** Where the figures came from. */
  sources: Type.Object({
    /** `GET <svc>/writes/{writeId}` through the targets file's base URL. */
    status: Type.Literal('status-route'),
    queue: Type.Union([Type.Literal('twin-control'), Type.Literal('sqs'), Type.Literal('none')]),
    copy: Type.Union([Type.Literal('twin-s3'), Type.Literal('s3'), Type.Literal('none')]),
  }),
});

export type WriteBurstResult = Static<typeof WriteBurstResult>;
