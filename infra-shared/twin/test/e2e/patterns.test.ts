/**
 * Every pattern in the synthesized cloud assembly, through the twin, with the real service bundles: each
 * request crosses exactly the hops its template declares, returns the service's answer and reads (and
 * writes) the seeded data; a forced reset makes the next Lambda response a reported cold start.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TargetPattern } from '@pik/contracts';
import { type ServiceName, serviceByName } from '@pik/service-kit/catalogue';
import { seedId } from '@pik/service-kit/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chainForPath } from '../../src/orchestrator/targets.js';
import { type Twin, twinUp } from '../../src/orchestrator/twin-up.js';
import { REPO_ROOT, realAssembly, reportUnavailable } from './assembly.js';
import { authHeaders } from './target-auth.js';

const assembly = realAssembly();
const skip = reportUnavailable(assembly);
const root = mkdtempSync(join(tmpdir(), 'pik-twin-e2e-'));
let twin: Twin | undefined;

beforeAll(async () => {
  if (skip) return;
  twin = await twinUp({ root, cdkOut: assembly.cdkOut, logs: 'file', print: () => {} });
}, 180_000);
afterAll(async () => {
  await twin?.stop();
  rmSync(root, { recursive: true, force: true });
});

function expectedTrace(patternId: string, path: string): string {
  const topology = assembly.topologies.find((t) => t.patternId === patternId);
  const chain = topology ? chainForPath(topology, 'GET', path) : undefined;
  if (!chain) throw new Error(`${patternId}: no route for ${path}`);
  return chain.segments.join(' > ');
}

// A private API is reached with its custom domain's Host, which `fetch` cannot send: its own suite is
// private-rest-api-alb.test.ts.
// Option 9 answers writes 202 and reads through the API cache: its own suite is edge-buffered-writes.test.ts.
const cases = assembly.topologies
  .filter((t) => !t.privateAccess && t.patternId !== 'edge-buffered-writes')
  .map((t) => t.patternId);

/**
 * The hop shape each option has by design (the kit's pattern table), independent of how the twin reads
 * templates: `<svc>` is the service, `<port>` its listener port, `<compute>` lambda or container.
 */
const DESIGNED_HOPS: Record<string, string> = {
  'http-vpclink-albs': 'gateway:http > vpclink:v2 > alb > <compute>:<svc>',
  'rest-vpclink-per-nlb': 'gateway:rest > vpclink:v1 > nlb:<port> > container:<svc>',
  'rest-vpclink-shared-nlb': 'gateway:rest > vpclink:v1 > nlb:<port> > container:<svc>',
  'rest-vpclink-nlb-to-alb': 'gateway:rest > vpclink:v1 > nlb:<port> > alb > <compute>:<svc>',
  'rest-vpclinkv2-alb': 'gateway:rest > vpclink:v2 > alb > <compute>:<svc>',
  'http-lambda-baseline': 'gateway:http > lambda:<svc>',
};

function designedTrace(patternId: string, service: TargetPattern['services'][number]): string | undefined {
  return DESIGNED_HOPS[patternId]
    ?.replace('<compute>', service.compute === 'lambda' ? 'lambda' : 'container')
    .replace('<svc>', service.name)
    .replace('<port>', String(serviceByName(service.name).port));
}

/** The fields a service's create operation accepts, from its published OpenAPI document. */
function createFields(service: string, basePath: string): string[] {
  const document = JSON.parse(readFileSync(join(REPO_ROOT, 'services', service, 'openapi.json'), 'utf8')) as {
    paths: Record<
      string,
      { post?: { requestBody?: { content?: Record<string, { schema?: { properties?: object } }> } } }
    >;
  };
  const schema = document.paths[basePath]?.post?.requestBody?.content?.['application/json']?.schema;
  return Object.keys(schema?.properties ?? {});
}

