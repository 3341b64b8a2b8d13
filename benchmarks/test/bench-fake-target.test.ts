import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isCi, optionalTool } from '@pik/testing';
import { Value } from 'typebox/value';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BenchOutcome, runBench } from '../src/cli/bench.js';
import { ToolResult } from '../src/result-format/schema.js';
import { K6_INSTALL_HINT, resolveK6 } from '../src/tools/k6-resolver.js';
import { type FakeService, startFakeService } from './support/fake-service.js';
import { machineTooBusy, p50Agreement } from './support/tolerances.js';

/**
 * The harness measured against a target whose behaviour is known exactly (a local stand-in with a token
 * bucket and Lambda-like environments): every short scenario, both tools, one pattern.
 */
const k6 = optionalTool('k6', (await resolveK6()) !== undefined, K6_INSTALL_HINT);
const tools = k6.available ? (['k6', 'artillery'] as const) : (['artillery'] as const);

describe(`pik bench against a known target (${tools.join(' + ')})`, () => {
  let service: FakeService;
  let dir: string;
  let outcome: BenchOutcome;
  const log: string[] = [];

  beforeAll(async () => {
    service = await startFakeService({
      rateLimit: 40,
      burstLimit: 20,
      initMs: 150,
      stage: '/prod',
      apiKey: 'bench-key',
    });
    dir = await mkdtemp(join(tmpdir(), 'pik-bench-'));
    outcome = await runBench({
      targets: service.targets(['rest-vpclink-shared-nlb']),
      scenarios: ['latency', 'throttle', 'cold-start', 'crud-mix'],
      tool: k6.available ? 'both' : 'artillery',
      variant: 'short',
      outDir: dir,
      log: (line) => log.push(line),
    });
  }, 600_000);

  afterAll(async () => {
    await service?.close();
    // PIK_KEEP_BENCH_RESULTS=1 keeps the results folder (raw outputs, report) for a look after a failure.
    if (dir && !process.env.PIK_KEEP_BENCH_RESULTS) await rm(dir, { recursive: true, force: true });
    else if (dir) process.stderr.write(`[pik] results kept in ${dir}\n`);
  });

  const result = (scenario: string, tool: string) => {
    const found = outcome.results.results.find((r) => r.scenario === scenario && r.tool === tool);
    if (!found) throw new Error(`no result for ${scenario}/${tool}`);
    return found;
  };

  it('writes one valid, consistent record per scenario and tool, labelled local twin, plus the reports', () => {
    expect(outcome.results.results).toHaveLength(4 * tools.length);
    for (const r of outcome.results.results) {
      expect(Value.Check(ToolResult, r), `${r.scenario}/${r.tool}`).toBe(true);
      expect(
        r.consistency.filter((c) => !c.pass),
        `${r.scenario}/${r.tool}`,
      ).toEqual([]);
      expect(r.label).toBe('local twin');
    }
    for (const file of ['results.json', 'report.html', 'summary.md'])
      expect(existsSync(join(dir, file)), file).toBe(true);
    for (const r of outcome.results.results)
      for (const raw of r.rawFiles) expect(existsSync(join(dir, raw)), raw).toBe(true);
    expect(log.some((line) => line.includes('not AWS figures'))).toBe(true);
    expect(outcome.table).toContain('rest-vpclink-shared-nlb');
  });

  it('writes no credential into the results folder', () => {
    const files = (readdirSync(dir, { recursive: true }) as string[])
      .map((f) => join(dir, f))
      .filter((f) => statSync(f).isFile());
    expect(files.length).toBeGreaterThan(10);
    for (const file of files.filter((f) => !f.endsWith('.gz')))
      expect(readFileSync(file, 'utf8'), file).not.toContain('bench-key');
  });

  it.each(tools)('%s: the latency scenario sees no 429, the throttle scenario does', (tool) => {
    expect(result('latency', tool).requests.throttled).toBe(0);
    expect(result('latency', tool).thresholds.every((t) => t.pass)).toBe(true);
    const throttle = result('throttle', tool);
    expect(throttle.requests.throttled).toBeGreaterThan(0);
    expect(throttle.firstThrottleSec).not.toBeNull();
  });

  it.each(tools)(
    '%s: accepted requests in the throttle scenario are within five percent of the token-bucket prediction',
    (tool) => {
      const throttle = result('throttle', tool).throttle;
      expect(throttle).not.toBeNull();
      process.stderr.write(
        `[fidelity] ${tool}: predicted ${throttle?.predictedAccepted} accepted, measured ${throttle?.measuredAccepted} (${((throttle?.deviation ?? 0) * 100).toFixed(1)}%); bucket over observed send times ${throttle?.observedPrediction} (${((throttle?.observedDeviation ?? 0) * 100).toFixed(1)}%)\n`,
      );
      expect(Math.abs(throttle?.deviation ?? 1)).toBeLessThanOrEqual(0.05);
      expect(Math.abs(throttle?.observedDeviation ?? 1)).toBeLessThanOrEqual(0.05);
      const first = result('throttle', tool).firstThrottleSec ?? 0;
      expect(Math.abs(first - (throttle?.predictedFirstThrottleSec ?? 0))).toBeLessThan(1);
    },
  );

  it.each(tools)('%s: the cold-start scenario reports cold requests slower than warm ones', (tool) => {
    const cold = result('cold-start', tool).cold;
    expect(cold.count).toBeGreaterThanOrEqual(1);
    expect(cold.latencyMs?.p50 ?? 0).toBeGreaterThan(cold.warmLatencyMs?.p50 ?? Number.POSITIVE_INFINITY);
    // artillery's histograms are approximate (about 1%); k6's are exact.
    expect(cold.initMs?.p50).toBeGreaterThan(147);
    expect(cold.initMs?.p50).toBeLessThan(153);
  });

  it.each(tools)('%s: the CRUD mix creates, updates and deletes', (tool) => {
    const byStatus = result('crud-mix', tool).requests.byStatus;
    expect(byStatus['201'] ?? 0).toBeGreaterThan(0);
    expect(byStatus['204'] ?? 0).toBeGreaterThan(0);
    expect(result('crud-mix', tool).requests.unexpected).toBe(0);
  });

  it.runIf(tools.length === 2)('k6 and artillery agree on p50 within the stated tolerance', (ctx) => {
    const busy = machineTooBusy();
    for (const scenario of ['latency', 'crud-mix']) {
      const agreement = p50Agreement(
        result(scenario, 'k6').latencyMs.p50,
        result(scenario, 'artillery').latencyMs.p50,
      );
      process.stderr.write(`[fidelity] ${scenario}: ${agreement.detail}${busy ? ` (${busy})` : ''}\n`);
      // On a saturated developer machine the comparison is inconclusive, not failed; CI must hold it.
      if (!agreement.ok && busy && !isCi()) ctx.skip(`inconclusive: ${busy}`);
      expect(agreement.ok, `${scenario}: ${agreement.detail}`).toBe(true);
    }
  });
});
