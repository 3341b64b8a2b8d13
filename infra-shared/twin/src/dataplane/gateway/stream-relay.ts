import type { ServerResponse } from 'node:http';
import type { Readable } from 'node:stream';
import { QUOTAS } from '@pik/limits';

/** How long a streamed answer may stay silent, and last in all, before the gateway cuts it. */
export interface StreamLimits {
  readonly idleMs: number;
  readonly maxMs: number;
}

/** AWS's limits for REST response streaming on Regional and private endpoints (`@pik/limits`). */
export const AWS_STREAM_LIMITS: StreamLimits = {
  idleMs: QUOTAS.restStreamIdleTimeoutMs.value,
  maxMs: QUOTAS.restStreamDurationMaxMs.value,
};

/** The twin's default factor on AWS's stream limits: 5 minutes idle become 30 s, 15 minutes 90 s. */
export const DEFAULT_STREAM_TIME_SCALE = 0.1;

/** The start-up line saying which stream limits apply (AWS's, scaled), for patterns with streamed routes. */
export function streamLimitsLine(scale: number): string {
  const limits = scaledStreamLimits(scale);
  const seconds = (ms: number) => `${Number((ms / 1000).toFixed(3))} s`;
  return `  all: streamed REST answers (ResponseTransferMode STREAM) are cut after ${seconds(limits.idleMs)} idle or ${seconds(limits.maxMs)} in all (${scale}x AWS's 5 min / 15 min); buffered answers over 10 MB get 502`;
}

/** The limits multiplied by `scale` (the twin runs AWS's minutes as seconds by default), at least 1 ms. */
export function scaledStreamLimits(scale: number, limits: StreamLimits = AWS_STREAM_LIMITS): StreamLimits {
  return {
    idleMs: Math.max(1, Math.round(limits.idleMs * scale)),
    maxMs: Math.max(1, Math.round(limits.maxMs * scale)),
  };
}

/**
 * Relays a streamed integration answer to the client chunk by chunk as it arrives (the head is already
 * written), with backpressure both ways. A stream silent for `idleMs`, or still open after `maxMs`, is cut:
 * the backend stream is destroyed and the client connection closed mid-body, as the gateway ends a stream
 * that passed its time limit. A client that goes away stops the backend stream.
 */
export function relayStream(res: ServerResponse, stream: Readable, limits: StreamLimits): void {
  const cut = () => {
    stop();
    stream.destroy();
    res.destroy();
  };
  const idle = setTimeout(cut, limits.idleMs);
  const overall = setTimeout(cut, limits.maxMs);
  const stop = () => {
    clearTimeout(idle);
    clearTimeout(overall);
  };
  stream.on('data', (chunk: Buffer) => {
    idle.refresh();
    if (!res.write(chunk)) {
      stream.pause();
      res.once('drain', () => stream.resume());
    }
  });
  stream.once('end', () => {
    stop();
    res.end();
  });
  stream.once('error', () => {
    stop();
    res.destroy();
  });
  res.once('close', () => {
    stop();
    if (!stream.readableEnded) stream.destroy();
  });
}
