/**
 * The template-mapped row of `bench:twin`: one REST gateway in this process with `POST /plain` (an
 * `HTTP_PROXY` integration: the plain chain) and `POST /mapped` (an `HTTP` non-proxy integration with a
 * request template, a response template that drops a backend field, and a mapped response header), both
 * answered by the same local backend over HTTP, measured interleaved in the same run. The difference of
 * the p50s is what rendering both templates (and selecting the integration response) costs per request.
 */
import { createServer } from 'node:http';
import { createApiGateway, createHttpForwarder } from '@pik/twin';
import { type InterleavedRow, interleavedRows } from './interleaved.js';

export type MappingRow = InterleavedRow<'plain chain' | 'template-mapped'>;

const REQUEST_TEMPLATE = `{
  "sku": $input.json('$.sku'),
  "quantity": $input.json('$.quantity'),
  "caller": "$context.identity.sourceIp",
  "requestId": "$context.requestId"
}`;
const RESPONSE_TEMPLATE = `#set($item = $input.path('$'))
{"id": "$item.id", "sku": "$util.escapeJavaScript($item.sku)", "quantity": $item.quantity}`;

const BACKEND_BODY = '{"id":"it-1","sku":"ABC-1","quantity":2,"internalCost":1.25}';

/** Runs `requests` rounds, each sending both kinds once in rotating order. */
export async function mappingRows(requests = 2000): Promise<MappingRow[]> {
  let backendCalls = 0;
  const backend = createServer((req, res) => {
    backendCalls++;
    req
      .resume()
      .on('end', () =>
        res.writeHead(200, { 'content-type': 'application/json', 'x-item-version': '4' }).end(BACKEND_BODY),
      );
  });
  await new Promise<void>((resolve) => backend.listen(0, '127.0.0.1', resolve));
  const port = (backend.address() as { port: number }).port;
  const forwarder = createHttpForwarder(() => ({ host: '127.0.0.1', port, hops: [] }));
  const uri = `http://backend:${port}/items`;
  const gw = await createApiGateway(
    {
      apiId: 'bench-mapping',
      kind: 'rest',
      stageName: 'v1',
      routes: [
        { routeKey: 'POST /plain', integration: { id: 'plain', type: 'HTTP_PROXY', uri } },
        {
          routeKey: 'POST /mapped',
          integration: {
            id: 'mapped',
            type: 'HTTP',
            uri,
            mapping: {
              requestTemplates: { 'application/json': REQUEST_TEMPLATE },
              passthroughBehavior: 'WHEN_NO_TEMPLATES',
              integrationResponses: [
                {
                  statusCode: '200',
                  responseTemplates: { 'application/json': RESPONSE_TEMPLATE },
                  responseParameters: {
                    'method.response.header.X-Item-Version': 'integration.response.header.x-item-version',
                  },
                },
              ],
            },
          },
        },
      ],
    },
    { forward: forwarder.forward, log: () => {} },
  );
  const body = '{"sku":"ABC-1","quantity":2}';
  const kinds = [
    { name: 'plain chain', path: '/plain', body },
    { name: 'template-mapped', path: '/mapped', body },
  ] as const;
  try {
    return await interleavedRows(
      gw.baseUrl,
      { 'content-type': 'application/json' },
      kinds,
      () => backendCalls,
      requests,
    );
  } finally {
    await gw.close();
    forwarder.close();
    await new Promise<void>((resolve) => backend.close(() => resolve()));
  }
}
