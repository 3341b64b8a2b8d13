/**
 * The stream scenario with both tools through the twin, on two patterns synthesized from the real CDK app:
 * the REST API whose export route streams (ResponseTransferMode STREAM, VPC link V1 > shared NLB > Fargate
 * services) and the HTTP API, which cannot stream (VPC link V2 > ALBs > Lambda). Each export reads ten
 * DynamoDB pages; streamed, the first byte comes a page in, buffered, with the last.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPikApp } from '@pik/cdk-app';
import { optionalTool } from '@pik/testing';
import { type Twin, twinUp } from '@pik/twin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BenchOutcome, runBench } from '../src/cli/bench.js';
import { STREAM_HEADING } from '../src/report/stream-lines.js';
import type { ToolResult } from '../src/result-format/schema.js';
import { K6_INSTALL_HINT, resolveK6 } from '../src/tools/k6-resolver.js';

const STREAMED = 'rest-vpclink-shared-nlb';
const BUFFERED = 'http-vpclink-albs';
const k6 = optionalTool('k6', (await resolveK6()) !== undefined, K6_INSTALL_HINT);
const tools = k6.available ? ['k6', 'artillery'] : ['artillery'];

describe(`stream through the twin (${STREAMED} streamed, ${BUFFERED} buffered)`, () => {
  let twin: Twin;
  let root: string;
  let outcome: BenchOutcome;
  const records = (pattern: string): ToolResult[] =>
    outcome.results.results.filter((r) => r.pattern === pattern);

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'pik-bench-stream-'));
    const cdkOut = join(root, 'cdk.out');
    buildPikApp({
      outdir: cdkOut,
      patterns: [STREAMED, BUFFERED],
      commonProps: { waf: false },
      nag: false,
    }).app.synth();
    twin = await twinUp({ root, cdkOut, patterns: [STREAMED, BUFFERED], logs: 'file', print: () => {} });
    outcome = await runBench({
      targets: twin.targets,
      scenarios: ['stream'],
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

  it('the twin lists the REST export routes as streamed, and no HTTP API route', () => {
    const byId = new Map(twin.targets.patterns.map((p) => [p.id, p]));
    expect(byId.get(STREAMED)?.streamedRoutes).toEqual(
      expect.arrayContaining(['GET /catalog/export', 'GET /orders/export']),
    );
    expect(byId.get(BUFFERED)?.streamedRoutes).toEqual([]);
  });

  it('records time to first byte and total time of every export, each tool, each pattern', () => {
    for (const r of outcome.results.results) {
      expect(r.transfer?.ttfbMs?.count, `${r.pattern} ${r.tool}`).toBe(r.requests.byStatus['200']);
      expect(r.transfer?.totalMs?.count, `${r.pattern} ${r.tool}`).toBe(r.requests.byStatus['200']);
      expect(
        [...r.thresholds, ...r.consistency].filter((c) => !c.pass),
        `${r.pattern} ${r.tool}`,
      ).toEqual([]);
    }
    expect(records(STREAMED).map((r) => r.tool)).toEqual(tools);
    expect(records(BUFFERED).map((r) => r.tool)).toEqual(tools);
  });

  it('streamed: the first byte arrives well before the last; buffered: with it', () => {
    for (const r of records(STREAMED)) {
      const t = r.transfer;
      expect(t?.mode).toBe('streamed');
      expect(t?.ttfbMs?.p50 ?? Number.POSITIVE_INFINITY, r.tool).toBeLessThan(0.75 * (t?.totalMs?.p50 ?? 0));
    }
    for (const r of records(BUFFERED)) {
      const t = r.transfer;
      expect(t?.mode).toBe('buffered');
      expect(t?.ttfbMs?.p50 ?? 0, r.tool).toBeGreaterThanOrEqual(0.9 * (t?.totalMs?.p50 ?? 0));
    }
  });

  it('shows both times per pattern and tool in the summary and the terminal table', async () => {
    const summary = await readFile(join(outcome.outDir, 'summary.md'), 'utf8');
    expect(summary).toContain(STREAM_HEADING);
    expect(outcome.table).toContain(STREAM_HEADING);
    for (const r of outcome.results.results) {
      expect(summary).toContain(`| ${r.label} | ${r.pattern} | ${r.tool} | ${r.transfer?.mode} |`);
    }
  });
});
