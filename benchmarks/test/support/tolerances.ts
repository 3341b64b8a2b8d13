import { availableParallelism, loadavg } from 'node:os';

/**
 * The two tools' p50 latencies agree within this much (ms or relative, whichever is larger).
 * Measured on the known target (test/support/fake-service.ts), latency and CRUD scenarios: differences of
 * 0.02 to 1.1 ms with the machine's load average at or below its core count, 1 to 3 ms at a load average
 * of 20 on 2 cores. Through the twin at load averages of 10 to 24: 0.9 to 5 ms, artillery higher; through the
 * twin in clean CI runs (one test task at a time) with k6 first on freshly started processes: 0.2 to 2.7 ms,
 * mostly k6 higher; after an unmeasured pass, both on warm processes: 0.05 to 1.3 ms. Artillery reports whole
 * milliseconds of time to first byte (`Date.now()` differences, sending excluded) measured on a Node event
 * loop, k6 fractional request durations (sending, waiting, receiving) from Go, so a starved CPU widens the
 * gap on artillery's side and an idle one mostly leaves k6 slightly above. The throttle scenario is left
 * out: half its responses are sub-millisecond 429s, so its p50 sits between two modes.
 */
export const P50_TOLERANCE = { absoluteMs: 2, relative: 0.25 };

/**
 * Latency agreement needs a machine that is not saturated by other work: a Node load generator suffers
 * from CPU starvation far more than a Go one. Returns why the machine is too busy, or undefined.
 */
export function machineTooBusy(): string | undefined {
  const [load1 = 0] = loadavg();
  const cores = availableParallelism();
  return load1 > cores ? `load average ${load1.toFixed(1)} on ${cores} cores` : undefined;
}

/** Whether two p50s agree within {@link P50_TOLERANCE}, with the numbers for the log. */
export function p50Agreement(k6: number, artillery: number): { ok: boolean; detail: string } {
  const allowed = Math.max(P50_TOLERANCE.absoluteMs, P50_TOLERANCE.relative * Math.max(k6, artillery));
  return {
    ok: Math.abs(k6 - artillery) <= allowed,
    detail: `p50 k6 ${k6} ms, artillery ${artillery} ms, allowed difference ${allowed.toFixed(2)} ms`,
  };
}
