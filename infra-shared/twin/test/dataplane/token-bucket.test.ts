import { describe, expect, it } from 'vitest';
import { TokenBucket, takeFromAll } from '../../src/dataplane/token-bucket.js';

/** A clock the test moves by hand. */
function manualClock(start = 1000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('TokenBucket', () => {
  it('starts full: exactly `burst` requests pass at one instant, the next is refused', () => {
    const clock = manualClock();
    const bucket = new TokenBucket({ rateLimit: 10, burstLimit: 5 }, clock.now);
    const accepted = Array.from({ length: 8 }, () => bucket.tryTake()).filter(Boolean).length;
    expect(accepted).toBe(5);
  });

  it('refills at `rate` per second and never above `burst`', () => {
    const clock = manualClock();
    const bucket = new TokenBucket({ rateLimit: 4, burstLimit: 3 }, clock.now);
    for (let i = 0; i < 3; i++) bucket.tryTake();
    expect(bucket.tryTake()).toBe(false);
    clock.advance(250); // one token at 4/s
    expect(bucket.tryTake()).toBe(true);
    expect(bucket.tryTake()).toBe(false);
    clock.advance(60_000);
    expect(bucket.tokens()).toBe(3);
  });

  it('accepted = burst + rate x T when driven far above the rate (simulated 10 s at 1 ms steps)', () => {
    const clock = manualClock();
    const rate = 50;
    const burst = 20;
    const bucket = new TokenBucket({ rateLimit: rate, burstLimit: burst }, clock.now);
    let accepted = 0;
    // Offered: 5 requests per ms = 5000/s, 100x the rate.
    for (let ms = 0; ms < 10_000; ms++) {
      for (let i = 0; i < 5; i++) if (bucket.tryTake()) accepted++;
      clock.advance(1);
    }
    const expected = burst + rate * 10;
    expect(Math.abs(accepted - expected) / expected).toBeLessThan(0.05);
  });

  it('fractional rates accumulate exactly (0.5/s gives one token every 2 s)', () => {
    const clock = manualClock();
    const bucket = new TokenBucket({ rateLimit: 0.5, burstLimit: 1 }, clock.now);
    expect(bucket.tryTake()).toBe(true);
    clock.advance(1999);
    expect(bucket.tryTake()).toBe(false);
    clock.advance(1);
    expect(bucket.tryTake()).toBe(true);
  });

  it('rate 0 / burst 0 refuses everything (the HTTP API unset-route-throttle pitfall)', () => {
    const bucket = new TokenBucket({ rateLimit: 0, burstLimit: 0 });
    expect(bucket.tryTake()).toBe(false);
  });

  it('rejects negative settings', () => {
    expect(() => new TokenBucket({ rateLimit: -1, burstLimit: 1 })).toThrow(/rateLimit/);
  });

  it('takeFromAll is all-or-nothing: a refusal at one level spends nothing at the others', () => {
    const clock = manualClock();
    const route = new TokenBucket({ rateLimit: 0, burstLimit: 1 }, clock.now);
    const account = new TokenBucket({ rateLimit: 0, burstLimit: 10 }, clock.now);
    expect(takeFromAll([route, account], clock.now())).toBe(-1);
    expect(takeFromAll([route, account], clock.now())).toBe(0);
    expect(account.tokens()).toBe(9);
  });

  it('the tightest level of a hierarchy decides (account 5/s under a route of 100/s)', () => {
    const clock = manualClock();
    const route = new TokenBucket({ rateLimit: 100, burstLimit: 100 }, clock.now);
    const account = new TokenBucket({ rateLimit: 5, burstLimit: 5 }, clock.now);
    let accepted = 0;
    for (let ms = 0; ms < 2000; ms += 10) {
      for (let i = 0; i < 10; i++) if (takeFromAll([route, account], clock.now()) === -1) accepted++;
      clock.advance(10);
    }
    expect(accepted).toBeGreaterThanOrEqual(14);
    expect(accepted).toBeLessThanOrEqual(15);
  });
});
