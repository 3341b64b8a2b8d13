import { rm, symlink } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { type BenchOutcome, resolveK6, runBench } from '@pik/benchmarks';
import {
  PATTERN_IDS,
  STAGE_THROTTLE_CONTEXT_KEY,
  type TargetPattern,
  type TargetsFile,
} from '@pik/contracts';
import { type Twin, twinUp } from '@pik/twin';
import { DEMO_WEBSOCKET_SCENARIO, demoScenarioPatterns } from './demo-websocket.js';
import { DEMO_CDK_OUT, REPO_ROOT, RESULTS_DIR } from './paths.js';
import { Progress } from './progress.js';
import { synthesizeStacks } from './synth.js';

/**
 * The patterns the demo compares when `--patterns` is not given: every one. The live feed (pattern 8) runs
 * the WebSocket scenario only (`demo-websocket.ts`).
 */
export const DEMO_DEFAULT_PATTERNS: readonly string[] = PATTERN_IDS;

/**
 * The HTTP scenarios the demo compares; the full catalogue runs with `pik bench`. `write-burst` runs on the
 * patterns that buffer writes only (option 9); the others skip it with a line saying so.
 */
const DEMO_HTTP_SCENARIOS = ['latency', 'throttle', 'cold-start', 'write-burst'] as const;
export const DEMO_SCENARIOS = [...DEMO_HTTP_SCENARIOS, DEMO_WEBSOCKET_SCENARIO] as const;

/** The first pattern of each API type (HTTP, REST) that `fits`, in the targets file's order. */
function firstOfEachApiType(targets: TargetsFile, fits: (pattern: TargetPattern) => boolean): string[] {
  const firstOfType = new Map<string, string>();
  for (const pattern of targets.patterns.filter(fits))
    if (!firstOfType.has(pattern.api)) firstOfType.set(pattern.api, pattern.id);
  return [...firstOfType.values()];
}

/**
 * The patterns the demo runs `throttle` on: the first of each API type. Every pattern of one type throttles
 * in the same gateway at the same demo stage throttle, so more runs would repeat the same 429 figures and
 * cost the demo's time budget; `pik bench` runs it on every pattern.
 */
export function demoThrottlePatterns(targets: TargetsFile): string[] {
  // Behind CloudFront the edge cache answers the repeated reads: the throttle scenario skips such patterns.
  return firstOfEachApiType(targets, (p) => !p.originUrl);
}

/**
 * The patterns the demo runs `cold-start` on: the first Lambda-backed one of each API type. A cold start is
 * the same functions' init behind every pattern, so one per API type shows it within the demo's time budget
 * (each run costs a few seconds on a fresh machine); `pik bench` runs it on every Lambda-backed pattern.
 */
export function demoColdStartPatterns(targets: TargetsFile): string[] {
  return firstOfEachApiType(targets, (p) => p.services.some((s) => s.compute === 'lambda'));
}

/** The HTTP scenarios the demo runs on fewer patterns than the selection. */
const DEMO_NARROWED = { throttle: demoThrottlePatterns, 'cold-start': demoColdStartPatterns };

/**
 * Stage throttle the demo synthesizes every pattern with (`pik:stage-throttle` context). The deployable
 * default (1,000 rps) is more than one machine can offer while also running the twin; at 40 rps the
 * throttle scenario's ramp to 3x the limit is reachable, so the 429s it shows are the gateway's, not the
 * machine's.
 */
export const DEMO_STAGE_THROTTLE = '40/20';

/**
 * Each scenario's short shape squeezed to about this many seconds, so `npm ci && npm run demo` stays within
 * five minutes on a fresh 2-core machine (every pattern but the live feed; `--duration` stretches it).
 */
export const DEMO_SCENARIO_SECONDS = 3;

const USAGE = `usage: pik demo [--patterns ids] [--tool auto|k6|artillery|both] [--duration seconds] [--skip-synth]
  Synthesizes every pattern stack, runs them all in the local twin on 127.0.0.1, compares them on
  ${DEMO_SCENARIOS.join(', ')} (short shapes; throttle and cold-start on one pattern of each API type,
  write-burst on the one that buffers writes, ws-fanout on the live feed), writes
  results/<run-id>/ and results/latest, and stops everything.
  --patterns    comma-separated pattern ids (default: every pattern; websocket-live-feed runs ws-fanout only)
  --tool        auto = artillery, plus k6 when it is installed (default auto)
  --duration    seconds per scenario (default ${DEMO_SCENARIO_SECONDS})
  --skip-synth  reuse the demo assembly (.pik/demo/cdk.out) as it is`;

export interface DemoOptions {
  readonly patterns?: readonly string[];
  readonly tool?: 'auto' | 'k6' | 'artillery' | 'both';
  readonly skipSynth?: boolean;
  /** Stretch or shrink each scenario to about this many seconds. @default the scenarios' short shapes */
  readonly durationSec?: number;
  readonly write?: (line: string) => void;
}

export interface DemoOutcome {
  readonly bench: BenchOutcome;
  readonly latestDir: string;
  readonly seconds: number;
}

