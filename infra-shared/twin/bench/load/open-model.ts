/**
 * Open-model (constant arrival rate) load generator, run as its own process. Arrivals are scheduled at
 * fixed intervals whatever the responses do, and latency is measured from the scheduled arrival, so a
 * stall shows up in the percentiles instead of silently lowering the rate (no coordinated omission).
 * Targets are interleaved arrival by arrival, so a direct service and the chains in front of it are
 * measured in the same moments of the same run.
 */
import { PIK_HEADERS } from '@pik/contracts/headers';
import { Pool } from 'undici';
import { type LatencySummary, type OpenModelPlan, type OpenModelResult, percentile } from './protocol.js';

interface TargetState {
  readonly pools: Pool[];
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly samples: number[];
  errors: number;
  next: number;
  trace: string;
  firstError?: string;
}

/** One GET to the target's next origin; its latency counts from `scheduled`, and only once `record` is set. */
async function sendOne(state: TargetState, scheduled: number, record: boolean): Promise<void> {
  const pool = state.pools[state.next++ % state.pools.length] as Pool;
  try {
    const res = await pool.request({ path: state.path, method: 'GET', headers: state.headers });
    const ok = res.statusCode >= 200 && res.statusCode < 300;
    const text = ok ? undefined : await res.body.text();
    if (ok) await res.body.dump({ limit: Number.POSITIVE_INFINITY });
    const elapsed = performance.now() - scheduled;
    if (ok) {
      if (record) state.samples.push(elapsed);
      const trace = res.headers[PIK_HEADERS.trace];
      if (typeof trace === 'string') state.trace = trace;
    } else if (record) {
      state.errors++;
      state.firstError ??= `HTTP ${res.statusCode} after ${Math.round(elapsed)} ms: ${text?.slice(0, 200)}`;
    }
  } catch (error) {
    if (record) {
      state.errors++;
      state.firstError ??= (error as Error).message;
    }
  }
}

function summarize(state: TargetState, name: string): LatencySummary {
  const sorted = Float64Array.from(state.samples).sort();
  const sum = state.samples.reduce((a, b) => a + b, 0);
  return {
    name,
    count: sorted.length,
    errors: state.errors,
    p50: percentile(sorted, 50),
    p90: percentile(sorted, 90),
    p99: percentile(sorted, 99),
    mean: sorted.length ? sum / sorted.length : Number.NaN,
    max: sorted.length ? (sorted[sorted.length - 1] as number) : Number.NaN,
    trace: state.trace,
    ...(state.firstError ? { firstError: state.firstError } : {}),
  };
}

export async function runOpenModel(plan: OpenModelPlan): Promise<Omit<OpenModelResult, 'cpuSeconds'>> {
  const states: TargetState[] = plan.targets.map((t) => ({
    pools: t.origins.map((o) => new Pool(o, { connections: 64, pipelining: 1, keepAliveTimeout: 30_000 })),
    path: t.path,
    headers: { ...t.headers },
    samples: [],
    errors: 0,
    next: 0,
    trace: '',
  }));
  const n = states.length;
  const intervalMs = 1000 / (plan.ratePerTarget * n);
  const total = Math.floor((plan.durationMs + plan.warmupMs) / intervalMs);
  const warmupArrivals = Math.floor(plan.warmupMs / intervalMs);
  let lateArrivals = 0;
  let inFlight = 0;
  let sent = 0;
  let resolveDone: () => void = () => {};
  const done = new Promise<void>((resolve) => {
    resolveDone = resolve;
  });

  const fire = (index: number, scheduled: number) => {
    const state = states[index % n] as TargetState;
    inFlight++;
    sendOne(state, scheduled, index >= warmupArrivals).finally(() => {
      inFlight--;
      if (sent === total && inFlight === 0) resolveDone();
    });
  };

  const start = performance.now() + 5;
  const tick = () => {
    const now = performance.now();
    while (sent < total) {
      const scheduled = start + sent * intervalMs;
      if (scheduled > now) break;
      if (now - scheduled > 1) lateArrivals++;
      fire(sent, scheduled);
      sent++;
    }
    if (sent < total) {
      const wait = start + sent * intervalMs - performance.now();
      // Timers are coarse (about 1 ms); wake a little early and send what is due.
      setTimeout(tick, Math.max(0, wait - 1));
    } else if (inFlight === 0) resolveDone();
  };
  setTimeout(tick, 5);
  await done;
  await Promise.all(states.flatMap((s) => s.pools.map((p) => p.close())));

  const targets = states.map((state, i) => summarize(state, plan.targets[i]?.name ?? String(i)));
  return { kind: 'open', lateArrivals, targets };
}
