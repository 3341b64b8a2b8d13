/**
 * The WebSocket scenarios of the catalogue (`ws-connect`, `ws-echo`, `ws-fanout`): what each connection
 * does and how many there are. Run against the targets file entry's `webSocket` (the live feed, pattern 8,
 * or any stack with a WebSocket API), by k6 (`k6/websocket.ts`) and artillery's WebSocket engine
 * (`artillery/ws-processor.cjs`) from one plan (`ws-plan.ts`).
 */

/** `connect`: open and close; `echo`: messages answered by a route; `fanout`: changes pushed to subscribers. */
export type WebSocketKind = 'connect' | 'echo' | 'fanout';

export interface WebSocketShape {
  /** Connections opened, spread evenly over `arrivalSec`. */
  readonly connections: number;
  readonly arrivalSec: number;
  /** connect: how long each connection stays open after its handshake. */
  readonly holdSec?: number;
  /** echo: messages each connection sends, each after the answer to the one before. */
  readonly messagesPerConnection?: number;
  /** fanout: creates through the HTTP side, the first `writeAtSec` after the first connection, then one every `writeEverySec`. */
  readonly writes?: number;
  readonly writeAtSec?: number;
  readonly writeEverySec?: number;
  /** fanout: subscribers stay this long after the last write, then close and count what they got. */
  readonly settleSec?: number;
}

/** Pass/fail limits of a WebSocket run, checked on the normalized record of either tool. */
export interface WebSocketLimits {
  /** Handshakes answered with anything but 101 (a bad token, the new-connection throttle) must stay at most this. */
  readonly rejectedAtMost: number;
  readonly handshakeP99BelowMs: number;
  /** echo: round trip; fanout: delivery (receipt minus the change's `publishedAt`). */
  readonly messageP99BelowMs?: number;
  /** echo and fanout: messages sent or changes owed to subscribers that never arrived. */
  readonly lostAtMost?: number;
}

export interface WebSocketScenario {
  readonly kind: WebSocketKind;
  readonly short: WebSocketShape;
  readonly full: WebSocketShape;
  readonly limits: WebSocketLimits;
}

export type WebSocketScenarioId = 'ws-connect' | 'ws-echo' | 'ws-fanout';

/** What every WebSocket scenario entry of the catalogue has besides its `webSocket` part. */
const NO_HTTP_LOAD = {
  mix: [],
  expectedStatuses: [101],
  thresholds: [],
  full: { phases: [] },
  short: { phases: [] },
  forceColdStart: false,
  long: false,
} as const;

export const WEBSOCKET_SCENARIOS = [
  {
    id: 'ws-connect',
    title: 'WebSocket connection ramp',
    purpose:
      'Connections opened at a steady rate, each held briefly and closed: handshake latency ($connect authorizer and integration) and rejected handshakes.',
    ...NO_HTTP_LOAD,
    webSocket: {
      kind: 'connect',
      full: { connections: 600, arrivalSec: 60, holdSec: 10 },
      short: { connections: 6, arrivalSec: 1, holdSec: 0.3 },
      limits: { rejectedAtMost: 0, handshakeP99BelowMs: 1000 },
    },
  },
  {
    id: 'ws-echo',
    title: 'WebSocket round trip',
    purpose:
      'Each connection sends messages one after another to a route that answers ($default on the live feed): round-trip latency and messages lost.',
    ...NO_HTTP_LOAD,
    webSocket: {
      kind: 'echo',
      full: { connections: 50, arrivalSec: 10, messagesPerConnection: 100 },
      short: { connections: 4, arrivalSec: 1, messagesPerConnection: 5 },
      limits: { rejectedAtMost: 0, handshakeP99BelowMs: 1000, messageP99BelowMs: 1000, lostAtMost: 0 },
    },
  },
  {
    id: 'ws-fanout',
    title: 'WebSocket fan-out of writes',
    purpose:
      "Subscribers of one service's topic; creates through the HTTP API reach each of them: delivery latency and changes lost.",
    ...NO_HTTP_LOAD,
    webSocket: {
      kind: 'fanout',
      full: { connections: 200, arrivalSec: 20, writes: 20, writeAtSec: 25, writeEverySec: 1, settleSec: 5 },
      // Writes 0.5 s apart: each change's fan-out is done before the next, so no second fan-out environment
      // starts cold inside a short run (one did at 0.2 s apart on two shared cores).
      short: {
        connections: 5,
        arrivalSec: 1,
        writes: 3,
        writeAtSec: 1.2,
        writeEverySec: 0.5,
        settleSec: 0.8,
      },
      limits: { rejectedAtMost: 0, handshakeP99BelowMs: 1000, messageP99BelowMs: 2000, lostAtMost: 0 },
    },
  },
] as const;
