/**
 * What happens to one client message: route selection on the selection field of a JSON body (else
 * `$default`), the route's throttle (its `RouteSettings`, else the stage's), the Lambda integration with
 * the MESSAGE event, and the integration's `body` sent back when the route has a route response. The
 * answers a client gets when no route matches, when throttled and when the integration fails are API
 * Gateway's JSON error messages with the connection and request ids.
 */
import type { WebSocketApiSpec, WebSocketRouteSpec } from '../../template/websocket-topology.js';
import type { Clock } from '../clock.js';
import type { InvokeLambda } from '../lambda-invoke.js';
import { TokenBucket } from '../token-bucket.js';
import type { OpenConnection } from './connection.js';
import { type ApiFacts, messageEvent, newRequestId } from './events.js';

export interface MessageRouter {
  route(connection: OpenConnection, body: string): Promise<void>;
}

/** The route a message selects: by the selection field's string value, else `$default`. */
export function selectRoute(api: WebSocketApiSpec, body: string): WebSocketRouteSpec | undefined {
  let key: unknown;
  try {
    key = (JSON.parse(body) as Record<string, unknown> | null)?.[api.selectionField];
  } catch {
    key = undefined;
  }
  const custom =
    typeof key === 'string'
      ? api.routes.find((r) => r.routeKey === key && !r.routeKey.startsWith('$'))
      : undefined;
  return custom ?? api.routes.find((r) => r.routeKey === '$default');
}

function gatewayMessage(message: string, connection: OpenConnection, requestId: string): string {
  return JSON.stringify({ message, connectionId: connection.facts.connectionId, requestId });
}

export function createMessageRouter(
  api: WebSocketApiSpec,
  facts: ApiFacts,
  deps: { readonly invoke: InvokeLambda; readonly clock: Clock; readonly log?: (line: string) => void },
): MessageRouter {
  const stageBucket = api.stage.throttle ? new TokenBucket(api.stage.throttle, deps.clock) : undefined;
  const buckets = new Map(
    api.routes.map((r) => [r.routeKey, r.throttle ? new TokenBucket(r.throttle, deps.clock) : stageBucket]),
  );
  return {
    async route(connection, body) {
      const requestId = newRequestId();
      const route = selectRoute(api, body);
      const log = (outcome: string) =>
        deps.log?.(
          `message ${connection.facts.connectionId} ${route?.routeKey ?? '-'} ${requestId} ${outcome}`,
        );
      if (!route) {
        log('403 no route');
        return connection.send(gatewayMessage('Forbidden', connection, requestId));
      }
      if (buckets.get(route.routeKey)?.tryTake(deps.clock()) === false) {
        log('429 throttled');
        return connection.send(gatewayMessage('Too Many Requests', connection, requestId));
      }
      if (!route.functionId) {
        log('500 no integration');
        return connection.send(gatewayMessage('Internal server error', connection, requestId));
      }
      const started = deps.clock();
      try {
        const result = await deps.invoke(
          route.functionId,
          messageEvent(facts, connection.facts, route.routeKey, body),
        );
        const cold = result.extraHeaders?.['x-pik-cold'] === 'true' ? ' cold' : '';
        const took = `${(deps.clock() - started).toFixed(1)} ms lambda:${route.functionId}${cold}`;
        if (result.functionError) {
          log(`500 function error ${took}`);
          return connection.send(gatewayMessage('Internal server error', connection, requestId));
        }
        const payload = result.payload as { body?: unknown; statusCode?: number } | null;
        log(`${payload?.statusCode ?? 200} ${took}`);
        if (route.returnsResponse && payload && typeof payload.body === 'string')
          connection.send(payload.body);
      } catch (error) {
        log(`500 invoke failed: ${(error as Error).message}`);
        connection.send(gatewayMessage('Internal server error', connection, requestId));
      }
    },
  };
}
