/**
 * CDK apps written the way the CDK documentation writes them, synthesized through their own cdk.json and
 * driven end to end through the twin: status, body, and a trace whose hops are the template's.
 */
import { join } from 'node:path';
import type { TargetPattern } from '@pik/contracts';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runTwinCli } from '../../src/cli.js';
import { authHeaders } from '../e2e/target-auth.js';
import { APPS_DIR, idsOfType, type SynthesizedApps, synthesizeFixtures, templateOf } from './fixture-apps.js';
import { get, type RunningApp, startApp } from './twin-driver.js';

let apps: SynthesizedApps;
const running: RunningApp[] = [];

beforeAll(async () => {
  apps = await synthesizeFixtures([
    'http-nlb',
    'registry-image',
    'rest-nlb-to-alb',
    'alb-lambda-paths',
    'two-apis',
  ]);
}, 240_000);

afterAll(async () => {
  for (const app of running) await app.twin.stop();
  apps?.remove();
});

async function start(options: Parameters<typeof startApp>[0]): Promise<RunningApp> {
  const app = await startApp(options);
  running.push(app);
  return app;
}

const json = (body: string) => JSON.parse(body) as Record<string, unknown>;

describe('an HTTP API to an ALB-fronted Fargate service built from a Node.js Dockerfile (--app)', () => {
  let app: RunningApp;
  let serviceId: string;
  beforeAll(async () => {
    const cdkOut = join(apps.root, 'alb-fargate-node');
    app = await start({ app: join(APPS_DIR, 'alb-fargate-node'), cdkOut });
    serviceId = idsOfType(templateOf(cdkOut, 'GreetingStack'), 'AWS::ECS::Service')[0] as string;
  }, 240_000);

  it('is named by its stack name and runs the image command on the host node, with its ENV and WORKDIR', async () => {
    expect([...app.twin.patterns.keys()]).toEqual(['GreetingStack']);
    expect(app.listing).toMatch(
      new RegExp(
        `container GreetingStack/${serviceId}: Dockerfile FROM node:20-alpine, run on the host's node`,
      ),
    );
    const answer = await get(app.twin, 'GreetingStack', '/greetings/hi');
    expect(answer.status).toBe(200);
    const body = json(answer.body);
    // GREETING from the task definition, SERVED_BY from the Dockerfile's ENV, cwd the staged folder (WORKDIR).
    expect(body).toMatchObject({
      greeting: 'hello from fargate',
      servedBy: 'greeting-image',
      path: '/greetings/hi',
    });
    expect(String(body.cwd)).toMatch(/alb-fargate-node\/asset\.[0-9a-f]{64}$/);
    expect(answer.trace).toBe(`gateway:http > vpclink:v2 > alb > container:${serviceId}`);
    expect(answer.trace).toBe(answer.templateTrace);
  });

  it('runs both desired tasks, each on its own port standing for container port 8080', async () => {
    const replicas = app.twin.patterns.get('GreetingStack')?.containers.get(serviceId)?.list() ?? [];
    expect(replicas.map((r) => r.state)).toEqual(['running', 'running']);
    expect(new Set(replicas.map((r) => r.port)).size).toBe(2);
    expect(replicas.every((r) => r.port !== 8080)).toBe(true);
  });

  it("derives the stack's services from its routes for the targets file, without a throttle", () => {
    const target = app.twin.targets.patterns[0];
    expect(target).toMatchObject({
      id: 'GreetingStack',
      title: 'GreetingStack',
      services: [{ name: serviceId, path: '/greetings', compute: 'fargate' }],
    });
    expect(target).not.toHaveProperty('throttle');
  });
});

describe('an HTTP API to an NLB-fronted Fargate service (HttpNlbIntegration, a named Dockerfile, shell-form CMD)', () => {
  it('answers through the NLB listener with the hops of the template', async () => {
    const app = await start({ cdkOut: apps.cdkOut['http-nlb'] });
    const answer = await get(app.twin, 'InventoryNlbStack', '/stock/A-1');
    expect(answer.status).toBe(200);
    expect(json(answer.body)).toEqual({ items: [{ sku: 'A-1', stock: 3 }], path: '/stock/A-1' });
    expect(answer.trace).toMatch(/^gateway:http > vpclink:v2 > nlb:80 > container:InventoryService\w+$/);
    expect(answer.trace).toBe(answer.templateTrace);
  });
});

