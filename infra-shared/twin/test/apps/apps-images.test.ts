/**
 * What the twin does with container images it cannot run from a Node.js Dockerfile: each case copies the
 * synthesized ALB + Fargate app, changes its staged Dockerfile, and checks the start-up listing and what
 * the API then answers (the ALB has no registered target: 503).
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idsOfType, type SynthesizedApps, synthesizeFixtures, templateOf } from './fixture-apps.js';
import { get, startApp } from './twin-driver.js';

let apps: SynthesizedApps;
let serviceId: string;
beforeAll(async () => {
  apps = await synthesizeFixtures(['alb-fargate-node']);
  serviceId = idsOfType(
    templateOf(apps.cdkOut['alb-fargate-node'] as string, 'GreetingStack'),
    'AWS::ECS::Service',
  )[0] as string;
}, 120_000);
afterAll(() => apps?.remove());

/** A copy of the assembly whose staged image folder gets `files` written into it. */
function assemblyWith(
  name: string,
  files: Record<string, string>,
  editTemplate?: (resources: Record<string, { Type: string; Properties: Record<string, unknown> }>) => void,
): string {
  const copy = join(apps.root, name);
  cpSync(apps.cdkOut['alb-fargate-node'] as string, copy, { recursive: true });
  if (editTemplate) {
    const path = join(copy, 'GreetingStack.template.json');
    const template = JSON.parse(readFileSync(path, 'utf8'));
    editTemplate(template.Resources);
    writeFileSync(path, JSON.stringify(template));
  }
  const image = readdirSync(copy).find((f) => f.startsWith('asset.')) as string;
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(join(copy, image, file, '..'), { recursive: true });
    writeFileSync(join(copy, image, file), content);
  }
  return copy;
}

async function expectRefused(cdkOut: string, reason: string): Promise<void> {
  const app = await startApp({ cdkOut });
  try {
    expect(app.listing).toContain(`${serviceId} not run: ${reason}`);
    expect(app.twin.patterns.get('GreetingStack')?.containers.size).toBe(0);
    const answer = await get(app.twin, 'GreetingStack', '/greetings/hi');
    expect([answer.status, answer.trace]).toEqual([503, 'gateway:http > vpclink:v2 > alb']);
  } finally {
    await app.twin.stop();
  }
}

describe('a Node.js image whose task definition gives no port', () => {
  it("listens on the Dockerfile's EXPOSE port, mapped to each replica's own port", async () => {
    const cdkOut = assemblyWith('expose-only', {}, (resources) => {
      for (const resource of Object.values(resources)) {
        if (resource.Type === 'AWS::ECS::Service') {
          for (const lb of resource.Properties.LoadBalancers as Record<string, unknown>[])
            delete lb.ContainerPort;
        }
        if (resource.Type === 'AWS::ECS::TaskDefinition') {
          for (const c of resource.Properties.ContainerDefinitions as Record<string, unknown>[])
            delete c.PortMappings;
        }
      }
    });
    const app = await startApp({ cdkOut });
    try {
      expect(app.listing).toContain(`container GreetingStack/${serviceId}:`);
      expect(app.listing).toContain('(container port 8080)');
      const replicas = app.twin.patterns.get('GreetingStack')?.containers.get(serviceId)?.list() ?? [];
      expect(replicas.map((r) => r.state)).toEqual(['running', 'running']);
      expect((await get(app.twin, 'GreetingStack', '/greetings/hi')).status).toBe(200);
    } finally {
      await app.twin.stop();
    }
  });
});

describe('container images the twin does not run', () => {
  it('refuses an image built FROM anything but node, naming the image and the --container way out', async () => {
    const cdkOut = assemblyWith('python-image', {
      Dockerfile: 'FROM python:3.12-slim\nCOPY . .\nCMD ["python", "app.py"]\n',
    });
    await expectRefused(
      cdkOut,
      `image built FROM python:3.12-slim: only Node.js images (FROM node) run on the host; pass --container ${serviceId}=<command> to run a local command in its place`,
    );
  });

  it('refuses an image whose RUN installs dependencies the staged folder does not have', async () => {
    const cdkOut = assemblyWith('install-step', {
      Dockerfile: 'FROM node:22\nWORKDIR /app\nCOPY . .\nRUN npm ci --omit=dev\nCMD ["node", "server.js"]\n',
      'package.json': JSON.stringify({ name: 'greeting', dependencies: { fastify: '5.0.0' } }),
    });
    await expectRefused(
      cdkOut,
      "its Dockerfile installs dependencies (RUN npm ci --omit=dev) and the staged folder has no node_modules: run `npm ci` in the app's image folder and synthesize again",
    );
  });

  it('runs the same image once node_modules is staged, and lists the RUN step it skipped', async () => {
    const cdkOut = assemblyWith('install-done', {
      Dockerfile: 'FROM node:22\nWORKDIR /app\nCOPY . .\nRUN npm ci --omit=dev\nCMD ["node", "server.js"]\n',
      'package.json': JSON.stringify({ name: 'greeting', dependencies: {} }),
      'node_modules/.package-lock.json': '{}',
    });
    const app = await startApp({ cdkOut });
    try {
      expect(app.listing).toContain('Dockerfile FROM node:22, run on the host');
      expect(app.listing).toContain('(RUN steps skipped: npm ci --omit=dev)');
      expect((await get(app.twin, 'GreetingStack', '/greetings/hi')).status).toBe(200);
    } finally {
      await app.twin.stop();
    }
  });

  it('refuses a Dockerfile it cannot read, with the reason', async () => {
    const cdkOut = assemblyWith('no-from', {
      Dockerfile: '# base image comes later\nCMD ["node", "server.js"]\n',
    });
    const image = readdirSync(cdkOut).find((f) => f.startsWith('asset.')) as string;
    await expectRefused(
      cdkOut,
      `${join(cdkOut, image, 'Dockerfile')}: no FROM instruction; pass --container ${serviceId}=<command> to run a local command in its place`,
    );
  });

  it('refuses a Lambda base image: it runs a function, not a server', async () => {
    const cdkOut = assemblyWith('lambda-image', {
      Dockerfile: 'FROM public.ecr.aws/lambda/nodejs:20\nCOPY index.js ./\nCMD ["index.handler"]\n',
    });
    await expectRefused(
      cdkOut,
      `image built FROM public.ecr.aws/lambda/nodejs:20: only Node.js images (FROM node) run on the host; pass --container ${serviceId}=<command> to run a local command in its place`,
    );
  });
});
