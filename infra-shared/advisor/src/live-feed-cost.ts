import { QUOTAS } from '@pik/limits';
import { type CostLine, line, sumUsd } from './cost.js';
import { HOURS_PER_MONTH, PRICES } from './prices.js';

/** The live feed's load (pattern 8, `websocket-live-feed`), as `--feed-connections` and `--feed-messages` give it. */
export interface LiveFeedInput {
  /** Clients connected on average, around the clock. */
  readonly connections: number;
  /** Messages per connection per minute, both directions (each change delivered counts one). */
  readonly messagesPerMinute: number;
}

/** What a month of the live feed costs at API Gateway, and the quotas its load meets. */
export interface LiveFeedAdvice {
  readonly connections: number;
  readonly messagesPerMinute: number;
  readonly connectionMinutesPerMonth: number;
  readonly messagesPerMonth: number;
  readonly monthly: readonly CostLine[];
  readonly monthlyUsd: number;
  /** Quotas the load meets: connection duration, idle timeout, new connections per second. */
  readonly notes: readonly string[];
}

const MINUTES_PER_MONTH = HOURS_PER_MONTH * 60;
const FIRST_TIER_MILLIONS = 1000;

/**
 * Connection minutes and messages for a month (messages up to 32 KB each; larger ones are metered in 32 KB
 * increments). Lambda invocations of the routes and the fan-out, DynamoDB and EventBridge come on top.
 */
export function liveFeedAdvice(input: LiveFeedInput): LiveFeedAdvice {
  const connectionMinutes = input.connections * MINUTES_PER_MONTH;
  const messages = connectionMinutes * input.messagesPerMinute;
  const millions = messages / 1e6;
  const first = Math.min(millions, FIRST_TIER_MILLIONS);
  const monthly = [
    line(
      'WebSocket connection minutes (millions)',
      connectionMinutes / 1e6,
      PRICES.websocketConnectionMinutesPerMillion.usd,
      ['websocketConnectionMinutesPerMillion'],
    ),
    line('WebSocket messages, first billion (millions)', first, PRICES.websocketMessagesPerMillion.usd, [
      'websocketMessagesPerMillion',
    ]),
    ...(millions > FIRST_TIER_MILLIONS
      ? [
          line(
            'WebSocket messages over 1 billion (millions)',
            millions - FIRST_TIER_MILLIONS,
            PRICES.websocketMessagesPerMillionOver1B.usd,
            ['websocketMessagesPerMillionOver1B'],
          ),
        ]
      : []),
  ];
  const reconnectsPerSecond = input.connections / QUOTAS.websocketConnectionDurationSeconds.value;
  const notes = [
    `API Gateway closes every connection after ${QUOTAS.websocketConnectionDurationSeconds.value / 3600} hours and after ${QUOTAS.websocketIdleTimeoutSeconds.value / 60} idle minutes: clients reconnect (and send a heartbeat when quiet)`,
    `${input.connections} connections reconnect at about ${reconnectsPerSecond.toFixed(1)} per second at least, of the ${QUOTAS.websocketNewConnectionsPerSecond.value} new connections per second an account gets (adjustable; ${QUOTAS.websocketNewConnectionsPerSecond.source})`,
  ];
  return {
    connections: input.connections,
    messagesPerMinute: input.messagesPerMinute,
    connectionMinutesPerMonth: connectionMinutes,
    messagesPerMonth: messages,
    monthly,
    monthlyUsd: sumUsd(monthly),
    notes,
  };
}
