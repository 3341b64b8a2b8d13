/**
 * The mapping-template fixture app (`rest-http-templates`), synthesized by CDK and run in the twin from its
 * template: a non-proxy HTTP integration through VPC link > NLB > ALB > Lambda with a request template and
 * a response template that hides a backend field, and a MOCK whose VTL picks the status.
 */
import { describe, expect, it } from 'vitest';
import { idsOfType, templateOf } from './fixture-apps.js';
import { fixtureAppSuite } from './fixture-suite.js';
import { get } from './twin-driver.js';

const STACK = 'OrdersTemplatesStack';
const suite = fixtureAppSuite('rest-http-templates');

function post(path: string, body: string, headers: Record<string, string> = {}): Promise<Response> {
  const base = suite.app.twin.patterns.get(STACK)?.gateway.baseUrl;
  return fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
}

describe('a REST API with mapping templates (rest-http-templates)', () => {
  it('maps the request, reaches the backend through the chain, and hides the backend field in the answer', async () => {
    const response = await post(
      '/orders/41',
      JSON.stringify({ item: { sku: 'A-1', qty: 2 }, note: 'ring "twice"' }),
      {
        authorization: 'Bearer not-forwarded',
      },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('x-order-version')).toBe('2');
    expect(response.headers.get('x-pik-trace')).toMatch(
      /^gateway:rest > vpclink:v1 > nlb:80 > alb > lambda:OrdersFunction/,
    );
    const order = (await response.json()) as Record<string, unknown>;
    // internalCost is gone; the backend saw the mapped body, the literal header, and no unmapped header.
    expect(order).toEqual({
      id: '41',
      item: { sku: 'A-1', qty: 2 },
      catalog: 'spring-2027',
      note: 'ring "twice"',
      tenant: 'acme',
      sawAuthorization: '',
    });
  });

  it('selects the 404 integration response by the backend status', async () => {
    const response = await post('/orders/missing', '{}');
    expect([response.status, await response.text()]).toEqual([404, '{"message": "no order missing"}']);
  });

  it('refuses a content type without a template (passthrough NEVER) with 415', async () => {
    const response = await post('/orders/41', 'a,b', { 'content-type': 'text/csv' });
    expect([response.status, await response.text()]).toEqual([415, '{"message": "Unsupported Media Type"}']);
  });

  it('answers the VTL MOCK by the query string', async () => {
    const ok = await get(suite.app.twin, STACK, '/quote?qty=3');
    expect([ok.status, JSON.parse(ok.body)]).toEqual([200, { qty: 3, total: 3, stage: 'prod' }]);
    const missing = await get(suite.app.twin, STACK, '/quote');
    expect([missing.status, missing.body]).toEqual([400, '{"message": "qty is required"}']);
  });

  it('lists none of its methods as not emulated', () => {
    const methods = idsOfType(templateOf(suite.cdkOut, STACK), 'AWS::ApiGateway::Method');
    expect(methods).toHaveLength(2);
    for (const id of methods) expect(suite.app.listing).not.toContain(id);
  });
});
