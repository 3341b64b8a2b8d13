/**
 * The set-up every "scenario through the twin" suite shares: synthesize the real CDK app for a few patterns
 * (with the context a user would pass with `-c`), stand one twin up for the whole file, run the scenarios
 * once with the tools, print the table, and stop everything after the file.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPikApp, type PikAppOptions } from '@pik/cdk-app';
import { type Twin, type TwinUpOptions, twinUp } from '@pik/twin';
import { afterAll, beforeAll } from 'vitest';
import { type BenchOptions, type BenchOutcome, runBench } from '../../src/cli/bench.js';

export interface TwinBenchSuiteOptions {
  /** Names the temporary folder (`pik-bench-<name>-`). */
  readonly name: string;
  readonly patterns: NonNullable<PikAppOptions['patterns']>;
  /** Props for the stacks, as `buildPikApp` takes them. */
  readonly app?: Pick<PikAppOptions, 'commonProps' | 'stackProps'>;
  /** CDK context, as `-c key=value` would give it. */
  readonly context?: Record<string, string>;
  /** Twin options beyond the assembly and patterns (health-check scale, time scales). */
  readonly twin?: Omit<TwinUpOptions, 'root' | 'cdkOut' | 'patterns'>;
  readonly bench: Pick<BenchOptions, 'scenarios' | 'tool'> & Partial<Pick<BenchOptions, 'variant'>>;
  /** Bound on set-up and runs. @default 300 s */
  readonly timeoutMs?: number;
}

/** Filled in by the file's `beforeAll`; read it in the tests. */
export interface TwinBench {
  twin: Twin;
  root: string;
  outcome: BenchOutcome;
}

function synthesize(options: TwinBenchSuiteOptions, outdir: string): void {
  const previous = process.env.CDK_CONTEXT_JSON;
  if (options.context) process.env.CDK_CONTEXT_JSON = JSON.stringify(options.context);
  try {
    buildPikApp({ outdir, patterns: options.patterns, ...options.app, nag: false }).app.synth();
  } finally {
    if (previous === undefined) delete process.env.CDK_CONTEXT_JSON;
    else process.env.CDK_CONTEXT_JSON = previous;
  }
}

export function twinBenchSuite(options: TwinBenchSuiteOptions): TwinBench {
  const suite = {} as TwinBench;
  beforeAll(async () => {
    suite.root = await mkdtemp(join(tmpdir(), `pik-bench-${options.name}-`));
    const cdkOut = join(suite.root, 'cdk.out');
    synthesize(options, cdkOut);
    suite.twin = await twinUp({
      logs: 'file',
      print: () => {},
      ...options.twin,
      root: suite.root,
      cdkOut,
      patterns: options.patterns,
    });
    suite.outcome = await runBench({
      variant: 'short',
      ...options.bench,
      targets: suite.twin.targets,
      outDir: join(suite.root, 'results'),
      log: (line) => process.stderr.write(`${line}\n`),
    });
    process.stderr.write(`\n${suite.outcome.table}\n\n`);
  }, options.timeoutMs ?? 300_000);

  afterAll(async () => {
    await suite.twin?.stop();
    // PIK_KEEP_BENCH_RESULTS=1 keeps the results folder (raw outputs, report) for a look after a failure.
    if (suite.root && !process.env.PIK_KEEP_BENCH_RESULTS)
      await rm(suite.root, { recursive: true, force: true });
    else if (suite.root) process.stderr.write(`[pik] results kept in ${suite.root}\n`);
  });
  return suite;
}
