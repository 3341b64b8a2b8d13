import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { PIK_HEADERS } from '@pik/contracts';
import { EDGE_TIERS, type EdgeCacheResult, type EdgeTier } from '../result-format/edge-cache-schema.js';
import { percentile, round } from '../result-format/measurement.js';
import type { ToolResult } from '../result-format/schema.js';

/** One read behind CloudFront: the tier that answered and its latency. */
export interface TierSample {
  readonly tier: EdgeTier;
  readonly ms: number;
}

const isTier = (value: unknown): value is EdgeTier => EDGE_TIERS.includes(value as EdgeTier);

/** k6: the `pik_edge_tier` points of its JSON output, each tagged with its tier. */
async function readK6Tiers(rawGz: string): Promise<TierSample[]> {
  const samples: TierSample[] = [];
  const lines = createInterface({ input: createReadStream(rawGz).pipe(createGunzip()) });
  for await (const line of lines) {
    if (!line.includes('"pik_edge_tier"') || !line.includes('"Point"')) continue;
    const { data } = JSON.parse(line) as { data: { value: number; tags?: Record<string, string> } };
    if (isTier(data.tags?.tier)) samples.push({ tier: data.tags.tier, ms: data.value });
  }
  return samples;
}

/** artillery: the request-log lines the processor marked with a tier (`e`). */
async function readArtilleryTiers(files: readonly string[]): Promise<TierSample[]> {
  const samples: TierSample[] = [];
  for (const file of files) {
    for (const line of (await readFile(file, 'utf8')).split('\n')) {
      if (!line.includes('"e":')) continue;
      const entry = JSON.parse(line) as { e?: string; ms?: number };
      if (isTier(entry.e) && typeof entry.ms === 'number') samples.push({ tier: entry.e, ms: entry.ms });
    }
  }
  return samples;
}

const ratio = (hits: number, misses: number) =>
  hits + misses === 0 ? null : round(hits / (hits + misses), 4);

/** The edge-cache block from one run's reads: both tiers' hit ratios and each tier's latency. */
export function edgeCacheResult(samples: readonly TierSample[]): EdgeCacheResult {
  const count = (tier: EdgeTier) => samples.filter((s) => s.tier === tier).length;
  const edgeHits = count('edge-hit');
  const apiHits = count('api-cache-hit');
  const bothMiss = count('both-miss');
  const edgeMisses = apiHits + bothMiss + count('edge-miss');
  const traced = apiHits + bothMiss > 0;
  return {
    source: traced ? `x-cache+${PIK_HEADERS.trace}` : 'x-cache',
    edge: { hits: edgeHits, misses: edgeMisses, hitRatio: ratio(edgeHits, edgeMisses) },
    apiCache: traced ? { hits: apiHits, misses: bothMiss, hitRatio: ratio(apiHits, bothMiss) } : null,
    tiers: EDGE_TIERS.flatMap((tier) => {
      const sorted = samples
        .filter((s) => s.tier === tier)
        .map((s) => s.ms)
        .sort((a, b) => a - b);
      if (sorted.length === 0) return [];
      const latencyMs = {
        count: sorted.length,
        p50: round(percentile(sorted, 50)),
        p95: round(percentile(sorted, 95)),
        max: round(sorted.at(-1) as number),
      };
      return [{ tier, latencyMs }];
    }),
  };
}

/** Adds the edge-cache block to a cached-read record from the tool's raw files. */
export async function withEdgeCache(
  record: ToolResult,
  tool: 'k6' | 'artillery',
  outDir: string,
): Promise<ToolResult> {
  const files = record.rawFiles.map((file) => join(outDir, file));
  const raw = files.find((f) => f.endsWith('.json.gz'));
  const samples =
    tool === 'k6'
      ? raw
        ? await readK6Tiers(raw)
        : []
      : await readArtilleryTiers(files.filter((f) => f.endsWith('.jsonl')));
  return { ...record, edgeCache: edgeCacheResult(samples) };
}
