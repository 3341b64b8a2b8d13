/**
 * One pattern's share of a `pik bench` call: every selected scenario with every selected tool, in order,
 * each result appended as it is measured. The call's set-up and the results folder live in `bench.ts`.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { TargetPattern, TargetsFile } from '@pik/contracts';
import type { ArtilleryLambdaOptions } from '../distributed/artillery-lambda.js';
import { type DistributedPlace, runDistributed } from '../distributed/run-distributed.js';
import { behindEdgeRefusal } from '../edge-cache/edge-refusal.js';
import { withEdgeCache } from '../edge-cache/edge-tiers.js';
import { runWithFailover, type TargetKiller } from '../failover/run-failover.js';
import { discoverServiceData } from '../requests/discover-data.js';
import { normalize } from '../result-format/normalize.js';
import { readArtillery } from '../result-format/read-artillery.js';
import { readK6 } from '../result-format/read-k6.js';
import type { ToolResult } from '../result-format/schema.js';
import type { Scenario } from '../scenarios/catalogue.js';
import { buildPlan, type RunPlan, stageLimitRefusal } from '../scenarios/plan.js';
import { resolveAuthHeaders, type SecretResolver } from '../targets/auth-headers.js';
import { runArtillery } from '../tools/run-artillery.js';
import { runK6 } from '../tools/run-k6.js';
import { runWebSocketScenario } from '../websocket/run-websocket.js';
import { webSocketRefusal } from '../websocket/ws-plan.js';
import { withWriteBurst } from '../write-burst/run-write-burst.js';
import type { WriteBufferReader } from '../write-burst/write-buffer.js';
import { writeBurstRefusal } from '../write-burst/write-burst-scenario.js';

export type LoadTool = 'k6' | 'artillery';

/** What the world the targets live in (twin or AWS) does for the harness around a run. */
export interface WorldHooks {
  readonly secrets: SecretResolver;
  readonly forceCold: (pattern: TargetPattern) => Promise<void>;
  /** Empties the pattern's caches; false when it has none. */
  readonly flushCache: (pattern: TargetPattern) => Promise<boolean>;
  readonly killer: TargetKiller;
  readonly writeBuffer: WriteBufferReader;
}

/** What every run of one `pik bench` call shares. */
export interface BenchSession {
  readonly world: TargetsFile['world'];
  readonly tools: readonly LoadTool[];
  readonly variant: 'short' | 'full';
  readonly durationSec: number | undefined;
  readonly outDir: string;
  readonly k6: string | undefined;
  readonly k6Dashboard: boolean | undefined;
  readonly k6Workers: number | undefined;
  readonly artilleryLambda: ArtilleryLambdaOptions | undefined;
  readonly scenarioPatterns: Readonly<Record<string, readonly string[]>> | undefined;
  readonly hooks: WorldHooks;
  readonly log: (line: string) => void;
  /** Runs counted so far (skipped ones too) out of `total`, for the `[i/n]` progress lines. */
  readonly progress: { done: number; readonly total: number };
  readonly results: ToolResult[];
}

/** Above this offered rate a twin and a load tool sharing one ordinary machine stop measuring the pattern. */
const LOCAL_PEAK_WARNING = 400;

/** Runs every scenario on one pattern with every tool, appending to `session.results`. */
export async function benchPattern(
  session: BenchSession,
  pattern: TargetPattern,
  scenarios: readonly Scenario[],
): Promise<void> {
  const headers = await resolveAuthHeaders(pattern, session.hooks.secrets);
  // Read once, when the first HTTP scenario needs it (a pattern running only WebSocket scenarios never does).
  let data: Awaited<ReturnType<typeof discoverServiceData>> | undefined;
  const dataOf = async () => {
    data ??= await discoverServiceData(pattern, headers);
    return data;
  };
  for (const scenario of scenarios) {
    const skip = skipReason(scenario, pattern, session.scenarioPatterns);
    if (skip) skipAll(session, skip);
    else if (scenario.webSocket) await benchWebSocket(session, pattern, scenario, headers);
    else {
      const plan = buildPlan(scenario, pattern, session.world, {
        variant: session.variant,
        headers,
        data: await dataOf(),
        ...(session.durationSec !== undefined ? { durationSec: session.durationSec } : {}),
      });
      await benchHttp(session, pattern, plan, scenario, headers);
    }
  }
}

