/**
 * A WebSocket scenario resolved against one pattern of a targets file: the URL, the token, the shape in
 * numbers and, for `ws-fanout`, the writes through the HTTP side. The k6 script and the artillery processor
 * both read this plan (env PIK_WS_PLAN), so both tools run the same experiment; credentials travel in the
 * environment only.
 */
import type { TargetPattern, TargetsFile } from '@pik/contracts';
import { bodiesFor } from '../requests/bodies.js';
import type { Scenario } from '../scenarios/catalogue.js';
import type { WebSocketKind, WebSocketLimits, WebSocketShape } from './ws-scenarios.js';

/** Metric names both tools record (k6: `pik_<name>`, artillery: `pik.<name>`). */
export const WS_METRICS = {
  /** Handshakes answered 101. */
  opened: 'ws_opened',
  /** Handshakes refused or failed (no 101). */
  rejected: 'ws_rejected',
  /** Time from opening the socket to the 101 answer. */
  handshake: 'ws_handshake',
  /** Messages the clients sent (echo messages, subscribe requests). */
  sent: 'ws_sent',
  /** echo: answers; fanout: distinct changes of the written service each subscriber received. */
  received: 'ws_received',
  /** echo: send to answer. */
  roundTrip: 'ws_round_trip',
  /** fanout: receipt minus the change's `publishedAt`. */
  delivery: 'ws_delivery',
  /** fanout: subscriptions the feed confirmed. */
  subscribed: 'ws_subscribed',
  /** fanout: creates answered 201, and those that were not. */
  writesAcked: 'ws_writes_acked',
  writesFailed: 'ws_writes_failed',
} as const;

export type WsMetric = keyof typeof WS_METRICS;

export interface WsWrite {
  readonly service: string;
  /** POST here: the service's collection below the pattern's HTTP base URL. */
  readonly url: string;
  readonly bodies: readonly Record<string, unknown>[];
}

export interface WsPlan {
  readonly planVersion: 1;
  readonly kind: WebSocketKind;
  readonly pattern: { readonly id: string; readonly title: string; readonly api: 'http' | 'rest' };
  readonly world: TargetsFile['world'];
  readonly scenario: string;
  readonly variant: 'short' | 'full';
  /** The WebSocket URL without credentials. */
  readonly url: string;
  /** The access token for the `token` query parameter (env only); absent when the pattern has no JWT auth. */
  readonly token?: string;
  /** Headers of the HTTP writes (env only). */
  readonly headers: Readonly<Record<string, string>>;
  readonly shape: Required<WebSocketShape>;
  /** fanout: subscribers close this many seconds after the first connection. */
  readonly closeAtSec: number;
  readonly durationSec: number;
  readonly write?: WsWrite;
  readonly limits: WebSocketLimits;
  readonly metrics: typeof WS_METRICS;
  /** What an echo message looks like; the route's answer is whatever it answers. */
  readonly echoAction: string;
}

/** An action no route is named after, so it reaches `$default` (on the live feed: an error naming the actions). */
export const ECHO_ACTION = 'pik-echo';

/** The access token the `$connect` authorizer reads: the pattern's JWT without its `Bearer ` prefix. */
export function tokenOf(headers: Readonly<Record<string, string>>): string | undefined {
  const value = headers.authorization;
  return value === undefined ? undefined : value.replace(/^Bearer\s+/i, '');
}

/** The service the fan-out writes to: orders where the pattern has it, else its first service. */
function writeOf(pattern: TargetPattern, writes: number): WsWrite {
  const service = pattern.services.find((s) => s.name === 'orders') ?? pattern.services[0];
  if (!service)
    throw new Error(`${pattern.id}: ws-fanout needs a service to write to, and the pattern has none`);
  return {
    service: service.name,
    url: `${pattern.baseUrl.replace(/\/+$/, '')}${service.path}`,
    bodies: bodiesFor(service.name, writes).create,
  };
}

function resolvedShape(shape: WebSocketShape): Required<WebSocketShape> {
  return {
    holdSec: 0,
    messagesPerConnection: 0,
    writes: 0,
    writeAtSec: 0,
    writeEverySec: 0,
    settleSec: 0,
    ...shape,
  };
}

/**
 * Why a scenario cannot run on a pattern for want of a WebSocket API or of HTTP routes (a stack whose only
 * API is a WebSocket API), or undefined when nothing of the kind stops it.
 */
export function webSocketRefusal(scenario: Scenario, pattern: TargetPattern): string | undefined {
  if (!scenario.webSocket) {
    return pattern.webSocket && pattern.services.length === 0
      ? `${pattern.id} · ${scenario.id}: skipped, the pattern has only a WebSocket API`
      : undefined;
  }
  if (!pattern.webSocket) return `${pattern.id} · ${scenario.id}: skipped, the pattern has no WebSocket API`;
  if (scenario.webSocket.kind === 'fanout' && pattern.services.length === 0)
    return `${pattern.id} · ${scenario.id}: skipped, the pattern has no HTTP service to write to`;
  return undefined;
}

export function buildWsPlan(
  scenario: Scenario,
  pattern: TargetPattern,
  world: TargetsFile['world'],
  options: { readonly variant: 'short' | 'full'; readonly headers: Readonly<Record<string, string>> },
): WsPlan {
  const spec = scenario.webSocket;
  if (!spec || !pattern.webSocket) throw new Error(webSocketRefusal(scenario, pattern) ?? scenario.id);
  const shape = resolvedShape(spec[options.variant]);
  const closeAtSec = shape.writeAtSec + Math.max(0, shape.writes - 1) * shape.writeEverySec + shape.settleSec;
  const durationSec =
    spec.kind === 'connect'
      ? shape.arrivalSec + shape.holdSec
      : spec.kind === 'echo'
        ? shape.arrivalSec + Math.ceil(shape.messagesPerConnection / 20) + 1
        : closeAtSec;
  const token = tokenOf(options.headers);
  return {
    planVersion: 1,
    kind: spec.kind,
    pattern: { id: pattern.id, title: pattern.title, api: pattern.api },
    world,
    scenario: scenario.id,
    variant: options.variant,
    url: pattern.webSocket.url,
    ...(token ? { token } : {}),
    headers: options.headers,
    shape,
    closeAtSec,
    durationSec,
    ...(spec.kind === 'fanout' ? { write: writeOf(pattern, shape.writes) } : {}),
    limits: spec.limits,
    metrics: WS_METRICS,
    echoAction: ECHO_ACTION,
  };
}

/** The plan as written to disk: no token, no headers. */
export function planOnDisk(plan: WsPlan): Omit<WsPlan, 'token' | 'headers'> & { headers: object } {
  const { token: _token, headers: _headers, ...rest } = plan;
  return { ...rest, headers: {} };
}
