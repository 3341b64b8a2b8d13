/**
 * The runs through the twin: one twin for the suite, the service documents plus the gateway overlay
 * (`gateway-overlay.json`), and the credentials the targets file names.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TargetPattern, TargetsFile } from '@pik/contracts';
import { PIK, REPO_ROOT } from '../support.js';

const OVERLAY = fileURLToPath(new URL('./gateway-overlay.json', import.meta.url));

interface Overlay {
  responses: Record<string, string>;
  body: Record<string, unknown>;
}

type Operation = { responses?: Record<string, unknown> };
type OpenApiDocument = { paths: Record<string, Record<string, Operation>>; servers?: unknown };

/**
 * The service document as the gateway serves it: only the resource routes (the health probes are the
 * load balancers', the gateway does not route them), every operation also answering the gateway's own
 * statuses with API Gateway's `{"message": ...}` body, and the invoke URL (stage included) as server.
 */
export async function gatewayDocument(
  serviceDocument: string,
  basePath: string,
  baseUrl: string,
): Promise<string> {
  const overlay = JSON.parse(await readFile(OVERLAY, 'utf8')) as Overlay;
  const document = JSON.parse(await readFile(serviceDocument, 'utf8')) as OpenApiDocument;
  for (const path of Object.keys(document.paths)) {
    if (path !== basePath && !path.startsWith(`${basePath}/`)) delete document.paths[path];
  }
  for (const operations of Object.values(document.paths)) {
    for (const operation of Object.values(operations)) {
      operation.responses ??= {};
      for (const [status, description] of Object.entries(overlay.responses)) {
        operation.responses[status] ??= {
          description,
          content: { 'application/json': { schema: overlay.body } },
        };
      }
    }
  }
  document.servers = [{ url: baseUrl }];
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** The request headers a pattern's auth entries call for: a client-credentials token, an API key. */
export async function authHeaders(pattern: TargetPattern): Promise<Record<string, string>> {
  const headers: Record<string, string> = {};
  for (const auth of pattern.auth) {
    if (auth.kind === 'api-key') {
      if (!auth.value) throw new Error(`${pattern.id}: the targets file has no API key value`);
      headers[auth.header] = auth.value;
      continue;
    }
    const basic = Buffer.from(`${auth.clientId}:${auth.clientSecret ?? ''}`).toString('base64');
    const response = await fetch(auth.tokenUrl, {
      method: 'POST',
      headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials', scope: auth.scope }).toString(),
    });
    if (!response.ok) throw new Error(`${pattern.id}: token endpoint answered ${response.status}`);
    headers.authorization = `Bearer ${((await response.json()) as { access_token: string }).access_token}`;
  }
  return headers;
}

export interface RunningTwin {
  readonly targets: TargetsFile;
  stop(): Promise<void>;
}

/** `pik twin up` (the public CLI) on a synthesized assembly, until the targets file is written. */
export async function startTwin(
  root: string,
  cdkOut: string,
  patterns: readonly string[],
): Promise<RunningTwin> {
  const targetsFile = join(root, 'targets.json');
  const args = [
    'twin',
    'up',
    '--patterns',
    patterns.join(','),
    '--cdk-out',
    cdkOut,
    '--targets-file',
    targetsFile,
  ];
  const child: ChildProcess = spawn(process.execPath, [PIK, ...args, '--root', root, '--logs', 'discard'], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 180_000;
  while (!output.includes('twin is up')) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`pik twin up did not come up:\n${output.slice(-4000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const targets = JSON.parse(await readFile(targetsFile, 'utf8')) as TargetsFile;
  return {
    targets,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGINT');
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

export async function writeGatewayDocument(file: string, text: string): Promise<void> {
  await writeFile(file, text);
}
