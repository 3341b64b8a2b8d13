/**
 * One accepted WebSocket connection: size limits enforced per frame and per message, idle and maximum
 * duration timers, and `$disconnect` once when it closes, whoever closes it.
 */
import type { WebSocket } from 'ws';
import type { ConnectionFacts } from './events.js';
import { GOING_AWAY, MESSAGE_TOO_BIG, type WebSocketLimits } from './types.js';

/** The parts of ws's (8.23.1, pinned) frame parser the limit check reads; not public API. */
interface FrameReceiver {
  _opcode: number;
  _payloadLength: number;
  _totalPayloadLength: number;
  haveLength(cb: (error?: Error) => void): void;
}

export interface ConnectionHandlers {
  readonly onMessage: (connection: OpenConnection, body: string) => void;
  readonly onClose: (connection: OpenConnection, code: number, reason: string) => void;
}

export class OpenConnection {
  private lastActive: number;
  private readonly timers: NodeJS.Timeout[] = [];
  private idle?: NodeJS.Timeout;
  private refused = false;

  constructor(
    readonly facts: ConnectionFacts,
    private readonly socket: WebSocket,
    private readonly limits: WebSocketLimits,
    handlers: ConnectionHandlers,
  ) {
    this.lastActive = Date.now();
    this.limitFrames();
    this.touch();
    this.timers.push(setTimeout(() => this.close(GOING_AWAY.code, GOING_AWAY.reason), limits.maxDurationMs));
    socket.on('message', (data, isBinary) => {
      if (this.refused) return;
      this.touch();
      handlers.onMessage(this, isBinary ? Buffer.from(data as Buffer).toString('base64') : String(data));
    });
    socket.once('close', (code, reason) => {
      for (const t of [...this.timers, this.idle]) if (t) clearTimeout(t);
      handlers.onClose(this, code, reason.toString('utf8'));
    });
    socket.on('error', () => {});
  }

  lastActiveAt(): number {
    return this.lastActive;
  }

  send(text: string): void {
    this.touch();
    this.socket.send(text);
  }

  close(code: number, reason: string): void {
    this.socket.close(code, reason);
  }

  /** Resets the idle timer: any message in either direction counts as activity. */
  private touch(): void {
    this.lastActive = Date.now();
    if (this.idle) clearTimeout(this.idle);
    this.idle = setTimeout(() => this.close(GOING_AWAY.code, GOING_AWAY.reason), this.limits.idleTimeoutMs);
  }

  /**
   * API Gateway closes with 1009 "Message too big" on a frame over 32 KB or a message over 128 KB. ws
   * checks only one `maxPayload` (per message, closing without a reason), so the check runs where ws
   * learns a data frame's length: its receiver's `haveLength`, wrapped for this socket alone.
   */
  private limitFrames(): void {
    const receiver = (this.socket as unknown as { _receiver?: FrameReceiver })._receiver;
    if (!receiver) throw new Error('ws internals changed: no _receiver to enforce frame limits on');
    const original = receiver.haveLength.bind(receiver);
    receiver.haveLength = (cb) => {
      const data = receiver._opcode < 0x08;
      const tooBig =
        receiver._payloadLength > this.limits.frameBytes ||
        receiver._totalPayloadLength + receiver._payloadLength > this.limits.messageBytes;
      if (data && tooBig && !this.refused) {
        this.refused = true;
        this.close(MESSAGE_TOO_BIG.code, MESSAGE_TOO_BIG.reason);
      }
      original(cb);
    };
  }
}
