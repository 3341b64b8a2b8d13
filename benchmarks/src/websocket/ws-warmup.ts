/**
 * One untimed pass through the path a WebSocket run takes, before each tool's run: a handshake (the
 * `$connect` authorizer and integration), an echo message, and for the fan-out a subscription and one write
 * awaited until its change arrives. Cold starts then land in neither tool's figures, and no change of the
 * warm-up is still on its way when the measured subscribers connect.
 */
import WebSocket from 'ws';
import type { WsPlan } from './ws-plan.js';

const WARMUP_TIMEOUT_MS = 15_000;

function open(url: string): Promise<WebSocket | undefined> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url);
    socket.once('open', () => resolve(socket));
    socket.once('error', () => resolve(undefined));
    socket.once('unexpected-response', () => resolve(undefined));
  });
}

/** Resolves with the first message `accept` takes, or undefined after the timeout. */
function waitFor(socket: WebSocket, accept: (message: Record<string, unknown>) => boolean): Promise<unknown> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => done(undefined), WARMUP_TIMEOUT_MS);
    const onMessage = (data: WebSocket.RawData) => {
      try {
        const message = JSON.parse(String(data)) as Record<string, unknown>;
        if (accept(message)) done(message);
      } catch {
        done(String(data));
      }
    };
    const done = (value: unknown) => {
      clearTimeout(timer);
      socket.off('message', onMessage);
      resolve(value);
    };
    socket.on('message', onMessage);
  });
}

async function warmWrite(plan: WsPlan, socket: WebSocket): Promise<void> {
  const write = plan.write;
  if (!write) return;
  const subscribed = waitFor(socket, (m) => m.type === 'subscribed');
  socket.send(JSON.stringify({ action: 'subscribe', service: write.service }));
  await subscribed;
  const changed = waitFor(socket, (m) => m.type === 'change');
  const response = await fetch(write.url, {
    method: 'POST',
    headers: {
      ...plan.headers,
      'content-type': 'application/json',
      'idempotency-key': `pik-ws-warmup-${Date.now().toString(36)}`,
    },
    body: JSON.stringify(write.bodies[0] ?? {}),
    signal: AbortSignal.timeout(WARMUP_TIMEOUT_MS),
  });
  await response.arrayBuffer();
  if (response.status === 201) await changed;
}

/** Best effort: a target that refuses the warm-up shows it in the measured run, where it is counted. */
export async function warmUp(plan: WsPlan): Promise<void> {
  const url = plan.token ? `${plan.url}?token=${encodeURIComponent(plan.token)}` : plan.url;
  const socket = await open(url);
  if (!socket) return;
  try {
    const answered = waitFor(socket, () => true);
    socket.send(JSON.stringify({ action: plan.echoAction, seq: 0 }));
    await answered;
    await warmWrite(plan, socket);
  } finally {
    socket.close();
  }
}
