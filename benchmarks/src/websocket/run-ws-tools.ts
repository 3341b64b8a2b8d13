/** Runs one tool for a WebSocket plan: k6 (`k6/websocket.ts`) or artillery's WebSocket engine. */
import { copyFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { K6_TREND_STATS } from '../tools/k6-options.js';
import { runToFiles } from '../tools/process.js';
import { ARTILLERY_NO_TELEMETRY, artilleryBin, artilleryVersion } from '../tools/run-artillery.js';
import { k6Version } from '../tools/run-k6.js';
import { planOnDisk, type WsPlan } from './ws-plan.js';

export const K6_WS_SCRIPT = fileURLToPath(new URL('../../k6/websocket.ts', import.meta.url));
export const ARTILLERY_WS_PROCESSOR = fileURLToPath(
  new URL('../../artillery/ws-processor.cjs', import.meta.url),
);

export interface WsToolRun {
  readonly tool: 'k6' | 'artillery';
  readonly version: string;
  readonly exitCode: number;
  readonly timedOut: boolean;
  readonly startedAt: string;
  /** k6's summary or artillery's report. */
  readonly output: string;
  readonly stderr: string;
  readonly files: readonly string[];
}

/** k6 scenarios: one iteration per connection (each waits for its place in the spread), and the writer. */
export function wsK6Options(plan: WsPlan): Record<string, unknown> {
  const maxDuration = `${Math.ceil(plan.durationSec) + 30}s`;
  return {
    scenarios: {
      connections: {
        executor: 'per-vu-iterations',
        exec: 'connection',
        vus: plan.shape.connections,
        iterations: 1,
        maxDuration,
      },
      ...(plan.kind === 'fanout'
        ? {
            writer: {
              executor: 'per-vu-iterations',
              exec: 'writer',
              vus: 1,
              iterations: 1,
              startTime: `${Math.round(plan.shape.writeAtSec * 1000)}ms`,
              maxDuration,
            },
          }
        : {}),
    },
    summaryTrendStats: [...K6_TREND_STATS],
    tags: { pattern: plan.pattern.id, pik_scenario: plan.scenario },
    userAgent: 'pik-bench-k6',
  };
}

/** artillery: `connections` arrivals spread over `arrivalSec`, each one WebSocket session run by the processor. */
export function wsArtilleryScript(plan: WsPlan, processor: string): Record<string, unknown> {
  return {
    config: {
      target: plan.url,
      // artillery takes whole seconds; the catalogue's shapes spread their arrivals over whole seconds.
      phases: [
        {
          name: 'connections',
          duration: Math.max(1, Math.round(plan.shape.arrivalSec)),
          arrivalCount: plan.shape.connections,
        },
      ],
      processor,
    },
    scenarios: [
      {
        name: plan.scenario,
        engine: 'ws',
        flow: [{ connect: { function: 'pikWsConnect' } }, { function: 'pikWsRun' }],
      },
    ],
  };
}

function secretsEnv(plan: WsPlan, planFile: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PIK_WS_PLAN: planFile,
    PIK_WS_TOKEN: plan.token ?? '',
    PIK_HEADERS: JSON.stringify(plan.headers),
  };
}

const timeoutMs = (plan: WsPlan) => (Math.ceil(plan.durationSec) + 90) * 1000;

export async function runWsK6(k6: string, plan: WsPlan, dir: string): Promise<WsToolRun> {
  const files = {
    plan: join(dir, 'ws-plan.json'),
    summary: join(dir, 'k6-summary.json'),
    stdout: join(dir, 'k6-stdout.log'),
    stderr: join(dir, 'k6-stderr.log'),
  };
  const k6Plan = { ...planOnDisk(plan), k6: { options: wsK6Options(plan), summaryFile: files.summary } };
  await writeFile(files.plan, JSON.stringify(k6Plan, null, 2));
  const startedAt = new Date().toISOString();
  const result = await runToFiles(k6, ['run', '--quiet', K6_WS_SCRIPT], {
    env: { ...secretsEnv(plan, files.plan), K6_NO_USAGE_REPORT: 'true' },
    cwd: dir,
    stdoutFile: files.stdout,
    stderrFile: files.stderr,
    timeoutMs: timeoutMs(plan),
  });
  const version = await k6Version(k6);
  return {
    tool: 'k6',
    version,
    ...result,
    startedAt,
    output: files.summary,
    stderr: files.stderr,
    files: Object.values(files),
  };
}

export async function runWsArtillery(plan: WsPlan, dir: string): Promise<WsToolRun> {
  const files = {
    plan: join(dir, 'ws-plan.json'),
    script: join(dir, 'artillery-script.json'),
    report: join(dir, 'artillery-report.json'),
    stdout: join(dir, 'artillery-stdout.log'),
    stderr: join(dir, 'artillery-stderr.log'),
  };
  await writeFile(files.plan, JSON.stringify(planOnDisk(plan), null, 2));
  await copyFile(ARTILLERY_WS_PROCESSOR, join(dir, 'pik-ws-processor.cjs'));
  await writeFile(files.script, JSON.stringify(wsArtilleryScript(plan, './pik-ws-processor.cjs'), null, 2));
  const startedAt = new Date().toISOString();
  const result = await runToFiles(
    process.execPath,
    ['--require', ARTILLERY_NO_TELEMETRY, artilleryBin(), 'run', '--output', files.report, files.script],
    {
      env: { ...secretsEnv(plan, files.plan), ARTILLERY_DISABLE_TELEMETRY: 'true', WORKERS: '1' },
      cwd: dir,
      stdoutFile: files.stdout,
      stderrFile: files.stderr,
      timeoutMs: timeoutMs(plan),
    },
  );
  const version = await artilleryVersion();
  return {
    tool: 'artillery',
    version,
    ...result,
    startedAt,
    output: files.report,
    stderr: files.stderr,
    files: Object.values(files),
  };
}
