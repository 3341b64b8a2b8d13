import type { Throttle } from '@pik/contracts';
import type { WebSocketApiSpec } from '../../template/websocket-topology.js';
import type { Clock } from '../clock.js';
import type { InvokeLambda } from '../lambda-invoke.js';

export interface WebSocketLimits {
  /** Largest frame a client may send (AWS: 32 KB). */
  readonly frameBytes: number;
  /** Largest message, in one frame or several (AWS: 128 KB). */
  readonly messageBytes: number;
  /** Idle time after which the connection is closed, after `timeScale`. */
  readonly idleTimeoutMs: number;
  /** Longest a connection lives, after `timeScale`. */
  readonly maxDurationMs: number;
}

export interface WebSocketGatewayConfig {
  readonly api: WebSocketApiSpec;
  /** What `requestContext.domainName` says (AWS: `<api id>.execute-api.<region>.amazonaws.com`). */
  readonly domainName: string;
  readonly limits: WebSocketLimits;
  /** New connections per second (the account-level bucket of the Region). */
  readonly newConnections: Throttle;
}

export interface WebSocketGatewayDeps {
  readonly invoke: InvokeLambda;
  /** One line per connect, message, post and close: the WebSocket counterpart of the trace headers. */
  readonly log?: (line: string) => void;
  readonly clock?: Clock;
  /** Listen on this port. @default a free one */
  readonly port?: number;
}

export interface RunningWebSocketGateway {
  readonly port: number;
  /** `ws://127.0.0.1:<port>/<stage>`: what clients connect to. */
  readonly url: string;
  /** `http://127.0.0.1:<port>/<stage>`: the `@connections` endpoint, for the SDK's `endpoint` setting. */
  readonly managementUrl: string;
  readonly limits: WebSocketLimits;
  /** Open connections. */
  connectionCount(): number;
  close(): Promise<void>;
}

/** Close code and reason API Gateway uses when a frame or message is over its limit. */
export const MESSAGE_TOO_BIG = { code: 1009, reason: 'Message too big' } as const;
/** Close code and reason of an idle or expired connection. */
export const GOING_AWAY = { code: 1001, reason: 'Going away' } as const;
