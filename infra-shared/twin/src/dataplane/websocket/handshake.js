import { authorizerEvent, connectEvent } from './events.js';
const refuse = (status, message) => ({ accepted: false, status, message });
function headersOf(req) {
    return Object.fromEntries(Object.entries(req.headers).flatMap(([k, v]) => v === undefined ? [] : [[k, Array.isArray(v) ? v.join(',') : v]]));
}
async function authorize(api, facts, connection, authorizerId, request, invoke) {
    const authorizer = api.authorizers.find((a) => a.id === authorizerId);
    if (!authorizer)
        return refuse(500, 'Internal server error');
    if (authorizer.queryParameter && !request.query[authorizer.queryParameter])
        return refuse(401, 'Unauthorized');
    const result = await invoke(authorizer.functionId, authorizerEvent(facts, connection, request.headers, request.query));
    if (result.functionError) {
        const message = result.payload?.errorMessage;
        return message === 'Unauthorized' ? refuse(401, 'Unauthorized') : refuse(500, 'Internal server error');
    }
    const policy = result.payload;
    const statements = policy?.policyDocument?.Statement ?? [];
    if (statements.length === 0 || statements.some((s) => s.Effect !== 'Allow'))
        return refuse(403, 'Forbidden');
    return { accepted: true, authorizer: { principalId: policy?.principalId, ...policy?.context } };
}
export async function connectHandshake(api, facts, connection, req, invoke) {
    const headers = headersOf(req);
    const query = Object.fromEntries(new URL(req.url ?? '/', 'http://localhost').searchParams);
    const route = api.routes.find((r) => r.routeKey === '$connect');
    let authorizer;
    if (route?.authorizerId) {
        const verdict = await authorize(api, facts, connection, route.authorizerId, { headers, query }, invoke);
        if (!verdict.accepted)
            return verdict;
        authorizer = verdict.authorizer;
    }
    if (route?.functionId) {
        const withAuth = authorizer ? { ...connection, authorizer } : connection;
        const result = await invoke(route.functionId, connectEvent(facts, withAuth, headers, query));
        const status = result.payload?.statusCode ?? 200;
        if (result.functionError)
            return refuse(500, 'Internal server error');
        if (status < 200 || status > 299)
            return refuse(status, 'Forbidden');
    }
    return { accepted: true, ...(authorizer ? { authorizer } : {}) };
}
//# sourceMappingURL=handshake.js.map