function error(res, status, type, message) {
    res
        .writeHead(status, { 'content-type': 'application/json', 'x-amzn-errortype': type })
        .end(JSON.stringify({ message }));
    return true;
}
async function readBody(req, limit) {
    const chunks = [];
    let size = 0;
    for await (const chunk of req) {
        size += chunk.length;
        if (size > limit)
            return undefined;
        chunks.push(chunk);
    }
    return Buffer.concat(chunks);
}
/** Answers one management request; false when the path is not `/<stage>/@connections/<id>`. */
export async function handleManagement(req, res, deps) {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const match = /^\/([^/]+)\/@connections\/([^/]+)$/.exec(path);
    if (!match || match[1] !== deps.stage)
        return false;
    const connection = deps.find(decodeURIComponent(match[2] ?? ''));
    if (req.method === 'POST') {
        const body = await readBody(req, deps.messageBytes);
        if (!body)
            return error(res, 413, 'PayloadTooLargeException', 'Message too long');
        if (!connection)
            return error(res, 410, 'GoneException', 'Gone');
        connection.send(body.toString('utf8'));
        res.writeHead(200).end();
        return true;
    }
    if (!connection)
        return error(res, 410, 'GoneException', 'Gone');
    if (req.method === 'GET') {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({
            // The REST API's JSON names (lowercase), as the SDK reads them.
            connectedAt: new Date(connection.facts.connectedAt).toISOString(),
            identity: { sourceIp: connection.facts.sourceIp, userAgent: connection.facts.userAgent ?? '' },
            lastActiveAt: new Date(connection.lastActiveAt()).toISOString(),
        }));
        return true;
    }
    if (req.method === 'DELETE') {
        connection.close(1000, '');
        res.writeHead(204).end();
        return true;
    }
    return error(res, 405, 'MethodNotAllowedException', `${req.method} is not allowed on @connections`);
}
//# sourceMappingURL=management.js.map