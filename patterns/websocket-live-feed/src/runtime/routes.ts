import {
  type FeedMessage,
  type FeedRequest,
  feedTopic,
  type ItemChange,
  unknownActionMessage,
} from '@pik/contracts';
import { type ConnectionStore, MAX_TOPICS_PER_CONNECTION } from './connection-store.js';
import type { RouteResult, WebSocketEvent } from './websocket-event.js';

export interface RouteHandlerDeps {
  readonly store: ConnectionStore;
  /** Puts a change on the bus (the `publish` action); the fan-out delivers it like a service's change. */
  readonly publish: (change: ItemChange) => Promise<void>;
  /** Services a topic may name (the stack's deployed services). */
  readonly services: readonly string[];
  readonly now?: () => number;
}

/** Item ids as the services make them (UUIDs) or as tests name them; bounded like the services' path ids. */
const ID_PATTERN = /^[A-Za-z0-9_-]{1,100}$/;

const answer = (statusCode: number, message: FeedMessage): RouteResult => ({
  statusCode,
  body: JSON.stringify(message),
});
const refuse = (message: string) => answer(400, { type: 'error', message });

/** The request in a message body, or the reason it is not one, naming the field. */
export function parseFeedRequest(
  body: string | null | undefined,
  services: readonly string[],
): FeedRequest | { error: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body ?? '');
  } catch {
    return { error: 'body: not JSON; send {"action": "subscribe", "service": "<name>"}' };
  }
  const request = parsed as Partial<FeedRequest> | null;
  if (!request || typeof request !== 'object') return { error: 'body: expected a JSON object' };
  if (typeof request.service !== 'string' || !services.includes(request.service)) {
    return { error: `service: must be one of ${services.join(', ')}` };
  }
  if (request.id !== undefined && (typeof request.id !== 'string' || !ID_PATTERN.test(request.id))) {
    return { error: 'id: must be 1 to 100 letters, digits, "-" or "_"' };
  }
  return request as FeedRequest;
}

/**
 * One function for every route of the feed's API: `$connect` records the connection, `$disconnect`
 * forgets it, `subscribe`/`unsubscribe` change its topics, `publish` puts a change on the bus, and
 * `$default` answers an error naming the valid actions. Bad input answers an error naming the field and
 * changes nothing.
 */
export function createRouteHandler(deps: RouteHandlerDeps) {
  const now = deps.now ?? Date.now;
  return async (event: WebSocketEvent): Promise<RouteResult> => {
    const { routeKey, connectionId } = event.requestContext;
    switch (routeKey) {
      case '$connect':
        await deps.store.connect(
          connectionId,
          event.requestContext.connectedAt,
          event.requestContext.authorizer?.principalId,
        );
        return { statusCode: 200 };
      case '$disconnect':
        await deps.store.disconnect(connectionId);
        return { statusCode: 200 };
      case 'subscribe':
      case 'unsubscribe':
      case 'publish':
        return action(routeKey, event, deps, now);
      default:
        return refuse(unknownActionMessage(actionOf(event.body)));
    }
  };
}

function actionOf(body: string | null | undefined): unknown {
  try {
    return (JSON.parse(body ?? '') as { action?: unknown }).action;
  } catch {
    return undefined;
  }
}

async function action(
  routeKey: 'subscribe' | 'unsubscribe' | 'publish',
  event: WebSocketEvent,
  deps: RouteHandlerDeps,
  now: () => number,
): Promise<RouteResult> {
  const request = parseFeedRequest(event.body, deps.services);
  if ('error' in request) return refuse(`${routeKey}: ${request.error}`);
  const topic = feedTopic(request.service, request.id);
  const { connectionId } = event.requestContext;
  if (routeKey === 'subscribe') {
    const outcome = await deps.store.subscribe(connectionId, topic);
    if (outcome === 'unknown') return refuse('subscribe: this connection is not registered; reconnect');
    if (outcome === 'full')
      return refuse(
        `subscribe: at most ${MAX_TOPICS_PER_CONNECTION} topics per connection; unsubscribe from one first`,
      );
    return answer(200, { type: 'subscribed', topic });
  }
  if (routeKey === 'unsubscribe') {
    await deps.store.unsubscribe(connectionId, topic);
    return answer(200, { type: 'unsubscribed', topic });
  }
  if (!request.id) return refuse('publish: id: required (a change is about one item)');
  await deps.publish({
    service: request.service,
    id: request.id,
    change: 'published',
    ...(request.item !== undefined ? { item: request.item } : {}),
    publishedAt: now(),
  });
  return answer(200, { type: 'published', topic });
}
