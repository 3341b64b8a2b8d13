import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TargetPattern } from '@pik/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverServiceData } from '../src/requests/discover-data.js';
import { resolveAuthHeaders } from '../src/targets/auth-headers.js';

/**
 * A target reached with a Host of its own (a private API's custom domain behind its public ALB): like the
 * execute-api endpoint, the stand-in answers 403 to any other Host.
 */
let server: Server;
let baseUrl: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const ok = req.headers.host === 'api.example.com' && req.headers['x-api-key'] === 'k1';
    res.writeHead(ok ? 200 : 403, { 'content-type': 'application/json' });
    res.end(ok ? JSON.stringify({ items: [{ id: 'ord-1' }, { id: 'ord-2' }] }) : '{"message":"Forbidden"}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function pattern(headers?: Record<string, string>): TargetPattern {
  return {
    id: 'private-rest-api-alb',
    title: 'private',
    api: 'rest',
    baseUrl,
    stage: 'v1',
    ...(headers ? { headers } : {}),
    auth: [{ kind: 'api-key', header: 'x-api-key', value: 'k1' }],
    services: [{ name: 'orders', path: '/orders', compute: 'lambda' }],
  };
}

describe("a targets file entry's own headers", () => {
  it('go with every request, Host included, before the run reads its data', async () => {
    const target = pattern({ host: 'api.example.com' });
    const headers = await resolveAuthHeaders(target);
    expect(headers).toEqual({ host: 'api.example.com', 'x-api-key': 'k1' });
    const data = await discoverServiceData(target, headers);
    expect(data.orders?.ids).toEqual(['ord-1', 'ord-2']);
  });

  it('without them the target refuses and the run stops before it starts', async () => {
    const target = pattern();
    await expect(discoverServiceData(target, await resolveAuthHeaders(target))).rejects.toThrow(
      /answered 403/,
    );
  });
});
