/**
 * The custom-domains fixture app (two REST APIs and an HTTP API behind two Regional custom domain names,
 * with base path mappings, a multi-level API mapping and routing rules) driven through the twin: each
 * domain's listener routes by Host, rules in priority order before mappings, the longest base path, and
 * answers API Gateway's 403 for anything unmapped.
 */
import { describe, expect, it } from 'vitest';
import { send } from '../dataplane/helpers.js';
import { idsOfType, templateOf } from './fixture-apps.js';
import { fixtureAppSuite } from './fixture-suite.js';

const STACK = 'DomainsStack';
const suite = fixtureAppSuite('custom-domains');

/** GET `path` on a domain's listener with `Host: host` (and extra headers); the API that answered. */
async function call(domain: string, path: string, headers: Record<string, string> = {}, host = domain) {
  const running = suite.app.twin.customDomains.find((d) => d.domainName === domain);
  if (!running) throw new Error(`no listener for ${domain}: ${suite.app.listing}`);
  const reply = await send(running.component.port, path, { headers: { host, ...headers } });
  const api = reply.status === 200 ? (JSON.parse(reply.body) as { api: string }).api : undefined;
  return { status: reply.status, body: reply.body, api, trace: reply.headers['x-pik-trace'] };
}

describe('custom domain names in front of REST and HTTP APIs (custom-domains)', () => {
  it('starts one listener per domain and says how to call it', () => {
    expect(suite.app.twin.customDomains.map((d) => d.domainName).sort()).toEqual([
      'api.example.com',
      'status.example.com',
    ]);
    expect(suite.app.listing).toMatch(
      /custom domain api\.example\.com: http:\/\/127\.0\.0\.1:\d+ \(send Host: api\.example\.com; 3 routing rules, 3 mappings\)/,
    );
  });

  it('routes by base path: the root mapping, a base path mapping and the longest multi-level mapping', async () => {
    const root = await call('api.example.com', '/whoami');
    expect([root.status, root.api, root.trace]).toEqual([
      200,
      'OrdersV1',
      'domain:api.example.com > gateway:rest',
    ]);
    expect((await call('api.example.com', '/v2/whoami')).api).toBe('OrdersV2');
    expect((await call('api.example.com', '/orders/v2/whoami')).api).toBe('OrdersV2');
    // `orders/v2x` is no whole-segment match: the root mapping gets /orders/v2x/whoami, a missing resource.
    expect((await call('api.example.com', '/orders/v2x/whoami')).status).toBe(403);
  });

  it('evaluates routing rules before mappings, in priority order; header names ignore case, values do not', async () => {
    expect((await call('api.example.com', '/whoami', { 'X-Version': 'beta1' })).api).toBe('OrdersV2');
    expect((await call('api.example.com', '/whoami', { 'x-version': 'Beta1' })).api).toBe('OrdersV1');
    // Both rule 5 (`*-pinned`) and rule 10 (`beta*`) match: 5 is evaluated first.
    expect((await call('api.example.com', '/whoami', { 'x-version': 'beta-pinned' })).api).toBe('OrdersV1');
    // Rule 10 wins over the `v2` mapping too: rules come first.
    expect((await call('api.example.com', '/v2/whoami', { 'x-version': 'beta' })).status).toBe(403);
  });

  it("strips a rule's base path when the rule says so", async () => {
    const legacy = await call('api.example.com', '/legacy/whoami');
    expect([legacy.status, legacy.api]).toEqual([200, 'OrdersV1']);
  });

  it('answers 403 {"message":"Forbidden"} for an unmapped path and for another Host', async () => {
    const status = await call('status.example.com', '/status/ping');
    expect([status.status, status.api]).toEqual([200, 'Status']);
    for (const answer of [
      await call('status.example.com', '/ping'),
      await call('status.example.com', '/statusx'),
      await call('api.example.com', '/whoami', {}, 'other.example.com'),
    ]) {
      expect([answer.status, answer.body]).toEqual([403, '{"message":"Forbidden"}']);
    }
  });

  it('runs the domains, mappings and rules instead of listing them; certificate and DNS are listed with why', () => {
    const template = templateOf(suite.cdkOut, STACK);
    for (const type of [
      'AWS::ApiGateway::DomainName',
      'AWS::ApiGateway::BasePathMapping',
      'AWS::ApiGatewayV2::ApiMapping',
      'AWS::ApiGatewayV2::RoutingRule',
      'AWS::ApiGatewayV2::DomainName',
    ]) {
      expect(idsOfType(template, type).length, type).toBeGreaterThan(0);
      expect(suite.app.listing, type).not.toContain(type);
    }
    expect(suite.app.listing).toContain('certificates: custom domains are served over plain HTTP');
  });
});
