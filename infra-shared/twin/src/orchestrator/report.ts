/** What the twin prints at start-up: the endpoints table and everything it does not emulate. */
import type { TargetPattern } from '@pik/contracts';
import { QUOTAS } from '@pik/limits';
import type { PatternTopology } from '../template/topology.js';
import type { RunningPattern } from './stand-up.js';

function table(rows: readonly string[][]): string[] {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows.map((r) =>
    r
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd(),
  );
}

export function endpointTable(patterns: readonly TargetPattern[]): string[] {
  const rows = [['pattern', 'api', 'base URL', 'auth', 'services']];
  for (const p of patterns) {
    rows.push([
      p.id,
      p.api,
      // A private API's public ALB answers only requests with its custom domain's Host.
      p.headers?.host ? `${p.baseUrl} (Host: ${p.headers.host})` : p.baseUrl,
      p.auth.map((a) => a.kind).join('+') || 'none',
      p.services.map((s) => `${s.path} (${s.compute})`).join(' '),
    ]);
  }
  return table(rows);
}

/** Groups what each template declares but the twin does not run, by reason, so nothing is skipped silently. */
export function notEmulatedReport(
  topologies: readonly PatternTopology[],
  healthCheckScale: number,
): string[] {
  const lines = ['Present in the templates but not emulated:'];
  for (const t of topologies) {
    const byReason = new Map<string, Map<string, number>>();
    for (const n of t.notEmulated) {
      const types = byReason.get(n.reason) ?? new Map<string, number>();
      types.set(n.type, (types.get(n.type) ?? 0) + 1);
      byReason.set(n.reason, types);
    }
    lines.push(`  ${t.patternId}:`);
    for (const [reason, types] of byReason) {
      const list = [...types].map(([type, count]) => (count > 1 ? `${type} x${count}` : type)).join(', ');
      lines.push(`    - ${reason}: ${list}`);
    }
    if (t.api.stage.accessLog) lines.push('    - stage access log: not written (requests are not logged)');
    if (t.functions.length > 0) {
      lines.push('    - Lambda memory size: caps the V8 heap only; CPU does not scale with memory');
    }
    if (t.containerServices.length > 0) {
      lines.push(
        '    - ECS scheduler: a crashed replica is not replaced (restart it through the control surface)',
      );
    }
    for (const problem of t.resolutionProblems) lines.push(`    - unresolved in template: ${problem}`);
  }
  if (healthCheckScale !== 1) {
    lines.push(`  all: health checks run at ${healthCheckScale}x the template's intervals and timeouts`);
  }
  return lines;
}

/**
 * One line per WebSocket API the twin runs: where to connect, the `@connections` endpoint for the SDK, and
 * the scaled idle timeout and maximum duration (AWS: 10 minutes and 2 hours).
 */
export function webSocketLines(running: ReadonlyMap<string, RunningPattern>): string[] {
  return [...running.values()].flatMap((p) => {
    const ws = p.webSocket;
    if (!ws) return [];
    const s = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
    return [
      `${p.topology.patternId} WebSocket: ${ws.url}  @connections: ${ws.managementUrl}  ` +
        `idle timeout ${s(ws.limits.idleTimeoutMs)}, maximum duration ${s(ws.limits.maxDurationMs)} (scaled; AWS: ${QUOTAS.websocketIdleTimeoutSeconds.value} s, ${QUOTAS.websocketConnectionDurationSeconds.value} s)` +
        (p.eventBus ? `  EventBridge: ${p.eventBus.url}` : ''),
    ];
  });
}
