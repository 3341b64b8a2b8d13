/**
 * `bench:twin --quick` runs end to end and writes a well-formed result: every chain the assembly declares for
 * the probed service is measured, through the hops it declares, with positive figures. Not a timing test.
 * Runs the built CLI (`npm run build` first), against the fixture assembly always and against the real
 * `cdk.out` when there is one (skipped with the reason printed otherwise, failing under CI).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import type { BenchResult } from '../../bench/report.js';
import { realAssembly, reportUnavailable } from '../e2e/assembly.js';
import { FIXTURE_CDK_OUT } from '../fixtures.js';

const CLI = join(import.meta.dirname, '..', '..', 'dist', 'bench', 'cli.js');
const outDirs: string[] = [];
afterAll(() => {
  for (const dir of outDirs) rmSync(dir, { recursive: true, force: true });
});

async function quickRun(cdkOut: string): Promise<{ result: BenchResult; stdout: string }> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build -w @pik/twin\` first`);
  const out = mkdtempSync(join(tmpdir(), 'pik-bench-twin-'));
  outDirs.push(out);
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [CLI, '--quick', '--cdk-out', cdkOut, '--out', out],
    { timeout: 170_000, maxBuffer: 16 * 1024 * 1024, env: { ...process.env, PIK_CDK_OUT: '' } },
  );
  const files = readdirSync(out).filter((f) => f.endsWith('.json'));
  expect(files).toHaveLength(1);
  return { result: JSON.parse(readFileSync(join(out, files[0] as string), 'utf8')), stdout };
}

function expectWellFormed(result: BenchResult, stdout: string): void {
  const declared = new Set(Object.values(result.chainByPattern));
  expect(declared.size).toBeGreaterThan(0);
  // Every declared chain has exactly one row, and the responses really crossed those hops.
  expect(result.latency.rows.map((r) => r.chain).sort()).toEqual([...declared].sort());
  for (const row of result.latency.rows) {
    expect(row.hops).toBe(row.chain.split(' > ').length - 1);
    expect(stdout).toContain(row.chain);
    // A Lambda path on a saturated machine may fail for the whole short run (init errors, timeouts); the
    // row must then say so. Every path ending in container replicas must answer.
    if (row.note && row.requests === 0) {
      expect(row.errors).toBeGreaterThan(0);
      expect(row.firstError).toMatch(/^HTTP 5\d\d/);
      continue;
    }
    expect(row.trace).toBe(row.chain);
    expect(row.requests).toBeGreaterThan(0);
    for (const value of [row.directP50Ms, row.chainP50Ms, row.directP99Ms, row.chainP99Ms]) {
      expect(value).toBeGreaterThan(0);
    }
    expect(Number.isFinite(row.addedP50PerHopMs)).toBe(true);
  }
  // Validation and the template-mapped request are printed against the plain chain, judged.
  expect(stdout).toMatch(
    /request validation: a valid body adds -?[\d.]+ ms p50 to the plain chain: (met|NOT met)/,
  );
  expect(stdout).toMatch(/an invalid one answers 400 with 0 backend calls/);
  expect(stdout).toMatch(/template-mapped request .* adds -?[\d.]+ ms p50 to the plain chain: (met|NOT met)/);
  // The calibration hop (a bare TCP proxy process in front of the same replicas) was measured too.
  expect(result.latency.reference?.requests).toBeGreaterThan(0);
  expect(result.latency.reference?.p50Ms).toBeGreaterThan(0);
  // The cache row: hits only (the one miss is made before the run), answered by the gateway alone.
  expect(result.latency.cacheHit).toMatchObject({ trace: 'gateway:rest > cache:hit', errors: 0 });
  expect(result.latency.cacheHit?.requests).toBeGreaterThan(0);
  expect(result.latency.cacheHit?.savedP50Ms).toBeCloseTo(
    (result.latency.cacheHit?.chainP50Ms ?? 0) - (result.latency.cacheHit?.hitP50Ms ?? 0),
  );
  // Each row's cost beyond the one-process floor is its added p50 less the reference's, per hop.
  const floor = result.latency.reference?.addedP50Ms ?? Number.NaN;
  for (const row of result.latency.rows.filter((r) => r.requests > 0)) {
    expect(row.perHopBeyondProcessFloorMs).toBeCloseTo((row.addedP50Ms - floor) / row.hops, 9);
  }
  expect(stdout).toContain('beyond floor');
  const t = result.throughput;
  const longest = Math.max(...result.latency.rows.filter((r) => !r.note).map((r) => r.hops));
  expect(t.hops).toBe(longest);
  expect(t.directRps).toBeGreaterThan(0);
  expect(t.chainRps).toBeGreaterThan(0);
  expect(t.ratio).toBeCloseTo(t.chainRps / t.directRps, 6);
  expect(t.errors).toBe(0);
  expect(result.rerun).toMatch(/^npm run bench:twin -- --quick/);
  expect(stdout).toContain(result.rerun);
}

describe('bench:twin --quick', () => {
  it('measures every chain of the fixture assembly', async () => {
    const { result, stdout } = await quickRun(FIXTURE_CDK_OUT);
    expectWellFormed(result, stdout);
  }, 180_000);

  const real = realAssembly();
  const skip = reportUnavailable(real);
  it.skipIf(skip)(
    'measures every chain of the synthesized patterns',
    async () => {
      const { result, stdout } = await quickRun(real.cdkOut);
      expectWellFormed(result, stdout);
      // The Lambda proxy path and the load balancer paths are all there.
      const chains = result.latency.rows.map((r) => r.chain);
      expect(chains.some((c) => c.includes('nlb:'))).toBe(true);
      expect(chains.some((c) => c.includes(' > alb > '))).toBe(true);
    },
    180_000,
  );
});