function skipAll(session: BenchSession, reason: string): void {
  session.progress.done += session.tools.length;
  session.log(`[${session.progress.done}/${session.progress.total}] ${reason}`);
}

function nextRun(session: BenchSession, what: string): void {
  session.progress.done += 1;
  session.log(`[${session.progress.done}/${session.progress.total}] ${what}`);
}

function record(session: BenchSession, result: ToolResult): void {
  session.results.push(result);
  session.log(`  ${resultLine(result)}`);
}

async function benchWebSocket(
  session: BenchSession,
  pattern: TargetPattern,
  scenario: Scenario,
  headers: Readonly<Record<string, string>>,
): Promise<void> {
  for (const tool of session.tools) {
    nextRun(session, `${pattern.id} · ${scenario.id} · ${tool}: ${pattern.webSocket?.url}`);
    const dir = join(session.outDir, 'raw', pattern.id, scenario.id, tool);
    const place = { tool, dir, outDir: session.outDir, ...(session.k6 ? { k6: session.k6 } : {}) };
    const options = { variant: session.variant, headers };
    record(session, await runWebSocketScenario(scenario, pattern, session.world, options, place));
  }
}

/**
 * One HTTP scenario's plan with each tool. A cached-read run starts from empty caches: the flush before the
 * first tool's run also says whether the pattern has a cache at all, and when it has none, no tool runs.
 */
async function benchHttp(
  session: BenchSession,
  pattern: TargetPattern,
  plan: RunPlan,
  scenario: Scenario,
  headers: Readonly<Record<string, string>>,
): Promise<void> {
  warnAboveLocalPeak(session, pattern, plan, scenario);
  for (const tool of session.tools) {
    if (scenario.cachedReads && !(await session.hooks.flushCache(pattern))) {
      skipAll(session, `${pattern.id} · ${scenario.id}: skipped, the pattern has no API cache`);
      return;
    }
    nextRun(
      session,
      `${pattern.id} · ${scenario.id} · ${tool}: ${plan.durationSec}s, ${plan.offered.requests} requests offered`,
    );
    if (scenario.forceColdStart) await session.hooks.forceCold(pattern);
    record(session, await measure(session, tool, pattern, plan, headers));
  }
}

/** One tool's run of a plan, with what the scenario adds around it: a kill, a drain to wait for, edge tiers. */
async function measure(
  session: BenchSession,
  tool: LoadTool,
  pattern: TargetPattern,
  plan: RunPlan,
  headers: Readonly<Record<string, string>>,
): Promise<ToolResult> {
  const { outDir, log, hooks } = session;
  const dir = join(outDir, 'raw', pattern.id, plan.scenario, tool);
  const run = () =>
    runTool(tool, plan, {
      dir,
      outDir,
      k6: session.k6,
      k6Dashboard: session.k6Dashboard,
      log,
      pattern,
      k6Workers: session.k6Workers,
      artilleryLambda: session.artilleryLambda,
    });
  let measured: ToolResult;
  if (plan.failover) {
    const place = { tool, dir, outDir, pattern, headers, killer: hooks.killer, log };
    measured = await runWithFailover(run, { ...plan, failover: plan.failover }, place);
  } else if (plan.writeBurst) {
    const place = { tool, outDir, pattern, headers, buffer: hooks.writeBuffer, log };
    measured = await withWriteBurst(await run(), { ...plan, writeBurst: plan.writeBurst }, place);
  } else measured = await run();
  return plan.edgeCache ? withEdgeCache(measured, tool, outDir) : measured;
}

