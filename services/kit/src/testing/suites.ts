/**
 * Entry-point suites every service runs against its own built bundles (vitest only; import from tests).
 * They prove the artefacts CDK and the twin ship, not the sources: the Lambda bundle in a plain `node`
 * process for ALB, REST (1.0) and HTTP API (2.0) events, and the server bundle's SIGTERM drain.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE_PATHS, EXPORT_SEGMENT, type ServiceDescriptor } from '../catalogue.js';
import { RUNTIME_HEADERS } from '../http/runtime-info.js';
import { numericRuleViolations } from '../resource/numbers.js';
import { EVENT_SHAPES } from './events.js';
import { startTestStore, type TestStore, testBackends } from './index.js';
import { runLambdaBundle, startServerBundle } from './processes.js';

export interface EntrySuiteOptions {
  readonly service: ServiceDescriptor;
  /** The service folder (`services/<name>`), where dist/ lives. */
  readonly serviceDir: string;
  /** A valid POST body for the service's resource. */
  readonly sampleBody: Record<string, unknown>;
  /** A field of the sample body and a wrong-typed value for it. */
  readonly invalid: { field: string; value: unknown };
}

/** The modules a bundle's index.mjs loads before its handler runs: itself and what it imports statically. */
function modulesLoadedAtInit(bundleDir: string): string[] {
  const loaded = new Set<string>();
  const visit = (name: string) => {
    if (loaded.has(name)) return;
    loaded.add(name);
    const code = readFileSync(path.join(bundleDir, name), 'utf8');
    // Static imports only (`from"./x.mjs"`, `import"./x.mjs"`); `import("./x.mjs")` loads on first use.
    for (const match of code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.mjs)"/g)) visit(match[1] as string);
  };
  visit('index.mjs');
  return [...loaded];
}

/** Create, its replay (same idempotency key), list, an invalid create, health and readiness, as `shape` events. */
function crudEvents(shape: keyof typeof EVENT_SHAPES, options: EntrySuiteOptions): unknown[] {
  const toEvent = EVENT_SHAPES[shape];
  const base = options.service.basePath;
  const { sampleBody, invalid } = options;
  const create = {
    method: 'POST',
    path: base,
    body: sampleBody,
    headers: { 'idempotency-key': `k-${shape}` },
  };
  return [
    toEvent(create),
    toEvent(create),
    toEvent({ method: 'GET', path: `${base}?limit=1` }),
    toEvent({ method: 'POST', path: base, body: { ...sampleBody, [invalid.field]: invalid.value } }),
    toEvent({ method: 'GET', path: '/healthz' }),
    toEvent({ method: 'GET', path: '/readyz' }),
  ];
}

/** What `crudEvents` must get in one fresh process: the right answers, one cold start, one environment. */
function expectCrudAnswers(
  run: Awaited<ReturnType<typeof runLambdaBundle>>,
  options: EntrySuiteOptions,
): void {
  const [created, replay, list, invalid, health, ready] = run.results;
  expect(created?.statusCode).toBe(201);
  const item = JSON.parse(created?.body ?? '{}');
  expect(item).toMatchObject({ ...options.sampleBody, version: 1 });
  expect(replay?.statusCode).toBe(201);
  expect(JSON.parse(replay?.body ?? '{}')).toEqual(item);
  expect(list?.statusCode).toBe(200);
  expect(JSON.parse(list?.body ?? '{}').items).toHaveLength(1);
  expect(invalid?.statusCode).toBe(400);
  expect(JSON.parse(invalid?.body ?? '{}')).toMatchObject({ field: options.invalid.field });
  expect(health?.statusCode).toBe(200);
  expect(ready?.statusCode).toBe(200);
  expect(run.results.map((r) => r.headers[RUNTIME_HEADERS.cold])).toEqual([
    'true',
    'false',
    'false',
    'false',
    'false',
    'false',
  ]);
  expect(new Set(run.results.map((r) => r.headers[RUNTIME_HEADERS.instance])).size).toBe(1);
  // Powertools metrics: one ColdStart metric per execution environment, in EMF on stdout.
  expect(run.output.match(/"Name":"ColdStart"/g)?.length).toBe(1);
}

