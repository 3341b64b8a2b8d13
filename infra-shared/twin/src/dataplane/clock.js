import { performance } from 'node:perf_hooks';
/** Monotonic milliseconds (sub-millisecond resolution); never goes back when the wall clock is adjusted. */
export const monotonicClock = () => performance.now();
//# sourceMappingURL=clock.js.map