// Hooks for the artillery scripts `pik bench` generates. The run plan (env PIK_PLAN) supplies ids and
// bodies (env PIK_PLAN, else plan.json beside this file); every response is classified the same way as in the k6 script (k6/scenario.ts), and appended
// to a per-worker request log (env PIK_ARTILLERY_LOG) for the timeline and the time to the first 429.
'use strict';
const fs = require('node:fs');
const { threadId } = require('node:worker_threads');

const path = require('node:path');

// The plan sits next to this file in every results folder, so a folder runs anywhere (artillery run-fargate).
const plan = JSON.parse(fs.readFileSync(process.env.PIK_PLAN || path.join(__dirname, 'plan.json'), 'utf8'));
const expected = new Set(plan.expectedStatuses);
// The runtime response header names come from the plan (@pik/contracts PIK_HEADERS); Node lowercases
// received header names, and so does the contract.
const coldHeader = plan.responseHeaders.cold;
const initMsHeader = plan.responseHeaders.initMs;
const traceHeader = plan.responseHeaders.trace;
const authHeaders = JSON.parse(process.env.PIK_HEADERS || '{}');
const logFile = process.env.PIK_ARTILLERY_LOG
  ? `${process.env.PIK_ARTILLERY_LOG}.${process.pid}-${threadId}.jsonl`
  : undefined;
let sequence = 0;

function pick(items) {
  return items.length === 0 ? undefined : items[Math.floor(Math.random() * items.length)];
}

function prepare(service) {
  return (context, _events, done) => {
    const data = plan.data[service] || { ids: [], create: [], patch: [] };
    context.vars.pikId = pick(data.ids);
    context.vars.pikBody = pick(data.create);
    context.vars.pikPatch = pick(data.patch);
    context.vars.pikService = service;
    sequence += 1;
    context.vars.pikKey = `pik-artillery-${process.pid}-${threadId}-${sequence}-${Math.random().toString(36).slice(2, 10)}`;
    done();
  };
}

function pikAuth(requestParams, _context, _events, done) {
  requestParams.headers = { ...(requestParams.headers || {}), ...authHeaders };
  done();
}

function pikCreateBody(requestParams, context, _events, done) {
  requestParams.json = context.vars.pikBody;
  done();
}

function pikPatchBody(requestParams, context, _events, done) {
  requestParams.json = { ...context.vars.pikPatch, version: Number(context.vars.pikVersion) };
  done();
}

// An API cache hit or miss, as the twin's trace says (`gateway:rest > cache:hit`); AWS sends no trace.
function recordCache(response, ms, events) {
  const trace = String(response.headers[traceHeader] || '');
  const kind = trace.includes(plan.cacheTrace.hit)
    ? 'hit'
    : trace.includes(plan.cacheTrace.miss)
      ? 'miss'
      : '';
  if (!kind) return;
  events.emit('counter', kind === 'hit' ? 'pik.cache_hits' : 'pik.cache_misses', 1);
  if (typeof ms === 'number')
    events.emit('histogram', kind === 'hit' ? 'pik.hit_latency' : 'pik.miss_latency', ms);
}

// cached-read behind CloudFront: the tier that answered a read, as the k6 script names it (recordEdgeTier).
function edgeTier(response) {
  const edge = plan.edgeCache;
  if (!edge || response.statusCode !== 200) return undefined;
  const cache = String(response.headers[edge.name] || '');
  const trace = String(response.headers[traceHeader] || '');
  if (cache === edge.hit) return 'edge-hit';
  if (cache !== edge.miss) return undefined;
  if (trace.includes(plan.cacheTrace.hit)) return 'api-cache-hit';
  return trace.includes(plan.cacheTrace.miss) ? 'both-miss' : 'edge-miss';
}

function jsonField(response, field) {
  try {
    const value = JSON.parse(String(response.body))[field];
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

// Failover: a 201's item id; write-burst: a 202's write id (its status is read after the drain).
function acknowledgedId(response) {
  if (plan.failover && response.statusCode === 201) return jsonField(response, 'id');
  if (plan.writeBurst && response.statusCode === 202) return jsonField(response, 'writeId');
  return undefined;
}

function pikRecord(_requestParams, response, context, events, done) {
  const status = response.statusCode;
  const ms = response.timings?.phases?.firstByte;
  const ok = expected.has(status);
  events.emit('counter', 'pik.expected', ok ? 1 : 0);
  events.emit('counter', 'pik.unexpected', ok ? 0 : 1);
  events.emit('counter', 'pik.throttled', status === 429 ? 1 : 0);
  events.emit('counter', 'pik.cold_starts', 0);
  if (status !== 429) recordCache(response, ms, events);
  const cold = status !== 429 && response.headers[coldHeader] === 'true';
  if (cold) {
    events.emit('counter', 'pik.cold_starts', 1);
    if (typeof ms === 'number') events.emit('histogram', 'pik.cold_latency', ms);
    const init = Number(response.headers[initMsHeader]);
    if (Number.isFinite(init)) events.emit('histogram', 'pik.init_ms', init);
  } else if (status !== 429 && typeof ms === 'number') {
    events.emit('histogram', 'pik.warm_latency', ms);
  }
  if (logFile) {
    const entry = { t: Date.now(), s: status, ms, c: cold ? 1 : 0 };
    // Failover and write-burst: the id of every acknowledged write (a) and its service (v), read back after the run.
    const id = acknowledgedId(response);
    if (id) Object.assign(entry, { a: id, v: context.vars.pikService });
    const tier = edgeTier(response);
    if (tier) entry.e = tier;
    fs.appendFileSync(logFile, `${JSON.stringify(entry)}\n`);
  }
  done();
}

// Scenario-level onError hook (failover plans): a request that got no response (reset, refused, timed out)
// is logged as status 0, as k6 logs it, so the error window and the timeline see it.
function pikError(_error, _requestParams, _context, _events, done) {
  if (logFile) fs.appendFileSync(logFile, `${JSON.stringify({ t: Date.now(), s: 0, ms: 0, c: 0 })}\n`);
  done();
}

// An export: time to first byte and to the last byte from the moment the request is sent, as the k6 script
// measures them (sending + waiting, and + receiving): got's `request`, `firstByte` and `download` phases.
function pikRecordStream(requestParams, response, context, events, done) {
  const phases = response.timings?.phases;
  if (response.statusCode === 200 && phases && typeof phases.firstByte === 'number') {
    const toFirstByte = (phases.request ?? 0) + phases.firstByte;
    events.emit('histogram', 'pik.ttfb', toFirstByte);
    events.emit('histogram', 'pik.total_time', toFirstByte + (phases.download ?? 0));
  }
  pikRecord(requestParams, response, context, events, done);
}

const hooks = { pikAuth, pikCreateBody, pikPatchBody, pikRecord, pikError, pikRecordStream };
for (const service of Object.keys(plan.data)) hooks[`pikPrepare_${service}`] = prepare(service);
module.exports = hooks;
