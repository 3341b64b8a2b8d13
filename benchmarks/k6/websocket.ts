/**
 * The k6 script behind the WebSocket scenarios (`ws-connect`, `ws-echo`, `ws-fanout`), on k6's WebSocket
 * module (`k6/websockets`, k6 v1). Everything comes from the plan `pik bench` writes (env PIK_WS_PLAN);
 * the token and the write headers come from the environment. The artillery processor
 * (`artillery/ws-processor.cjs`) does the same with artillery's WebSocket engine.
 */
import { sleep } from 'k6';
import exec from 'k6/execution';
import http from 'k6/http';
import { Counter, Trend } from 'k6/metrics';
import { clearTimeout, setTimeout, type TimeoutID } from 'k6/timers';
import { WebSocket } from 'k6/websockets';
import type { WsPlan } from '../src/websocket/ws-plan.js';

interface K6WsPlan extends WsPlan {
  readonly k6: { readonly options: Record<string, unknown>; readonly summaryFile: string };
}

const planPath = __ENV.PIK_WS_PLAN;
if (!planPath) throw new Error('PIK_WS_PLAN must name the WebSocket plan JSON written by pik bench');
const plan = JSON.parse(open(planPath)) as K6WsPlan;
const token = __ENV.PIK_WS_TOKEN ?? '';
const headers = JSON.parse(__ENV.PIK_HEADERS ?? '{}') as Record<string, string>;

export const options = plan.k6.options;

const m = plan.metrics;
const counter = (name: string) => new Counter(`pik_${name}`);
const trend = (name: string) => new Trend(`pik_${name}`, true);
const opened = counter(m.opened);
const rejected = counter(m.rejected);
const handshake = trend(m.handshake);
const sent = counter(m.sent);
const received = counter(m.received);
const roundTrip = trend(m.roundTrip);
const delivery = trend(m.delivery);
const subscribed = counter(m.subscribed);
const writesAcked = counter(m.writesAcked);
const writesFailed = counter(m.writesFailed);

const url = token ? `${plan.url}?token=${encodeURIComponent(token)}` : plan.url;
/** A message longer than this unanswered counts as lost and ends the connection's echo. */
const ANSWER_TIMEOUT_MS = 5000;

interface Change {
  readonly type?: string;
  readonly topic?: string;
  readonly id?: string;
  readonly change?: string;
  readonly publishedAt?: number;
}

/** echo: one message at a time, the next after the answer to the one before. */
function echo(ws: WebSocket): void {
  let seq = 0;
  let sentAt = 0;
  let timer: TimeoutID | undefined;
  const next = () => {
    if (timer !== undefined) clearTimeout(timer);
    if (seq >= plan.shape.messagesPerConnection) return ws.close();
    seq += 1;
    sentAt = Date.now();
    ws.send(JSON.stringify({ action: plan.echoAction, seq }));
    sent.add(1);
    timer = setTimeout(() => ws.close(), ANSWER_TIMEOUT_MS);
  };
  ws.onmessage = () => {
    roundTrip.add(Date.now() - sentAt);
    received.add(1);
    next();
  };
  next();
}

/** fanout: subscribe to the written service's topic, count each distinct created item once, close on time. */
function subscribe(ws: WebSocket): void {
  const service = plan.write?.service ?? '';
  const seen: Record<string, true> = {};
  ws.onmessage = (event) => {
    const message = JSON.parse(String(event?.data)) as Change;
    if (message.type === 'subscribed') subscribed.add(1);
    if (message.type !== 'change' || message.topic !== service || message.change !== 'created') return;
    if (!message.id || seen[message.id]) return;
    seen[message.id] = true;
    received.add(1);
    if (typeof message.publishedAt === 'number') delivery.add(Date.now() - message.publishedAt);
  };
  ws.send(JSON.stringify({ action: 'subscribe', service }));
  sent.add(1);
  const closeAt = exec.scenario.startTime + plan.closeAtSec * 1000;
  setTimeout(() => ws.close(), Math.max(0, closeAt - Date.now()));
}

/** One connection, opened at its place in the arrival spread. */
export function connection(): void {
  sleep((exec.scenario.iterationInTest * plan.shape.arrivalSec) / plan.shape.connections);
  const started = Date.now();
  let open = false;
  const ws = new WebSocket(url);
  ws.onopen = () => {
    open = true;
    opened.add(1);
    handshake.add(Date.now() - started);
    if (plan.kind === 'echo') echo(ws);
    else if (plan.kind === 'fanout') subscribe(ws);
    else setTimeout(() => ws.close(), plan.shape.holdSec * 1000);
  };
  ws.onerror = () => {
    if (!open) rejected.add(1);
  };
}

/** fanout: the creates through the HTTP side, on the plan's schedule. */
export function writer(): void {
  const write = plan.write;
  if (!write) return;
  const run = `${Date.now().toString(36)}-k6`;
  const start = Date.now();
  for (let i = 0; i < plan.shape.writes; i += 1) {
    const wait = start + i * plan.shape.writeEverySec * 1000 - Date.now();
    if (wait > 0) sleep(wait / 1000);
    const body = write.bodies[i % write.bodies.length] ?? {};
    const res = http.post(write.url, JSON.stringify(body), {
      headers: { ...headers, 'content-type': 'application/json', 'idempotency-key': `pik-ws-${run}-${i}` },
    });
    if (res.status === 201) writesAcked.add(1);
    else writesFailed.add(1);
  }
}

export function handleSummary(data: Record<string, unknown>): Record<string, string> {
  return { [plan.k6.summaryFile]: JSON.stringify(data, null, 2) };
}
