/**
 * Option 9 (edge-buffered-writes) through one twin, both tools: the write-burst scenario (creates faster
 * than the consumer applies them, drained, each write's status, lag and S3 copy counted) and cached-read
 * at the edge (CloudFront, then the API cache). One twin, seconds-long shapes: the suite's time is printed.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPikApp } from '@pik/cdk-app';
import { optionalTool } from '@pik/testing';
import { type Twin, twinUp } from '@pik/twin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BenchOutcome, runBench } from '../src/cli/bench.js';
import type { ToolResult } from '../src/result-format/schema.js';
import { K6_INSTALL_HINT, resolveK6 } from '../src/tools/k6-resolver.js';

const PATTERN = 'edge-buffered-writes';
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
    buildPikApp({
      outdir: cdkOut,
      patterns: [PATTERN],
      commonProps: { services: ['catalog', 'orders'] },
      nag: false,
    }).app.synth();
    mark('synth', started);
    const twinStarted = performance.now();
    twin = await twinUp({ root, cdkOut, patterns: [PATTERN], logs: 'file', print: () => {} });
    mark('twin up', twinStarted);
    const runs = performance.now();
    outcome = await runBench({
      targets: twin.targets,
      scenarios: ['write-burst'],
      tool: k6.available ? 'both' : 'artillery',
      variant: 'short',
      outDir: join(root, 'results'),
      log: (line) => process.stderr.write(`${line}\n`),
    });
    mark('write-burst runs', runs);
    process.stderr.write(`\n${outcome.table}\n`);
    for (const r of outcome.results.results)
      process.stderr.write(`[edge] ${r.tool} write-burst: ${JSON.stringify(r.writeBurst)}\n`);
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

  it('accounts for every accepted write: applied or queued, none lost, each in S3', () => {
    const records = outcome.results.results;
    expect(records.map((r) => r.tool)).toEqual(tools);
    for (const r of records) {
      const block = burstOf(r);
      // Every 202 the tool got is one accepted write, and every write is in one state after the drain.
      expect(block.accepted, r.tool).toBe(r.requests.byStatus['202']);
      expect(block.accepted, r.tool).toBeGreaterThan(50);
      expect(block.applied + block.refused + block.queued, r.tool).toBe(block.accepted);
      expect(block.refused, r.tool).toBe(0);
      expect(block.lost, r.tool).toBe(0);
      expect(block.drainSec, r.tool).not.toBeNull();
      expect(block.inDurableCopy, r.tool).toBe(block.accepted);
      expect(block.sources).toEqual({ status: 'status-route', queue: 'twin-control', copy: 'twin-s3' });
      const failed = r.thresholds.filter((c) => !c.pass).map((c) => c.name);
      expect(
        failed.filter((name) => !name.includes('apply rate')),
        r.tool,
      ).toEqual([]);
    }
  });

  it('measures lag from 202 to applied and the ratio from the same run’s rates', () => {
    for (const r of outcome.results.results) {
      const block = burstOf(r);
      expect(block.lagMs?.count, r.tool).toBe(block.applied + block.refused);
      expect(block.lagMs?.p50, r.tool).toBeGreaterThan(0);
      expect(block.lagMs?.p99, r.tool).toBeGreaterThanOrEqual(block.lagMs?.p50 ?? 0);
      const window = r.requestWindow as { first: string; last: string };
      const windowSec = (Date.parse(window.last) - Date.parse(window.first)) / 1000;
      expect(block.acceptRatePerSec, r.tool).toBeCloseTo(block.accepted / windowSec, 0);
      expect(block.applyRatePerSec, r.tool).toBeGreaterThan(0);
      expect(block.ratio, r.tool).toBeCloseTo(block.acceptRatePerSec / (block.applyRatePerSec ?? 1), 1);
      const goal = r.thresholds.find((c) => c.name.includes('apply rate'));
      expect(goal?.pass, r.tool).toBe((block.ratio ?? 0) >= 5);
    }
  });
});
