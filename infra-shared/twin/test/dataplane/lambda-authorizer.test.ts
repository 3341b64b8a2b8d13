import { afterEach, describe, expect, it } from 'vitest';
import type { LambdaAuthorizerConfig } from '../../src/dataplane/auth/types.js';
import { createApiGateway } from '../../src/dataplane/gateway/api-gateway.js';
import { createLambdaProxyForward } from '../../src/dataplane/gateway/lambda-proxy.js';
import type { RunningApiGateway } from '../../src/dataplane/gateway/types.js';
import type { InvokeLambda } from '../../src/dataplane/lambda-invoke.js';

/**
 * REST Lambda authorizers through the whole gateway: the authorizer and the backend are both functions the
 * gateway invokes (the backend answers with the `requestContext.authorizer` it received), so each test sees
 * what a client sees and whether the backend or the authorizer ran.
 */
type AuthorizerHandler = (event: Record<string, unknown>) => unknown;

const gateways: RunningApiGateway[] = [];
afterEach(async () => {
  await Promise.all(gateways.splice(0).map((g) => g.close()));
});

const policy = (effect: string, resource: string) => ({
  principalId: 'user-7',
  policyDocument: {
    Version: '2012-10-17',
    Statement: [{ Effect: effect, Action: 'execute-api:Invoke', Resource: resource }],
  },
  context: { tenant: 'acme', tier: 2, admin: false },
});

async function start(
  handler: AuthorizerHandler,
  authorizer: Partial<LambdaAuthorizerConfig> = {},
  kind: 'rest' | 'http' = 'rest',
) {
  const calls = { authorizer: [] as Record<string, unknown>[], backend: 0 };
  let now = 0;
  const invoke: InvokeLambda = async (functionId, event) => {
    if (functionId === 'orders') {
      calls.backend++;
      const context = (event as { requestContext: { authorizer: unknown } }).requestContext.authorizer;
      return { payload: { statusCode: 200, body: JSON.stringify(context) } };
    }
    calls.authorizer.push(event as Record<string, unknown>);
    try {
      return { payload: handler(event as Record<string, unknown>) };
    } catch (error) {
      return { payload: { errorMessage: (error as Error).message }, functionError: 'Unhandled' };
    }
  };
  const integration = { id: 'orders', type: 'AWS_PROXY', functionId: 'orders' } as const;
  const authorization = { authorizerId: 'authz' };
  const gw = await createApiGateway(
    {
      apiId: 'api1',
      kind,
      stageName: 'prod',
      routes: [
        { routeKey: 'GET /orders/{id}', integration, authorization },
        { routeKey: 'POST /orders', integration, authorization },
      ],
      lambdaAuthorizers: [
        {
          id: 'authz',
          type: 'TOKEN',
          functionId: 'authz',
          identitySources: ['method.request.header.Authorization'],
          ...authorizer,
        },
      ],
    },
    { forward: createLambdaProxyForward(invoke), invoke, clock: () => now, log: () => {} },
  );
  gateways.push(gw);
  const send = async (
    path: string,
    headers: Record<string, string> = { authorization: 'tok-1' },
    method = 'GET',
  ) => {
    const res = await fetch(`${gw.baseUrl}${path}`, { method, headers });
    return { status: res.status, errorType: res.headers.get('x-amzn-errortype'), body: await res.text() };
  };
  return { send, calls, advance: (ms: number) => (now += ms) };
}

const ORDERS = 'arn:aws:execute-api:us-east-1:000000000000:api1/prod/GET/orders/*';

