import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TargetsFile } from '@pik/contracts';
import { Value } from 'typebox/value';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Twin, twinUp } from '../../src/orchestrator/twin-up.js';
import { FIXTURE_CDK_OUT, isAlive } from '../fixtures.js';

const root = mkdtempSync(join(tmpdir(), 'pik-twin-'));
let twin: Twin;
const lines: string[] = [];

beforeAll(async () => {
  twin = await twinUp({ root, cdkOut: FIXTURE_CDK_OUT, logs: 'discard', print: (l) => lines.push(l) });
});
afterAll(async () => {
  await twin?.stop();
  rmSync(root, { recursive: true, force: true });
});

const pattern = (id: string) => {
  const p = twin.targets.patterns.find((x) => x.id === id);
  if (!p) throw new Error(`${id} not in targets`);
  return p;
};

async function token(id: string): Promise<string> {
  const jwt = pattern(id).auth.find((a) => a.kind === 'jwt');
  if (jwt?.kind !== 'jwt') throw new Error('no jwt auth');
  const response = await fetch(jwt.tokenUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `Basic ${Buffer.from(`${jwt.clientId}:${jwt.clientSecret}`).toString('base64')}`,
    },
    body: new URLSearchParams({ grant_type: 'client_credentials', scope: jwt.scope }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { access_token: string }).access_token;
}

/** The bearer token and API key a request to the REST fixture pattern carries. */
async function restHeaders(id: string): Promise<Record<string, string>> {
  const key = pattern(id).auth.find((a) => a.kind === 'api-key');
  return { authorization: await token(id), 'x-api-key': key?.kind === 'api-key' ? (key.value ?? '') : '' };
}

const portOpen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const s = createConnection({ host: '127.0.0.1', port });
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });

