import { type Static, Type } from 'typebox';

/** A latency summary for a subset of responses (cold, warm, cache hits, a cache tier). */
export const SmallLatency = Type.Object({
  count: Type.Integer({ minimum: 0 }),
  p50: Type.Number({ minimum: 0 }),
  p95: Type.Number({ minimum: 0 }),
  max: Type.Number({ minimum: 0 }),
});
export type SmallLatency = Static<typeof SmallLatency>;
