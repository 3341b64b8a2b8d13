import { TokenBucket } from '../token-bucket.js';
import { messageEvent, newRequestId } from './events.js';
/** The route a message selects: by the selection field's string value, else `$default`. */
export function selectRoute(api, body) {
    let key;
    try {
        key = JSON.parse(body)?.[api.selectionField];
    }
    catch {
        key = undefined;
    }
    const custom = typeof key === 'string'
        ? api.routes.find((r) => r.routeKey === key && !r.routeKey.startsWith('$'))
        : undefined;
    return custom ?? api.routes.find((r) => r.routeKey === '$default');
}
function gatewayMessage(message, connection, requestId) {
    return JSON.stringify({ message, connectionId: connection.facts.connectionId, requestId });
}
export function createMessageRouter(api, facts, deps) {
    const stageBucket = api.stage.throttle ? new TokenBucket(api.stage.throttle, deps.clock) : undefined;
    const buckets = new Map(api.routes.map((r) => [r.routeKey, r.throttle ? new TokenBucket(r.throttle, deps.clock) : stageBucket]));
    return {
        async route(connection, body) {
            const requestId = newRequestId();
            const route = selectRoute(api, body);
            const log = (outcome) => deps.log?.(`message ${connection.facts.connectionId} ${route?.routeKey ?? '-'} ${requestId} ${outcome}`);
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
                const result = await deps.invoke(route.functionId, messageEvent(facts, connection.facts, route.routeKey, body));
                const cold = result.extraHeaders?.['x-pik-cold'] === 'true' ? ' cold' : '';
                const took = `${(deps.clock() - started).toFixed(1)} ms lambda:${route.functionId}${cold}`;
                if (result.functionError) {
                    log(`500 function error ${took}`);
                    return connection.send(gatewayMessage('Internal server error', connection, requestId));
                }
                const payload = result.payload;
                log(`${payload?.statusCode ?? 200} ${took}`);
                if (route.returnsResponse && payload && typeof payload.body === 'string')
                    connection.send(payload.body);
            }
            catch (error) {
                log(`500 invoke failed: ${error.message}`);
                connection.send(gatewayMessage('Internal server error', connection, requestId));
            }
        },
    };
}
//# sourceMappingURL=routing.js.map