/** One WebSocket scenario on one pattern with one tool: plan, warm-up, the tool's run, the record. */
import { mkdir } from 'node:fs/promises';
import { relative } from 'node:path';
import type { TargetPattern, TargetsFile } from '@pik/contracts';
import type { ToolResult } from '../result-format/schema.js';
import type { Scenario } from '../scenarios/catalogue.js';
import { worldLabel } from '../targets/load-targets.js';
import { readWsRun } from './read-ws.js';
import { runWsArtillery, runWsK6 } from './run-ws-tools.js';
import { buildWsPlan, type WsPlan } from './ws-plan.js';
import { wsToolResult } from './ws-result.js';
import { warmUp } from './ws-warmup.js';

export interface WsRunPlace {
  readonly tool: 'k6' | 'artillery';
  /** The k6 binary, when the tool is k6. */
  readonly k6?: string;
  readonly dir: string;
  readonly outDir: string;
}

/** Runs a resolved plan with one tool (after the warm-up) and normalizes what it measured. */
export async function runWsPlan(plan: WsPlan, place: WsRunPlace): Promise<ToolResult> {
  await mkdir(place.dir, { recursive: true });
  await warmUp(plan);
  const run =
    place.tool === 'k6'
      ? await runWsK6(place.k6 ?? 'k6', plan, place.dir)
      : await runWsArtillery(plan, place.dir);
  if (run.timedOut) throw new Error(`${run.tool} did not finish within its time limit; see ${run.stderr}`);
  const figures = await readWsRun(run);
  return wsToolResult(plan, run, figures, {
    label: worldLabel(plan.world),
    rawFiles: run.files.map((f) => relative(place.outDir, f)),
  });
}

/** The plan of a WebSocket scenario for a pattern (see `buildWsPlan`), then `runWsPlan`. */
export async function runWebSocketScenario(
  scenario: Scenario,
  pattern: TargetPattern,
  world: TargetsFile['world'],
  options: { readonly variant: 'short' | 'full'; readonly headers: Readonly<Record<string, string>> },
  place: WsRunPlace,
): Promise<ToolResult> {
  return runWsPlan(buildWsPlan(scenario, pattern, world, options), place);
}
