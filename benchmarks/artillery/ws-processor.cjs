// Hooks for the WebSocket scenarios (ws-connect, ws-echo, ws-fanout) on artillery's WebSocket engine: the
// engine opens and closes each connection; these hooks add the token to the URL, time the handshake and
// do what the connection does, exactly as the k6 script (k6/websocket.ts) does. The plan comes from env
// PIK_WS_PLAN (else ws-plan.json beside this file), the token and the write headers from the environment.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const plan = JSON.parse(
  fs.readFileSync(process.env.PIK_WS_PLAN || path.join(__dirname, 'ws-plan.json'), 'utf8'),
);
const token = process.env.PIK_WS_TOKEN || '';
const headers = JSON.parse(process.env.PIK_HEADERS || '{}');
const m = plan.metrics;
const name = (metric) => `pik.${metric}`;
// A message longer than this unanswered counts as lost and ends the connection's echo.
const ANSWER_TIMEOUT_MS = 5000;

/** When the first connection started: the run's clock for the writes and the subscribers' close. */
let runStart;
let writerTaken = false;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/** `connect.function`: the URL with the token; the handshake is timed from here to the first step. */
function pikWsConnect(wsArgs, context, done) {
  const now = Date.now();
  if (runStart === undefined) runStart = now;
  wsArgs.target = token ? `${plan.url}?token=${encodeURIComponent(token)}` : plan.url;
  context.vars.pikWsStart = now;
  done();
}

/** The next message on the connection, or undefined after `timeoutMs`. */
function nextMessage(ws, timeoutMs) {
  return new Promise((resolve) => {
    const onMessage = (data) => {
      clearTimeout(timer);
      resolve(String(data));
    };
    const timer = setTimeout(() => {
      ws.off('message', onMessage);
      resolve(undefined);
    }, timeoutMs);
    ws.once('message', onMessage);
  });
}

async function echo(ws, events) {
  for (let seq = 1; seq <= plan.shape.messagesPerConnection; seq += 1) {
    const sentAt = Date.now();
    const answer = nextMessage(ws, ANSWER_TIMEOUT_MS);
    ws.send(JSON.stringify({ action: plan.echoAction, seq }));
    events.emit('counter', name(m.sent), 1);
    if ((await answer) === undefined) return;
    events.emit('histogram', name(m.roundTrip), Date.now() - sentAt);
    events.emit('counter', name(m.received), 1);
  }
}

/** The creates through the HTTP side, on the plan's schedule (one connection's hook makes them). */
async function writes(events) {
  const write = plan.write;
  const run = `${Date.now().toString(36)}-artillery`;
  for (let i = 0; i < plan.shape.writes; i += 1) {
    await sleep(runStart + (plan.shape.writeAtSec + i * plan.shape.writeEverySec) * 1000 - Date.now());
    const body = write.bodies[i % write.bodies.length] || {};
    const status = await fetch(write.url, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json', 'idempotency-key': `pik-ws-${run}-${i}` },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(10_000),
    })
      .then(async (res) => {
        await res.arrayBuffer();
        return res.status;
      })
      .catch(() => 0);
    events.emit('counter', name(status === 201 ? m.writesAcked : m.writesFailed), 1);
  }
}

async function fanout(ws, events) {
  const service = plan.write.service;
  const seen = new Set();
  ws.on('message', (data) => {
    const message = JSON.parse(String(data));
    if (message.type === 'subscribed') events.emit('counter', name(m.subscribed), 1);
    if (message.type !== 'change' || message.topic !== service || message.change !== 'created') return;
    if (!message.id || seen.has(message.id)) return;
    seen.add(message.id);
    events.emit('counter', name(m.received), 1);
    if (typeof message.publishedAt === 'number')
      events.emit('histogram', name(m.delivery), Date.now() - message.publishedAt);
  });
  ws.send(JSON.stringify({ action: 'subscribe', service }));
  events.emit('counter', name(m.sent), 1);
  const writer = !writerTaken;
  writerTaken = true;
  await Promise.all([
    writer ? writes(events) : undefined,
    sleep(runStart + plan.closeAtSec * 1000 - Date.now()),
  ]);
}

/** The first step after the 101: the handshake's time, then what the scenario does. */
async function pikWsRun(context, events) {
  events.emit('counter', name(m.opened), 1);
  events.emit('histogram', name(m.handshake), Date.now() - context.vars.pikWsStart);
  if (plan.kind === 'echo') return echo(context.ws, events);
  if (plan.kind === 'fanout') return fanout(context.ws, events);
  await sleep(plan.shape.holdSec * 1000);
}

module.exports = { pikWsConnect, pikWsRun };
