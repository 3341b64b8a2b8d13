import { type Static, Type } from 'typebox';
import { SmallLatency } from './small-latency.js';

const Count = Type.Integer({ minimum: 0 });
const Ratio = Type.Union([Type.Number({ minimum: 0, maximum: 1 }), Type.Null()]);

/** Which cache answered a read behind CloudFront. */
export const EDGE_TIERS = ['edge-hit', 'api-cache-hit', 'both-miss', 'edge-miss'] as const;
export type EdgeTier = (typeof EDGE_TIERS)[number];

/**
 * cached-read on a pattern behind CloudFront: hits at the edge (`X-Cache`), hits at the API cache among
 * the edge's misses (the twin's trace; AWS sends none, so null there), and the latency of each tier.
 */
export const EdgeCacheResult = Type.Object({
  /** `x-cache+x-pik-trace` on the twin; `x-cache` where responses carry no trace (AWS). */
  source: Type.Union([Type.Literal('x-cache+x-pik-trace'), Type.Literal('x-cache')]),
  edge: Type.Object({ hits: Count, misses: Count, hitRatio: Ratio }),
  /** Among the edge's misses; null when no response said (AWS: read CacheHitCount in CloudWatch). */
  apiCache: Type.Union([Type.Object({ hits: Count, misses: Count, hitRatio: Ratio }), Type.Null()]),
  /** Latency per tier: edge hit, edge miss + API cache hit, both missed (`edge-miss`: API tier unknown). */
  tiers: Type.Array(
    Type.Object({
      tier: Type.Union([
        Type.Literal('edge-hit'),
        Type.Literal('api-cache-hit'),
        Type.Literal('both-miss'),
        Type.Literal('edge-miss'),
      ]),
      latencyMs: SmallLatency,
    }),
  ),
});

export type EdgeCacheResult = Static<typeof EdgeCacheResult>;
