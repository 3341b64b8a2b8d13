import { availableParallelism, loadavg } from 'node:os';

/**
 * The two tools' p50 latencies agree within this much (ms or relative, whichever is larger): a systematic
 * gap of up to about 1.5 ms plus artillery's resolution of 1 ms.
 * - Known target (test/support/fake-service.ts), latency and CRUD scenarios: 0.02 to 1.1 ms with the
 *   machine's load average at or below its core count, 1 to 3 ms at a load average of 20 on 2 cores.
 * - Through the twin, clean CI runs, after an unmeasured pass (both tools on warm processes): 0.0 to 1.9 ms
 *   over eight runs of four comparisons, k6 higher. Its per-request times through the twin sit about 1.4 ms
 *   above artillery's on average (6.8 against 5.4 ms in one run of 97 requests), with or without connection
 *   reuse, and receiving adds only 0.1 ms of it: the gap is the clients' own timing, not what they time.
 *   Artillery's samples are whole milliseconds (`Date.now()` differences), which moves its p50 by up to
 *   1 ms either way.
 * - Through the twin at load averages of 10 to 24: 0.9 to 5 ms, artillery higher (a Node load generator
 *   suffers from a starved CPU far more than Go does; such runs are judged inconclusive off CI).
 * Artillery times the time to first byte, k6 the whole request (sending, waiting, receiving). The throttle
 * scenario is left out: half its responses are sub-millisecond 429s, so its p50 sits between two modes.
 * So is crud-mix through the twin, for the same reason: its gets, updates and creates answer in modes some
 * milliseconds apart (per-status medians 6 and 10 ms in one artillery run) and its p50 falls between them.
 */
export const P50_TOLERANCE = { absoluteMs: 2.5, relative: 0.25 };

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
