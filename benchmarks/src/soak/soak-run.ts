/**
 * A soak through the twin: the twin in its own process for two patterns, steady mixed load on both at once
 * (the catalogue's `soak` scenario, one bench run per pattern), RSS and open descriptors of the twin and
 * everything it started sampled throughout, and each process's growth after warm-up judged against a bound.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { TargetsFile } from '@pik/contracts';
import { type BenchOutcome, runBench, type ToolChoice } from '../cli/bench.js';
import { machineLoad } from '../micro/output.js';
import { passed } from '../report/rows.js';
import { type Growth, type GrowthBounds, growthOf, type ProcessSeries } from './growth.js';
import { startSampling } from './sampler.js';
import { boundsSentence, growthTable, type SoakLoad, type SoakResult, soakMarkdown } from './soak-output.js';
import { startTwinProcess } from './twin-process.js';

export interface SoakOptions {
  /** A cloud assembly holding the patterns. */
  readonly cdkOut: string;
  readonly patterns: readonly string[];
  readonly durationSec: number;
  readonly intervalSec: number;
  readonly warmupSec: number;
  readonly bounds: GrowthBounds;
  /** @default 'artillery' (always installed) */
  readonly tool?: ToolChoice;
  /** The soak scenario's shape the duration stretches: `short` offers fewer requests per second. */
  readonly variant?: 'short' | 'full';
  readonly outDir: string;
  readonly log?: (line: string) => void;
}

export interface SoakOutcome {
  readonly result: SoakResult;
  readonly flagged: readonly Growth[];
  readonly files: { readonly json: string; readonly markdown: string };
  readonly table: string;
}

function loadOf(outcome: BenchOutcome): SoakLoad[] {
  return outcome.results.results.map((r) => ({
    pattern: r.pattern,
    tool: r.tool,
    requests: r.requests.total,
    unexpected: r.requests.unexpected,
    errors: r.requests.errors,
    p50Ms: r.latencyMs.p50,
    p99Ms: r.latencyMs.p99,
    checksPassed: passed(r),
  }));
}

/** Both patterns at once, one bench run each of the catalogue's soak scenario. */
function loadPatterns(targets: TargetsFile, options: SoakOptions, log: (line: string) => void) {
  return Promise.all(
    targets.patterns.map((pattern) =>
      runBench({
        targets,
        patterns: [pattern.id],
        scenarios: ['soak'],
        tool: options.tool ?? 'artillery',
        variant: options.variant ?? 'full',
        durationSec: options.durationSec,
        outDir: join(options.outDir, 'load', pattern.id),
        log: (line) => log(`  [${pattern.id}] ${line.trim()}`),
      }),
    ),
  );
}

/**
 * First and last request of the load in seconds of the sampling clock: the tools start seconds after
 * sampling does (credentials, data discovery, the tool's own start), so warm-up counts from the first request.
 */
function loadWindow(
  outcomes: readonly BenchOutcome[],
  samplingStartedAt: number,
): SoakResult['loadWindowSec'] {
  const windows = outcomes.flatMap((o) =>
    o.results.results.flatMap((r) => (r.requestWindow ? [r.requestWindow] : [])),
  );
  if (windows.length === 0) throw new Error('the load tools logged no request; nothing to judge the soak by');
  const sec = (iso: string) => Math.round((Date.parse(iso) - samplingStartedAt) / 100) / 10;
  return {
    firstRequest: Math.min(...windows.map((w) => sec(w.first))),
    lastRequest: Math.max(...windows.map((w) => sec(w.last))),
  };
}

export async function runSoak(options: SoakOptions): Promise<SoakOutcome> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  await mkdir(options.outDir, { recursive: true });
  const twin = await startTwinProcess({
    cdkOut: options.cdkOut,
    patterns: options.patterns,
    root: join(options.outDir, 'twin'),
  });
  log(
    `soak: twin pid ${twin.pid} healthy; ${options.durationSec} s of load on ${options.patterns.join(', ')}`,
  );
  const machine = machineLoad();
  const sampling = startSampling([twin.pid], options.intervalSec * 1000, { twinPid: twin.pid });
  let outcomes: BenchOutcome[];
  let series: ProcessSeries[];
  try {
    outcomes = await loadPatterns(twin.targets, options, log).catch(async (error: unknown) => {
      await sampling.stop();
      throw error;
    });
    series = await sampling.stop();
  } finally {
    await twin.stop();
  }
  const window = loadWindow(outcomes, sampling.startedAt);
  const judged = { fromSec: window.firstRequest + options.warmupSec, toSec: window.lastRequest };
  const growth = series.map((s) => growthOf(s, judged, options.bounds));
  const result: SoakResult = {
    kind: 'soak',
    createdAt: new Date().toISOString(),
    label: 'local twin',
    patterns: twin.targets.patterns.map((p) => p.id),
    durationSec: options.durationSec,
    intervalSec: options.intervalSec,
    warmupSec: options.warmupSec,
    bounds: options.bounds,
    machine,
    loadWindowSec: window,
    load: outcomes.flatMap(loadOf),
    growth,
    series,
  };
  const json = join(options.outDir, 'soak.json');
  const markdown = join(options.outDir, 'soak.md');
  await writeFile(json, `${JSON.stringify(result, null, 2)}\n`);
  await writeFile(markdown, soakMarkdown(result));
  const table = `${boundsSentence(result)}\n${growthTable(growth)}`;
  return { result, flagged: growth.filter((g) => g.flagged.length > 0), files: { json, markdown }, table };
}
