/**
 * `pik report a b` against recorded results: three runs each of the latency scenario (artillery) against
 * the harness's stand-in service answering in 2 ms (before) and in 12 ms (after), recorded with
 * `runBench` and kept as results.json files in test/fixtures/report-diff.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runReportCli } from '../../src/cli/report.js';
import { diffRunSets } from '../../src/report/diff.js';
import { readRunSet } from '../../src/result-format/run-set.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'report-diff');
const BEFORE = join(FIXTURES, 'before');
const AFTER = join(FIXTURES, 'after');

const sides = async () => {
  const [a, b] = await Promise.all([readRunSet(BEFORE), readRunSet(AFTER)]);
  return [
    { name: a.name, runs: a.runs.map((r) => r.results) },
    { name: b.name, runs: b.runs.map((r) => r.results) },
  ] as const;
};

describe('pik report a b: differences against the run-to-run spread', () => {
  let out: string;
  const lines: string[] = [];
  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'pik-report-diff-'));
  });
  afterAll(async () => {
    await rm(out, { recursive: true, force: true });
  });

  it('reads a folder of results folders as repeats of one plan', async () => {
    const set = await readRunSet(BEFORE);
    expect(set.runs.map((r) => r.name)).toEqual(['before/run-1', 'before/run-2', 'before/run-3']);
  });

  it('judges the slower service beyond the spread, and what did not change within it', async () => {
    const [a, b] = await sides();
    const [record] = diffRunSets(a, b);
    expect(record).toMatchObject({
      pattern: 'rest-vpclink-shared-nlb',
      scenario: 'latency',
      tool: 'artillery',
    });
    expect(record?.repeats).toEqual({ a: 3, b: 3 });
    const metric = (id: string) => record?.metrics.find((m) => m.metric === id);
    const p50 = metric('p50');
    // The service answers 10 ms later; the repeats of each side vary by far less.
    expect(p50?.change).toBeGreaterThan(7);
    expect(p50?.spread).toBeLessThan(p50?.change as number);
    expect(p50?.verdict).toBe('beyond spread');
    // p95 of 80 requests per run moved by less than the runs of one side disagree among themselves.
    const p95 = metric('p95');
    expect(Math.abs(p95?.change ?? 0)).toBeLessThanOrEqual(p95?.spread ?? -1);
    expect(p95?.verdict).toBe('within spread');
    for (const id of ['429 %', 'errors'])
      expect(metric(id), id).toMatchObject({ change: 0, verdict: 'within spread' });
  });

  it('writes diff.md and prints it, marking what lies within the spread', async () => {
    expect(await runReportCli([BEFORE, AFTER, '--out', out], (l) => lines.push(l))).toBe(0);
    const diff = await readFile(join(out, 'diff.md'), 'utf8');
    expect(lines.join('\n')).toContain(diff.trim());
    expect(lines.at(-1)).toContain(`diff:    ${join(out, 'diff.md')}`);
    const row = diff.split('\n').find((l) => l.startsWith('| rest-vpclink-shared-nlb | latency | artillery'));
    const cells = row?.split(' | ') ?? [];
    expect(cells[3]).toBe('3/3');
    expect(cells[4]).toMatch(/^\+\d+(\.\d+)? ms \(spread \d+(\.\d+)?\)$/);
    expect(cells[6]).toMatch(/^~ 0 % \(spread 0\)$/);
    // Six runs side by side in the comparison report as well.
    expect(await readFile(join(out, 'summary.md'), 'utf8')).toContain('after/run-3');
  });

  it('says there is no spread to judge by when neither side repeated the run, and reads results.json files', async () => {
    const code = await runReportCli(
      [join(BEFORE, 'run-1', 'results.json'), join(AFTER, 'run-1'), '--out', out],
      (l) => lines.push(l),
    );
    expect(code).toBe(0);
    const diff = await readFile(join(out, 'diff.md'), 'utf8');
    expect(diff).toContain('(no spread)');
    expect(diff).not.toContain('(spread ');
  });

  it('names an input that holds no results', async () => {
    expect(await runReportCli([FIXTURES, join(out, 'missing')], (l) => lines.push(l))).toBe(1);
    expect(lines.at(-1)).toMatch(/report-diff: holds no results\.json|missing: no such file or folder/);
  });
});
