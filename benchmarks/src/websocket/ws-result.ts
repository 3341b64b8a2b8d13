/** A WebSocket run's figures as a record of the one result format, with its checks. */
import { PIK_HEADERS } from '@pik/contracts';
import type { Check, LatencyStats, ToolResult } from '../result-format/schema.js';
import type { WebSocketMessages } from '../result-format/websocket-schema.js';
import type { WsFigures } from './read-ws.js';
import type { WsToolRun } from './run-ws-tools.js';
import type { WsPlan } from './ws-plan.js';

const ZERO: LatencyStats = { min: 0, mean: 0, p50: 0, p90: 0, p95: 0, p99: 0, max: 0 };
const percentiles = (s: LatencyStats | null) => (s ? { p50: s.p50, p99: s.p99 } : null);
const ms = (n: number) => `${Math.round(n)} ms`;

function messagesOf(plan: WsPlan, f: WsFigures): WebSocketMessages | undefined {
  if (plan.kind === 'echo') {
    return {
      latencyOf: 'round trip',
      sent: f.sent,
      received: f.received,
      lost: Math.max(0, f.sent - f.received),
      latencyMs: percentiles(f.roundTrip),
    };
  }
  if (plan.kind !== 'fanout') return undefined;
  // Every confirmed subscriber is owed every acknowledged write's change.
  const owed = f.writesAcked * f.subscribed;
  return {
    latencyOf: 'delivery',
    sent: owed,
    received: f.received,
    lost: Math.max(0, owed - f.received),
    latencyMs: percentiles(f.delivery),
    subscribers: f.subscribed,
    writesAcknowledged: f.writesAcked,
  };
}

function checksOf(plan: WsPlan, f: WsFigures, messages: WebSocketMessages | undefined): Check[] {
  const { limits } = plan;
  const checks: Check[] = [
    {
      name: `rejected handshakes <= ${limits.rejectedAtMost}`,
      pass: f.attempted > 0 && f.rejected <= limits.rejectedAtMost,
      detail: `${f.rejected} of ${f.attempted} refused`,
    },
    {
      name: `handshake p99 < ${limits.handshakeP99BelowMs} ms`,
      pass: f.handshake !== null && f.handshake.p99 < limits.handshakeP99BelowMs,
      detail: f.handshake ? ms(f.handshake.p99) : 'no handshake completed',
    },
  ];
  if (messages && limits.lostAtMost !== undefined) {
    checks.push({
      name: `messages lost <= ${limits.lostAtMost}`,
      pass: messages.sent > 0 && messages.lost <= limits.lostAtMost,
      detail: `${messages.lost} of ${messages.sent} (${messages.latencyOf})`,
    });
  }
  if (messages && limits.messageP99BelowMs !== undefined) {
    checks.push({
      name: `${messages.latencyOf} p99 < ${limits.messageP99BelowMs} ms`,
      pass: messages.latencyMs !== null && messages.latencyMs.p99 < limits.messageP99BelowMs,
      detail: messages.latencyMs ? ms(messages.latencyMs.p99) : 'nothing received',
    });
  }
  if (plan.kind === 'fanout') {
    checks.push({
      name: 'every write acknowledged (201)',
      pass: f.writesAcked === plan.shape.writes,
      detail: `${f.writesAcked} of ${plan.shape.writes}${f.writesFailed ? `, ${f.writesFailed} failed` : ''}`,
    });
  }
  return checks;
}

/** The latency the scenario is about: round trip (echo), delivery (fan-out), else the handshake. */
function headlineLatency(plan: WsPlan, f: WsFigures): LatencyStats {
  const stats = plan.kind === 'echo' ? f.roundTrip : plan.kind === 'fanout' ? f.delivery : f.handshake;
  return stats ?? ZERO;
}

export function wsToolResult(
  plan: WsPlan,
  run: WsToolRun,
  figures: WsFigures,
  where: { readonly label: string; readonly rawFiles: readonly string[] },
): ToolResult {
  const messages = messagesOf(plan, figures);
  const latency = headlineLatency(plan, figures);
  const seconds = Math.max(plan.durationSec, 1);
  return {
    pattern: plan.pattern.id,
    patternTitle: plan.pattern.title,
    api: plan.pattern.api,
    scenario: plan.scenario,
    variant: plan.variant,
    tool: run.tool,
    toolVersion: run.version,
    world: plan.world,
    label: where.label,
    startedAt: run.startedAt,
    durationSec: plan.durationSec,
    requestWindow: null,
    toolExitCode: run.exitCode,
    // Handshakes stand in for requests: 101 accepted, the rest refused (their status is not reported by k6).
    requests: {
      total: figures.attempted,
      byStatus: figures.opened ? { '101': figures.opened } : {},
      errors: figures.rejected,
      accepted: figures.opened,
      throttled: 0,
      unexpected: figures.rejected,
    },
    share429: 0,
    firstThrottleSec: null,
    droppedIterations: 0,
    offeredRequests: plan.shape.connections,
    throughputRps: figures.attempted / seconds,
    acceptedRps: figures.opened / seconds,
    latencyMs: latency,
    cold: { count: 0, source: PIK_HEADERS.cold, latencyMs: null, warmLatencyMs: null, initMs: null },
    webSocket: {
      url: plan.url,
      connections: {
        attempted: figures.attempted,
        opened: figures.opened,
        rejected: figures.rejected,
        handshakeMs: percentiles(figures.handshake),
      },
      ...(messages ? { messages } : {}),
    },
    throttle: null,
    timeline: [],
    distribution: [
      { p: 0, ms: latency.min },
      { p: 50, ms: latency.p50 },
      { p: 90, ms: latency.p90 },
      { p: 95, ms: latency.p95 },
      { p: 99, ms: latency.p99 },
      { p: 100, ms: latency.max },
    ],
    thresholds: checksOf(plan, figures, messages),
    consistency: [],
    rawFiles: [...where.rawFiles],
  };
}
