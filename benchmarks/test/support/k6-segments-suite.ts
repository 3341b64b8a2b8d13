/**
 * k6 spread over execution segments, through a running twin (the one test/bench-twin.test.ts starts, so
 * no second synthesis and twin): `pik bench --workers 2` against a single k6 process running the same
 * plan, and the k6-operator path (`--emit k6-operator`, then `--ingest`) with its two runners played by two
 * local k6 segment runs of the emitted script and plan, their summaries taken from their logs as
 * `kubectl logs` would give them.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Twin } from '@pik/twin';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type BenchOutcome, runBench, runBenchCli } from '../../src/cli/bench.js';
import { executionSegments, segmentArgs } from '../../src/distributed/segments.js';
import { percentile } from '../../src/result-format/measurement.js';
import { readK6Points } from '../../src/result-format/read-k6.js';
import { readResultsFile } from '../../src/result-format/results-file.js';
import type { ToolResult } from '../../src/result-format/schema.js';
import { inlineSecrets, resolveAuthHeaders } from '../../src/targets/auth-headers.js';
import { resolveK6 } from '../../src/tools/k6-resolver.js';
import { runToFiles } from '../../src/tools/process.js';

const DURATION_SEC = 3;

/**
 * k6's arrival-rate executors start rate x duration iterations in all, split exactly over the segments, so
 * two workers send what one process sends. What can differ: an iteration at the very end of a schedule,
 * started or not by each process (one per process: 36 against 37 requests seen here), and iterations
 * dropped for want of a VU (none at these rates). The tolerance: one request per process (two), or 1%.
 */
const totalsAgree = (a: number, b: number) => Math.abs(a - b) <= Math.max(2, 0.01 * Math.max(a, b));

