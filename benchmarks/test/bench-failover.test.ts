/**
 * The failover scenario through one local twin, both tools, two patterns: one NLB-fronted
 * (rest-vpclink-shared-nlb) and one ALB-fronted (rest-vpclinkv2-alb on Fargate), each service with two
 * tasks. A replica of the first service is killed 2 s into the short run; the results must show the
 * errors the twin's load balancers produce until their health checks take the replica out, the time back
 * to zero errors, and every acknowledged write read back. Two services per pattern and health checks at
 * 0.05 x the template's intervals keep the suite to seconds of load.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPikApp } from '@pik/cdk-app';
import { optionalTool } from '@pik/testing';
import { type Twin, twinUp } from '@pik/twin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BenchOutcome, runBench } from '../src/cli/bench.js';
import { K6_INSTALL_HINT, resolveK6 } from '../src/tools/k6-resolver.js';
import { findChromium, renderPage } from './support/chromium.js';

const NLB = 'rest-vpclink-shared-nlb';
const ALB = 'rest-vpclinkv2-alb';
const PATTERNS = [NLB, ALB] as const;
/** Health checks every 10 s x 0.05 = 0.5 s; a target is unhealthy after 2 failed checks. */
const HEALTH_CHECK_SCALE = 0.05;
const HEALTH_WINDOW_SEC = 2 * 0.5 + 0.5;
/** Scheduling slack on a shared 2-core machine. */
const SLACK_SEC = 1.5;
const k6 = optionalTool('k6', (await resolveK6()) !== undefined, K6_INSTALL_HINT);
const tools = k6.available ? (['k6', 'artillery'] as const) : (['artillery'] as const);
const chromiumPath = await findChromium();

