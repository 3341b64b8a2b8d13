/**
 * The OpenAPI round trip (`rest-openapi-roundtrip`): the CDK-built REST API is exported by the function
 * behind `pik openapi export`, the document passes the OpenAPI parser, a `SpecRestApi` is synthesized from
 * it alone, and the twin serves both APIs: the same requests get the same status, body and hop trace (so
 * the same integrations) from each.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportOpenApi } from '../../src/openapi/export.js';
import { expectValidOpenApi } from '../openapi/openapi-validate.js';
import { idsOfType, templateOf } from './fixture-apps.js';
import { fixtureAppSuite } from './fixture-suite.js';

const ORIGINAL = 'OrdersOriginalStack';
const FROM_OPENAPI = 'OrdersFromOpenApiStack';
const suite = fixtureAppSuite('rest-openapi-roundtrip');

interface Seen {
  status: number;
  body: string;
  trace: string | null;
}

async function send(stack: string, path: string, init: RequestInit = {}): Promise<Seen> {
  const base = suite.app.twin.patterns.get(stack)?.gateway.baseUrl.replace(/\/$/, '');
  if (!base) throw new Error(`${stack} is not running`);
  const response = await fetch(`${base}${path}`, init);
  return { status: response.status, body: await response.text(), trace: response.headers.get('x-pik-trace') };
}

const json = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

const REQUESTS: [string, string, RequestInit?][] = [
  ['list through Lambda proxy', '/orders'],
  ['greedy path through Lambda proxy', '/orders/41/lines'],
  ['a valid body passes the model', '/orders', json({ sku: 'A-1', qty: 2 })],
  ['an invalid body gets the custom gateway response', '/orders', json({ sku: 'A-1', qty: 0 })],
  ['VPC link > NLB > ALB > Lambda', '/catalog/lamp'],
  ['the VTL MOCK', '/health'],
  ['no such resource', '/nothing'],
];

describe('OpenAPI round trip: export, SpecRestApi, same answers', () => {
  it('exports a valid OpenAPI 3.0 document, the one the SpecRestApi was built from', async () => {
    const used = JSON.parse(readFileSync(join(suite.cdkOut, `${ORIGINAL}.openapi.json`), 'utf8'));
    // The app exported a copy of the original synthesized on its own: the same as exporting this assembly's.
    expect(exportOpenApi(templateOf(suite.cdkOut, ORIGINAL), { stage: 'prod' }).document).toEqual(used);
    await expectValidOpenApi(used);
    const template = templateOf(suite.cdkOut, FROM_OPENAPI);
    expect(idsOfType(template, 'AWS::ApiGateway::Method')).toEqual([]);
    const [apiId] = idsOfType(template, 'AWS::ApiGateway::RestApi');
    expect(template.Resources?.[apiId as string]?.Properties?.Body).toBeDefined();
  });

  it.each(REQUESTS)('%s: the same status, body and trace from both APIs', async (_name, path, init) => {
    const original = await send(ORIGINAL, path, init);
    const imported = await send(FROM_OPENAPI, path, init);
    expect(imported).toEqual(original);
  });

  it('answers as the original API was built to (so the comparison above compares real answers)', async () => {
    const created = await send(FROM_OPENAPI, '/orders', json({ sku: 'A-1', qty: 2 }));
    expect(created.status).toBe(201);
    expect(JSON.parse(created.body)).toMatchObject({ method: 'POST', body: { sku: 'A-1', qty: 2 } });
    expect(created.trace).toMatch(/^gateway:rest > lambda:OrdersFunction/);
    const rejected = await send(FROM_OPENAPI, '/orders', json({ sku: 'A-1', qty: 0 }));
    expect([rejected.status, rejected.body]).toEqual([422, '{"message": "order rejected"}']);
    const catalog = await send(FROM_OPENAPI, '/catalog/lamp');
    expect(JSON.parse(catalog.body)).toEqual({ item: 'lamp', source: 'alb-lambda' });
    expect(catalog.trace).toMatch(/^gateway:rest > vpclink:v1 > nlb:80 > alb > lambda:CatalogFunction/);
    const health = await send(FROM_OPENAPI, '/health');
    expect([health.status, JSON.parse(health.body)]).toEqual([200, { healthy: true, stage: 'prod' }]);
  });

  it('lists none of the imported API as not emulated', () => {
    expect(suite.app.listing).not.toMatch(/OrdersApi\w*Body\w+/);
  });
});
