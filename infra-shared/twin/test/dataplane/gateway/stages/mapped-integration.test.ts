/**
 * The REST `HTTP` (non-proxy) integration stage over the twin's real HTTP forwarder and a local backend:
 * what the backend receives (mapped body, only mapped headers and query values, URI path from the mapped
 * path value) and what the client gets (the selected integration response rendered).
 * Pages: "Set up an integration request in API Gateway" / "Integration responses for REST APIs"
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-integration-settings-integration-response.html).
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RouteTable } from '../../../../src/dataplane/gateway/route-table.js';
import { mappedIntegrationStage } from '../../../../src/dataplane/gateway/stages/mapped-integration.js';
import { responseStage } from '../../../../src/dataplane/gateway/stages/response.js';
import { routeMatchStage } from '../../../../src/dataplane/gateway/stages/route-match.js';
import type { IntegrationConfig } from '../../../../src/dataplane/gateway/types.js';
import { createHttpForwarder, type HttpForwarder } from '../../../../src/dataplane/http-forwarder.js';
import { requestContext } from '../request-context.js';

interface Received {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

let backend: Server;
let forwarder: HttpForwarder;
const received: Received[] = [];

beforeAll(async () => {
  backend = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString(),
      });
      const missing = req.url?.startsWith('/pets/404');
      res.writeHead(missing ? 404 : 200, { 'content-type': 'application/json', 'x-backend-version': '3' });
      res.end(missing ? '{"error":"no such pet"}' : '{"id":7,"type":"dog","ownerSsn":"123-45-6789"}');
    });
  });
  await new Promise<void>((resolve) => backend.listen(0, '127.0.0.1', resolve));
  const port = (backend.address() as AddressInfo).port;
  forwarder = createHttpForwarder(() => ({ host: '127.0.0.1', port, hops: [] }));
});

afterAll(async () => {
  forwarder.close();
  await new Promise((resolve) => backend.close(resolve));
});

const integration: IntegrationConfig = {
  id: 'PetsGet',
  type: 'HTTP',
  uri: 'http://pets.internal/pets/{id}',
  integrationHttpMethod: 'POST',
  requestParameters: {
    'integration.request.path.id': 'method.request.path.petId',
    'integration.request.header.x-caller': 'method.request.header.x-user',
    'integration.request.querystring.view': "'full'",
  },
  mapping: {
    requestTemplates: {
      'application/json': `{"petId": "$input.params('petId')", "note": "$util.escapeJavaScript($input.path('$.note'))"}`,
    },
    passthroughBehavior: 'WHEN_NO_TEMPLATES',
    integrationResponses: [
      {
        statusCode: '200',
        responseTemplates: {
          'application/json': `#set($pet = $input.path('$')){"id": $pet.id, "type": "$pet.type"}`,
        },
        responseParameters: {
          'method.response.header.X-Version': 'integration.response.header.x-backend-version',
        },
      },
      {
        statusCode: '404',
        selectionPattern: '404',
        responseTemplates: { 'application/json': `{"message": "$input.path('$.error')"}` },
      },
    ],
  },
};

const match = routeMatchStage(
  new RouteTable('rest', [{ routeKey: 'GET /pets/{petId}', integration }]),
  '/prod',
);
const lines: string[] = [];
const stage = mappedIntegrationStage({
  api: { apiKind: 'rest', apiId: 'api1', stage: 'prod' },
  integration,
  forward: (request, given) => forwarder.forward(request, given),
  timeoutMs: 2_000,
  maxPayloadBytes: 10_000,
  log: (line) => lines.push(line),
});

async function call(url: string, headers: Record<string, string>, body?: string) {
  const { context, written } = requestContext({ method: 'GET', url, headers, body });
  expect(match.run(context)).toBeUndefined();
  const refused = await stage.run(context);
  if (!refused) responseStage('rest').run(context);
  return { refused, written };
}

describe('mapped (HTTP non-proxy) integration stage', () => {
  it('sends the rendered body and only the mapped headers, query and path; renders the response template', async () => {
    received.length = 0;
    const { refused, written } = await call(
      '/prod/pets/7?secret=1',
      { 'content-type': 'application/json', 'x-user': 'alice', authorization: 'Bearer t' },
      '{"note":"say \\"hi\\""}',
    );
    expect(refused).toBeUndefined();
    const [sent] = received;
    expect(sent?.method).toBe('POST');
    expect(sent?.url).toBe('/pets/7?view=full');
    expect(JSON.parse(sent?.body ?? '')).toEqual({ petId: '7', note: 'say "hi"' });
    expect(sent?.headers['x-caller']).toBe('alice');
    expect(sent?.headers.authorization).toBeUndefined();
    expect(sent?.headers['content-type']).toBe('application/json');
    expect(written.status).toBe(200);
    // The template hides the backend's ownerSsn; only the mapped backend header reaches the client.
    expect(JSON.parse(written.body ?? '')).toEqual({ id: 7, type: 'dog' });
    expect(written.header('x-version')).toBe('3');
    expect(written.header('x-backend-version')).toBeUndefined();
    expect(written.header('x-pik-trace')).toBe('gateway:rest');
  });

  it('selects the integration response by the backend status', async () => {
    const { written } = await call('/prod/pets/404', { 'content-type': 'application/json' }, '{}');
    expect([written.status, written.body]).toEqual([404, '{"message": "no such pet"}']);
  });

  it('refuses an unmapped content type with 415 under WHEN_NO_TEMPLATES; the backend is not called', async () => {
    received.length = 0;
    const { refused } = await call('/prod/pets/7', { 'content-type': 'text/csv' }, 'a,b');
    expect(refused?.error).toBe('unsupportedMediaType');
    expect(received).toHaveLength(0);
  });

  it('answers 400 when the template reads a body that is not JSON', async () => {
    const { refused } = await call('/prod/pets/7', { 'content-type': 'application/json' }, '{"note":');
    expect(refused).toMatchObject({ error: 'badRequestBody' });
    expect(refused?.message).toMatch(/^Could not parse request body into json/);
  });
});
