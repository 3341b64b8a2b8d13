import { performance } from 'node:perf_hooks';
import type { Clock } from './types.js';

/** Monotonic milliseconds (sub-millisecond resolution); never goes back when the wall clock is adjusted. */
export const monotonicClock: Clock = () => performance.now();
