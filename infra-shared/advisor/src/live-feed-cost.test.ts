import { describe, expect, it } from 'vitest';
import { advise } from './advise.js';
import { runAdviseCli } from './cli.js';
import { liveFeedAdvice } from './live-feed-cost.js';

describe('live feed (pattern 8) costs', () => {
  it('prices a month of connection minutes and messages at the first tiers', () => {
    // 1,000 connections x 43,800 minutes = 43.8 M connection minutes; 2 messages a minute = 87.6 M messages.
    const feed = liveFeedAdvice({ connections: 1000, messagesPerMinute: 2 });
    expect(feed.connectionMinutesPerMonth).toBe(43_800_000);
    expect(feed.messagesPerMonth).toBe(87_600_000);
    expect(feed.monthlyUsd).toBeCloseTo(43.8 * 0.25 + 87.6 * 1.0, 6);
    expect(feed.monthly.every((l) => l.unconfirmed)).toBe(true);
  });

  it('walks into the cheaper message tier above one billion a month', () => {
    const feed = liveFeedAdvice({ connections: 100_000, messagesPerMinute: 1 });
    const millions = 4380;
    expect(feed.monthly.map((l) => l.quantity)).toEqual([4380, 1000, millions - 1000]);
    expect(feed.monthlyUsd).toBeCloseTo(4380 * 0.25 + 1000 * 1.0 + (millions - 1000) * 0.8, 6);
  });

  it('names the connection quotas the load meets', () => {
    const notes = liveFeedAdvice({ connections: 72_000, messagesPerMinute: 0 }).notes.join('\n');
    expect(notes).toMatch(/after 2 hours and after 10 idle minutes/);
    expect(notes).toMatch(/10\.0 per second at least, of the 500 new connections per second/);
  });

  it('is priced beside the options, not ranked among them', () => {
    const advice = advise({ services: 4, api: 'http', feed: { connections: 10, messagesPerMinute: 1 } });
    expect(advice.options.map((o) => o.id)).not.toContain('websocket-live-feed');
    expect(advice.feed?.monthlyUsd).toBeGreaterThan(0);
    expect(advice.unconfirmedPrices.map((p) => p.key)).toContain('websocketConnectionMinutesPerMillion');
    expect(advise({ services: 4, api: 'http' }).feed).toBeNull();
  });

  it('prints the feed section from the CLI flags', () => {
    let stdout = '';
    const code = runAdviseCli(
      ['--services', '4', '--api', 'http', '--feed-connections', '1000', '--feed-messages', '2'],
      {
        stdout: (t) => (stdout += t),
        stderr: () => {},
      },
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /Live feed \(pattern 8, websocket-live-feed\): 1000 connections, 2 message\(s\).*\$98\.55\*?\/month/,
    );
  });
});