/** Why a scenario does not run on a pattern, or undefined when it does. */
function skipReason(
  scenario: Scenario,
  pattern: TargetPattern,
  limits: BenchSession['scenarioPatterns'],
): string | undefined {
  const noWebSocket = webSocketRefusal(scenario, pattern);
  if (noWebSocket) return noWebSocket;
  if (scenario.forceColdStart && !pattern.services.some((svc) => svc.compute === 'lambda'))
    return `${pattern.id} · ${scenario.id}: skipped, the pattern has no Lambda services`;
  const refusal = writeBurstRefusal(scenario, pattern) ?? behindEdgeRefusal(scenario, pattern);
  if (refusal) return refusal;
  const limitedTo = limits?.[scenario.id];
  if (limitedTo && !limitedTo.includes(pattern.id))
    return `${pattern.id} · ${scenario.id}: skipped, limited to ${limitedTo.join(', ')}`;
  return stageLimitRefusal(scenario, pattern);
}

function peakRate(plan: RunPlan): number {
  return Math.max(
    ...plan.phases.map((p) =>
      p.kind === 'burst' ? p.size : Math.max(...p.stages.map((s) => Math.max(s.fromRate, s.toRate))),
    ),
  );
}

function warnAboveLocalPeak(
  session: BenchSession,
  pattern: TargetPattern,
  plan: RunPlan,
  scenario: Scenario,
): void {
  const peak = peakRate(plan);
  if (session.world !== 'local-twin' || peak <= LOCAL_PEAK_WARNING) return;
  session.log(
    `  warning: ${scenario.id} offers up to ${peak} requests/s to ${pattern.id} (stage limit ${pattern.throttle ? `${pattern.throttle.rateLimit}/s` : 'none'}); one machine running the twin and the load tool rarely sustains that. Synthesize the pattern with a lower stage throttle for local throttle runs.`,
  );
}

interface ToolRunPlace extends DistributedPlace {
  readonly k6Dashboard: boolean | undefined;
  readonly log: (line: string) => void;
}

/** One tool's run of a plan, normalized; a tool that overran its time limit is an error. */
async function runTool(tool: LoadTool, plan: RunPlan, place: ToolRunPlace): Promise<ToolResult> {
  await mkdir(place.dir, { recursive: true });
  const ticker = setInterval(
    () => place.log(`  … ${plan.pattern.id} · ${plan.scenario} · ${tool} running`),
    10_000,
  );
  try {
    const distributed = await runDistributed(tool, plan, place);
    if (distributed) return distributed;
    if (tool === 'k6') {
      const run = await runK6(place.k6 as string, plan, place.dir, { dashboard: place.k6Dashboard ?? false });
      if (run.timedOut) throw new Error(`k6 did not finish within its time limit; see ${run.files.stderr}`);
      return normalize(plan, await readK6(run, place.outDir));
    }
    const run = await runArtillery(plan, place.dir);
    if (run.timedOut)
      throw new Error(`artillery did not finish within its time limit; see ${run.files.stderr}`);
    return normalize(plan, await readArtillery(run, place.outDir));
  } finally {
    clearInterval(ticker);
  }
}

function resultLine(result: ToolResult): string {
  const statuses = Object.entries(result.requests.byStatus)
    .map(([code, count]) => `${code}x${count}`)
    .join(' ');
  const failed = [...result.thresholds, ...result.consistency].filter((c) => !c.pass);
  return `${result.requests.total} requests, p50 ${result.latencyMs.p50} ms, p95 ${result.latencyMs.p95} ms, 429 ${(result.share429 * 100).toFixed(1)}%, cold ${result.cold.count}, statuses ${statuses || '-'}${result.requests.errors ? ` errors x${result.requests.errors}` : ''}; ${failed.length === 0 ? 'all checks pass' : `failed: ${failed.map((f) => f.name).join('; ')}`}`;
}
