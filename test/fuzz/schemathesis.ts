/**
 * Runs schemathesis (`st run`) against one OpenAPI document and reads its NDJSON event report back into
 * counts per route: cases, 5xx answers and cases with a failed check.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The version `.ci/install-schemathesis.sh` installs. */
export const SCHEMATHESIS_VERSION = '4.32.5';
export const SCHEMATHESIS_INSTALL = 'bash .ci/install-schemathesis.sh (then put the printed folder on PATH)';
const CONFIG = fileURLToPath(new URL('./schemathesis.toml', import.meta.url));

/** `st` from PATH, else the cached install `.ci/install-schemathesis.sh` makes; undefined when neither runs. */
export function resolveSchemathesis(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const cache = env.PIK_CACHE_DIR ?? join(env.HOME ?? '', '.cache', 'pik');
  const candidates = ['st', join(cache, 'schemathesis', SCHEMATHESIS_VERSION, 'bin', 'st')];
  for (const candidate of candidates) {
    if (candidate !== 'st' && !existsSync(candidate)) continue;
    const probe = spawnSync(candidate, ['--version'], { encoding: 'utf8' });
    if (probe.status === 0 && probe.stdout.includes(SCHEMATHESIS_VERSION)) return candidate;
  }
  return undefined;
}

export interface RouteCounts {
  cases: number;
  serverErrors: number;
  violations: number;
  /** Cases per response status (`"400": 12`); `"none"` when no response came back. */
  statuses: Record<string, number>;
}

export interface FuzzRun {
  readonly label: string;
  readonly exitCode: number | null;
  readonly routes: Record<string, RouteCounts>;
  /** Failed checks by name (`response_schema_conformance: 2`). */
  readonly failedChecks: Record<string, number>;
  /** Schemathesis' own errors (a schema it cannot read, a crash in generation). */
  readonly errors: number;
  /** The last lines of schemathesis' output, shown when something failed. */
  readonly output: string;
}

export interface FuzzTarget {
  readonly label: string;
  readonly schemaFile: string;
  readonly baseUrl: string;
  readonly headers?: Record<string, string>;
  /** Cases per operation and phase; with the seed, this fixes the run. */
  readonly maxExamples: number;
  /** A run still going after this long is killed (and fails): a safety bound, not the budget. */
  readonly maxSeconds: number;
  readonly seed: number;
}

interface Recorder {
  cases?: Record<string, { value?: { method?: string; path?: string } }>;
  checks?: Record<string, { name: string; status: string }[]>;
  interactions?: Record<string, { response?: { status_code?: number } }>;
}

/** Adds one finished scenario's cases to the counts (a case is a violation when any check failed). */
function countScenario(
  recorder: Recorder,
  run: { routes: Record<string, RouteCounts>; failedChecks: Record<string, number> },
): void {
  for (const [id, { value }] of Object.entries(recorder.cases ?? {})) {
    const route = `${value?.method ?? '?'} ${value?.path ?? '?'}`;
    const counts = run.routes[route] ?? { cases: 0, serverErrors: 0, violations: 0, statuses: {} };
    run.routes[route] = counts;
    counts.cases += 1;
    const status = recorder.interactions?.[id]?.response?.status_code ?? 0;
    const key = status ? String(status) : 'none';
    counts.statuses[key] = (counts.statuses[key] ?? 0) + 1;
    if (status >= 500) counts.serverErrors += 1;
    const failed = (recorder.checks?.[id] ?? []).filter((check) => check.status === 'failure');
    if (failed.length > 0) counts.violations += 1;
    for (const check of failed) run.failedChecks[check.name] = (run.failedChecks[check.name] ?? 0) + 1;
  }
}

export function parseNdjson(text: string): Pick<FuzzRun, 'routes' | 'failedChecks' | 'errors'> {
  const run = {
    routes: {} as Record<string, RouteCounts>,
    failedChecks: {} as Record<string, number>,
    errors: 0,
  };
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const event = JSON.parse(line) as Record<string, { recorder?: Recorder }>;
    if (event.ScenarioFinished?.recorder) countScenario(event.ScenarioFinished.recorder, run);
    if (event.NonFatalError || event.FatalError) run.errors += 1;
  }
  return run;
}

function stArgs(target: FuzzTarget, reportDir: string): string[] {
  const headers = Object.entries(target.headers ?? {}).flatMap(([name, value]) => [
    '-H',
    `${name}: ${value}`,
  ]);
  return [
    '--config-file',
    CONFIG,
    'run',
    target.schemaFile,
    '--url',
    target.baseUrl,
    '--mode',
    'all',
    '--checks',
    'all',
    '--phases',
    'coverage,fuzzing,stateful',
    // Bounded by examples, not --max-time: with a time budget schemathesis repeats fuzzing until it is
    // spent, so the case count would depend on how busy the machine is. maxSeconds only stops a stuck run.
    '--max-examples',
    String(target.maxExamples),
    '--seed',
    String(target.seed),
    // One worker: 4.32.5 on CPython 3.11 can fail generation with "AST constructor recursion depth
    // mismatch" when several worker threads build strategies at once.
    '--workers',
    '1',
    '--request-timeout',
    '10',
    '--no-color',
    '--report',
    'ndjson',
    '--report-dir',
    reportDir,
    ...headers,
  ];
}

export async function runSchemathesis(st: string, target: FuzzTarget): Promise<FuzzRun> {
  const reportDir = await mkdtemp(join(tmpdir(), 'pik-fuzz-'));
  try {
    // Run inside the report folder: schemathesis keeps a `.schemathesis` cache (earlier crashes it
    // replays first) in its working directory, which would make one run depend on the ones before it.
    const child = spawn(st, stArgs(target, reportDir), { cwd: reportDir, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const killer = setTimeout(() => child.kill('SIGKILL'), target.maxSeconds * 1000);
    const exitCode = await new Promise<number | null>((resolve) => child.on('close', resolve));
    clearTimeout(killer);
    const [report] = (await readdir(reportDir)).filter((name) => name.endsWith('.ndjson'));
    const parsed = report
      ? parseNdjson(await readFile(join(reportDir, report), 'utf8'))
      : { routes: {}, failedChecks: {}, errors: 1 };
    return { label: target.label, exitCode, output, ...parsed };
  } finally {
    await rm(reportDir, { recursive: true, force: true });
  }
}
