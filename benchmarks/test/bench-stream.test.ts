/**
 * The stream scenario with both tools through the twin, on two patterns synthesized from the real CDK app:
 * the REST API whose export route streams (ResponseTransferMode STREAM, VPC link V1 > shared NLB > Fargate
 * services) and the HTTP API, which cannot stream (VPC link V2 > ALBs > Lambda). Each export reads ten
 * DynamoDB pages; streamed, the first byte comes a page in, buffered, with the last.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { optionalTool } from '@pik/testing';
import { describe, expect, it } from 'vitest';
import { STREAM_HEADING } from '../src/report/stream-lines.js';
import type { ToolResult } from '../src/result-format/schema.js';
import { K6_INSTALL_HINT, resolveK6 } from '../src/tools/k6-resolver.js';
import { twinBenchSuite } from './support/twin-bench-suite.js';

const STREAMED = 'rest-vpclink-shared-nlb';
const BUFFERED = 'http-vpclink-albs';
const k6 = optionalTool('k6', (await resolveK6()) !== undefined, K6_INSTALL_HINT);
const tools = k6.available ? ['k6', 'artillery'] : ['artillery'];

describe(`stream through the twin (${STREAMED} streamed, ${BUFFERED} buffered)`, () => {
  const suite = twinBenchSuite({
    name: 'stream',
    patterns: [STREAMED, BUFFERED],
    app: { commonProps: { waf: false } },
    bench: { scenarios: ['stream'], tool: k6.available ? 'both' : 'artillery' },
  });
  const records = (pattern: string): ToolResult[] =>
    suite.outcome.results.results.filter((r) => r.pattern === pattern);

  it('the twin lists the REST export routes as streamed, and no HTTP API route', () => {
    const byId = new Map(suite.twin.targets.patterns.map((p) => [p.id, p]));
    expect(byId.get(STREAMED)?.streamedRoutes).toEqual(
      expect.arrayContaining(['GET /catalog/export', 'GET /orders/export']),
    );
    expect(byId.get(BUFFERED)?.streamedRoutes).toEqual([]);
  });

  it('records time to first byte and total time of every export, each tool, each pattern', () => {
    for (const r of suite.outcome.results.results) {
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

  // One boundary splits the modes: a streamed export's first byte comes in the first three quarters of its
  // total time (measured: 0.16 to 0.24 of it), a buffered one's in the last quarter (0.89 to 1.0). The two
  // medians come from about six requests and need not come from the same one, so a buffered run's ratio can
  // sit well below 1 (artillery, in whole milliseconds: 36.2 against 40.9 ms) though every request's
  // first byte came with its last.
  const BOUNDARY = 0.75;
  it('streamed: the first byte arrives well before the last; buffered: with it', () => {
    for (const r of records(STREAMED)) {
      const t = r.transfer;
      expect(t?.mode).toBe('streamed');
      expect(t?.ttfbMs?.p50 ?? Number.POSITIVE_INFINITY, r.tool).toBeLessThan(
        BOUNDARY * (t?.totalMs?.p50 ?? 0),
      );
    }
    for (const r of records(BUFFERED)) {
      const t = r.transfer;
      expect(t?.mode).toBe('buffered');
      expect(t?.ttfbMs?.p50 ?? 0, r.tool).toBeGreaterThanOrEqual(BOUNDARY * (t?.totalMs?.p50 ?? 0));
    }
  });

  it('shows both times per pattern and tool in the summary and the terminal table', async () => {
    const summary = await readFile(join(suite.outcome.outDir, 'summary.md'), 'utf8');
    expect(summary).toContain(STREAM_HEADING);
    expect(suite.outcome.table).toContain(STREAM_HEADING);
    for (const r of suite.outcome.results.results) {
      expect(summary).toContain(`| ${r.label} | ${r.pattern} | ${r.tool} | ${r.transfer?.mode} |`);
    }
  });
});
