/**
 * The one k6 script behind every scenario. Everything it does comes from the run plan that `pik bench`
 * writes (env PIK_PLAN): arrival shapes and thresholds (`options`), the request mix, credentials and data.
 * Run by k6 as TypeScript; type-checked with @types/k6 (`npm run typecheck`).
 */
import { check } from 'k6';
import http, { type RefinedResponse, type ResponseType } from 'k6/http';
import { Counter, Rate, Trend } from 'k6/metrics';
import type { PlanMixEntry, RunPlan } from '../src/scenarios/plan.js';

interface K6Plan extends RunPlan {
  readonly k6: { readonly options: Record<string, unknown>; readonly summaryFile: string };
}

const planPath = __ENV.PIK_PLAN;
if (!planPath) throw new Error('PIK_PLAN must name the run plan JSON written by pik bench');
const plan = JSON.parse(open(planPath)) as K6Plan;

export const options = plan.k6.options;

const unexpected = new Rate('pik_unexpected');
const throttled = new Rate('pik_throttled');
const coldStarts = new Counter('pik_cold_starts');
const coldLatency = new Trend('pik_cold_latency', true);
const warmLatency = new Trend('pik_warm_latency', true);
const initMs = new Trend('pik_init_ms', true);
const cacheHits = new Counter('pik_cache_hits');
const cacheMisses = new Counter('pik_cache_misses');
const hitLatency = new Trend('pik_hit_latency', true);
const missLatency = new Trend('pik_miss_latency', true);
const ttfb = new Trend('pik_ttfb', true);
const totalTime = new Trend('pik_total_time', true);

/**
 * The runtime response headers to read, named by the plan (from @pik/contracts), in the canonical form k6
 * reports response header names in (Go's `X-Pik-Cold` for `x-pik-cold`).
 */
function canonicalHeaderName(name: string): string {
  return name
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1).toLowerCase())
    .join('-');
}
const coldHeader = canonicalHeaderName(plan.responseHeaders.cold);
const initMsHeader = canonicalHeaderName(plan.responseHeaders.initMs);
const traceHeader = canonicalHeaderName(plan.responseHeaders.trace);

/** An API cache hit or miss, as the twin's trace says (`gateway:rest > cache:hit`); AWS sends no trace. */
function recordCache(res: RefinedResponse<ResponseType | undefined>): void {
  const trace = res.headers[traceHeader] ?? '';
  if (trace.includes(plan.cacheTrace.hit)) {
    cacheHits.add(1);
    hitLatency.add(res.timings.duration);
  } else if (trace.includes(plan.cacheTrace.miss)) {
    cacheMisses.add(1);
    missLatency.add(res.timings.duration);
  }
}

/** Credentials come from the environment (PIK_HEADERS), never from the plan file. */
const authHeaders = JSON.parse(__ENV.PIK_HEADERS ?? '{}') as Record<string, string>;

const totalWeight = plan.mix.reduce((sum, entry) => sum + entry.weight, 0);
const expected = new Set(plan.expectedStatuses);

function pickEntry(): PlanMixEntry {
  let ticket = Math.random() * totalWeight;
  for (const entry of plan.mix) {
    ticket -= entry.weight;
    if (ticket < 0) return entry;
  }
  return plan.mix[plan.mix.length - 1] as PlanMixEntry;
}

function pick<T>(items: readonly T[]): T | undefined {
  return items.length === 0 ? undefined : items[Math.floor(Math.random() * items.length)];
}

function record(res: RefinedResponse<ResponseType | undefined>): void {
  const ok = expected.has(res.status);
  unexpected.add(!ok);
  throttled.add(res.status === 429);
  check(res, { 'status is expected': () => ok });
  if (res.status === 429 || res.status === 0) return;
  recordCache(res);
  if (res.headers[coldHeader] === 'true') {
    coldStarts.add(1);
    coldLatency.add(res.timings.duration);
    const init = Number(res.headers[initMsHeader]);
    if (Number.isFinite(init)) initMs.add(init);
  } else {
    warmLatency.add(res.timings.duration);
  }
}

function headers(extra: Record<string, string> = {}): Record<string, string> {
  return { ...plan.headers, ...authHeaders, ...extra };
}

function idempotencyKey(): string {
  return `pik-k6-${__VU}-${__ITER}-${Math.random().toString(36).slice(2, 12)}`;
}

function jsonField(res: RefinedResponse<'text'>, field: string): unknown {
  try {
    return (JSON.parse(String(res.body)) as Record<string, unknown>)[field];
  } catch {
    return undefined;
  }
}

function create(entry: PlanMixEntry, keepBody: boolean): RefinedResponse<'text'> | undefined {
  const body = pick(plan.data[entry.service]?.create ?? []);
  if (!body) return undefined;
  const res = http.post(`${plan.baseUrl}${entry.path}`, JSON.stringify(body), {
    headers: headers({ 'content-type': 'application/json', 'idempotency-key': idempotencyKey() }),
    tags: { name: entry.name },
    responseType: keepBody ? 'text' : 'none',
  }) as RefinedResponse<'text'>;
  record(res);
  return res;
}

export default function run(): void {
  const entry = pickEntry();
  const data = plan.data[entry.service];
  const base = `${plan.baseUrl}${entry.path}`;
  const tags = { name: entry.name };
  switch (entry.op) {
    case 'list': {
      record(http.get(`${base}?limit=20`, { headers: headers(), tags }));
      return;
    }
    case 'get': {
      const id = pick(data?.ids ?? []);
      if (id === undefined) return;
      record(http.get(`${base}/${id}`, { headers: headers(), tags }));
      return;
    }
    case 'create': {
      create(entry, false);
      return;
    }
    case 'update': {
      const id = pick(data?.ids ?? []);
      const patch = pick(data?.patch ?? []);
      if (id === undefined || !patch) return;
      const read = http.get(`${base}/${id}`, {
        headers: headers(),
        tags,
        responseType: 'text',
      }) as RefinedResponse<'text'>;
      record(read);
      const version = jsonField(read, 'version');
      if (read.status !== 200 || typeof version !== 'number') return;
      const res = http.patch(`${base}/${id}`, JSON.stringify({ ...patch, version }), {
        headers: headers({ 'content-type': 'application/json' }),
        tags,
      });
      record(res);
      return;
    }
    case 'export': {
      // Time to first byte (sending + waiting) and to the last byte (duration) of every export.
      const res = http.get(`${base}${plan.stream?.path ?? '/export'}`, { headers: headers(), tags });
      record(res);
      if (res.status === 200) {
        ttfb.add(res.timings.sending + res.timings.waiting);
        totalTime.add(res.timings.duration);
      }
      return;
    }
    case 'create-delete': {
      const created = create(entry, true);
      const id = created && created.status === 201 ? jsonField(created, 'id') : undefined;
      if (typeof id !== 'string') return;
      record(http.del(`${base}/${id}`, null, { headers: headers(), tags }));
      return;
    }
  }
}

/** Machine-readable summary for the normalizer; PIK_SUMMARY moves it (e.g. on a k6-operator runner). */
export function handleSummary(data: Record<string, unknown>): Record<string, string> {
  const file = __ENV.PIK_SUMMARY ?? plan.k6.summaryFile;
  return {
    [file]: JSON.stringify(data, null, 2),
    stdout: `k6 summary written to ${file}\n`,
  };
}
