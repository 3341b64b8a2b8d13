/**
 * The cached-read scenario with both tools through the twin, against the REST pattern with a VPC link V2 to
 * ALBs synthesized from the real CDK app with its API cache on: each tool's run starts from an emptied cache,
 * every read is counted as a hit or a miss from the twin's trace, and the report shows the counts.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPikApp } from '@pik/cdk-app';
import { API_CACHE_CONTEXT_KEY } from '@pik/contracts';
import { optionalTool } from '@pik/testing';
import { type Twin, twinUp } from '@pik/twin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BenchOutcome, runBench } from '../src/cli/bench.js';
import { K6_INSTALL_HINT, resolveK6 } from '../src/tools/k6-resolver.js';

const PATTERN = 'rest-vpclinkv2-alb';
const k6 = optionalTool('k6', (await resolveK6()) !== undefined, K6_INSTALL_HINT);
const tools = k6.available ? ['k6', 'artillery'] : ['artillery'];

describe(`cached-read through the twin (${PATTERN} with cacheTtl)`, () => {
  let twin: Twin;
  let root: string;
  let outcome: BenchOutcome;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'pik-bench-cache-'));
    const cdkOut = join(root, 'cdk.out');
    // The cache as a user turns it on: `-c pik:api-cache=300`.
    const previous = process.env.CDK_CONTEXT_JSON;
    process.env.CDK_CONTEXT_JSON = JSON.stringify({ [API_CACHE_CONTEXT_KEY]: '300' });
    try {
      buildPikApp({
        outdir: cdkOut,
        patterns: [PATTERN],
        commonProps: { waf: false },
        nag: false,
      }).app.synth();
    } finally {
      if (previous === undefined) delete process.env.CDK_CONTEXT_JSON;
      else process.env.CDK_CONTEXT_JSON = previous;
    }
    twin = await twinUp({ root, cdkOut, patterns: [PATTERN], logs: 'file', print: () => {} });
    outcome = await runBench({
      targets: twin.targets,
      scenarios: ['cached-read'],
      tool: k6.available ? 'both' : 'artillery',
      variant: 'short',
      outDir: join(root, 'results'),
      log: (line) => process.stderr.write(`${line}\n`),
    });
    process.stderr.write(`\n${outcome.table}\n\n`);
  }, 300_000);

  afterAll(async () => {
    await twin?.stop();
    if (root) await rm(root, { recursive: true, force: true });
  });

  it('counts every read of each tool as a hit or a miss, from an emptied cache, with latency of each', () => {
    const records = outcome.results.results;
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
    expect(outcome.table).toContain('cache hits (ratio)');
    const summary = await readFile(join(outcome.outDir, 'summary.md'), 'utf8');
    expect(summary).toContain('## API cache: hits against misses');
    const first = outcome.results.results[0];
    expect(summary).toContain(`| ${first?.cache?.hits} | ${first?.cache?.misses} |`);
  });
});