export function describeLambdaBundle(options: EntrySuiteOptions): void {
  const { service } = options;
  const bundle = path.join(options.serviceDir, BUNDLE_PATHS.lambdaDir, 'index.mjs');
  const [backend] = testBackends();
  let store: TestStore;

  describe(`${service.name} Lambda bundle in a fresh node process`, () => {
    beforeAll(async () => {
      if (!backend) throw new Error('no test backend');
      store = await startTestStore(backend, `${service.name}-lambda`);
    });
    afterAll(async () => store?.close());

    it.each(Object.keys(EVENT_SHAPES) as (keyof typeof EVENT_SHAPES)[])(
      'serves %s events: create, read, list, validation error; cold exactly once',
      async (shape) => {
        const first = await runLambdaBundle(bundle, crudEvents(shape, options), {
          DYNAMODB_ENDPOINT: store.endpoint,
          TABLE_NAME: store.tableName,
          AWS_REGION: 'us-east-1',
          // What the Lambda runtime sets; Powertools only counts cold starts of on-demand environments.
          AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
        });
        expectCrudAnswers(first, options);
      },
    );

    it('loads no part of the schema compiler at init: it arrives with the first validated request', () => {
      const bundleDir = path.dirname(bundle);
      const atInit = modulesLoadedAtInit(bundleDir);
      expect(atInit).toContain('index.mjs');
      expect(atInit).not.toContain('typebox-compile.mjs');
      // TypeBox's error messages belong to the compiler's module; the first request above that fails
      // validation (400 naming the field) proves the module is there and loads.
      const initCode = atInit.map((name) => readFileSync(path.join(bundleDir, name), 'utf8')).join('\n');
      expect(initCode).not.toContain('must have required properties');
      expect(readFileSync(path.join(bundleDir, 'typebox-compile.mjs'), 'utf8')).toContain(
        'must have required properties',
      );
    });

    it("names no folder of the machine that built it, so CDK's asset hash is the same wherever it is built", () => {
      const bundleDir = path.dirname(bundle);
      const repository = path.resolve(options.serviceDir, '..', '..');
      const naming = readdirSync(bundleDir).filter((name) =>
        readFileSync(path.join(bundleDir, name), 'utf8').includes(repository),
      );
      expect(naming).toEqual([]);
    });

    it('loads as plain ESM without any DynamoDB I/O at import', async () => {
      const run = await runLambdaBundle(bundle, [], {
        DYNAMODB_ENDPOINT: 'http://127.0.0.1:9',
        TABLE_NAME: 'never-contacted',
      });
      expect(run.results).toEqual([]);
    });
  });
}

export function describeServerBundle(options: EntrySuiteOptions): void {
  const { service, sampleBody } = options;
  const bundle = path.join(options.serviceDir, BUNDLE_PATHS.serverEntry);

  describe(`${service.name} server bundle`, () => {
    it('serves on embedded DynamoDB, then on SIGTERM finishes the in-flight request and exits within 10 s', async () => {
      const server = await startServerBundle(bundle, {});
      try {
        const first = await fetch(`${server.url}${service.basePath}?limit=1`);
        expect(first.status).toBe(200);
        expect(first.headers.get(RUNTIME_HEADERS.cold)).toBe('false'); // the readiness probe was first
        const payload = JSON.stringify(sampleBody);
        const url = new URL(`${server.url}${service.basePath}`);
        // A slow client: headers and half the body now, the rest after SIGTERM.
        const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
          const req = httpRequest(
            {
              host: url.hostname,
              port: url.port,
              path: url.pathname,
              method: 'POST',
              headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
            },
            (res) => {
              let body = '';
              res.on('data', (chunk: Buffer) => {
                body += chunk.toString();
              });
              res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
            },
          );
          req.on('error', reject);
          const half = Math.floor(payload.length / 2);
          req.write(payload.slice(0, half));
          setTimeout(() => req.end(payload.slice(half)), 700);
        });
        await new Promise((resolve) => setTimeout(resolve, 200));
        const stopped = server.stop('SIGTERM');
        await new Promise((resolve) => setTimeout(resolve, 200));
        await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
        const inFlight = await response;
        expect(inFlight.status).toBe(201);
        expect(JSON.parse(inFlight.body)).toMatchObject(sampleBody);
        const { code, ms } = await stopped;
        expect(code).toBe(0);
        expect(ms).toBeLessThan(10_000);
      } finally {
        await server.stop('SIGKILL');
      }
    });
  });
}

/**
 * The service's build-time OpenAPI document (`services/<name>/openapi.json`): valid OpenAPI 3, covering
 * every route under the base path, the health routes, and every documented response code of a create and
 * an update.
 */
export function describeOpenApiDocument(options: Pick<EntrySuiteOptions, 'service' | 'serviceDir'>): void {
  const { basePath, name } = options.service;
  describe('openapi.json (written by the build)', () => {
    it('is a valid OpenAPI 3 document covering every route and response code', async () => {
      const { compileErrors, validate } = await import('@readme/openapi-parser');
      const { readFile } = await import('node:fs/promises');
      const document = JSON.parse(await readFile(path.join(options.serviceDir, 'openapi.json'), 'utf8'));
      const result = await validate(structuredClone(document));
      expect(result.valid ? '' : compileErrors(result)).toBe('');
      expect(Object.keys(document.paths).sort()).toEqual(
        [basePath, `${basePath}/${EXPORT_SEGMENT}`, `${basePath}/{id}`, '/healthz', '/readyz'].sort(),
      );
      // The streaming export is documented as NDJSON of the item, with 400 for a bad query.
      const exported = document.paths[`${basePath}/${EXPORT_SEGMENT}`].get.responses;
      expect(Object.keys(exported['200'].content)).toEqual(['application/x-ndjson']);
      expect(Object.keys(exported)).toEqual(expect.arrayContaining(['200', '400']));
      expect(Object.keys(document.paths[basePath].post.responses)).toEqual(
        expect.arrayContaining(['201', '400', '409', '413', '415', '422']),
      );
      expect(Object.keys(document.paths[`${basePath}/{id}`].patch.responses)).toEqual(
        expect.arrayContaining(['200', '400', '404', '409']),
      );
      expect(document.paths[basePath].post.tags).toEqual([name]);
    });

    it('states every number and integer with the one numeric rule: bounded, within DynamoDB and the safe integers', async () => {
      const { readFile } = await import('node:fs/promises');
      const document = JSON.parse(await readFile(path.join(options.serviceDir, 'openapi.json'), 'utf8'));
      expect(numericRuleViolations(document)).toEqual([]);
    });
  });
}