describe('REST TOKEN authorizer', () => {
  it('an Allow for the method ARN lets the request through with principalId and context (as strings) at the backend', async () => {
    const { send, calls } = await start(() => policy('Allow', ORDERS));
    const res = await send('/orders/42');
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({
      principalId: 'user-7',
      tenant: 'acme',
      tier: '2',
      admin: 'false',
    });
    expect(calls.authorizer).toEqual([
      {
        type: 'TOKEN',
        authorizationToken: 'tok-1',
        methodArn: 'arn:aws:execute-api:us-east-1:000000000000:api1/prod/GET/orders/42',
      },
    ]);
  });

  it('a policy without a matching Allow is 403 AccessDenied; an explicit Deny says so; neither reaches the backend', async () => {
    const denied = await start(() => policy('Allow', 'arn:aws:execute-api:*:*:api1/prod/POST/*'));
    expect(await denied.send('/orders/1')).toEqual({
      status: 403,
      errorType: 'AccessDeniedException',
      body: '{"Message":"User is not authorized to access this resource"}',
    });
    const explicit = await start(() => policy('Deny', '*'));
    expect(await explicit.send('/orders/1')).toEqual({
      status: 403,
      errorType: 'AccessDeniedException',
      body: '{"Message":"User is not authorized to access this resource with an explicit deny"}',
    });
    expect(denied.calls.backend + explicit.calls.backend).toBe(0);
  });

  it("the function's Unauthorized error is 401; any other failure or a non-flat context is 500 with a null message", async () => {
    const unauthorized = await start(() => {
      throw new Error('Unauthorized');
    });
    expect(await unauthorized.send('/orders/1')).toEqual({
      status: 401,
      errorType: 'UnauthorizedException',
      body: '{"message":"Unauthorized"}',
    });
    const crashed = await start(() => {
      throw new Error('boom');
    });
    const failure = { status: 500, errorType: 'AuthorizerConfigurationException', body: '{"message": null}' };
    expect(await crashed.send('/orders/1')).toEqual(failure);
    const nested = await start(() => ({ ...policy('Allow', '*'), context: { user: { id: 1 } } }));
    expect(await nested.send('/orders/1')).toEqual(failure);
    const noPolicy = await start(() => ({ principalId: 'x' }));
    expect(await noPolicy.send('/orders/1')).toEqual(failure);
  });

  it('a missing token, or one the validation expression refuses, is 401 without invoking the function', async () => {
    const { send, calls } = await start(() => policy('Allow', '*'), {
      identityValidationExpression: '^Bearer [-0-9a-zA-Z._]+$',
    });
    expect((await send('/orders/1', {})).status).toBe(401);
    expect((await send('/orders/1', { authorization: 'Basic abc' })).status).toBe(401);
    expect(calls.authorizer).toHaveLength(0);
    expect((await send('/orders/1', { authorization: 'Bearer abc.def' })).status).toBe(200);
    expect(calls.authorizer).toHaveLength(1);
  });

  it('caches the answer per token for the TTL and evaluates the cached policy for each method ARN', async () => {
    const { send, calls, advance } = await start(() => policy('Allow', ORDERS), { resultTtlSeconds: 60 });
    expect((await send('/orders/1')).status).toBe(200);
    expect((await send('/orders/2')).status).toBe(200);
    expect((await send('/orders', { authorization: 'tok-1' }, 'POST')).status).toBe(403);
    expect(calls.authorizer).toHaveLength(1);
    expect((await send('/orders/1', { authorization: 'tok-2' })).status).toBe(200);
    expect(calls.authorizer).toHaveLength(2);
    advance(59_999);
    await send('/orders/1');
    expect(calls.authorizer).toHaveLength(2);
    advance(1);
    await send('/orders/1');
    expect(calls.authorizer).toHaveLength(3);
  });

  it('a TTL of 0 invokes the function on every request', async () => {
    const { send, calls } = await start(() => policy('Allow', '*'), { resultTtlSeconds: 0 });
    await send('/orders/1');
    await send('/orders/1');
    expect(calls.authorizer).toHaveLength(2);
  });
});

