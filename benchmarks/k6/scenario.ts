/**
 * The one k6 script behind every scenario. Everything it does comes from the run plan that `pik bench`
 * writes (env PIK_PLAN): arrival shapes and thresholds (`options`), the request mix, credentials and data.
 * Run by k6 as TypeScript; type-checked with @types/k6 (`npm run typecheck`).
 */
import { check } from 'k6';
import http, { type RefinedResponse, type ResponseType } from 'k6/http';
import { Counter, Rate, Trend } from 'k6/metrics';
import type { PlanMixEntry, RunPlan } from '../src/scenarios/plan.js';

/** Present when runners' summaries are merged elsewhere (see src/distributed/histogram.ts). */
interface HistogramPlan {
  readonly prefix: string;
  readonly minMs: number;
  readonly ratio: number;
  readonly buckets: number;
  readonly statusPrefix: string;
  readonly metrics: readonly string[];
}

interface K6Plan extends RunPlan {
  readonly k6: {
    readonly options: Record<string, unknown>;
    readonly summaryFile: string;
    readonly histogram?: HistogramPlan;
    /** Prefix of the summary line in a runner's log (`PIK_SUMMARY=stdout`), where `pik bench --ingest` finds it. */
    readonly summaryMark?: string;
  };
}

/** k6 provides `console` (its log output); @types/k6 does not declare it. */
declare const console: { log(...values: unknown[]): void };

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
/** Failover and write-burst: one point per acknowledged write, tagged with its id, read back after the run. */
const acknowledged = new Counter('pik_acknowledged');
let announced = false;

/**
 * Mergeable summaries: one counter per latency bucket and metric, one per response status. Counters must
 * exist before the test starts, so all are declared here; only those that count something reach the summary.
 */
const layout = plan.k6.histogram;
const bucketCounters: Record<string, Counter[]> = {};
const statusCounters: Counter[] = [];
if (layout) {
  for (const metric of layout.metrics)
    bucketCounters[metric] = Array.from(
      { length: layout.buckets },
      (_, i) => new Counter(`${layout.prefix}${metric}_${i}`),
    );
  for (let status = 0; status < 600; status++)
    statusCounters.push(new Counter(`${layout.statusPrefix}${status}`));
}

/** The same bucket rule as bucketOf in src/distributed/histogram.ts. */
function observe(metric: string, ms: number): void {
  if (!layout) return;
  const index = ms >= layout.minMs ? 1 + Math.floor(Math.log(ms / layout.minMs) / Math.log(layout.ratio)) : 0;
  bucketCounters[metric]?.[Math.min(layout.buckets - 1, index)]?.add(1);
}

/** A Trend that also counts into its histogram. */
function track(trend: Trend, name: string): { add(ms: number): void } {
  return {
    add(ms: number) {
      trend.add(ms);
      observe(name, ms);
    },
  };
}
const cold = track(coldLatency, 'pik_cold_latency');
const warm = track(warmLatency, 'pik_warm_latency');
const init = track(initMs, 'pik_init_ms');
const hit = track(hitLatency, 'pik_hit_latency');
const miss = track(missLatency, 'pik_miss_latency');
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
    hit.add(res.timings.duration);
  } else if (trace.includes(plan.cacheTrace.miss)) {
    cacheMisses.add(1);
    miss.add(res.timings.duration);
  }
}

/** cached-read behind CloudFront: each read's latency, tagged with the tier that answered it. */
const edgeTiers = new Trend('pik_edge_tier', true);
const edgeCacheHeader = plan.edgeCache ? canonicalHeaderName(plan.edgeCache.name) : '';

/** Edge hit, edge miss answered by the API cache, both missed; `edge-miss` where no trace says (AWS). */
function recordEdgeTier(res: RefinedResponse<ResponseType | undefined>): void {
  if (!plan.edgeCache || res.status !== 200) return;
  const edge = res.headers[edgeCacheHeader] ?? '';
  const trace = res.headers[traceHeader] ?? '';
  const tier =
    edge === plan.edgeCache.hit
      ? 'edge-hit'
      : edge !== plan.edgeCache.miss
        ? undefined
        : trace.includes(plan.cacheTrace.hit)
          ? 'api-cache-hit'
          : trace.includes(plan.cacheTrace.miss)
            ? 'both-miss'
            : 'edge-miss';
  if (tier) edgeTiers.add(res.timings.duration, { tier });
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
  observe('http_req_duration', res.timings.duration);
  statusCounters[res.status]?.add(1);
  unexpected.add(!ok);
  throttled.add(res.status === 429);
  check(res, { 'status is expected': () => ok });
  if (res.status === 429 || res.status === 0) return;
  recordCache(res);
  recordEdgeTier(res);
  if (res.headers[coldHeader] === 'true') {
    coldStarts.add(1);
    cold.add(res.timings.duration);
    const initValue = Number(res.headers[initMsHeader]);
    if (Number.isFinite(initValue)) init.add(initValue);
  } else {
    warm.add(res.timings.duration);
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

/** Failover: a 201's item id; write-burst: a 202's write id (its status is read after the drain). */
function acknowledgedId(res: RefinedResponse<'text'>): unknown {
  if (plan.failover && res.status === 201) return jsonField(res, 'id');
  if (plan.writeBurst && res.status === 202) return jsonField(res, 'writeId');
  return undefined;
}

function create(entry: PlanMixEntry, keepBody: boolean): RefinedResponse<'text'> | undefined {
  const body = pick(plan.data[entry.service]?.create ?? []);
  if (!body) return undefined;
  const res = http.post(`${plan.baseUrl}${entry.path}`, JSON.stringify(body), {
    headers: headers({ 'content-type': 'application/json', 'idempotency-key': idempotencyKey() }),
    tags: { name: entry.name },
    responseType: keepBody || plan.failover || plan.writeBurst ? 'text' : 'none',
  }) as RefinedResponse<'text'>;
  record(res);
  const id = acknowledgedId(res);
  if (typeof id === 'string') acknowledged.add(1, { id, service: entry.service });
  return res;
}

export default function run(): void {
  if (plan.failover && !announced) {
    // The runner times the failover kill from this line (k6 writes console output to stderr at once).
    announced = true;
    console.log(plan.failover.startMarker);
  }
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
  if (file === 'stdout') return { stdout: `\n${plan.k6.summaryMark ?? ''}${JSON.stringify(data)}\n` };
  return {
    [file]: JSON.stringify(data, null, 2),
    stdout: `k6 summary written to ${file}\n`,
  };
}
