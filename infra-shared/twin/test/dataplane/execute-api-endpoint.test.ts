import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiGateway } from '../../src/dataplane/gateway/api-gateway.js';
import { createExecuteApiEndpoint } from '../../src/dataplane/gateway/execute-api-endpoint.js';
import { createLambdaProxyForward } from '../../src/dataplane/gateway/lambda-proxy.js';
import type { RunningApiGateway } from '../../src/dataplane/gateway/types.js';
import type { RunningComponent } from '../../src/dataplane/http-util.js';
import type { InvokeLambda } from '../../src/dataplane/lambda-invoke.js';

/**
 * A private REST API behind the twin's execute-api endpoints: requests sent with the `Host` a client would
 * send, through the endpoint or straight at the gateway's port, to a backend function that echoes the path
 * it was given (so each test sees whether, and with what path, the API ran).
 */
const ENDPOINT = 'vpce-0a1b2c3d';
const OTHER_ENDPOINT = 'vpce-9f8e7d6c';
const TOKEN = 'twin-stamp-secret';
const anyone = { Effect: 'Allow', Principal: '*', Action: 'execute-api:Invoke', Resource: 'execute-api:/*' };
// The kit's policy (`privateApiPolicy` in @pik/cdk-constructs): deny unless through ENDPOINT, then allow.
const kitPolicy = {
  Statement: [
    { ...anyone, Effect: 'Deny', Condition: { StringNotEquals: { 'aws:SourceVpce': ENDPOINT } } },
    anyone,
  ],
};

let gateway: RunningApiGateway;
let endpoint: RunningComponent;
let otherEndpoint: RunningComponent;
const backendPaths: string[] = [];

beforeAll(async () => {
  const invoke: InvokeLambda = async (_fn, event) => {
    backendPaths.push((event as { path: string }).path);
    return { payload: { statusCode: 200, body: (event as { path: string }).path } };
  };
  const integration = { id: 'orders', type: 'AWS_PROXY', functionId: 'orders' } as const;
  gateway = await createApiGateway(
    {
      apiId: 'a1b2c3d4e5',
      kind: 'rest',
      stageName: 'v1',
      routes: [{ routeKey: 'ANY /orders/{proxy+}', integration }],
      resourcePolicy: kitPolicy,
      traceSegment: 'gateway:rest(private)',
    },
    {
      forward: createLambdaProxyForward(invoke),
      log: () => {},
      privateEndpoints: {
        token: TOKEN,
        vpcByEndpoint: new Map([
          [ENDPOINT, 'vpc-1'],
          [OTHER_ENDPOINT, 'vpc-2'],
        ]),
      },
    },
  );
  const apis = [{ apiId: 'a1b2c3d4e5', port: gateway.port }];
  const domains = [{ domainName: 'api.example.com', basePath: 'v1', apiId: 'a1b2c3d4e5', stage: 'v1' }];
  endpoint = await createExecuteApiEndpoint({ endpointId: ENDPOINT, apis, domains, stampToken: TOKEN });
  otherEndpoint = await createExecuteApiEndpoint({ endpointId: OTHER_ENDPOINT, apis, stampToken: TOKEN });
});
afterAll(async () => {
  await Promise.all([gateway?.close(), endpoint?.close(), otherEndpoint?.close()]);
});

/** One GET with the given headers (Host included, which fetch will not set). */
function get(port: number, path: string, headers: Record<string, string>) {
  return new Promise<{ status: number; body: string; trace: string | undefined }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => {
        body += c.toString();
      });
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          body,
          trace: res.headers['x-pik-trace'] as string | undefined,
        }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('private REST API through the execute-api endpoint', () => {
  it('routes the Host of an associated private custom domain to its API, base path mapped to the stage', async () => {
    const res = await get(endpoint.port, '/v1/orders/7', { host: 'api.example.com' });
    expect(res.status).toBe(200);
    expect(res.body).toBe('/orders/7');
    expect(res.trace).toBe('vpce:execute-api > gateway:rest(private) > lambda:orders');
  });

  it("finds the API by its execute-api host name or the x-apigw-api-id header (the header route's fallback)", async () => {
    const byHost = await get(endpoint.port, '/v1/orders/8', {
      host: 'a1b2c3d4e5.execute-api.us-east-1.amazonaws.com',
    });
    expect([byHost.status, byHost.body]).toEqual([200, '/orders/8']);
    const byHeader = await get(endpoint.port, '/v1/orders/9', {
      host: 'anything.local',
      'x-apigw-api-id': 'a1b2c3d4e5',
    });
    expect([byHeader.status, byHeader.body]).toEqual([200, '/orders/9']);
  });

  it('answers 403 Forbidden for a Host that names no API (the trap of an ALB forwarding the client Host)', async () => {
    const before = backendPaths.length;
    const res = await get(endpoint.port, '/v1/orders/7', { host: 'www.example.org' });
    expect([res.status, JSON.parse(res.body)]).toEqual([403, { message: 'Forbidden' }]);
    // A domain the endpoint has no access association with is no API for it either.
    const unassociated = await get(otherEndpoint.port, '/v1/orders/7', { host: 'api.example.com' });
    expect(unassociated.status).toBe(403);
    expect(backendPaths.length).toBe(before);
  });

  it('answers 403 Forbidden to a request that did not come through an endpoint, even with a forged stamp', async () => {
    const direct = await get(gateway.port, '/v1/orders/7', {
      host: 'a1b2c3d4e5.execute-api.us-east-1.amazonaws.com',
    });
    expect([direct.status, JSON.parse(direct.body)]).toEqual([403, { message: 'Forbidden' }]);
    const forged = await get(gateway.port, '/v1/orders/7', { 'x-pik-source-vpce': `guess:${ENDPOINT}` });
    expect(forged.status).toBe(403);
  });

  it("the resource policy refuses another endpoint of the account with API Gateway's explicit-deny message", async () => {
    const res = await get(otherEndpoint.port, '/v1/orders/7', { 'x-apigw-api-id': 'a1b2c3d4e5', host: 'x' });
    expect(res.status).toBe(403);
    expect(JSON.parse(res.body).message).toBe(
      'User: anonymous is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:us-east-1:000000000000:a1b2c3d4e5/v1/GET/orders/7 with an explicit deny',
    );
  });
});