/** Registers the segment tests inside a suite whose twin runs `pattern`; call it inside that describe. */
export function k6SegmentsSuite(
  k6Available: boolean,
  pattern: string,
  running: () => { twin: Twin; root: string },
): void {
  const PATTERN = pattern;
  let k6Bin: string | undefined;
  let twin: Twin;
  let root: string;
  let single: BenchOutcome;
  let split: BenchOutcome;

  describe.runIf(k6Available)(`k6 execution segments through the twin (${PATTERN})`, () => {
    beforeAll(async () => {
      ({ twin, root } = running());
      k6Bin = await resolveK6();
      const run = (workers: number, dir: string) =>
        runBench({
          targets: twin.targets,
          patterns: [PATTERN],
          scenarios: ['latency'],
          tool: 'k6',
          variant: 'short',
          durationSec: DURATION_SEC,
          k6Workers: workers,
          outDir: join(root, 'segments', dir),
          log: (line) => process.stderr.write(`${line}\n`),
        });
      const started = performance.now();
      single = await run(1, 'single');
      split = await run(2, 'workers');
      process.stderr.write(
        `[segments] one process and two workers: ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
      );
    }, 300_000);

    const only = (outcome: BenchOutcome): ToolResult => {
      expect(outcome.results.results).toHaveLength(1);
      return outcome.results.results[0] as ToolResult;
    };

    it('--workers 2 sends what one process sends, in one consistent record', () => {
      const one = only(single);
      const two = only(split);
      process.stderr.write(
        `[segments] one process: ${one.requests.total} requests ${JSON.stringify(one.requests.byStatus)} p50 ${one.latencyMs.p50} ms; two workers: ${two.requests.total} requests ${JSON.stringify(two.requests.byStatus)} p50 ${two.latencyMs.p50} ms\n`,
      );
      expect(two.distributed).toEqual({ engine: 'k6-segments', workers: 2 });
      expect(one.distributed).toBeUndefined();
      expect(two.requests.total).toBeGreaterThan(0);
      expect(
        totalsAgree(one.requests.total, two.requests.total),
        `${one.requests.total} vs ${two.requests.total}`,
      ).toBe(true);
      expect(totalsAgree(one.offeredRequests, two.requests.total + two.droppedIterations)).toBe(true);
      // The mix is drawn at random per iteration, so 200s (reads) and 201s (creates) vary between runs;
      // what must hold is that every request of both runs was answered with one of them.
      for (const r of [one, two])
        expect((r.requests.byStatus['200'] ?? 0) + (r.requests.byStatus['201'] ?? 0), r.tool).toBe(
          r.requests.total,
        );
      expect([...two.thresholds, ...two.consistency].filter((c) => !c.pass)).toEqual([]);
      // Both workers wrote their own output; the merged record names them.
      for (const file of ['k6-summary.0.json', 'k6-summary.1.json', 'k6-raw.0.json.gz', 'k6-raw.1.json.gz'])
        expect(
          two.rawFiles.some((f) => f.endsWith(file)),
          file,
        ).toBe(true);
    });

    it('merges the two workers percentiles from their raw samples, not from their summaries', async () => {
      const two = only(split);
      const dir = join(split.outDir, 'raw', PATTERN, 'latency', 'k6');
      const points = await Promise.all([0, 1].map((i) => readK6Points(join(dir, `k6-raw.${i}.json.gz`))));
      const all = points.flatMap((p) => p.samples.map((s) => s.ms)).sort((a, b) => a - b);
      expect(all).toHaveLength(two.requests.total);
      expect(two.latencyMs.p95).toBeCloseTo(percentile(all, 95), 2);
      expect(two.latencyMs.p50).toBeCloseTo(percentile(all, 50), 2);
    });

    it('--emit k6-operator writes a TestRun and a ConfigMap; --ingest merges the runners summaries', async () => {
      const emitted = join(root, 'segments', 'operator');
      const lines: string[] = [];
      const targetsFile = join(root, 'segments', 'targets.json');
      await writeFile(targetsFile, JSON.stringify(twin.targets));
      const argv = ['--targets', targetsFile, '--patterns', PATTERN, '--scenarios', 'latency', '--short'];
      const code = await runBenchCli(
        [
          ...argv,
          '--duration',
          `${DURATION_SEC}s`,
          '--emit',
          'k6-operator',
          '--workers',
          '2',
          '--out',
          emitted,
        ],
        (l) => lines.push(l),
      );
      expect(code, lines.join('\n')).toBe(0);
      const folder = join(emitted, PATTERN, 'latency');
      const testRun = parse(await readFile(join(folder, 'testrun.yaml'), 'utf8'));
      const configMap = parse(await readFile(join(folder, 'configmap.yaml'), 'utf8'));
      expect(testRun.apiVersion).toBe('k6.io/v1alpha1');
      expect(testRun.kind).toBe('TestRun');
      expect(testRun.spec.parallelism).toBe(2);
      expect(testRun.spec.script.configMap).toEqual({ name: configMap.metadata.name, file: 'scenario.ts' });
      expect(Object.keys(configMap.data).sort()).toEqual(['plan.json', 'scenario.ts']);
      // The two runners, played here by k6 on the script and plan exactly as the ConfigMap mounts them.
      const mounted = join(root, 'segments', 'mounted');
      await mkdir(mounted, { recursive: true });
      for (const [file, text] of Object.entries(configMap.data as Record<string, string>))
        await writeFile(join(mounted, file), text);
      const env = Object.fromEntries(
        (testRun.spec.runner.env as { name: string; value?: string }[])
          .filter((e) => e.value !== undefined)
          .map((e) => [e.name, (e.value as string).replace('/test/', `${mounted}/`)]),
      );
      // What the Secret the TestRun names would hold: the pattern's credentials.
      const pattern = twin.targets.patterns.find((p) => p.id === PATTERN);
      env.PIK_HEADERS = JSON.stringify(await resolveAuthHeaders(pattern as never, inlineSecrets));
      expect(testRun.spec.runner.env).toContainEqual({
        name: 'PIK_HEADERS',
        valueFrom: { secretKeyRef: { name: 'pik-headers', key: 'PIK_HEADERS', optional: true } },
      });
      const raws: string[] = [];
      for (const segment of executionSegments(2)) {
        const raw = join(root, 'segments', `runner-${segment.index}.json.gz`);
        raws.push(raw);
        const result = await runToFiles(
          k6Bin as string,
          ['run', '--quiet', ...segmentArgs(segment), '--out', `json=${raw}`, join(mounted, 'scenario.ts')],
          {
            env: { ...process.env, ...env },
            cwd: mounted,
            // What `kubectl logs job/<name>-<n>` gives: the runner's stdout and stderr together.
            stdoutFile: join(folder, `runner-${segment.index + 1}.log`),
            stderrFile: join(root, 'segments', `runner-${segment.index + 1}.stderr.log`),
            timeoutMs: 60_000,
          },
        );
        expect(result.exitCode).toBe(0);
      }
      expect(await runBenchCli(['--ingest', emitted], (l) => lines.push(l)), lines.join('\n')).toBe(0);
      const ingested = (await readResultsFile(emitted)).results;
      expect(ingested).toHaveLength(1);
      const record = ingested[0] as ToolResult;
      expect(record.distributed).toEqual({ engine: 'k6-operator', workers: 2 });
      expect(record.label).toBe('local twin');
      // Counts from the summaries equal the runners' raw outputs; percentiles from the summed histograms
      // lie within 1% of the raw samples at the same rank.
      const samples = (await Promise.all(raws.map((r) => readK6Points(r)))).flatMap((p) => p.samples);
      const sorted = samples.map((s) => s.ms).sort((a, b) => a - b);
      expect(record.requests.total).toBe(samples.length);
      expect(totalsAgree(single.results.results[0]?.requests.total ?? 0, record.requests.total)).toBe(true);
      const byStatus: Record<string, number> = {};
      for (const s of samples) byStatus[s.status] = (byStatus[s.status] ?? 0) + 1;
      expect(record.requests.byStatus).toEqual(byStatus);
      for (const [key, p] of [
        ['p50', 50],
        ['p95', 95],
        ['p99', 99],
      ] as const) {
        const rank = (p / 100) * (sorted.length - 1);
        const low = (sorted[Math.floor(rank)] as number) * 0.99;
        const high = (sorted[Math.ceil(rank)] as number) * 1.01;
        expect(record.latencyMs[key], key).toBeGreaterThanOrEqual(low);
        expect(record.latencyMs[key], key).toBeLessThanOrEqual(high);
      }
      expect([...record.thresholds, ...record.consistency].filter((c) => !c.pass)).toEqual([]);
    });
  });
}
