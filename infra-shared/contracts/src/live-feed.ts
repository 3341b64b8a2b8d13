/**
 * The live feed (pattern `websocket-live-feed`): the change events the services publish and the messages
 * its WebSocket API exchanges with clients. One home for both, read by the services, the feed's
 * functions, the twin and the benchmarks.
 */

/** Environment variable naming the EventBridge bus a service publishes its changes to; no events without it. */
export const CHANGE_BUS_ENV = 'PIK_CHANGE_BUS';

/** `detail-type` of every change event. */
export const CHANGE_DETAIL_TYPE = 'pik.item-changed';

/** Prefix of every change event's `source`; the full source is `pik.<service>`. */
export const CHANGE_SOURCE_PREFIX = 'pik.';

export function changeSource(service: string): string {
  return `${CHANGE_SOURCE_PREFIX}${service}`;
}

/** What changed: the services' writes, and `published` for the feed's own `publish` action. */
export type ChangeKind = 'created' | 'updated' | 'deleted' | 'published';

/** `detail` of a change event. `publishedAt` is epoch milliseconds when the change was published. */
export interface ItemChange {
  readonly service: string;
  readonly id: string;
  readonly change: ChangeKind;
  readonly item?: unknown;
  readonly publishedAt: number;
}

/** Route selection expression of the feed's WebSocket API. */
export const FEED_ROUTE_SELECTION = '$request.body.action';

/** The client actions (custom route keys) the feed answers. */
export const FEED_ACTIONS = ['subscribe', 'unsubscribe', 'publish'] as const;
export type FeedAction = (typeof FEED_ACTIONS)[number];

/** Every route key of the feed's API. */
export const FEED_ROUTE_KEYS = ['$connect', '$disconnect', '$default', ...FEED_ACTIONS] as const;

/** A client's request: `{ "action": "subscribe", "service": "orders", "id": "..." }` (`id` optional). */
export interface FeedRequest {
  readonly action: FeedAction;
  readonly service: string;
  readonly id?: string;
  /** `publish` only: what subscribers receive as `item`. */
  readonly item?: unknown;
}

/** Topic of a service, or of one item of it: `orders` or `orders/<id>`. */
export function feedTopic(service: string, id?: string): string {
  return id ? `${service}/${id}` : service;
}

/** The topics a change reaches: the service's and the item's. */
export function changeTopics(change: Pick<ItemChange, 'service' | 'id'>): [string, string] {
  return [feedTopic(change.service), feedTopic(change.service, change.id)];
}

/** What the feed sends a client. */
export type FeedMessage =
  | { readonly type: 'subscribed' | 'unsubscribed' | 'published'; readonly topic: string }
  | { readonly type: 'error'; readonly message: string }
  | ({ readonly type: 'change'; readonly topic: string } & ItemChange);

/** The answer of `$default`: names the valid actions. */
export function unknownActionMessage(action: unknown): string {
  const named = typeof action === 'string' ? `'${action}'` : 'missing';
  return `unknown action ${named}: send {"action": ${FEED_ACTIONS.map((a) => `"${a}"`).join(' | ')}, "service": "<name>", "id"?: "<item id>"}`;
}
