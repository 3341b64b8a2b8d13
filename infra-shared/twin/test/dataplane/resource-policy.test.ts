import { afterEach, describe, expect, it } from 'vitest';
import type { ConditionContext } from '../../src/dataplane/auth/iam-conditions.js';
import { createApiGateway } from '../../src/dataplane/gateway/api-gateway.js';
import type { ApiGatewayDeps } from '../../src/dataplane/gateway/gateway-deps.js';
import { createLambdaProxyForward } from '../../src/dataplane/gateway/lambda-proxy.js';
import type { ApiGatewayConfig, RunningApiGateway } from '../../src/dataplane/gateway/types.js';
import type { InvokeLambda } from '../../src/dataplane/lambda-invoke.js';

/**
 * A REST API's resource policy through the whole gateway: a real request on 127.0.0.1 (so `aws:SourceIp`
 * is 127.0.0.1), the backend a function that counts its calls, so each test sees what a client sees and
 * whether the backend ran.
 */
const gateways: RunningApiGateway[] = [];
afterEach(async () => {
  await Promise.all(gateways.splice(0).map((g) => g.close()));
});

const anyone = { Effect: 'Allow', Principal: '*', Action: 'execute-api:Invoke', Resource: 'execute-api:/*' };
const integration = { id: 'orders', type: 'AWS_PROXY', functionId: 'orders' } as const;

async function start(
  resourcePolicy: unknown,
  extra: Partial<ApiGatewayConfig> = {},
  deps: Partial<ApiGatewayDeps> = {},
  authorizerAllows = true,
) {
  const calls = { backend: 0, authorizer: 0 };
  const invoke: InvokeLambda = async (functionId) => {
    if (functionId === 'authz') {
      calls.authorizer++;
      return { payload: { principalId: 'u', policyDocument: authorizerPolicy(authorizerAllows) } };
    }
    calls.backend++;
    return { payload: { statusCode: 200, body: 'ok' } };
  };
  const gw = await createApiGateway(
    {
      apiId: 'api1',
      kind: 'rest',
      stageName: 'prod',
      routes: [
        { routeKey: 'GET /orders/{id}', integration },
        { routeKey: 'GET /admin', integration },
      ],
      resourcePolicy,
      ...extra,
    },
    { forward: createLambdaProxyForward(invoke), invoke, log: () => {}, ...deps },
  );
  gateways.push(gw);
  const send = async (path: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${gw.baseUrl}${path}`, { headers });
    return { status: res.status, errorType: res.headers.get('x-amzn-errortype'), body: await res.text() };
  };
  return { send, calls };
}

function authorizerPolicy(allow: boolean) {
  return {
    Statement: [{ Effect: allow ? 'Allow' : 'Deny', Action: 'execute-api:Invoke', Resource: '*' }],
  };
}

const ARN = 'arn:aws:execute-api:us-east-1:000000000000:api1/prod';

describe('REST resource policy in the gateway', () => {
  it('allows what the policy allows and answers an implicit deny with 403 and API Gateway message', async () => {
    const { send, calls } = await start({
      Statement: [{ ...anyone, Resource: 'execute-api:/prod/GET/orders/*' }],
    });
    expect((await send('/orders/7')).status).toBe(200);
    const denied = await send('/admin');
    expect(denied.status).toBe(403);
    expect(denied.errorType).toBe('AccessDeniedException');
    expect(JSON.parse(denied.body)).toEqual({
      message: `User: anonymous is not authorized to perform: execute-api:Invoke on resource: ${ARN}/GET/admin`,
    });
    expect(calls.backend).toBe(1);
  });

  it('an explicit Deny on the caller address wins and says so', async () => {
    const denyLoopback = {
      ...anyone,
      Effect: 'Deny',
      Condition: { IpAddress: { 'aws:SourceIp': '127.0.0.0/8' } },
    };
    const { send, calls } = await start({ Statement: [anyone, denyLoopback] });
    const denied = await send('/orders/7');
    expect(denied.status).toBe(403);
    expect(JSON.parse(denied.body).message).toBe(
      `User: anonymous is not authorized to perform: execute-api:Invoke on resource: ${ARN}/GET/orders/7 with an explicit deny`,
    );
    expect(calls.backend).toBe(0);
    const elsewhere = { ...denyLoopback, Condition: { IpAddress: { 'aws:SourceIp': '192.0.2.0/24' } } };
    expect((await (await start({ Statement: [anyone, elsewhere] })).send('/orders/7')).status).toBe(200);
  });

  it('reads the condition keys the deployment gives it (a private API behind an endpoint)', async () => {
    const onlyEndpoint = {
      Statement: [
        { ...anyone, Effect: 'Deny', Condition: { StringNotEquals: { 'aws:SourceVpce': 'vpce-1' } } },
        anyone,
      ],
    };
    const stamped = (vpce: string | undefined): ConditionContext =>
      new Map(vpce ? [['aws:sourcevpce', vpce]] : []);
    let vpce: string | undefined = 'vpce-1';
    const { send } = await start(onlyEndpoint, {}, { conditionKeys: () => stamped(vpce) });
    expect((await send('/orders/1')).status).toBe(200);
    vpce = 'vpce-2';
    expect((await send('/orders/1')).status).toBe(403);
    vpce = undefined;
    expect((await send('/orders/1')).status).toBe(403);
  });

  // apigateway-authorization-flow, "Lambda authorizer and resource policy": an explicit deny in the policy
  // refuses before the authorizer is called; otherwise the authorizer's policy decides with it.
  it('with a Lambda authorizer: an explicit deny stops the request before the authorizer runs', async () => {
    const lambdaRoute = {
      routes: [{ routeKey: 'GET /orders/{id}', integration, authorization: { authorizerId: 'authz' } }],
      lambdaAuthorizers: [
        {
          id: 'authz',
          type: 'TOKEN',
          functionId: 'authz',
          identitySources: ['method.request.header.Authorization'],
        },
      ] as ApiGatewayConfig['lambdaAuthorizers'],
    };
    const token = { authorization: 'tok' };
    const neither = { Statement: [{ ...anyone, Resource: 'execute-api:/prod/POST/*' }] };
    const allowed = await start(neither, lambdaRoute);
    expect((await allowed.send('/orders/1', token)).status).toBe(200);
    expect(allowed.calls.authorizer).toBe(1);
    const refusedByAuthorizer = await start(neither, lambdaRoute, {}, false);
    expect((await refusedByAuthorizer.send('/orders/1', token)).status).toBe(403);
    const deny = { Statement: [{ ...anyone, Effect: 'Deny' }] };
    const denied = await start(deny, lambdaRoute);
    const res = await denied.send('/orders/1', token);
    expect(res.status).toBe(403);
    expect(res.body).toMatch(/with an explicit deny/);
    expect(denied.calls.authorizer).toBe(0);
  });

  it('refuses to start on a policy it cannot evaluate, or one on an HTTP API', async () => {
    await expect(start({ Statement: [{ ...anyone, Principal: undefined }] })).rejects.toThrow(/Principal/);
    await expect(start({ Statement: [anyone] }, { kind: 'http' })).rejects.toThrow(/REST APIs only/);
  });
});