async function chooseTool(tool: DemoOptions['tool']): Promise<'k6' | 'artillery' | 'both'> {
  if (tool && tool !== 'auto') return tool;
  return (await resolveK6()) ? 'both' : 'artillery';
}

async function pointLatestAt(outDir: string): Promise<string> {
  const latest = join(RESULTS_DIR, 'latest');
  await rm(latest, { force: true, recursive: false }).catch(() => {});
  await symlink(relative(RESULTS_DIR, outDir), latest, 'dir');
  return latest;
}

/** The main job: synth -> twin -> short comparison -> report -> everything stopped. */
export async function runDemo(options: DemoOptions = {}): Promise<DemoOutcome> {
  const write = options.write ?? ((line: string) => process.stdout.write(`${line}\n`));
  const progress = new Progress(4, write);
  let twin: Twin | undefined;
  const stopTwin = async () => {
    const running = twin;
    twin = undefined;
    await running?.stop();
  };
  const onSignal = (signal: NodeJS.Signals) => {
    write(`\n${signal}: stopping the twin and every process it started ...`);
    stopTwin().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    progress.begin(
      `Synthesizing every pattern stack into ${relative(REPO_ROOT, DEMO_CDK_OUT)} (no AWS account needed; ` +
        `stage throttle ${DEMO_STAGE_THROTTLE} rps/burst for the demo)`,
    );
    if (options.skipSynth) progress.info('skipped (--skip-synth): using the demo assembly as it is');
    else
      await synthesizeStacks(progress.info.bind(progress), {
        outdir: DEMO_CDK_OUT,
        context: { [STAGE_THROTTLE_CONTEXT_KEY]: DEMO_STAGE_THROTTLE },
      });

    progress.begin('Starting the local twin: every pattern data plane on 127.0.0.1, from the templates');
    twin = await twinUp({
      root: REPO_ROOT,
      cdkOut: DEMO_CDK_OUT,
      patterns: options.patterns ?? DEMO_DEFAULT_PATTERNS,
      logs: 'file',
      print: progress.info.bind(progress),
    });

    const tool = await chooseTool(options.tool);
    progress.begin(
      `Comparing the patterns: ${DEMO_SCENARIOS.join(', ')} with ${tool === 'both' ? 'k6 and artillery' : tool}` +
        (tool === 'artillery' ? ' (k6 not installed: bash .ci/install-k6.sh adds it)' : ''),
    );
    const bench = await runBench({
      targets: twin.targets,
      scenarios: DEMO_SCENARIOS,
      scenarioPatterns: demoScenarioPatterns(twin.targets, DEMO_HTTP_SCENARIOS, DEMO_NARROWED),
      tool,
      variant: 'short',
      durationSec: options.durationSec ?? DEMO_SCENARIO_SECONDS,
      outDir: join(RESULTS_DIR, new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '')),
      log: progress.info.bind(progress),
    });
    const latestDir = await pointLatestAt(bench.outDir);

    progress.begin('Stopping the twin');
    await stopTwin();

    write(`\n${bench.table}`);
    write(`\nLocal twin figures from this machine, not AWS figures.`);
    write(`Report:  ${join(bench.outDir, 'report.html')}`);
    write(`Summary: ${join(bench.outDir, 'summary.md')}   (also at ${relative(REPO_ROOT, latestDir)}/)`);
    write(`Done in ${progress.elapsedSec().toFixed(0)} s.`);
    return { bench, latestDir, seconds: progress.elapsedSec() };
  } finally {
    await stopTwin();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

export async function runDemoCli(argv: string[]): Promise<number> {
  let values: { patterns?: string; tool?: string; duration?: string; 'skip-synth'?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        patterns: { type: 'string' },
        tool: { type: 'string', default: 'auto' },
        duration: { type: 'string' },
        'skip-synth': { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      strict: true,
    }));
  } catch (error) {
    process.stderr.write(`pik demo: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const tool = values.tool ?? 'auto';
  if (!['auto', 'k6', 'artillery', 'both'].includes(tool)) {
    process.stderr.write(`pik demo: --tool must be auto, k6, artillery or both; got '${tool}'\n`);
    return 2;
  }
  const durationSec = values.duration === undefined ? undefined : Number(values.duration);
  if (
    durationSec !== undefined &&
    !(Number.isInteger(durationSec) && durationSec >= 2 && durationSec <= 600)
  ) {
    process.stderr.write(
      `pik demo: --duration must be whole seconds from 2 to 600; got '${values.duration}'\n`,
    );
    return 2;
  }
  const patterns = values.patterns
    ?.split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const unknown = patterns?.filter((p) => !(PATTERN_IDS as readonly string[]).includes(p)) ?? [];
  if (unknown.length) {
    process.stderr.write(
      `pik demo: --patterns: unknown id(s) ${unknown.join(', ')}; known: ${PATTERN_IDS.join(', ')}\n`,
    );
    return 2;
  }
  const outcome = await runDemo({
    ...(patterns ? { patterns } : {}),
    tool: tool as DemoOptions['tool'],
    skipSynth: values['skip-synth'] === true,
    ...(durationSec !== undefined ? { durationSec } : {}),
  });
  return outcome.bench.failed > 0 ? 1 : 0;
}
