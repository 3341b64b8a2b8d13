import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiGateway } from '../../src/dataplane/gateway/api-gateway.js';
import { createLambdaProxyForward } from '../../src/dataplane/gateway/lambda-proxy.js';
import type { RunningApiGateway } from '../../src/dataplane/gateway/types.js';
import type { InvokeLambda } from '../../src/dataplane/lambda-invoke.js';
import { send } from './helpers.js';

type Event = Record<string, unknown> & { requestContext: Record<string, unknown> };
const events: Event[] = [];
/** The runtime's side: records the event and answers by path. */
const invoke: InvokeLambda = async (_fn, event) => {
  const e = event as Event;
  events.push(e);
  const path = (e.rawPath ?? e.path) as string;
  if (path.endsWith('/error')) return { payload: { errorMessage: 'x' }, functionError: 'Unhandled' };
  if (path.endsWith('/bare')) return { payload: { hello: 'world' } };
  if (path.endsWith('/bad')) return { payload: 'not a proxy result' };
  return {
    payload: {
      statusCode: 201,
      headers: { 'content-type': 'text/plain' },
      body: 'created',
      cookies: ['a=1'],
    },
    extraHeaders: { 'x-pik-cold': 'true', 'x-pik-init-ms': '140' },
  };
};

let httpApi: RunningApiGateway;
let restApi: RunningApiGateway;
beforeAll(async () => {
  const forward = createLambdaProxyForward(invoke);
  const named = createLambdaProxyForward(invoke, { traceSegment: (fn) => `lambda:${fn}-service` });
  const integration = { id: 'fn', type: 'AWS_PROXY' as const, functionId: 'orders' };
  httpApi = await createApiGateway(
    {
      apiId: 'h',
      kind: 'http',
      stageName: '$default',
      routes: [{ routeKey: 'ANY /orders/{proxy+}', integration }],
    },
    { forward },
  );
  restApi = await createApiGateway(
    {
      apiId: 'r',
      kind: 'rest',
      stageName: 'prod',
      routes: [{ routeKey: 'ANY /orders/{proxy+}', integration }],
    },
    { forward: named },
  );
});
afterAll(() => Promise.all([httpApi.close(), restApi.close()]));

describe('Lambda proxy integration', () => {
  it('HTTP API payload 2.0: event fields, result headers, cookies, cold-start headers and trace', async () => {
    const reply = await send(httpApi.port, '/orders/a%20b?x=1&x=2', {
      method: 'POST',
      body: '{"n":1}',
      headers: { 'content-type': 'application/json' },
    });
    expect(reply.status).toBe(201);
    expect(reply.body).toBe('created');
    expect(reply.headers['set-cookie']).toEqual(['a=1']);
    expect(reply.headers['x-pik-cold']).toBe('true');
    expect(reply.headers['x-pik-trace']).toBe('gateway:http > lambda:orders');
    const e = events.at(-1) as Event;
    expect(e).toMatchObject({
      version: '2.0',
      routeKey: 'ANY /orders/{proxy+}',
      rawPath: '/orders/a%20b',
      rawQueryString: 'x=1&x=2',
      queryStringParameters: { x: '1,2' },
      pathParameters: { proxy: 'a b' },
      body: '{"n":1}',
      isBase64Encoded: false,
    });
    expect(e.requestContext).toMatchObject({
      apiId: 'h',
      stage: '$default',
      http: { method: 'POST', path: '/orders/a%20b' },
    });
  });

  it('HTTP API: a result without statusCode is a 200 JSON body; a function error is 500', async () => {
    const bare = await send(httpApi.port, '/orders/bare');
    expect(bare.status).toBe(200);
    expect(JSON.parse(bare.body)).toEqual({ hello: 'world' });
    const failed = await send(httpApi.port, '/orders/error');
    expect(failed.status).toBe(500);
    expect(failed.body).toBe('{"message":"Internal Server Error"}');
  });

  it('REST payload 1.0: path without the stage, decoded query, multi-value maps; error or bad result is 502', async () => {
    const ok = await send(restApi.port, '/prod/orders/1?a=x%20y');
    expect(ok.status).toBe(201);
    expect(ok.headers['x-pik-trace']).toBe('gateway:rest > lambda:orders-service');
    const e = events.at(-1) as Event;
    expect(e).toMatchObject({
      resource: '/orders/{proxy+}',
      path: '/orders/1',
      httpMethod: 'GET',
      queryStringParameters: { a: 'x y' },
      multiValueQueryStringParameters: { a: ['x y'] },
      pathParameters: { proxy: '1' },
      body: null,
    });
    expect(e.version).toBeUndefined();
    expect(e.requestContext).toMatchObject({
      path: '/prod/orders/1',
      stage: 'prod',
      resourcePath: '/orders/{proxy+}',
    });
    for (const path of ['/prod/orders/error', '/prod/orders/bad']) {
      const reply = await send(restApi.port, path);
      expect(reply.status).toBe(502);
      expect(reply.body).toBe('{"message": "Internal server error"}');
    }
  });
});
