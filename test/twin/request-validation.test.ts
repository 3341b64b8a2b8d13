/**
 * Gateway request validation end to end: the REST pattern synthesized with `pik:request-validation`, run
 * by `pik twin up` from its template. Bodies the models refuse get API Gateway's 400 at the gateway and
 * never reach the service (their trace ends at the gateway, nothing is written); valid ones go through.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPikApp } from '@pik/cdk-app';
import { REQUEST_VALIDATION_CONTEXT_KEY, type TargetPattern } from '@pik/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authHeaders, type RunningTwin, startTwin } from '../fuzz/gateway.js';

const PATTERN = 'rest-vpclinkv2-alb';
const CUSTOMER = '0b6c9c1e-1c43-4a8e-9a55-1e0c1c1c1c1c';
const ORDER = {
  customerId: CUSTOMER,
  currency: 'EUR',
  lines: [{ sku: 'SKU-1', quantity: 2, unitPrice: 9.5 }],
};

let root: string;
let twin: RunningTwin | undefined;
let pattern: TargetPattern;
let headers: Record<string, string>;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'pik-validation-twin-'));
  const cdkOut = join(root, 'cdk.out');
  const previous = process.env.CDK_CONTEXT_JSON;
  process.env.CDK_CONTEXT_JSON = JSON.stringify({ [REQUEST_VALIDATION_CONTEXT_KEY]: 'true' });
  try {
    buildPikApp({ outdir: cdkOut, patterns: [PATTERN], nag: false }).app.synth();
  } finally {
    if (previous === undefined) delete process.env.CDK_CONTEXT_JSON;
    else process.env.CDK_CONTEXT_JSON = previous;
  }
  twin = await startTwin(root, cdkOut, [PATTERN]);
  const found = twin.targets.patterns.find((p) => p.id === PATTERN);
  if (!found) throw new Error(`${PATTERN} missing from the targets file`);
  pattern = found;
  headers = { ...(await authHeaders(pattern)), 'content-type': 'application/json' };
});
afterAll(async () => {
  await twin?.stop();
  if (root) await rm(root, { recursive: true, force: true });
});

async function send(method: string, path: string, body?: unknown, extra: Record<string, string> = {}) {
  const response = await fetch(`${pattern.baseUrl}${path}`, {
    method,
    headers: { ...headers, ...extra },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  return {
    status: response.status,
    trace: response.headers.get('x-pik-trace'),
    headers: response.headers,
    text: await response.text(),
  };
}

async function orderCount(): Promise<number> {
  let count = 0;
  let cursor: string | null = null;
  do {
    const page = await send('GET', `/orders?limit=100${cursor ? `&cursor=${cursor}` : ''}`);
    const body = JSON.parse(page.text) as { items: unknown[]; nextCursor: string | null };
    count += body.items.length;
    cursor = body.nextCursor;
  } while (cursor);
  return count;
}

describe(`request validation through the twin (${PATTERN}, pik:request-validation=true)`, () => {
  it.each([
    ['an unknown currency', { ...ORDER, currency: 'XYZ' }],
    ['no lines', { ...ORDER, lines: [] }],
    ['an unknown field', { ...ORDER, note: 'x' }],
    ['malformed JSON', '{"customerId":'],
  ])('POST /orders with %s: 400 Invalid request body from the gateway, nothing created', async (_, body) => {
    const before = await orderCount();
    const refused = await send('POST', '/orders', body);
    expect([refused.status, refused.text]).toEqual([400, '{"message": "Invalid request body"}']);
    expect(refused.headers.get('x-amzn-errortype')).toBe('BadRequestException');
    expect(refused.trace).toBe('gateway:rest');
    expect(await orderCount()).toBe(before);
  });

  it('a valid POST reaches the service; a PATCH without a change is refused at the gateway, a real one passes', async () => {
    const created = await send('POST', '/orders', ORDER);
    expect(created.status).toBe(201);
    expect(created.trace).toMatch(/^gateway:rest > vpclink:v2 > alb > /);
    const { id, version } = JSON.parse(created.text) as { id: string; version: number };
    const empty = await send('PATCH', `/orders/${id}`, { version });
    expect([empty.status, empty.text, empty.trace]).toEqual([
      400,
      '{"message": "Invalid request body"}',
      'gateway:rest',
    ]);
    const paid = await send('PATCH', `/orders/${id}`, { version, status: 'paid' });
    expect([paid.status, (JSON.parse(paid.text) as { status: string }).status]).toEqual([200, 'paid']);
  });

  it('a body of a type without a model is not validated by the gateway: the service answers it', async () => {
    const csv = await send('POST', '/orders', 'a,b', { 'content-type': 'text/csv' });
    expect(csv.status).toBe(415);
    expect(csv.trace).toMatch(/^gateway:rest > vpclink:v2 > alb > /);
  });
});
