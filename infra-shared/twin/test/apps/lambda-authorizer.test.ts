/**
 * The Lambda TOKEN authorizer fixture app, synthesized by CDK and driven end to end through the twin: the
 * authorizer function runs in the twin's Lambda runtime, its policy decides, and its context reaches the
 * backend function.
 */
import { describe, expect, it } from 'vitest';
import { fixtureAppSuite } from './fixture-suite.js';

const STACK = 'LambdaAuthorizerStack';
const suite = fixtureAppSuite('rest-lambda-authorizer');

async function getOrder(authorization?: string) {
  const base = suite.app.twin.patterns.get(STACK)?.gateway.baseUrl;
  const response = await fetch(`${base}/orders/7`, { headers: authorization ? { authorization } : {} });
  return { status: response.status, body: await response.text() };
}

describe('a REST API guarded by a Lambda TOKEN authorizer (rest-lambda-authorizer)', () => {
  it("reads the authorizer's function, identity source, validation expression and TTL from the template", () => {
    const [authorizer] = suite.app.twin.patterns.get(STACK)?.topology.api.lambdaAuthorizers ?? [];
    expect(authorizer).toMatchObject({
      type: 'TOKEN',
      functionId: expect.stringMatching(/^TokenCheck/),
      identitySources: ['method.request.header.Authorization'],
      identityValidationExpression: '^Bearer [a-z]+$',
      resultTtlSeconds: 60,
    });
  });

  it("allows the authorizer's Allow and hands its principal and context to the backend", async () => {
    const allowed = await getOrder('Bearer good');
    expect(allowed.status).toBe(200);
    expect(JSON.parse(allowed.body)).toEqual({ principalId: 'user-7', tenant: 'acme', tier: '2' });
  });

  it('answers 403 for its explicit Deny, 401 for its Unauthorized error and for a token the regex refuses', async () => {
    expect(await getOrder('Bearer deny')).toEqual({
      status: 403,
      body: '{"Message":"User is not authorized to access this resource with an explicit deny"}',
    });
    expect(await getOrder('Bearer other')).toEqual({ status: 401, body: '{"message":"Unauthorized"}' });
    expect((await getOrder('Basic abc')).status).toBe(401);
    expect((await getOrder()).status).toBe(401);
  });
});

describe('an HTTP API guarded by a Lambda authorizer with simple responses (same fixture app)', () => {
  async function getJobs(authorization?: string) {
    const base = suite.app.twin.patterns.get('HttpLambdaAuthorizerStack')?.gateway.baseUrl;
    const response = await fetch(`${base}/jobs`, { headers: authorization ? { authorization } : {} });
    return { status: response.status, body: await response.text() };
  }

  it('passes an authorized request with its context under authorizer.lambda, refuses others with 403 and 401', async () => {
    const allowed = await getJobs('good');
    expect([allowed.status, JSON.parse(allowed.body)]).toEqual([200, { lambda: { tenant: 'acme' } }]);
    expect(await getJobs('bad')).toEqual({ status: 403, body: '{"message":"Forbidden"}' });
    expect((await getJobs()).status).toBe(401);
  });
});