describe('twin up on a cloud assembly', () => {
  it('writes a targets file that satisfies the contract, with auth, services and control URLs', () => {
    const written = JSON.parse(readFileSync(join(root, '.pik', 'targets.json'), 'utf8'));
    expect(Value.Check(TargetsFile, written)).toBe(true);
    expect(written.world).toBe('local-twin');
    const rest = pattern('rest-vpclink-nlb-to-alb');
    expect(rest.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/prod$/);
    expect(rest.auth.map((a) => a.kind)).toEqual(['jwt', 'api-key']);
    expect(rest.throttle).toEqual({ rateLimit: 100, burstLimit: 50 });
    expect(rest.services).toEqual([
      { name: 'catalog', path: '/catalog', compute: 'fargate' },
      {
        name: 'orders',
        path: '/orders',
        compute: 'lambda',
        functionName: 'FixtureRestNlbToAlb-OrdersFn8A9B0C1D',
        logGroup: '/aws/lambda/FixtureRestNlbToAlb-OrdersFn8A9B0C1D',
      },
    ]);
    expect(rest.controlUrl).toMatch(/\/patterns\/rest-vpclink-nlb-to-alb$/);
  });

  it('prints the endpoints and what it does not emulate', () => {
    const text = lines.join('\n');
    expect(text).toMatch(/rest-vpclink-nlb-to-alb\s+rest\s+http:\/\/127\.0\.0\.1:\d+\/prod/);
    expect(text).toMatch(/WAF rules are not evaluated.*AWS::WAFv2::WebACL/);
    expect(text).toMatch(/X-Ray tracing is on/);
    expect(text).toMatch(/health checks run at 0\.1x/);
  });

  it('REST: gateway -> VPC link V1 -> NLB -> ALB -> Lambda, with Cognito token and API key', async () => {
    const rest = pattern('rest-vpclink-nlb-to-alb');
    const headers = await restHeaders(rest.id);
    const response = await fetch(`${rest.baseUrl}/orders/o-1?x=1`, { headers });
    const body = (await response.json()) as { path: string; env: { TABLE_NAME: string } };
    expect(response.status).toBe(200);
    expect(response.headers.get('x-pik-trace')).toBe(
      'gateway:rest > vpclink:v1 > nlb:8083 > alb > lambda:orders',
    );
    expect(body.path).toBe('/orders/o-1');
    expect(body.env.TABLE_NAME).toBe('FixtureRestNlbToAlb-OrdersTableE3F1B2A4');

    const anonymous = await fetch(`${rest.baseUrl}/orders/o-1`);
    expect(anonymous.status).toBe(401);
  });

  it('REST: the NLB listener reaches the ALB whose path rule sends /catalog to the container replicas', async () => {
    const rest = pattern('rest-vpclink-nlb-to-alb');
    const ports = new Set<number>();
    for (let i = 0; i < 6; i++) {
      const response = await fetch(`${rest.baseUrl}/catalog/p-${i}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('x-pik-trace')).toBe(
        'gateway:rest > vpclink:v1 > nlb:8083 > alb > container:catalog',
      );
      const body = (await response.json()) as { url: string; port: number };
      expect(body.url).toBe(`/catalog/p-${i}`);
      ports.add(body.port);
    }
    expect(ports.size).toBe(2);
  });

  it('forced cold start through the control surface: next response reports x-pik-cold and its init time', async () => {
    const rest = pattern('rest-vpclink-nlb-to-alb');
    const headers = await restHeaders(rest.id);
    await fetch(`${rest.baseUrl}/orders/warm`, { headers });
    const warm = await fetch(`${rest.baseUrl}/orders/warm`, { headers });
    expect(warm.headers.get('x-pik-cold')).toBe('false');
    const reset = await fetch(`${rest.controlUrl}/cold-start`, { method: 'POST' });
    expect(reset.status).toBe(200);
    const cold = await fetch(`${rest.baseUrl}/orders/cold`, { headers });
    expect(cold.headers.get('x-pik-cold')).toBe('true');
    expect(Number(cold.headers.get('x-pik-init-ms'))).toBeGreaterThan(0);
  });

  it('control surface: concurrency 0 throttles a function as PutFunctionConcurrency 0 does; template restores it', async () => {
    const rest = pattern('rest-vpclink-nlb-to-alb');
    const headers = await restHeaders(rest.id);
    expect((await fetch(`${rest.baseUrl}/orders/before`, { headers })).status).toBe(200);
    const bad = await fetch(`${rest.controlUrl}/functions/orders/concurrency/-1`, { method: 'POST' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ field: 'concurrency' });
    const zero = await fetch(`${rest.controlUrl}/functions/orders/concurrency/0`, { method: 'POST' });
    expect(await zero.json()).toMatchObject({ concurrencyLimit: 0 });
    // Throttled before any environment runs: the ALB in front of the function answers its 502 page.
    const throttled = await fetch(`${rest.baseUrl}/orders/during`, { headers });
    expect(throttled.status).toBe(502);
    expect(await throttled.text()).toContain('502 Bad Gateway');
    const restored = await fetch(`${rest.controlUrl}/functions/orders/concurrency/template`, {
      method: 'POST',
    });
    // The fixture template reserves 2.
    expect(await restored.json()).toMatchObject({ concurrencyLimit: 2 });
    // The tests before spent the API key's usage-plan bucket (10 rps, burst 5): let it refill first.
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect((await fetch(`${rest.baseUrl}/orders/after`, { headers })).status).toBe(200);
  });

  it('control surface: a killed replica refuses connections at once; the ALB answers 502 until health checks take it out', async () => {
    const rest = pattern('rest-vpclink-nlb-to-alb');
    const service = [...(twin.patterns.get(rest.id)?.containers.values() ?? [])][0];
    const victim = service?.list()[0];
    if (!service || !victim) throw new Error('no container replica');
    const killed = await fetch(`${rest.controlUrl}/services/catalog/replicas/1/kill`, { method: 'POST' });
    expect(killed.status).toBe(200);
    expect(service.list()[0]?.state).toBe('stopped');
    expect(await portOpen(victim.port)).toBe(false);
    const statuses = new Set<number>();
    for (let i = 0; i < 8; i++) statuses.add((await fetch(`${rest.baseUrl}/catalog/k-${i}`)).status);
    // Round robin over two targets, one dead and still routable: some requests meet ELB's 502.
    expect([...statuses].sort()).toEqual([200, 502]);
    await fetch(`${rest.controlUrl}/services/catalog/replicas/1/restart`, { method: 'POST' });
  });

  it('HTTP API: JWT route through VPC link V2 to the ALB listener, and a Lambda proxy route', async () => {
    const http = pattern('http-vpclink-albs');
    expect(http.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const viaAlb = await fetch(`${http.baseUrl}/orders/o-2`, {
      headers: { authorization: `Bearer ${await token(http.id)}` },
    });
    expect(viaAlb.status).toBe(200);
    expect(viaAlb.headers.get('x-pik-trace')).toBe('gateway:http > vpclink:v2 > alb > lambda:orders');
    expect(((await viaAlb.json()) as { path: string }).path).toBe('/orders/o-2');

    const direct = await fetch(`${http.baseUrl}/ping`);
    expect(direct.status).toBe(200);
    expect(direct.headers.get('x-pik-trace')).toBe('gateway:http > lambda:orders');
    expect(((await direct.json()) as { path: string }).path).toBe('/ping');
  });

  it('control surface: a stopped replica leaves the other serving; bad input is a 4xx naming the field', async () => {
    const rest = pattern('rest-vpclink-nlb-to-alb');
    const bad = await fetch(`${rest.controlUrl}/services/catalog/replicas/9/stop`, { method: 'POST' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ field: 'replica' });
    const stopped = await fetch(`${rest.controlUrl}/services/catalog/replicas/1/stop`, { method: 'POST' });
    expect(stopped.status).toBe(200);
    // Until health checks notice (interval 5 s x 0.1, unhealthy after 2 failures) the ALB may still pick the
    // stopped target and answer 502, as a real ALB does; after that window every request is served.
    await new Promise((resolve) => setTimeout(resolve, 500 * 2 + 700));
    const state = (await (await fetch(rest.controlUrl ?? '')).json()) as {
      targetHealth: Record<string, { port: number; state: string }[]>;
    };
    const catalogHealth = Object.entries(state.targetHealth).find(([k]) =>
      k.endsWith('CatalogTargetGroup5F6A7B8C'),
    )?.[1];
    expect(catalogHealth?.map((t) => t.state).sort()).toEqual(['healthy', 'unhealthy']);
    for (let i = 0; i < 6; i++) expect((await fetch(`${rest.baseUrl}/catalog/after-stop`)).status).toBe(200);
    await fetch(`${rest.controlUrl}/services/catalog/replicas/1/restart`, { method: 'POST' });
  });

  it('failover: one of two replicas killed under write load; routing stops within the health-check window, no acknowledged write is lost', async () => {
    const rest = pattern('rest-vpclink-nlb-to-alb');
    const replicas = [...(twin.patterns.get(rest.id)?.containers.values() ?? [])][0];
    if (!replicas) throw new Error('no container service');
    // Let the restarted replica of the previous test turn healthy again first.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const acknowledged: string[] = [];
    const failures: number[] = [];
    let killedAt = Number.POSITIVE_INFINITY;
    const deadline = performance.now() + 3_500;
    const writer = async () => {
      while (performance.now() < deadline) {
        const started = performance.now();
        const response = await fetch(`${rest.baseUrl}/catalog/items`, { method: 'POST' }).catch(
          () => undefined,
        );
        if (response?.status === 201) acknowledged.push(((await response.json()) as { id: string }).id);
        else {
          await response?.arrayBuffer();
          // 429s are the stage throttle (100 rps) doing its job; only errors count as routing failures.
          if (response?.status !== 429) failures.push(started);
        }
      }
    };
    const load = Promise.all([writer(), writer(), writer(), writer()]);
    await new Promise((resolve) => setTimeout(resolve, 600));
    const victim = replicas.list()[0]?.pid;
    if (victim === undefined) throw new Error('replica 1 has no process');
    process.kill(-victim, 'SIGKILL');
    killedAt = performance.now();
    await load;

    // Health checks: interval 5 s x 0.1 = 500 ms, unhealthy after 2 refused probes, plus one interval of slack.
    // Requests in flight at the kill may fail; requests started well before it must not.
    const window = 500 * 2 + 500;
    expect(failures.filter((t) => t > killedAt + window).map((t) => Math.round(t - killedAt))).toEqual([]);
    expect(failures.filter((t) => t < killedAt - 200).map((t) => Math.round(t - killedAt))).toEqual([]);
    expect(acknowledged.length).toBeGreaterThan(20);
    const missing: string[] = [];
    for (const id of acknowledged) {
      let read = await fetch(`${rest.baseUrl}/catalog/items/${id}`);
      // Reading hundreds of ids back-to-back runs into the stage throttle; wait for tokens and retry.
      while (read.status === 429) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        read = await fetch(`${rest.baseUrl}/catalog/items/${id}`);
      }
      if (read.status !== 200) missing.push(id);
    }
    expect(missing).toEqual([]);
    await fetch(`${rest.controlUrl}/services/catalog/replicas/1/restart`, { method: 'POST' });
  });

  it('stop() leaves no process and no listening port behind', async () => {
    const running = [...twin.patterns.values()];
    const pids = running.flatMap((p) => [
      ...[...p.containers.values()].flatMap((c) => c.list().map((r) => r.pid)),
      ...p.lambdas.functions.flatMap((f) => f.stats().map((s) => s.pid)),
    ]);
    const ports = running.flatMap((p) => [
      Number(new URL(p.gateway.baseUrl).port),
      ...p.listenerPorts.values(),
    ]);
    expect(pids.filter(isAlive).length).toBeGreaterThan(0);
    await twin.stop();
    expect(pids.filter(isAlive)).toEqual([]);
    for (const port of ports) expect(await portOpen(port)).toBe(false);
    expect(await portOpen(Number(new URL(twin.controlUrl).port))).toBe(false);
  });
});
