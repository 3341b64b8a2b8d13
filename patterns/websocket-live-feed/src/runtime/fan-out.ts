import { changeTopics, type FeedMessage, type ItemChange } from '@pik/contracts';
import type { ConnectionStore } from './connection-store.js';

/** How one post to a connection went: delivered, or the connection is gone (410) and forgotten. */
export type PostOutcome = 'sent' | 'gone';

export interface FanOutDeps {
  readonly store: ConnectionStore;
  /** Posts one message to one connection through the `@connections` API; 'gone' on 410. */
  readonly post: (connectionId: string, data: string) => Promise<PostOutcome>;
  /** Posts in flight at once. */
  readonly concurrency: number;
}

export interface FanOutSummary {
  readonly subscribers: number;
  readonly sent: number;
  readonly gone: number;
  readonly failed: number;
}

/**
 * Runs `work` over `items` with at most `limit` in flight. Hand-written (a dozen lines) rather than a
 * dependency such as p-limit, so the fan-out bundle carries nothing but the SDK clients.
 */
export async function forEachBounded<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
) {
  let next = 0;
  const lanes = Array.from({ length: Math.min(Math.max(1, limit), items.length) }, async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await work(item);
    }
  });
  await Promise.all(lanes);
}

/**
 * The fan-out function: a change event from the bus goes to every subscriber of the service's topic and
 * of the item's topic, once each, `concurrency` posts at a time. A connection that answers 410 Gone is
 * forgotten with its subscriptions; any other failure is counted and thrown after every post was tried,
 * so EventBridge retries the event (and its dead-letter queue keeps it at the end).
 */
export function createFanOut(deps: FanOutDeps) {
  return async (event: { readonly detail: ItemChange }): Promise<FanOutSummary> => {
    const change = event.detail;
    const subscribers = await deps.store.subscribers(changeTopics(change));
    let sent = 0;
    let gone = 0;
    const failures: unknown[] = [];
    await forEachBounded([...subscribers], deps.concurrency, async ([connectionId, topic]) => {
      const message: FeedMessage = { type: 'change', topic, ...change };
      try {
        const outcome = await deps.post(connectionId, JSON.stringify(message));
        if (outcome === 'gone') {
          gone++;
          await deps.store.disconnect(connectionId);
        } else sent++;
      } catch (error) {
        failures.push(error);
      }
    });
    const summary = { subscribers: subscribers.size, sent, gone, failed: failures.length };
    if (failures.length > 0) {
      throw new AggregateError(
        failures,
        `fan-out of ${change.service}/${change.id}: ${JSON.stringify(summary)}`,
      );
    }
    return summary;
  };
}
