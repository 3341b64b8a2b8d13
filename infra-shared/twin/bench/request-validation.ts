/**
 * The request-validation rows of `bench:twin`: one REST gateway in this process with `POST /plain` (no
 * validator: the plain chain) and `POST /validated` (body model + required header), both answered by the
 * same local backend over HTTP. Measured in the same run, interleaved: the plain chain, a valid validated
 * request, and an invalid one, which must cost no backend call.
 */
import { createServer } from 'node:http';
import { createApiGateway, createHttpForwarder, type RequestValidationConfig } from '@pik/twin';
import { type InterleavedRow, interleavedRows } from './interleaved.js';

export type ValidationRow = InterleavedRow<'plain chain' | 'validated (valid)' | 'validated (invalid)'>;

const MODEL = {
  $schema: 'http://json-schema.org/draft-04/schema#',
  type: 'object',
  required: ['sku', 'quantity'],
  additionalProperties: false,
  properties: {
    sku: { type: 'string', pattern: '^[A-Z0-9-]{3,32}$' },
    quantity: { type: 'integer', minimum: 1 },
  },
};
const VALIDATION: RequestValidationConfig = {
  validateBody: true,
  validateParameters: true,
  requiredParameters: ['method.request.header.Idempotency-Key'],
  models: { 'application/json': MODEL },
};

/** Runs `requests` rounds, each sending the three kinds once in rotating order. */
export async function validationRows(requests = 2000): Promise<ValidationRow[]> {
  let backendCalls = 0;
  const backend = createServer((req, res) => {
    backendCalls++;
    req.resume().on('end', () => res.writeHead(201, { 'content-type': 'application/json' }).end('{}'));
  });
  await new Promise<void>((resolve) => backend.listen(0, '127.0.0.1', resolve));
  const port = (backend.address() as { port: number }).port;
  const forwarder = createHttpForwarder(() => ({ host: '127.0.0.1', port, hops: [] }));
  const integration = { id: 'backend', type: 'HTTP_PROXY' as const, uri: `http://backend:${port}/items` };
  const gw = await createApiGateway(
    {
      apiId: 'bench',
      kind: 'rest',
      stageName: 'v1',
      routes: [
        { routeKey: 'POST /plain', integration },
        { routeKey: 'POST /validated', integration, validation: VALIDATION },
      ],
    },
    { forward: forwarder.forward, log: () => {} },
  );
  const headers = { 'content-type': 'application/json', 'idempotency-key': 'k' };
  const kinds = [
    { name: 'plain chain', path: '/plain', body: '{"sku":"ABC-1","quantity":2}' },
    { name: 'validated (valid)', path: '/validated', body: '{"sku":"ABC-1","quantity":2}' },
    { name: 'validated (invalid)', path: '/validated', body: '{"sku":"abc","quantity":0}' },
  ] as const;
  try {
    return await interleavedRows(gw.baseUrl, headers, kinds, () => backendCalls, requests);
  } finally {
    await gw.close();
    forwarder.close();
    await new Promise<void>((resolve) => backend.close(() => resolve()));
  }
}
