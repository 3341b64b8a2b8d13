/**
 * The demo's WebSocket part: `ws-fanout` (a few subscribers of the orders topic, three writes through the
 * HTTP API, every change delivered) on the patterns with a WebSocket API (the live feed, pattern 8). The
 * HTTP scenarios skip those patterns: the live feed's HTTP side is the baseline's (pattern 6) and would
 * only repeat its figures within the demo's time budget.
 */
import type { TargetsFile } from '@pik/contracts';

export const DEMO_WEBSOCKET_SCENARIO = 'ws-fanout';

/** Scenario -> the patterns it runs on (see `BenchOptions.scenarioPatterns`). */
export function demoScenarioPatterns(
  targets: TargetsFile,
  httpScenarios: readonly string[],
  /** HTTP scenarios that run on fewer patterns: scenario -> the ones it picks (from the HTTP-only ones). */
  narrowed: Readonly<Record<string, (targets: TargetsFile) => string[]>> = {},
): Record<string, string[]> {
  const withSocket = targets.patterns.filter((p) => p.webSocket);
  const httpOnly: TargetsFile = { ...targets, patterns: targets.patterns.filter((p) => !p.webSocket) };
  const ids = (file: TargetsFile) => file.patterns.map((p) => p.id);
  return {
    ...Object.fromEntries(httpScenarios.map((id) => [id, narrowed[id]?.(httpOnly) ?? ids(httpOnly)])),
    [DEMO_WEBSOCKET_SCENARIO]: withSocket.map((p) => p.id),
  };
}
