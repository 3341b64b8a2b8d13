/**
 * The kit's REST pattern with auth: 'lambda' synthesized and run in the twin from its template: the kit's
 * authorizer bundle runs in the twin's Lambda runtime and verifies tokens of the local Cognito-shaped
 * issuer against its key set; API Gateway maps the authorizer's context onto the backend request.
 */
import { CACHE_TRACE_SEGMENTS, PIK_HEADERS } from '@pik/contracts';
import { describe, expect, it } from 'vitest';
import { fixtureAppSuite } from './fixture-suite.js';

const STACK = 'rest-vpclinkv2-alb';
const suite = fixtureAppSuite('rest-pattern-lambda-auth');

function running() {
  const pattern = suite.app.twin.patterns.get(STACK);
  if (!pattern?.issuer || !pattern.clients[0]) throw new Error(`${STACK} runs without a token issuer`);
  return { pattern, issuer: pattern.issuer, client: pattern.clients[0] };
}

async function getOrder(headers: Record<string, string> = {}) {
  const response = await fetch(`${running().pattern.gateway.baseUrl}/orders/o-1`, { headers });
  return { status: response.status, body: await response.text() };
}

describe("a REST pattern with auth: 'lambda' in the twin", () => {
  it("lets a valid pool token through and the caller's sub and scope reach the backend, not a client's forgery", async () => {
    const { issuer, client } = running();
    const token = await issuer.mint({ clientId: client.clientId, scopes: ['pik/invoke'] });
    const allowed = await getOrder({ authorization: token, 'x-pik-auth-sub': 'mallory' });
    expect(allowed.status).toBe(200);
    expect(JSON.parse(allowed.body)).toMatchObject({
      sub: client.clientId,
      scope: 'pik/invoke',
      authorizer: null,
    });
    expect((await getOrder({ authorization: `Bearer ${token}` })).status).toBe(200);
  });

  it('answers 401 without a token, for a token signed by another key and for one past its expiry', async () => {
    const { issuer, client } = running();
    const unauthorized = { status: 401, body: '{"message":"Unauthorized"}' };
    expect(await getOrder()).toEqual(unauthorized);
    const forged = await issuer.mint({
      clientId: client.clientId,
      scopes: ['pik/invoke'],
      signWithForeignKey: true,
    });
    expect(await getOrder({ authorization: forged })).toEqual(unauthorized);
    const expired = await issuer.mint({
      clientId: client.clientId,
      scopes: ['pik/invoke'],
      expiresInSeconds: -60,
    });
    expect(await getOrder({ authorization: expired })).toEqual(unauthorized);
  });

  it("answers 403 with API Gateway's explicit-deny body for a valid token without the scope", async () => {
    const { issuer, client } = running();
    const token = await issuer.mint({ clientId: client.clientId, scopes: [] });
    expect(await getOrder({ authorization: token })).toEqual({
      status: 403,
      body: '{"Message":"User is not authorized to access this resource with an explicit deny"}',
    });
  });
});

describe('the same REST pattern with the API cache and request validation too: the three features in one template', () => {
  async function call(path: string, init: RequestInit = {}) {
    const { issuer, client, pattern } = running();
    const token = await issuer.mint({ clientId: client.clientId, scopes: ['pik/invoke'] });
    const response = await fetch(`${pattern.gateway.baseUrl}${path}`, {
      ...init,
      headers: { authorization: token, 'content-type': 'application/json', ...init.headers },
    });
    const text = await response.text();
    return { status: response.status, trace: response.headers.get(PIK_HEADERS.trace) ?? '', text };
  }
  const callsOf = (text: string) => (JSON.parse(text) as { calls: number }).calls;

  it('authorizes, then answers a repeated GET from the cache without calling the backend', async () => {
    const first = await call('/orders/o-cached');
    expect(first.status).toBe(200);
    expect(first.trace).toContain(CACHE_TRACE_SEGMENTS.miss);
    const second = await call('/orders/o-cached');
    expect(second.status).toBe(200);
    expect(second.trace).toContain(CACHE_TRACE_SEGMENTS.hit);
    expect(callsOf(second.text)).toBe(callsOf(first.text));
    expect((await call('/orders/o-cached', { headers: { authorization: 'not-a-token' } })).status).toBe(401);
  });

  it('refuses an invalid create body at the gateway (400, backend not called) after authorizing it', async () => {
    const before = callsOf((await call('/orders/o-count-before')).text);
    const invalid = await call('/orders', { method: 'POST', body: JSON.stringify({ unexpected: true }) });
    expect(invalid).toMatchObject({ status: 400, text: '{"message": "Invalid request body"}' });
    const after = callsOf((await call('/orders/o-count-after')).text);
    expect(after).toBe(before + 1);
  });
});

describe("an HTTP API pattern with auth: 'lambda' in the twin (same fixture app)", () => {
  async function getOrders(authorization?: string) {
    const pattern = suite.app.twin.patterns.get('http-lambda-baseline');
    const response = await fetch(`${pattern?.gateway.baseUrl}/orders`, {
      headers: authorization ? { authorization } : {},
    });
    return { status: response.status, body: await response.text() };
  }

  it('passes a valid Bearer token with the caller in requestContext.authorizer.lambda; 403 for a forged one, 401 without', async () => {
    const pattern = suite.app.twin.patterns.get('http-lambda-baseline');
    const client = pattern?.clients[0];
    if (!pattern?.issuer || !client) throw new Error('http-lambda-baseline runs without a token issuer');
    const token = await pattern.issuer.mint({ clientId: client.clientId, scopes: ['pik/invoke'] });
    const allowed = await getOrders(`Bearer ${token}`);
    expect(allowed.status).toBe(200);
    expect(JSON.parse(allowed.body).authorizer).toEqual({
      sub: client.clientId,
      scope: 'pik/invoke',
      clientId: client.clientId,
    });
    const forged = await pattern.issuer.mint({
      clientId: client.clientId,
      scopes: ['pik/invoke'],
      signWithForeignKey: true,
    });
    expect(await getOrders(`Bearer ${forged}`)).toEqual({ status: 403, body: '{"message":"Forbidden"}' });
    expect((await getOrders()).status).toBe(401);
  });
});
