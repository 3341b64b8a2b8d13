import { monotonicClock } from './clock.js';
/**
 * Token bucket as API Gateway describes it: capacity `burstLimit`, refilled continuously at `rateLimit`
 * tokens per second, one token per request, starts full.
 *
 * Tokens are kept in milli-tokens scaled by 1000 (rate x elapsed ms) so refill needs no division on the
 * hot path; the clock is monotonic, so a wall-clock step never mints or destroys tokens.
 */
export class TokenBucket {
    clock;
    /** Capacity in milli-tokens. */
    capacity;
    /** Milli-tokens added per elapsed millisecond (= tokens per second). */
    ratePerMs;
    level;
    last;
    constructor(settings, clock = monotonicClock) {
        this.clock = clock;
        if (!(settings.rateLimit >= 0) || !(settings.burstLimit >= 0)) {
            throw new RangeError(`throttle needs rateLimit >= 0 and burstLimit >= 0, got ${JSON.stringify(settings)}`);
        }
        this.capacity = Math.floor(settings.burstLimit) * 1000;
        this.ratePerMs = settings.rateLimit;
        this.level = this.capacity;
        this.last = clock();
    }
    /** Brings the level up to `now` and says whether a whole token is available (does not take it). */
    available(now) {
        const elapsed = now - this.last;
        if (elapsed > 0) {
            const level = this.level + elapsed * this.ratePerMs;
            this.level = Math.min(level, this.capacity);
            this.last = now;
        }
        return this.level >= 1000;
    }
    /** Takes one token; call only after `available(now)` returned true for the same `now`. */
    take() {
        this.level -= 1000;
    }
    /** Takes a token if one is available now. */
    tryTake(now = this.clock()) {
        if (!this.available(now))
            return false;
        this.level -= 1000;
        return true;
    }
    /** Whole tokens currently in the bucket (for diagnostics). */
    tokens(now = this.clock()) {
        this.available(now);
        return Math.floor(this.level / 1000);
    }
}
/**
 * Takes one token from every bucket or from none (a request rejected at one level must not spend the
 * budget of the others). Returns the index of the first bucket without a token, or -1 when all were taken.
 */
export function takeFromAll(buckets, now) {
    for (let i = 0; i < buckets.length; i++) {
        if (!buckets[i].available(now))
            return i;
    }
    for (let i = 0; i < buckets.length; i++)
        buckets[i].take();
    return -1;
}
//# sourceMappingURL=token-bucket.js.map