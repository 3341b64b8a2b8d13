import { GOING_AWAY, MESSAGE_TOO_BIG } from './types.js';
export class OpenConnection {
    facts;
    socket;
    limits;
    lastActive;
    timers = [];
    idle;
    refused = false;
    constructor(facts, socket, limits, handlers) {
        this.facts = facts;
        this.socket = socket;
        this.limits = limits;
        this.lastActive = Date.now();
        this.limitFrames();
        this.touch();
        this.timers.push(setTimeout(() => this.close(GOING_AWAY.code, GOING_AWAY.reason), limits.maxDurationMs));
        socket.on('message', (data, isBinary) => {
            if (this.refused)
                return;
            this.touch();
            handlers.onMessage(this, isBinary ? Buffer.from(data).toString('base64') : String(data));
        });
        socket.once('close', (code, reason) => {
            for (const t of [...this.timers, this.idle])
                if (t)
                    clearTimeout(t);
            handlers.onClose(this, code, reason.toString('utf8'));
        });
        socket.on('error', () => { });
    }
    lastActiveAt() {
        return this.lastActive;
    }
    send(text) {
        this.touch();
        this.socket.send(text);
    }
    close(code, reason) {
        this.socket.close(code, reason);
    }
    /** Resets the idle timer: any message in either direction counts as activity. */
    touch() {
        this.lastActive = Date.now();
        if (this.idle)
            clearTimeout(this.idle);
        this.idle = setTimeout(() => this.close(GOING_AWAY.code, GOING_AWAY.reason), this.limits.idleTimeoutMs);
    }
    /**
     * API Gateway closes with 1009 "Message too big" on a frame over 32 KB or a message over 128 KB. ws
     * checks only one `maxPayload` (per message, closing without a reason), so the check runs where ws
     * learns a data frame's length: its receiver's `haveLength`, wrapped for this socket alone.
     */
    limitFrames() {
        const receiver = this.socket._receiver;
        if (!receiver)
            throw new Error('ws internals changed: no _receiver to enforce frame limits on');
        const original = receiver.haveLength.bind(receiver);
        receiver.haveLength = (cb) => {
            const data = receiver._opcode < 0x08;
            const tooBig = receiver._payloadLength > this.limits.frameBytes ||
                receiver._totalPayloadLength + receiver._payloadLength > this.limits.messageBytes;
            if (data && tooBig && !this.refused) {
                this.refused = true;
                this.close(MESSAGE_TOO_BIG.code, MESSAGE_TOO_BIG.reason);
            }
            original(cb);
        };
    }
}
//# sourceMappingURL=connection.js.map