describe(`failover scenario through the twin (${PATTERNS.join(', ')})`, () => {
  let twin: Twin;
  let root: string;
  let outcome: BenchOutcome;
  let seconds = 0;

  beforeAll(async () => {
    const started = performance.now();
    root = await mkdtemp(join(tmpdir(), 'pik-bench-failover-'));
    const cdkOut = join(root, 'cdk.out');
    const mark = (what: string, since: number) =>
      process.stderr.write(`[failover] ${what}: ${((performance.now() - since) / 1000).toFixed(1)} s\n`);
    buildPikApp({
      outdir: cdkOut,
      patterns: PATTERNS,
      commonProps: { services: ['catalog', 'orders'], desiredCount: 2 },
      stackProps: { [ALB]: { compute: 'fargate' } },
      nag: false,
    }).app.synth();
    mark('synth', started);
    const twinStarted = performance.now();
    twin = await twinUp({
      root,
      cdkOut,
      patterns: PATTERNS,
      healthCheckScale: HEALTH_CHECK_SCALE,
      logs: 'file',
      print: () => {},
    });
    mark('twin up', twinStarted);
    const runsStarted = performance.now();
    outcome = await runBench({
      targets: twin.targets,
      scenarios: ['failover'],
      tool: k6.available ? 'both' : 'artillery',
      variant: 'short',
      outDir: join(root, 'results'),
      log: (line) => process.stderr.write(`${line}\n`),
    });
    mark('four failover runs', runsStarted);
    seconds = (performance.now() - started) / 1000;
    process.stderr.write(`\n${outcome.table}\n[failover] suite set-up and runs: ${seconds.toFixed(1)} s\n`);
  }, 600_000);

  afterAll(async () => {
    await twin?.stop();
    if (root && !process.env.PIK_KEEP_BENCH_RESULTS) await rm(root, { recursive: true, force: true });
    else if (root) process.stderr.write(`[pik] results kept in ${root}\n`);
  });

  const record = (pattern: string, tool: string) => {
    const found = outcome.results.results.find((r) => r.pattern === pattern && r.tool === tool);
    if (!found?.failover) throw new Error(`no failover record for ${pattern} / ${tool}`);
    return { ...found, failover: found.failover };
  };

  it.each(PATTERNS)('%s: one of two replicas killed during steady load, with both tools', (pattern) => {
    for (const tool of tools) {
      const r = record(pattern, tool);
      expect(r.failover.target, tool).toBe('catalog: replica 1 of 2 killed');
      expect(r.failover.killedAtSec, tool).toBeGreaterThanOrEqual(1.5);
      expect(r.failover.killedAtSec, tool).toBeLessThan(2 + SLACK_SEC);
      // Steady load on every service of the pattern.
      expect(new Set(Object.keys(r.requests.byStatus)), tool).toContain('201');
      expect(
        r.consistency.filter((c) => !c.pass),
        tool,
      ).toEqual([]);
    }
  });

  it.each(PATTERNS)(
    '%s: errors start at the kill, stop within the health-check window, and no acknowledged write is lost',
    (pattern) => {
      for (const tool of tools) {
        const f = record(pattern, tool).failover;
        process.stderr.write(
          `[failover] ${pattern} ${tool}: errors ${JSON.stringify(f.errorsByStatus)}, window ${JSON.stringify(f.errorWindow)}, back to zero after ${f.recoverySec} s, writes ${JSON.stringify(f.writes)}\n`,
        );
        // Nothing failed before the kill (a request in flight at the kill may be logged in the second before).
        expect(
          f.errorsOverTime.filter((p) => p.t < -1 && p.errors > 0),
          tool,
        ).toEqual([]);
        expect(f.recoverySec, tool).not.toBeNull();
        expect(f.recoverySec ?? 99, tool).toBeLessThan(HEALTH_WINDOW_SEC + SLACK_SEC);
        expect(f.writes?.acknowledged ?? 0, tool).toBeGreaterThan(10);
        expect(f.writes?.lost, tool).toBe(0);
      }
    },
  );

  it('clients meet the dead ALB target as 502s; the NLB pattern fails only on connections placed on it', () => {
    // Which status a client meets depends on the load balancer (docs/twin-fidelity.md, "Failover"): an ALB
    // balances requests, so its share of requests meets the dead target and ELB's 502 page passes through
    // the gateway. An NLB balances connections: only requests in flight on a connection pinned to the dead
    // target, or on a new connection placed on it before the checks fail, are reset, and the REST gateway
    // answers those with its 500; with the gateway's keep-alive connections that can be none at all.
    const errors = (pattern: string) => tools.map((tool) => record(pattern, tool).failover.errorsByStatus);
    const alb = errors(ALB);
    expect(
      alb.flatMap(Object.keys).every((s) => s === '502'),
      JSON.stringify(alb),
    ).toBe(true);
    expect(alb.reduce((sum, e) => sum + (e['502'] ?? 0), 0)).toBeGreaterThan(0);
    const nlb = errors(NLB);
    expect(
      nlb.flatMap(Object.keys).every((s) => s === '500' || s === 'no-response'),
      JSON.stringify(nlb),
    ).toBe(true);
  });

  it('the report puts every pattern and tool on one failover timeline, in HTML and Markdown', async () => {
    const html = await readFile(join(outcome.outDir, 'report.html'), 'utf8');
    const figure = /<figure id="failover-timeline">(.*?)<\/figure>/s.exec(html)?.[1] ?? '';
    expect(figure.match(/<path /g)?.length).toBe(PATTERNS.length * tools.length);
    for (const pattern of PATTERNS)
      for (const tool of tools) expect(figure).toContain(`${pattern} · ${tool}`);
    const summary = await readFile(join(outcome.outDir, 'summary.md'), 'utf8');
    expect(summary).toContain('## Failover: one target killed under steady load');
    for (const pattern of PATTERNS)
      expect(summary).toMatch(new RegExp(`\\| ${pattern} · artillery \\| catalog: replica 1 of 2 killed`));
  });

  it.runIf(chromiumPath !== undefined)('the failover timeline renders in headless Chromium', async () => {
    const { dom } = await renderPage(
      chromiumPath as string,
      join(outcome.outDir, 'report.html'),
      join(outcome.outDir, 'report.png'),
    );
    expect(dom).toContain('Failover: errors per second around the kill');
    expect(dom).toMatch(/<table id="failover-table">/);
  });
});
