/**
 * Option 7 through the twin, from its template: a client calls the public ALB with the private custom
 * domain's `Host`, the ALB forwards to the execute-api endpoint, the endpoint to the private REST API, the
 * API to each service's function. Requests that miss the endpoint, name no API or come through an endpoint
 * the resource policy does not name get API Gateway's 403s. (`patterns.test.ts` leaves this pattern out:
 * `fetch` cannot send a `Host` header.)
 */

import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TargetPattern } from '@pik/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningPattern, standUpPattern } from '../../src/orchestrator/stand-up.js';
import { chainForPath } from '../../src/orchestrator/targets.js';
import { type Twin, twinUp } from '../../src/orchestrator/twin-up.js';
import type { PatternTopology } from '../../src/template/topology.js';
import { realAssembly, reportUnavailable } from './assembly.js';
import { authHeaders } from './target-auth.js';

const ID = 'private-rest-api-alb';
const assembly = realAssembly();
const topology = assembly.topologies.find((t) => t.patternId === ID);
const skip = reportUnavailable(assembly) || !topology;
const root = mkdtempSync(join(tmpdir(), 'pik-twin-private-'));
let twin: Twin | undefined;

beforeAll(async () => {
  if (skip) return;
  twin = await twinUp({
    root,
    cdkOut: assembly.cdkOut,
    patterns: [ID],
    logs: 'discard',
    targetsFile: false,
    print: () => {},
  });
}, 120_000);
afterAll(async () => {
  await twin?.stop();
  rmSync(root, { recursive: true, force: true });
});

interface Answer {
  readonly status: number;
  readonly body: string;
  readonly trace: string | undefined;
  readonly cold: string | undefined;
}

/** One GET with the given headers; node:http because `fetch` replaces the `Host` header. */
function get(url: string, headers: Record<string, string>): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => {
        body += chunk.toString();
      });
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          body,
          trace: res.headers['x-pik-trace'] as string | undefined,
          cold: res.headers['x-pik-cold'] as string | undefined,
        }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

function target(): TargetPattern {
  const found = twin?.targets.patterns.find((p) => p.id === ID);
  if (!found) throw new Error(`${ID} missing from the targets file`);
  return found;
}

/** The stack's topology with the API's resource policy naming another endpoint than the one it has. */
function policyForAnotherEndpoint(t: PatternTopology): PatternTopology {
  const endpointId = t.privateAccess?.endpoints[0]?.endpointId ?? '';
  const policy = JSON.stringify(t.api.resourcePolicy).replaceAll(endpointId, 'vpce-0another0000000');
  return { ...t, api: { ...t.api, resourcePolicy: JSON.parse(policy) } };
}

describe.skipIf(skip)(
  'private-rest-api-alb through the twin: public ALB, execute-api endpoint, private API',
  () => {
    it('every service answers its list through the public ALB, across every declared hop', async () => {
      const pattern = target();
      expect(pattern.headers?.host).toBe('api.private-rest-api-alb.invalid');
      expect(pattern.services.map((s) => s.name).sort()).toEqual([
        'catalog',
        'customers',
        'inventory',
        'orders',
      ]);
      const headers = { ...pattern.headers, ...(await authHeaders(pattern)) };
      for (const service of pattern.services) {
        const res = await get(`${pattern.baseUrl}${service.path}?limit=5`, headers);
        expect({ service: service.name, status: res.status }).toEqual({ service: service.name, status: 200 });
        expect((JSON.parse(res.body) as { items: unknown[] }).items).toHaveLength(5);
        const designed = `alb:public > vpce:execute-api > gateway:rest(private) > lambda:${service.name}`;
        expect(res.trace).toBe(designed);
        // The chain the targets file and the benchmarks read from the topology says the same.
        expect(topology && chainForPath(topology, 'GET', service.path)?.segments.join(' > ')).toBe(designed);
      }
    });

    it("streams a service's export through the public ALB from the bundle's streaming handler", async () => {
      const pattern = target();
      const headers = { ...pattern.headers, ...(await authHeaders(pattern)) };
      const res = await get(`${pattern.baseUrl}/catalog/export?pageSize=5`, headers);
      expect(res.status).toBe(200);
      const items = res.body
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { id: string });
      expect(items.length).toBeGreaterThan(5);
      expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
      expect(res.trace).toBe('alb:public > vpce:execute-api > gateway:rest(private) > lambda:catalog');
    });

    it('a forced cold start shows on the next answer through the public ALB', async () => {
      const pattern = target();
      const headers = { ...pattern.headers, ...(await authHeaders(pattern)) };
      const reset = await fetch(`${pattern.controlUrl}/cold-start?function=orders`, { method: 'POST' });
      expect(reset.status).toBe(200);
      const cold = await get(`${pattern.baseUrl}/orders?limit=1`, headers);
      expect([cold.status, cold.cold]).toEqual([200, 'true']);
      const warm = await get(`${pattern.baseUrl}/orders?limit=1`, headers);
      expect(warm.cold).toBe('false');
    });

    it("answers API Gateway's 403 Forbidden to a request straight at the gateway's port", async () => {
      const pattern = target();
      const gateway = twin?.patterns.get(ID)?.gateway;
      const service = pattern.services[0]?.path ?? '';
      const headers = { ...pattern.headers, ...(await authHeaders(pattern)) };
      const res = await get(`${gateway?.baseUrl.replace(/\/$/, '')}${service}`, headers);
      expect([res.status, JSON.parse(res.body)]).toEqual([403, { message: 'Forbidden' }]);
    });

    it('answers 403 Forbidden from the endpoint to a Host that names no API (no service runs)', async () => {
      const pattern = target();
      const res = await get(`${pattern.baseUrl}${pattern.services[0]?.path ?? ''}`, {
        host: 'www.example.org',
      });
      expect([res.status, JSON.parse(res.body)]).toEqual([403, { message: 'Forbidden' }]);
      expect(res.trace).toBe('alb:public > vpce:execute-api');
    });

    it("the resource policy denies an endpoint it does not name, with API Gateway's explicit-deny answer", async () => {
      if (!topology) return;
      let other: RunningPattern | undefined;
      try {
        other = await standUpPattern(policyForAnotherEndpoint(topology), { dataStoreEnv: {} });
        await other.ready();
        const entry = other.privateEntry;
        const res = await get(`${entry?.baseUrl}/orders`, { host: entry?.host ?? '' });
        expect(res.status).toBe(403);
        expect(JSON.parse(res.body).message).toMatch(
          /^User: anonymous is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:[a-z0-9-]+:\d+:\w+\/v1\/GET\/orders with an explicit deny$/,
        );
        expect(res.trace).toBe('alb:public > vpce:execute-api > gateway:rest(private)');
      } finally {
        await other?.close();
      }
    });
  },
);