describe('a REST API with a V1 VpcLink to an NLB in front of an ALB with a Lambda target', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await start({ cdkOut: apps.cdkOut['rest-nlb-to-alb'], patterns: ['OrdersRestStack'] });
  }, 120_000);

  it('crosses link, NLB and ALB to the function, and the ALB path rule decides', async () => {
    const answer = await get(app.twin, 'OrdersRestStack', '/orders/42');
    expect(answer.status).toBe(200);
    expect(json(answer.body)).toEqual({ order: '42', source: 'alb-lambda' });
    expect(answer.trace).toMatch(/^gateway:rest > vpclink:v1 > nlb:80 > alb > lambda:OrdersFunction\w+$/);
    expect(answer.trace).toBe(answer.templateTrace);
  });
});

describe('an HTTP API to an ALB with Lambda targets and path rules, one route behind a JWT authorizer', () => {
  let app: RunningApp;
  let withToken: Record<string, string>;
  beforeAll(async () => {
    app = await start({ cdkOut: apps.cdkOut['alb-lambda-paths'] });
    withToken = await authHeaders(app.twin.targets.patterns[0] as TargetPattern);
  }, 120_000);

  it('sends each path to the function its rule names, and the rest to the fixed response', async () => {
    const customers = await get(app.twin, 'BillingStack', '/customers/7');
    expect([customers.status, json(customers.body)]).toEqual([
      200,
      { kind: 'customer', path: '/customers/7' },
    ]);
    expect(customers.trace).toMatch(/^gateway:http > vpclink:v2 > alb > lambda:CustomersFunction\w+$/);
    const invoices = await get(app.twin, 'BillingStack', '/invoices/9', withToken);
    expect(json(invoices.body)).toEqual({ kind: 'invoice', method: 'GET', path: '/invoices/9' });
    expect(invoices.trace).toBe(invoices.templateTrace);
    const other = await get(app.twin, 'BillingStack', '/elsewhere');
    expect([other.status, other.body, other.trace]).toEqual([
      404,
      'unknown path',
      'gateway:http > vpclink:v2 > alb',
    ]);
  });

  it('answers the JWT route 401 without a token and 200 with one from the client the targets file names', async () => {
    // The issuer is outside the app (https://auth.example.com): the twin's local issuer stands in for it,
    // with one client per audience the authorizer allows.
    expect(app.twin.targets.patterns[0]?.auth).toEqual([
      expect.objectContaining({ kind: 'jwt', clientId: 'billing-app' }),
    ]);
    const anonymous = await get(app.twin, 'BillingStack', '/invoices/9');
    expect([anonymous.status, json(anonymous.body), anonymous.trace]).toEqual([
      401,
      { message: 'Unauthorized' },
      'gateway:http',
    ]);
    const forged = await get(app.twin, 'BillingStack', '/invoices/9', {
      authorization: `${withToken.authorization?.slice(0, -4)}AAAA`,
    });
    expect(forged.status).toBe(401);
    const signed = await get(app.twin, 'BillingStack', '/invoices/9', withToken);
    expect([signed.status, json(signed.body)]).toEqual([
      200,
      { kind: 'invoice', method: 'GET', path: '/invoices/9' },
    ]);
    expect(signed.trace).toMatch(/^gateway:http > vpclink:v2 > alb > lambda:InvoicesFunction\w+$/);
    // The other routes stay open: the authorizer is the invoices route's alone.
    expect((await get(app.twin, 'BillingStack', '/customers/7')).status).toBe(200);
  });

  it('lists one service per ALB path rule in the targets file, the JWT route adding none', () => {
    const services = app.twin.targets.patterns[0]?.services ?? [];
    const listed = services.map((s) => [s.path, s.compute, s.name.replace(/[0-9A-F]{8}$/, '')]);
    // Routes are read before the ALB rules behind the catch-all, so /invoices (a route) comes first.
    expect(listed).toEqual([
      ['/invoices', 'lambda', 'InvoicesFunction'],
      ['/customers', 'lambda', 'CustomersFunction'],
    ]);
  });
});