describe('REST REQUEST authorizer', () => {
  it('gets the request and caches by every identity source together', async () => {
    const { send, calls } = await start(() => policy('Allow', '*'), {
      type: 'REQUEST',
      identitySources: ['method.request.header.x-tenant', 'method.request.querystring.key'],
    });
    expect((await send('/orders/9?key=k1', { 'x-tenant': 'acme' })).status).toBe(200);
    const event = calls.authorizer[0] as Record<string, unknown>;
    expect(event).toMatchObject({
      type: 'REQUEST',
      methodArn: 'arn:aws:execute-api:us-east-1:000000000000:api1/prod/GET/orders/9',
      resource: '/orders/{id}',
      path: '/orders/9',
      httpMethod: 'GET',
      queryStringParameters: { key: 'k1' },
      pathParameters: { id: '9' },
      requestContext: { apiId: 'api1', stage: 'prod', resourcePath: '/orders/{id}' },
    });
    expect((event.headers as Record<string, string>)['x-tenant']).toBe('acme');
    await send('/orders/9?key=k1', { 'x-tenant': 'acme' });
    expect(calls.authorizer).toHaveLength(1);
    await send('/orders/9?key=k2', { 'x-tenant': 'acme' });
    expect(calls.authorizer).toHaveLength(2);
    expect((await send('/orders/9', { 'x-tenant': 'acme' })).status).toBe(401);
    expect(calls.authorizer).toHaveLength(2);
  });
});

describe('HTTP API Lambda authorizer (payload 2.0)', () => {
  const http = (extra: Partial<LambdaAuthorizerConfig>) => ({
    type: 'REQUEST' as const,
    identitySources: ['$request.header.Authorization'],
    ...extra,
  });

  it('simple responses: isAuthorized lets the request through with its context under authorizer.lambda', async () => {
    const { send, calls } = await start(
      () => ({ isAuthorized: true, context: { tenant: 'acme', tier: 2 } }),
      http({ simpleResponses: true }),
      'http',
    );
    const res = await send('/orders/42?x=1');
    expect([res.status, JSON.parse(res.body)]).toEqual([200, { lambda: { tenant: 'acme', tier: 2 } }]);
    expect(calls.authorizer[0]).toMatchObject({
      version: '2.0',
      type: 'REQUEST',
      routeArn: 'arn:aws:execute-api:us-east-1:000000000000:api1/prod/GET/orders/42',
      identitySource: ['tok-1'],
      routeKey: 'GET /orders/{id}',
      rawPath: '/prod/orders/42',
      rawQueryString: 'x=1',
      pathParameters: { id: '42' },
    });
  });

  it('isAuthorized false is 403 Forbidden; a missing identity source is 401 without invoking', async () => {
    const { send, calls } = await start(
      () => ({ isAuthorized: false }),
      http({ simpleResponses: true }),
      'http',
    );
    expect(await send('/orders/1')).toEqual({
      status: 403,
      errorType: null,
      body: '{"message":"Forbidden"}',
    });
    expect(await send('/orders/1', {})).toEqual({
      status: 401,
      errorType: null,
      body: '{"message":"Unauthorized"}',
    });
    expect(calls.authorizer).toHaveLength(1);
    expect(calls.backend).toBe(0);
  });

  it('IAM policy answers are evaluated against the route ARN and cached per identity source', async () => {
    const { send, calls } = await start(
      () => policy('Allow', 'arn:aws:execute-api:*:*:api1/prod/GET/*'),
      http({ resultTtlSeconds: 30 }),
      'http',
    );
    expect((await send('/orders/1')).status).toBe(200);
    expect((await send('/orders', { authorization: 'tok-1' }, 'POST')).status).toBe(403);
    expect(calls.authorizer).toHaveLength(1);
  });

  it('a simple-response authorizer answering something else fails with 500', async () => {
    const { send } = await start(() => ({ allowed: 'yes' }), http({ simpleResponses: true }), 'http');
    expect(await send('/orders/1')).toEqual({
      status: 500,
      errorType: null,
      body: '{"message":"Internal Server Error"}',
    });
  });
});
