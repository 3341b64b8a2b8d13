import { performance } from 'node:perf_hooks';

/** Monotonic clock in milliseconds (defaults to `performance.now`). Injected in unit tests. */
export type Clock = () => number;

/** Monotonic milliseconds (sub-millisecond resolution); never goes back when the wall clock is adjusted. */
export const monotonicClock: Clock = () => performance.now();
