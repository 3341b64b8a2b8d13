/**
 * The request-validation rows of `bench:twin`: one REST gateway in this process with `POST /plain` (no
 * validator: the plain chain) and `POST /validated` (body model + required header), both answered by the
 * same local backend over HTTP. Measured in the same run, interleaved: the plain chain, a valid validated
 * request, and an invalid one, which must cost no backend call.
 */
import { createServer } from 'node:http';
import { createApiGateway, createHttpForwarder, type RequestValidationConfig } from '@pik/twin';
import { Agent, request } from 'undici';

export interface ValidationRow {
  readonly name: 'plain chain' | 'validated (valid)' | 'validated (invalid)';
  readonly requests: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** p50 minus the plain chain's p50. */
  readonly addedP50Ms: number;
  readonly status: number;
  readonly backendCalls: number;
}

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

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

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
  const agent = new Agent({ connections: 1, pipelining: 1 });
  const headers = { 'content-type': 'application/json', 'idempotency-key': 'k' };
  const kinds = [
    { name: 'plain chain', path: '/plain', body: '{"sku":"ABC-1","quantity":2}' },
    { name: 'validated (valid)', path: '/validated', body: '{"sku":"ABC-1","quantity":2}' },
    { name: 'validated (invalid)', path: '/validated', body: '{"sku":"abc","quantity":0}' },
  ] as const;
  const samples = kinds.map(() => [] as number[]);
  const statuses = kinds.map(() => 0);
  const calls = kinds.map(() => 0);
  try {
    for (let i = 0; i < requests + 200; i++) {
      for (let k = 0; k < kinds.length; k++) {
        const index = (i + k) % kinds.length;
        const kind = kinds[index] as (typeof kinds)[number];
        const before = backendCalls;
        const start = performance.now();
        const res = await request(`${gw.baseUrl}${kind.path}`, {
          method: 'POST',
          headers,
          body: kind.body,
          dispatcher: agent,
        });
        await res.body.text();
        const ms = performance.now() - start;
        if (i < 200) continue; // warm-up
        samples[index]?.push(ms);
        statuses[index] = res.statusCode;
        calls[index] = (calls[index] ?? 0) + backendCalls - before;
      }
    }
  } finally {
    await agent.close();
    await gw.close();
    forwarder.close();
    await new Promise<void>((resolve) => backend.close(() => resolve()));
  }
  const sorted = samples.map((s) => [...s].sort((a, b) => a - b));
  const plainP50 = percentile(sorted[0] ?? [], 50);
  return kinds.map((kind, i) => ({
    name: kind.name,
    requests: sorted[i]?.length ?? 0,
    p50Ms: percentile(sorted[i] ?? [], 50),
    p99Ms: percentile(sorted[i] ?? [], 99),
    addedP50Ms: percentile(sorted[i] ?? [], 50) - plainP50,
    status: statuses[i] ?? 0,
    backendCalls: calls[i] ?? 0,
  }));
}
