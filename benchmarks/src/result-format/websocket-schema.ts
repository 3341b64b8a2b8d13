import { type Static, Type } from 'typebox';

/**
 * The WebSocket figures of a record (`ws-*` scenarios): its connections and, where messages flowed, its
 * messages. Both are optional, so a record carries only what its scenario measured; HTTP records have none.
 */
const Count = Type.Integer({ minimum: 0 });
const Ms = Type.Number({ minimum: 0 });
const Percentiles = Type.Union([Type.Object({ p50: Ms, p99: Ms }), Type.Null()]);

export const WebSocketConnections = Type.Object({
  /** Handshakes the tool started. */
  attempted: Count,
  /** Answered 101. */
  opened: Count,
  /** Refused (401/403 from the `$connect` authorizer, 429 from the new-connection throttle) or failed. */
  rejected: Count,
  /** From opening the socket to the 101; null when none opened. */
  handshakeMs: Percentiles,
});

export const WebSocketMessages = Type.Object({
  /** What `latencyMs` measures: send to answer (echo), or the change's `publishedAt` to receipt (fan-out). */
  latencyOf: Type.Union([Type.Literal('round trip'), Type.Literal('delivery')]),
  /** echo: messages the clients sent; fan-out: changes owed, acknowledged writes x confirmed subscribers. */
  sent: Count,
  /** echo: answers; fan-out: distinct changes the subscribers received. */
  received: Count,
  /** sent - received, never below 0. */
  lost: Count,
  latencyMs: Percentiles,
  /** Fan-out: subscriptions the API confirmed, and writes through the HTTP side answered 201. */
  subscribers: Type.Optional(Count),
  writesAcknowledged: Type.Optional(Count),
});

export const WebSocketResult = Type.Object({
  /** The WebSocket URL, without credentials. */
  url: Type.String(),
  connections: Type.Optional(WebSocketConnections),
  messages: Type.Optional(WebSocketMessages),
});

export type WebSocketConnections = Static<typeof WebSocketConnections>;
export type WebSocketMessages = Static<typeof WebSocketMessages>;
export type WebSocketResult = Static<typeof WebSocketResult>;
