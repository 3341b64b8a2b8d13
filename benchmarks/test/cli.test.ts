import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBenchCli } from '../src/cli/bench.js';
import { runReportCli } from '../src/cli/report.js';
import { machineEnvironment } from '../src/result-format/environment.js';
import type { Sample } from '../src/result-format/measurement.js';
import { normalize } from '../src/result-format/normalize.js';
import { writeResultsFile } from '../src/result-format/results-file.js';
import type { ResultsFile } from '../src/result-format/schema.js';
import { scenarioById } from '../src/scenarios/catalogue.js';
import { buildPlan } from '../src/scenarios/plan.js';
import { targetPattern } from './support/targets.js';

function results(world: 'local-twin' | 'aws:eu-west-1', p50: number): ResultsFile {
  const pattern = targetPattern();
  const plan = buildPlan(scenarioById('latency'), pattern, world, { variant: 'short' });
  const samples: Sample[] = Array.from({ length: 20 }, (_, i) => ({
    t: 1_000_000 + i * 100,
    status: 200,
    ms: p50,
  }));
  const record = normalize(plan, {
    tool: 'k6',
    toolVersion: 'v1.8.1',
    toolExitCode: 0,
    startedAt: new Date(0).toISOString(),
    total: 20,
    byStatus: { 200: 20 },
    errors: 0,
    droppedIterations: 0,
    latencyMs: { min: p50, mean: p50, p50, p90: p50, p95: p50, p99: p50, max: p50 },
    cold: { count: 0, latencyMs: null, warmLatencyMs: null, initMs: null },
    samples,
    rawFiles: [],
  });
  return {
    schemaVersion: 1,
    runId: world,
    createdAt: new Date(0).toISOString(),
    world,
    label: record.label,
    environment: machineEnvironment({ k6: 'v1.8.1' }),
    results: [record],
  };
}

describe('pik bench / pik report command lines', () => {
  let dir: string;
  const out: string[] = [];
  const log = (line: string) => out.push(line);

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pik-cli-'));
    for (const [name, world, p50] of [
      ['twin', 'local-twin', 3],
      ['aws', 'aws:eu-west-1', 41],
    ] as const) {
      await mkdir(join(dir, name));
      await writeResultsFile(join(dir, name), results(world, p50));
    }
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('rejects bad usage with exit code 2 and says what is wrong', async () => {
    expect(await runBenchCli([], log)).toBe(2);
    expect(out.at(-1)).toContain('give exactly one of --targets and --cdk-outputs');
    expect(await runBenchCli(['--targets', 'x.json', '--tool', 'jmeter'], log)).toBe(2);
    expect(out.at(-1)).toContain("--tool: expected k6, artillery or both; got 'jmeter'");
    expect(await runBenchCli(['--targets', 'x.json', '--bogus'], log)).toBe(2);
  });

  it('fails with the file named when the targets file is missing or invalid', async () => {
    expect(await runBenchCli(['--targets', join(dir, 'missing.json')], log)).toBe(1);
    expect(out.at(-1)).toContain('missing.json');
    expect(await runBenchCli(['--targets', join(dir, 'twin', 'results.json')], log)).toBe(1);
    expect(out.at(-1)).toContain('is not a valid targets file');
  });

  it('re-renders one run in place', async () => {
    expect(await runReportCli([join(dir, 'twin')], log)).toBe(0);
    const md = await readFile(join(dir, 'twin', 'summary.md'), 'utf8');
    expect(md).toContain('**Local twin figures.**');
    expect(md).toContain('rest-vpclink-shared-nlb');
    expect(existsSync(join(dir, 'twin', 'report.html'))).toBe(true);
  });

  it('compares runs side by side, each labelled with its world', async () => {
    const target = join(dir, 'compare');
    expect(await runReportCli([join(dir, 'twin'), join(dir, 'aws'), '--out', target], log)).toBe(0);
    const table = out.at(-1) ?? '';
    expect(table).toMatch(/twin\s+local twin\s+rest-vpclink-shared-nlb/);
    expect(table).toMatch(/aws\s+AWS eu-west-1\s+rest-vpclink-shared-nlb/);
    const html = await readFile(join(target, 'report.html'), 'utf8');
    expect(html).toContain('twin: Local twin figures');
    expect(html).toContain('aws: Measured on AWS (AWS eu-west-1)');
  });

  it('refuses a folder without a valid results.json', async () => {
    expect(await runReportCli([join(dir, 'nowhere')], log)).toBe(1);
    expect(out.at(-1)).toContain('results.json');
  });
});
