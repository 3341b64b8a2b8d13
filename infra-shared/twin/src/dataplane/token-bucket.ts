import type { Throttle } from '@pik/contracts';
import type { Clock } from './clock.js';
import { monotonicClock } from './clock.js';

/**
 * What a request takes a token from: a {@link TokenBucket}, possibly shared (the account bucket is shared by
 * every gateway of the twin). Split into check and take so a request spends from several or from none.
 */
export interface ThrottleBucket {
  available(now: number): boolean;
  take(): void;
}

/**
 * Token bucket as API Gateway describes it: capacity `burstLimit`, refilled continuously at `rateLimit`
 * tokens per second, one token per request, starts full.
 *
 * Tokens are kept in milli-tokens scaled by 1000 (rate x elapsed ms) so refill needs no division on the
 * hot path; the clock is monotonic, so a wall-clock step never mints or destroys tokens.
 */
export class TokenBucket implements ThrottleBucket {
  /** Capacity in milli-tokens. */
  private readonly capacity: number;
  /** Milli-tokens added per elapsed millisecond (= tokens per second). */
  private readonly ratePerMs: number;
  private level: number;
  private last: number;

  constructor(
    settings: Throttle,
    private readonly clock: Clock = monotonicClock,
  ) {
    if (!(settings.rateLimit >= 0) || !(settings.burstLimit >= 0)) {
      throw new RangeError(
        `throttle needs rateLimit >= 0 and burstLimit >= 0, got ${JSON.stringify(settings)}`,
      );
    }
    this.capacity = Math.floor(settings.burstLimit) * 1000;
    this.ratePerMs = settings.rateLimit;
    this.level = this.capacity;
    this.last = clock();
  }

  /** Brings the level up to `now` and says whether a whole token is available (does not take it). */
  available(now: number): boolean {
    const elapsed = now - this.last;
    if (elapsed > 0) {
      const level = this.level + elapsed * this.ratePerMs;
      this.level = Math.min(level, this.capacity);
      this.last = now;
    }
    return this.level >= 1000;
  }

  /** Takes one token; call only after `available(now)` returned true for the same `now`. */
  take(): void {
    this.level -= 1000;
  }

  /** Takes a token if one is available now. */
  tryTake(now: number = this.clock()): boolean {
    if (!this.available(now)) return false;
    this.level -= 1000;
    return true;
  }

  /** Whole tokens currently in the bucket (for diagnostics). */
  tokens(now: number = this.clock()): number {
    this.available(now);
    return Math.floor(this.level / 1000);
  }
}

/**
 * Takes one token from every bucket or from none (a request rejected at one level must not spend the
 * budget of the others). Returns the index of the first bucket without a token, or -1 when all were taken.
 */
export function takeFromAll(buckets: readonly ThrottleBucket[], now: number): number {
  for (let i = 0; i < buckets.length; i++) {
    if (!(buckets[i] as ThrottleBucket).available(now)) return i;
  }
  for (let i = 0; i < buckets.length; i++) (buckets[i] as ThrottleBucket).take();
  return -1;
}