describe.skipIf(skip)('every pattern through the twin, from its template', () => {
  const target = (id: string) => {
    const found = twin?.targets.patterns.find((p) => p.id === id);
    if (!found) throw new Error(`${id} missing from the targets file`);
    return found;
  };

  it.each(cases)(
    '%s: each service answers through exactly the declared hops with the seeded data',
    async (id) => {
      const pattern = target(id);
      expect(pattern.services.length).toBeGreaterThan(0);
      const headers = await authHeaders(pattern);
      for (const service of pattern.services) {
        const seeded = seedId(service.name as ServiceName, 0);
        const path = `${service.path}/${seeded}`;
        const response = await fetch(`${pattern.baseUrl}${path}`, { headers });
        const text = await response.text();
        expect({ service: service.name, status: response.status }).toEqual({
          service: service.name,
          status: 200,
        });
        expect(JSON.parse(text)).toMatchObject({ id: seeded, version: 1 });
        expect(response.headers.get('x-pik-trace')).toBe(expectedTrace(id, path));
        const designed = designedTrace(id, service);
        if (designed) expect(response.headers.get('x-pik-trace')).toBe(designed);

        const list = await fetch(`${pattern.baseUrl}${service.path}?limit=5`, { headers });
        expect(list.status).toBe(200);
        expect(list.headers.get('x-pik-trace')).toBe(expectedTrace(id, service.path));
        const page = (await list.json()) as { items: { id: string }[] };
        expect(page.items).toHaveLength(5);
      }
    },
  );

  it.each(cases)('%s: a write through the twin is read back through the twin', async (id) => {
    const pattern = target(id);
    const headers = { ...(await authHeaders(pattern)), 'content-type': 'application/json' };
    for (const service of pattern.services) {
      const seeded = (await (
        await fetch(`${pattern.baseUrl}${service.path}/${seedId(service.name as ServiceName, 1)}`, {
          headers,
        })
      ).json()) as Record<string, unknown>;
      // Create a copy of a seeded item: its fields that the create operation accepts.
      const fields = createFields(service.name, service.path);
      const body = Object.fromEntries(Object.entries(seeded).filter(([k]) => fields.includes(k)));
      expect(Object.keys(body).length).toBeGreaterThan(0);
      const created = await fetch(`${pattern.baseUrl}${service.path}`, {
        method: 'POST',
        headers,
        body: JSON.stringify(body),
      });
      expect({ service: service.name, status: created.status }).toEqual({
        service: service.name,
        status: 201,
      });
      const item = (await created.json()) as { id: string };
      const readBack = await fetch(`${pattern.baseUrl}${service.path}/${item.id}`, { headers });
      expect(readBack.status).toBe(200);
      expect(await readBack.json()).toMatchObject({ ...body, id: item.id });
    }
  });

  it.each(cases)('%s: after a forced reset the next Lambda response is a reported cold start', async (id) => {
    const pattern = target(id);
    const lambdaServices = pattern.services.filter((s) => s.compute === 'lambda');
    // The benchmarks force cold starts on every pattern; one without functions has nothing to reset.
    const resetAll = await fetch(`${pattern.controlUrl}/cold-start`, { method: 'POST' });
    expect(resetAll.status).toBe(200);
    if (lambdaServices.length === 0) return;
    const headers = await authHeaders(pattern);
    for (const service of lambdaServices) {
      const path = `${pattern.baseUrl}${service.path}/${seedId(service.name as ServiceName, 0)}`;
      await fetch(path, { headers });
      const reset = await fetch(`${pattern.controlUrl}/cold-start?function=${service.name}`, {
        method: 'POST',
      });
      expect(reset.status).toBe(200);
      const cold = await fetch(path, { headers });
      expect(cold.status).toBe(200);
      expect(cold.headers.get('x-pik-cold')).toBe('true');
      expect(Number(cold.headers.get('x-pik-init-ms'))).toBeGreaterThan(0);
      const warm = await fetch(path, { headers });
      expect(warm.headers.get('x-pik-cold')).toBe('false');
    }
  });
});
