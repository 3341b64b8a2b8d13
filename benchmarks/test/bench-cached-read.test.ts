/**
 * The cached-read scenario with both tools through the twin, against the REST pattern with a VPC link V2 to
 * ALBs synthesized from the real CDK app with its API cache on: each tool's run starts from an emptied cache,
 * every read is counted as a hit or a miss from the twin's trace, and the report shows the counts.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { API_CACHE_CONTEXT_KEY } from '@pik/contracts';
import { optionalTool } from '@pik/testing';
import { describe, expect, it } from 'vitest';
import { K6_INSTALL_HINT, resolveK6 } from '../src/tools/k6-resolver.js';
import { twinBenchSuite } from './support/twin-bench-suite.js';

const PATTERN = 'rest-vpclinkv2-alb';
const k6 = optionalTool('k6', (await resolveK6()) !== undefined, K6_INSTALL_HINT);
const tools = k6.available ? ['k6', 'artillery'] : ['artillery'];

describe(`cached-read through the twin (${PATTERN} with cacheTtl)`, () => {
  const suite = twinBenchSuite({
    name: 'cache',
    patterns: [PATTERN],
    app: { commonProps: { waf: false } },
    // The cache as a user turns it on: `-c pik:api-cache=300`.
    context: { [API_CACHE_CONTEXT_KEY]: '300' },
    bench: { scenarios: ['cached-read'], tool: k6.available ? 'both' : 'artillery' },
  });

  it('counts every read of each tool as a hit or a miss, from an emptied cache, with latency of each', () => {
    const records = suite.outcome.results.results;
    expect(records.map((r) => r.tool)).toEqual(tools);
    for (const r of records) {
      const cache = r.cache;
      expect(cache?.source, r.tool).toBe('x-pik-trace');
      // Every request is a GET of a cached method: each one either hit or missed.
      expect((cache?.hits ?? 0) + (cache?.misses ?? 0), r.tool).toBe(r.requests.accepted);
      // The run starts from an emptied cache: the first read of each key misses, repeats of it hit.
      expect(cache?.misses, r.tool).toBeGreaterThan(0);
      expect(cache?.hits, r.tool).toBeGreaterThan(cache?.misses ?? 0);
      expect(cache?.hitRatio, r.tool).toBeCloseTo((cache?.hits ?? 0) / r.requests.accepted, 3);
      expect(cache?.hitLatencyMs?.count, r.tool).toBe(cache?.hits);
      expect(cache?.missLatencyMs?.count, r.tool).toBe(cache?.misses);
      expect(
        [...r.thresholds, ...r.consistency].filter((c) => !c.pass),
        r.tool,
      ).toEqual([]);
    }
  });

  it('shows the hits and the ratio in the table and the summary', async () => {
    expect(suite.outcome.table).toContain('cache hits (ratio)');
    const summary = await readFile(join(suite.outcome.outDir, 'summary.md'), 'utf8');
    expect(summary).toContain('## API cache: hits against misses');
    const first = suite.outcome.results.results[0];
    expect(summary).toContain(`| ${first?.cache?.hits} | ${first?.cache?.misses} |`);
  });
});
