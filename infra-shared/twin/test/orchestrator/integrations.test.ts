/**
 * The twin on a stack of three APIs that need no compute: MOCK methods answered by the gateway, integrations
 * it does not emulate (listed at start-up, answering API Gateway's 500 with a log line), an ALB rule on a
 * condition it does not evaluate, and the account-level bucket the APIs share.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Twin, type TwinUpOptions, twinUp } from '../../src/orchestrator/twin-up.js';
import { INTEGRATIONS_CDK_OUT } from '../fixtures.js';

const STACK = 'FixtureIntegrations';
const roots: string[] = [];

async function start(
  options: TwinUpOptions = {},
): Promise<{ twin: Twin; listing: string[]; log: () => string }> {
  const root = mkdtempSync(join(tmpdir(), 'pik-integrations-'));
  roots.push(root);
  const listing: string[] = [];
  const twin = await twinUp({
    root,
    cdkOut: INTEGRATIONS_CDK_OUT,
    targetsFile: false,
    logs: 'file',
    print: (line) => listing.push(line),
    ...options,
  });
  return { twin, listing, log: () => readFileSync(join(root, '.pik', 'twin.log'), 'utf8') };
}

function baseUrl(twin: Twin, api: string): string {
  const running = twin.patterns.get(`${STACK}.${api}`);
  if (!running) throw new Error(`${api} is not running`);
  return running.gateway.baseUrl;
}

afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

describe('MOCK integrations and what the twin does not emulate', () => {
  let twin: Twin;
  let listing: string[];
  let log: () => string;
  beforeAll(async () => {
    ({ twin, listing, log } = await start());
  });
  afterAll(async () => {
    await twin?.stop();
  });

  it('answers the CORS preflight as the template configures it: 204, Access-Control-* headers, no body', async () => {
    const response = await fetch(`${baseUrl(twin, 'MockApiA1B2C3D4')}/status`, {
      method: 'OPTIONS',
      headers: { origin: 'https://example.com', 'access-control-request-method': 'GET' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('https://example.com');
    expect(response.headers.get('access-control-allow-methods')).toBe('GET');
    expect(response.headers.get('access-control-allow-headers')).toBe('Content-Type,Authorization');
    expect(response.headers.get('vary')).toBe('Origin');
    expect(response.headers.get('x-pik-trace')).toBe('gateway:rest');
    expect(await response.text()).toBe('');
  });

  it('answers a static MOCK body with its status and content type', async () => {
    const response = await fetch(`${baseUrl(twin, 'MockApiA1B2C3D4')}/status`);
    expect([response.status, await response.text()]).toEqual([200, '{"status":"up"}']);
    expect(response.headers.get('content-type')).toBe('application/json');
  });

  it('lists each route it does not run with its logical id, the missing feature, and the answer', () => {
    const text = listing.join('\n');
    expect(text).toContain(
      'MockApiQueuePOST1A2B (POST /queue): sqs:path: SQS is not emulated (no maintained SQS emulator on npm runs on Node.js 20); answers 500',
    );
    expect(text).toContain(
      'HttpApiPOSTjobs1A2B (POST /jobs): AWS service integration SQS-SendMessage is not emulated; answers 500',
    );
    // Emulated MOCK methods (literal or VTL) and HTTP (non-proxy) integrations are not listed.
    expect(text).not.toMatch(/MockApiStatus(GET|OPTIONS)1A2B/);
    expect(text).not.toMatch(/MockApi(Vtl|Legacy)GET1A2B/);
  });

  it('runs a VTL MOCK (the template picks a status, the only, default, response answers) and HTTP non-proxy', async () => {
    const response = await fetch(`${baseUrl(twin, 'MockApiA1B2C3D4')}/vtl?scope=internal`);
    expect([response.status, await response.text()]).toEqual([200, '']);
    // An HTTP (non-proxy) integration runs, but legacy.example.com is no local target: unreachable, 500.
    const legacy = await fetch(`${baseUrl(twin, 'MockApiA1B2C3D4')}/legacy`);
    expect([legacy.status, await legacy.text()]).toEqual([500, '{"message": "Internal server error"}']);
  });

  it("routes it does not run answer API Gateway's 500 (REST and HTTP API bodies) and log the route", async () => {
    const rest = baseUrl(twin, 'MockApiA1B2C3D4');
    for (const [method, path] of [['POST', '/queue']] as const) {
      const response = await fetch(`${rest}${path}`, { method });
      expect([response.status, await response.text()]).toEqual([500, '{"message": "Internal server error"}']);
      expect(response.headers.get('x-amzn-errortype')).toBe('InternalServerErrorException');
    }
    const http = await fetch(`${baseUrl(twin, 'HttpApi9C0D1E2F')}/jobs`, { method: 'POST', body: '{}' });
    expect([http.status, await http.text()]).toEqual([500, '{"message":"Internal Server Error"}']);
    await twin.stop();
    const written = log();
    expect(written).toContain(
      '[gateway:HttpApi9C0D1E2F] POST /jobs (integration HttpApiJobsIntegration1A2B): AWS service integration SQS-SendMessage is not emulated; answered 500',
    );
  });
});

describe('an ALB rule on a condition the twin does not evaluate', () => {
  it('is listed with its logical id and never matches: the request falls to the next rule or the default', async () => {
    const { twin, listing } = await start({ patterns: [`${STACK}.SecondApiE5F6A7B8`] });
    try {
      expect(listing.join('\n')).toContain(
        'AlbSourceIpRule1A2B (priority 1 on AlbListener80A1B2): condition source-ip is not evaluated; the rule never matches (requests go to the next rule or the default action)',
      );
      const port = twin.patterns.get(`${STACK}.SecondApiE5F6A7B8`)?.listenerPorts.get('Alb1A2B3C4D:80');
      // From 127.0.0.1, which the source-ip rule names: AWS would answer "source-ip rule".
      const fallback = await fetch(`http://127.0.0.1:${port}/`);
      expect([fallback.status, await fallback.text()]).toEqual([404, 'default action']);
      const next = await fetch(`http://127.0.0.1:${port}/open`);
      expect([next.status, await next.text()]).toEqual([200, 'path rule']);
    } finally {
      await twin.stop();
    }
  });
});

describe('the account-level bucket', () => {
  it('is one bucket for every API: the sum of both APIs accepted requests stays within it', async () => {
    const account = { rateLimit: 2, burstLimit: 10 };
    const { twin } = await start({
      accountThrottle: account,
      patterns: [`${STACK}.MockApiA1B2C3D4`, `${STACK}.SecondApiE5F6A7B8`],
    });
    try {
      const urls = [
        `${baseUrl(twin, 'MockApiA1B2C3D4')}/status`,
        `${baseUrl(twin, 'SecondApiE5F6A7B8')}/ping`,
      ];
      const started = performance.now();
      const statuses = await Promise.all(
        Array.from({ length: 40 }, async (_, i) => {
          const response = await fetch(urls[i % 2] as string);
          await response.text();
          return { api: i % 2, status: response.status };
        }),
      );
      const seconds = (performance.now() - started) / 1000;
      const accepted = statuses.filter((s) => s.status === 200);
      const refused = statuses.filter((s) => s.status === 429);
      // Each API alone would accept its full burst (20 together); one shared bucket holds the sum to it.
      expect(accepted.length).toBeGreaterThanOrEqual(account.burstLimit);
      expect(accepted.length).toBeLessThanOrEqual(
        account.burstLimit + Math.ceil(account.rateLimit * seconds),
      );
      expect(accepted.length + refused.length).toBe(40);
      expect(seconds).toBeLessThan(4);
    } finally {
      await twin.stop();
    }
  });
});
