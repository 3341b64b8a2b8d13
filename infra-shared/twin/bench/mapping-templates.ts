/**
 * The template-mapped row of `bench:twin`: one REST gateway in this process with `POST /plain` (an
 * `HTTP_PROXY` integration: the plain chain) and `POST /mapped` (an `HTTP` non-proxy integration with a
 * request template, a response template that drops a backend field, and a mapped response header), both
 * answered by the same local backend over HTTP, measured interleaved in the same run. The difference of
 * the p50s is what rendering both templates (and selecting the integration response) costs per request.
 * `engineCpuUsPerRequest` is the engine's own CPU for the same mapping in a loop without I/O, so the two
 * figures tell the engine's work apart from what a loaded machine adds around it.
 */
import { createServer } from 'node:http';
import {
  compileMapping,
  createApiGateway,
  createHttpForwarder,
  renderRequest,
  renderResponse,
  selectIntegrationResponse,
} from '@pik/twin';
import { type InterleavedRow, interleavedRows } from './interleaved.js';

export type MappingRow = InterleavedRow<'plain chain' | 'template-mapped'>;

/** The gateway rows, and the engine's own CPU per request (both templates, selection, one header). */
export interface MappingResult {
  readonly rows: readonly MappingRow[];
  readonly engineCpuUsPerRequest: number;
}

const REQUEST_TEMPLATE = `{
  "sku": $input.json('$.sku'),
  "quantity": $input.json('$.quantity'),
  "caller": "$context.identity.sourceIp",
  "requestId": "$context.requestId"
}`;
const RESPONSE_TEMPLATE = `#set($item = $input.path('$'))
{"id": "$item.id", "sku": "$util.escapeJavaScript($item.sku)", "quantity": $item.quantity}`;

const BACKEND_BODY = '{"id":"it-1","sku":"ABC-1","quantity":2,"internalCost":1.25}';

const MAPPING = {
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
} as const;

/** Process CPU microseconds per request of the mapping engine alone, in a loop without I/O. */
export function engineCpuUsPerRequest(rounds = 20_000): number {
  const mapping = compileMapping(MAPPING);
  const request = {
    apiId: 'bench-mapping',
    stage: 'v1',
    requestId: 'r-1',
    method: 'POST',
    path: '/mapped',
    resourcePath: '/mapped',
    pathParameters: {},
    rawQueryString: '',
    headers: { 'content-type': 'application/json' },
    body: Buffer.from('{"sku":"ABC-1","quantity":2}'),
    sourceIp: '127.0.0.1',
    requestTimeEpoch: Date.now(),
  };
  const backend = { headers: { 'x-item-version': '4' }, body: Buffer.from(BACKEND_BODY) };
  const once = () => {
    const mapped = renderRequest(mapping, request);
    const chosen = selectIntegrationResponse(mapping, { statusCode: 200 });
    if (mapped.kind !== 'mapped' || !chosen) throw new Error('bench mapping: the template did not map');
    if (renderResponse(chosen, request, backend).kind !== 'response')
      throw new Error('bench mapping: no response');
  };
  for (let i = 0; i < rounds / 10; i++) once(); // warm-up
  const start = process.cpuUsage();
  for (let i = 0; i < rounds; i++) once();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / rounds;
}

/** The gateway rows and the engine's CPU per request. */
export async function mappingResult(requests = 2000): Promise<MappingResult> {
  return { rows: await mappingRows(requests), engineCpuUsPerRequest: engineCpuUsPerRequest() };
}

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
            mapping: MAPPING,
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
