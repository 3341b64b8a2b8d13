/**
 * `npm run bench:soak [-- --short] [--duration 10m] [--interval 10s] [--warmup 2m] [--patterns a,b]
 *  [--tool artillery] [--rss-bound 2] [--fd-bound 1] [--cdk-out dir] [--out dir]`
 * Defaults: `SOAK` in settings.ts (`--short`: `SHORT_SOAK`, the one `npm test` runs).
 * Synthesizes the two patterns (unless --cdk-out names an assembly holding them), soaks them through the
 * twin and writes soak.json and soak.md to --out (default results/soak/<timestamp>/). Exit code 1 when a
 * process grew above a bound, 2 on bad usage.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { PatternId } from '@pik/contracts';
import type { ToolChoice } from '../cli/bench.js';
import { REPO_ROOT } from '../micro/output.js';
import { parseDurationSec } from '../scenarios/plan.js';
import { procAvailable } from './proc-tree.js';
import { SHORT_SOAK, SOAK, SOAK_PATTERNS } from './settings.js';
import { runSoak } from './soak-run.js';

const OPTIONS = {
  short: { type: 'boolean', default: false },
  duration: { type: 'string' },
  interval: { type: 'string' },
  warmup: { type: 'string' },
  patterns: { type: 'string', default: SOAK_PATTERNS.join(',') },
  tool: { type: 'string', default: 'artillery' },
  'rss-bound': { type: 'string' },
  'fd-bound': { type: 'string' },
  'cdk-out': { type: 'string' },
  out: { type: 'string' },
} as const;

function positive(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0)
    throw new Error(`--${name}: expected a positive number; got '${text}'`);
  return value;
}

function parse(argv: readonly string[]) {
  const { values } = parseArgs({ args: [...argv], options: OPTIONS, strict: true });
  const base = values.short ? SHORT_SOAK : SOAK;
  const seconds = (text: string | undefined, fallback: number) =>
    text === undefined ? fallback : parseDurationSec(text);
  const durationSec = seconds(values.duration, base.durationSec);
  const intervalSec = seconds(values.interval, base.intervalSec);
  const warmupSec = seconds(values.warmup, base.warmupSec);
  if (warmupSec + 5 * intervalSec > durationSec)
    throw new Error(
      `--warmup ${warmupSec}s leaves fewer than 5 samples of --interval ${intervalSec}s in --duration ${durationSec}s`,
    );
  if (!['k6', 'artillery', 'both'].includes(values.tool))
    throw new Error(`--tool: expected k6, artillery or both; got '${values.tool}'`);
  const patterns = values.patterns
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  if (patterns.length === 0) throw new Error('--patterns: name at least one pattern');
  return {
    durationSec,
    intervalSec,
    warmupSec,
    patterns,
    tool: values.tool as ToolChoice,
    variant: base.variant,
    bounds: {
      ...base.bounds,
      rssMbPerMin: positive('rss-bound', values['rss-bound'] ?? String(base.bounds.rssMbPerMin)),
      fdsPerMin: positive('fd-bound', values['fd-bound'] ?? String(base.bounds.fdsPerMin)),
    },
    cdkOut: values['cdk-out'],
    outDir:
      values.out ?? path.join(REPO_ROOT, 'results', 'soak', new Date().toISOString().replace(/[:.]/g, '-')),
  };
}

/** Synthesizes the patterns into a temporary assembly (no cdk-nag: the soak measures the data plane). */
async function synthesize(
  patterns: readonly string[],
): Promise<{ cdkOut: string; cleanup: () => Promise<void> }> {
  const root = await mkdtemp(path.join(tmpdir(), 'pik-soak-'));
  const cdkOut = path.join(root, 'cdk.out');
  const { buildPikApp } = await import('@pik/cdk-app');
  buildPikApp({ outdir: cdkOut, patterns: patterns as PatternId[], nag: false }).app.synth();
  return { cdkOut, cleanup: () => rm(root, { recursive: true, force: true }) };
}

export async function runSoakCli(argv: readonly string[], log: (line: string) => void): Promise<number> {
  let options: ReturnType<typeof parse>;
  try {
    options = parse(argv);
  } catch (error) {
    log(`bench:soak: ${(error as Error).message}`);
    return 2;
  }
  if (!(await procAvailable())) {
    log('bench:soak: needs Linux /proc to read RSS and open descriptors of the twin processes');
    return 2;
  }
  const assembly = options.cdkOut
    ? { cdkOut: path.resolve(options.cdkOut), cleanup: async () => {} }
    : await synthesize(options.patterns);
  try {
    const outcome = await runSoak({ ...options, cdkOut: assembly.cdkOut, log });
    log(`\n${outcome.table}\n\nresults: ${outcome.files.json}\nsummary: ${outcome.files.markdown}`);
    for (const g of outcome.flagged) log(`FLAGGED ${g.label} (pid ${g.pid}): ${g.flagged.join('; ')}`);
    return outcome.flagged.length === 0 ? 0 : 1;
  } finally {
    await assembly.cleanup();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await runSoakCli(process.argv.slice(2), (line) => process.stdout.write(`${line}\n`));
}
