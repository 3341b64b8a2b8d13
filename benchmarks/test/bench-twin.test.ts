/**
 * Every short scenario with both tools through the local twin, for two patterns (a Lambda baseline behind
 * an HTTP API and a REST API over one VPC link to a shared NLB): the harness against the thing it exists to
 * measure. The assembly is synthesized here from the real CDK app with a stage throttle one machine can
 * exceed (40 requests/s, burst 20), so the throttle scenario crosses the limit the template declares.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPikApp } from '@pik/cdk-app';
import { isCi, optionalTool } from '@pik/testing';
import { type Twin, twinUp } from '@pik/twin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BenchOutcome, runBench } from '../src/cli/bench.js';
import { K6_INSTALL_HINT, resolveK6 } from '../src/tools/k6-resolver.js';
import { k6SegmentsSuite } from './support/k6-segments-suite.js';
import { machineTooBusy, p50Agreement } from './support/tolerances.js';

const PATTERNS = ['http-lambda-baseline', 'rest-vpclink-shared-nlb'] as const;
const STAGE_THROTTLE = { rateLimit: 40, burstLimit: 20 };
const k6 = optionalTool('k6', (await resolveK6()) !== undefined, K6_INSTALL_HINT);
const tools = k6.available ? (['k6', 'artillery'] as const) : (['artillery'] as const);

describe(`pik bench through the twin (${PATTERNS.join(', ')})`, () => {
  let twin: Twin;
  let root: string;
  let outcome: BenchOutcome;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'pik-bench-twin-'));
    const cdkOut = join(root, 'cdk.out');
    buildPikApp({
      outdir: cdkOut,
      patterns: PATTERNS,
      commonProps: { throttle: STAGE_THROTTLE },
      nag: false,
    }).app.synth();
    twin = await twinUp({ root, cdkOut, patterns: PATTERNS, logs: 'file', print: () => {} });
    for (const pattern of twin.targets.patterns) expect(pattern.throttle).toEqual(STAGE_THROTTLE);
    // Unmeasured first pass: the twin's freshly started processes (gateway, Lambda environments, replicas)
    // run their code cold for their first hundred or so requests, and the tool that runs first would pay
    // for it alone (k6 1-2.7 ms above artillery on the Lambda path in clean CI runs, against 0.2-1.3 ms
    // once warm). The tools are compared on equal terms: warm, and crud-mix before the cold-start
    // scenario resets the Lambda environments.
    await runBench({
      targets: twin.targets,
      scenarios: ['latency'],
      tool: 'artillery',
      variant: 'short',
      outDir: join(root, 'warm-up'),
      log: () => {},
    });
    outcome = await runBench({
      targets: twin.targets,
      scenarios: ['latency', 'crud-mix', 'throttle', 'cold-start'],
      tool: k6.available ? 'both' : 'artillery',
      variant: 'short',
      outDir: join(root, 'results'),
      log: (line) => process.stderr.write(`${line}\n`),
    });
    process.stderr.write(`\n${outcome.table}\n\n`);
  }, 900_000);

  afterAll(async () => {
    await twin?.stop();
    // PIK_KEEP_BENCH_RESULTS=1 keeps the results folder (raw outputs, report) for a look after a failure.
    if (root && !process.env.PIK_KEEP_BENCH_RESULTS) await rm(root, { recursive: true, force: true });
    else if (root) process.stderr.write(`[pik] results kept in ${root}\n`);
  });

  k6SegmentsSuite(k6.available, 'http-lambda-baseline', () => ({ twin, root }));

  const records = (pattern: string, scenario: string) =>
    outcome.results.results.filter((r) => r.pattern === pattern && r.scenario === scenario);

  it('labels every record local twin and every record is consistent', () => {
    expect(outcome.results.world).toBe('local-twin');
    expect(outcome.results.results.length).toBeGreaterThanOrEqual(PATTERNS.length * 3 * tools.length);
    for (const r of outcome.results.results) {
      expect(r.label).toBe('local twin');
      expect(
        r.consistency.filter((c) => !c.pass),
        `${r.pattern}/${r.scenario}/${r.tool}`,
      ).toEqual([]);
    }
  });

  it.each(PATTERNS)(
    '%s: no 429 at the steady rate; 429s within 5 percent of the token bucket above the limit',
    (pattern) => {
      for (const r of records(pattern, 'latency')) expect(r.requests.throttled, r.tool).toBe(0);
      const busy = machineTooBusy();
      for (const r of records(pattern, 'throttle')) {
        const t = r.throttle;
        expect(r.requests.throttled, r.tool).toBeGreaterThan(0);
        process.stderr.write(
          `[fidelity] twin ${pattern} ${r.tool}: planned-shape bucket ${t?.predictedAccepted}, observed-times bucket ${t?.observedPrediction}, measured ${t?.measuredAccepted} (${((t?.deviation ?? 0) * 100).toFixed(1)}% / ${((t?.observedDeviation ?? 0) * 100).toFixed(1)}%)${busy ? ` (${busy})` : ''}\n`,
        );
        // The twin's gateway against an ideal bucket fed the same arrivals: holds however late the tool sent them.
        expect(Math.abs(t?.observedDeviation ?? 1), r.tool).toBeLessThanOrEqual(0.05);
        // Against the planned shape it also needs the tool to keep its schedule, which a saturated machine breaks.
        if (!busy || isCi()) expect(Math.abs(t?.deviation ?? 1), r.tool).toBeLessThanOrEqual(0.05);
      }
    },
  );

  it.runIf(tools.length === 2).for(PATTERNS)(
    '%s: k6 and artillery agree on p50 within the stated tolerance',
    (pattern, ctx) => {
      const busy = machineTooBusy();
      // Not crud-mix: through the twin its requests fall in modes some milliseconds apart (gets about 6 ms,
      // creates about 10 ms), and its p50 lies between them, where a few requests more of one kind in either
      // tool's run move it by the gap (k6 7.5 against artillery 5 ms in one clean CI run).
      const scenario = 'latency';
      const [a, b] = ['k6', 'artillery'].map(
        (tool) => records(pattern, scenario).find((r) => r.tool === tool)?.latencyMs.p50 ?? 0,
      ) as [number, number];
      const agreement = p50Agreement(a, b);
      process.stderr.write(
        `[fidelity] twin ${pattern} ${scenario}: ${agreement.detail}${busy ? ` (${busy})` : ''}\n`,
      );
      // On a saturated developer machine the comparison is inconclusive, not failed; CI must hold it.
      if (!agreement.ok && busy && !isCi()) ctx.skip(`inconclusive: ${busy}`);
      expect(agreement.ok, `${scenario}: ${agreement.detail}`).toBe(true);
    },
  );
});
