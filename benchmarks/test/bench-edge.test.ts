/**
 * Option 9 (edge-buffered-writes) through one twin, both tools: the write-burst scenario (creates faster
 * than the consumer applies them, drained, each write's status, lag and S3 copy counted) and cached-read
 * at the edge (CloudFront, then the API cache). One twin, seconds-long shapes: the suite's time is printed.
 */
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPikApp } from '@pik/cdk-app';
import type { PikPatternStackProps } from '@pik/cdk-constructs';
import { optionalTool } from '@pik/testing';
import { type Twin, twinUp } from '@pik/twin';
import { Duration } from 'aws-cdk-lib/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BenchOutcome, runBench } from '../src/cli/bench.js';
import { writeReports } from '../src/report/write-report.js';
import { writeResultsFile } from '../src/result-format/results-file.js';
import type { ToolResult } from '../src/result-format/schema.js';
import { K6_INSTALL_HINT, resolveK6 } from '../src/tools/k6-resolver.js';

const PATTERN = 'edge-buffered-writes';
const EDGE_TTL_SEC = 1;
const k6 = optionalTool('k6', (await resolveK6()) !== undefined, K6_INSTALL_HINT);
const tools = k6.available ? ['k6', 'artillery'] : ['artillery'];

describe(`${PATTERN} through the twin: write-burst and cached-read at the edge`, () => {
  let twin: Twin;
  let root: string;
  let outcome: BenchOutcome;
  const started = performance.now();
  const mark = (what: string, since: number) =>
    process.stderr.write(`[edge] ${what}: ${((performance.now() - since) / 1000).toFixed(1)} s\n`);

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'pik-bench-edge-'));
    const cdkOut = join(root, 'cdk.out');
    // The edge keeps a copy for 1 s, the API cache for 30 s: within a 2 s run a read meets every tier
    // (both miss, then edge hits, then, once the edge's copy expired, the API cache).
    const edgeProps = { edgeCacheTtl: Duration.seconds(EDGE_TTL_SEC) } as PikPatternStackProps;
    buildPikApp({
      outdir: cdkOut,
      patterns: [PATTERN],
      commonProps: { services: ['catalog', 'orders'] },
      stackProps: { [PATTERN]: edgeProps },
      nag: false,
    }).app.synth();
    mark('synth', started);
    const twinStarted = performance.now();
    twin = await twinUp({ root, cdkOut, patterns: [PATTERN], logs: 'file', print: () => {} });
    mark('twin up', twinStarted);
    const runs = performance.now();
    const bench = (scenario: string, durationSec: number, dir: string) =>
      runBench({
        targets: twin.targets,
        scenarios: [scenario],
        tool: k6.available ? 'both' : 'artillery',
        variant: 'short',
        durationSec,
        outDir: join(root, dir),
        log: (line) => process.stderr.write(`${line}\n`),
      });
    // One second of writes at 100/s is a backlog of seconds for the twin's consumer: the drain stays short.
    const burst = await bench('write-burst', 1, 'burst');
    const reads = await bench('cached-read', 2, 'reads');
    // One results file and report over both, as a run of both scenarios writes.
    const results = { ...burst.results, results: [...burst.results.results, ...reads.results.results] };
    await mkdir(join(root, 'results'));
    await writeResultsFile(join(root, 'results'), results);
    const { table } = await writeReports(join(root, 'results'), [{ name: results.runId, results }]);
    outcome = { outDir: join(root, 'results'), results, table, failed: burst.failed + reads.failed };
    mark('write-burst and cached-read runs', runs);
    process.stderr.write(`\n${outcome.table}\n`);
    for (const r of outcome.results.results)
      process.stderr.write(
        `[edge] ${r.scenario} ${r.tool}: ${JSON.stringify(r.writeBurst ?? r.edgeCache)}\n`,
      );
  }, 300_000);

  afterAll(async () => {
    await twin?.stop();
    if (root && !process.env.PIK_KEEP_BENCH_RESULTS) await rm(root, { recursive: true, force: true });
    mark('suite', started);
  });

  const burstOf = (r: ToolResult) => {
    const block = r.writeBurst;
    if (!block) throw new Error(`${r.tool}: no write-burst block`);
    return block;
  };

  const of = (scenario: string) => outcome.results.results.filter((r) => r.scenario === scenario);

  it('accounts for every accepted write: applied or queued, none lost, each in S3', () => {
    const records = of('write-burst');
    expect(records.map((r) => r.tool)).toEqual(tools);
    for (const r of records) {
      const block = burstOf(r);
      // Every 202 the tool got is one accepted write, and every write is in one state after the drain.
      expect(block.accepted, r.tool).toBe(r.requests.byStatus['202']);
      expect(block.accepted, r.tool).toBeGreaterThan(30);
      expect(block.applied + block.refused + block.queued, r.tool).toBe(block.accepted);
      expect(block.refused, r.tool).toBe(0);
      expect(block.lost, r.tool).toBe(0);
      expect(block.drainSec, r.tool).not.toBeNull();
      expect(block.inDurableCopy, r.tool).toBe(block.accepted);
      expect(block.sources).toEqual({ status: 'status-route', queue: 'twin-control', copy: 'twin-s3' });
      expect(
        [...r.thresholds, ...r.consistency].filter((c) => !c.pass),
        r.tool,
      ).toEqual([]);
    }
  });

  it('measures lag from 202 to applied and the ratio from the same run’s rates', () => {
    for (const r of of('write-burst')) {
      const block = burstOf(r);
      expect(block.lagMs?.count, r.tool).toBe(block.applied + block.refused);
      expect(block.lagMs?.p50, r.tool).toBeGreaterThan(0);
      expect(block.lagMs?.p99, r.tool).toBeGreaterThanOrEqual(block.lagMs?.p50 ?? 0);
      const window = r.requestWindow as { first: string; last: string };
      const windowSec = (Date.parse(window.last) - Date.parse(window.first)) / 1000;
      expect(block.acceptRatePerSec, r.tool).toBeCloseTo(block.accepted / windowSec, 0);
      expect(block.applyRatePerSec, r.tool).toBeGreaterThan(0);
      expect(block.ratio, r.tool).toBeCloseTo(block.acceptRatePerSec / (block.applyRatePerSec ?? 1), 1);
      expect(block.goalMet, r.tool).toBe((block.ratio ?? 0) >= 5 && block.lost === 0);
    }
  });

  it('counts cached reads per tier from an emptied edge and API cache, with each tier’s latency', () => {
    const records = of('cached-read');
    expect(records.map((r) => r.tool)).toEqual(tools);
    for (const r of records) {
      const edge = r.edgeCache;
      expect(edge?.source, r.tool).toBe('x-cache+x-pik-trace');
      // Every read went through the edge: a hit there, or a miss the API cache then hit or missed.
      expect((edge?.edge.hits ?? 0) + (edge?.edge.misses ?? 0), r.tool).toBe(r.requests.byStatus['200']);
      expect((edge?.apiCache?.hits ?? 0) + (edge?.apiCache?.misses ?? 0), r.tool).toBe(edge?.edge.misses);
      // Both caches start empty: the first read of each key misses both; repeats hit at the edge, and
      // once the edge's 1 s copy expired, the API cache answers.
      expect(edge?.apiCache?.misses, r.tool).toBeGreaterThan(0);
      expect(edge?.apiCache?.hits, r.tool).toBeGreaterThan(0);
      expect(edge?.edge.hits, r.tool).toBeGreaterThan(edge?.edge.misses ?? 0);
      expect(edge?.apiCache?.hitRatio, r.tool).toBeCloseTo(
        (edge?.apiCache?.hits ?? 0) / (edge?.edge.misses ?? 1),
        3,
      );
      expect(edge?.edge.hitRatio, r.tool).toBeCloseTo((edge?.edge.hits ?? 0) / r.requests.accepted, 3);
      const tiers = new Map(edge?.tiers.map((t) => [t.tier, t.latencyMs]));
      expect(tiers.get('edge-hit')?.count, r.tool).toBe(edge?.edge.hits);
      expect(tiers.get('both-miss')?.count, r.tool).toBe(edge?.apiCache?.misses);
      expect(tiers.get('api-cache-hit')?.count, r.tool).toBe(edge?.apiCache?.hits);
      // An edge hit never leaves the edge: the fastest tier.
      expect(tiers.get('edge-hit')?.p50, r.tool).toBeLessThan(tiers.get('both-miss')?.p50 ?? 0);
    }
  });

  it('shows both in the report: charts in the HTML, rows in summary.md with the run’s figures', async () => {
    const html = await readFile(join(outcome.outDir, 'report.html'), 'utf8');
    expect(html).toContain('<figure id="write-burst-rates"><svg');
    expect(html).toContain('<figure id="edge-cache-tiers"><svg');
    const summary = await readFile(join(outcome.outDir, 'summary.md'), 'utf8');
    expect(summary).toContain('## Write burst: accepted against applied');
    expect(summary).toContain('## Reads behind CloudFront: edge and API cache');
    for (const r of of('write-burst')) {
      const b = burstOf(r);
      expect(summary).toContain(
        `| ${r.pattern} · ${r.tool} | ${b.accepted} | ${b.applied} | ${b.queued} | ${b.lost} | ${b.inDurableCopy} |`,
      );
    }
    for (const r of of('cached-read')) {
      const e = r.edgeCache;
      expect(summary).toContain(
        `| ${r.pattern} · ${r.tool} | ${e?.edge.hits} of ${r.requests.byStatus['200']} (`,
      );
    }
  });
});