describe('two APIs in one stack, and a stack without an API', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await start({
      cdkOut: apps.cdkOut['two-apis'],
      targetsFile: join(apps.root, 'two-apis.targets.json'),
    });
  }, 120_000);

  it('runs each API as <stack>.<api logical id> and lists the stack without one with the reason', async () => {
    const ids = [...app.twin.patterns.keys()];
    expect(ids.map((id) => id.replace(/[0-9A-F]{8}$/, ''))).toEqual([
      'ShopStack.PublicApi',
      'ShopStack.AdminApi',
    ]);
    expect(app.listing).toContain(
      'stack ShopDataStack not run: no API Gateway API (HTTP, REST or WebSocket): nothing to front',
    );
    const [publicId, adminId] = ids as [string, string];
    const product = await get(app.twin, publicId, '/products/1');
    expect([product.status, json(product.body)]).toEqual([200, { api: 'public', path: '/products/1' }]);
    expect(product.trace).toMatch(/^gateway:http > lambda:ProductsFunction\w+$/);
    const stats = await get(app.twin, adminId, '/admin/stats');
    expect([stats.status, json(stats.body)]).toEqual([200, { api: 'admin', orders: 0 }]);
    expect(stats.trace).toBe(stats.templateTrace);
    // The admin API has no catch-all: its own routes only.
    expect((await get(app.twin, adminId, '/products/1')).status).toBe(404);
  });

  it('takes control commands by the id the targets file gives each API', async () => {
    const adminId = [...app.twin.patterns.keys()].find((id) => id.startsWith('ShopStack.AdminApi')) as string;
    await get(app.twin, adminId, '/admin/stats');
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    try {
      const code = await runTwinCli([
        'cold-start',
        adminId,
        '--targets-file',
        join(apps.root, 'two-apis.targets.json'),
      ]);
      expect(code).toBe(0);
      // Only this API's function: the public API's runs in its own environments.
      expect(JSON.parse(log.mock.calls.flat().join(''))).toEqual({
        reset: [expect.stringMatching(/^ShopStack-StatsFunction\w+$/)],
      });
    } finally {
      log.mockRestore();
    }
    const next = await fetch(
      `${app.twin.patterns.get(adminId)?.gateway.baseUrl.replace(/\/$/, '')}/admin/stats`,
    );
    expect(next.headers.get('x-pik-cold')).toBe('true');
  });

  it('refuses --patterns naming a stack without an API, saying why', async () => {
    await expect(startApp({ cdkOut: apps.cdkOut['two-apis'], patterns: ['ShopDataStack'] })).rejects.toThrow(
      /no runnable API for ShopDataStack \(no API Gateway API \(HTTP, REST or WebSocket\): nothing to front\)/,
    );
  });
});

describe('refused and not emulated', () => {
  let serviceId: string;
  beforeAll(() => {
    serviceId = idsOfType(
      templateOf(apps.cdkOut['registry-image'] as string, 'SampleImageStack'),
      'AWS::ECS::Service',
    )[0] as string;
  });

  it('refuses a registry image by name at start-up; the ALB then has no target and answers 503', async () => {
    const app = await start({ cdkOut: apps.cdkOut['registry-image'] });
    expect(app.listing).toContain(
      `${serviceId} not run: image 'amazon/amazon-ecs-sample' is not built from the app's sources and cannot run here; pass --container ${serviceId}=<command> to run a local command in its place`,
    );
    const answer = await get(app.twin, 'SampleImageStack', '/x');
    expect(answer.status).toBe(503);
    expect(answer.trace).toBe('gateway:http > vpclink:v2 > alb');
    await app.twin.stop();
  });

  it('runs --container <logicalId>=<command> in its place, on the task definition port (80) mapped to a free one', async () => {
    const server = `node -e "require('node:http').createServer((q, s) => s.end('stand-in ' + q.url)).listen(80)"`;
    const app = await start({
      cdkOut: apps.cdkOut['registry-image'],
      containerCommands: { [serviceId]: server },
    });
    expect(app.listing).toContain(`container SampleImageStack/${serviceId}: ${server} (container port 80)`);
    const answer = await get(app.twin, 'SampleImageStack', '/hello');
    expect([answer.status, answer.body]).toEqual([200, 'stand-in /hello']);
    expect(answer.trace).toBe(`gateway:http > vpclink:v2 > alb > container:${serviceId}`);
    await app.twin.stop();
  });

  it('refuses a --container id that names no ECS service, listing the ones there are', async () => {
    await expect(
      startApp({ cdkOut: apps.cdkOut['registry-image'], containerCommands: { Nope: 'true' } }),
    ).rejects.toThrow(`--container: no ECS service Nope in the assembly; its ECS services: ${serviceId}`);
  });
});
