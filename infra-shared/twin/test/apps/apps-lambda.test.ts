/**
 * The fixture apps whose functions need what AWS's Lambda runtimes provide: a NodejsFunction whose bundle
 * leaves the AWS SDK v3 out (as NodejsFunction does by default) reading a Table, and a Python function.
 * Synthesized once through their own cdk.json: what the twin reads from them, the choice of APIs by stack
 * name, and both driven end to end through the twin.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { optionalTool } from '@pik/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostPythonVersion, pythonCommand } from '../../src/runtime/lambda-languages.js';
import { assemblyTopologies } from '../../src/template/assembly-topologies.js';
import { type SynthesizedApps, synthesizeFixtures } from './fixture-apps.js';
import { get, type RunningApp, startApp } from './twin-driver.js';

const python = optionalTool(
  'python3',
  hostPythonVersion(pythonCommand()) !== undefined,
  'your system package manager (apt-get install python3), or set PIK_TWIN_PYTHON',
);

let apps: SynthesizedApps;
const running: RunningApp[] = [];

beforeAll(async () => {
  apps = await synthesizeFixtures(['rest-lambda-table', 'python-http', 'two-apis']);
}, 240_000);

afterAll(async () => {
  for (const app of running) await app.twin.stop();
  apps?.remove();
});

describe('LambdaRestApi with a NodejsFunction (SDK left out of the bundle) and a Table', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp({ cdkOut: apps.cdkOut['rest-lambda-table'] });
    running.push(app);
  }, 120_000);

  it('runs the function with the runtime-provided SDK against the table the template declares', async () => {
    const notes = app.twin.patterns.get('NotesStack');
    const table = notes?.topology.tables[0];
    expect(table).toBeDefined();
    const empty = await get(app.twin, 'NotesStack', '/notes');
    expect(empty.status).toBe(200);
    expect(JSON.parse(empty.body)).toEqual({ path: '/notes', count: 0 });

    // An item written with the SDK to the twin's store is what the function's Scan then counts.
    const client = new DynamoDBClient({
      endpoint: app.twin.dataStore.endpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    await client.send(new PutItemCommand({ TableName: table?.tableName, Item: { id: { S: 'note-1' } } }));
    client.destroy();
    const one = await get(app.twin, 'NotesStack', '/notes/any');
    expect([one.status, JSON.parse(one.body)]).toEqual([200, { path: '/notes/any', count: 1 }]);
    expect(one.trace).toMatch(/^gateway:rest > lambda:NotesHandler\w+$/);
    expect(one.trace).toBe(one.templateTrace);
  });
});

describe.skipIf(!python.available)('a Python function behind an HTTP API', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp({ cdkOut: apps.cdkOut['python-http'] });
    running.push(app);
  }, 120_000);

  it("answers through the host's Python with the route's path parameter", async () => {
    const answer = await get(app.twin, 'WeatherPythonStack', '/weather/lisbon');
    expect([answer.status, JSON.parse(answer.body)]).toEqual([200, { city: 'lisbon', sky: 'clear' }]);
    expect(answer.trace).toMatch(/^gateway:http > lambda:WeatherFunction\w+$/);
    expect(answer.trace).toBe(answer.templateTrace);
  });
});

describe('the NodejsFunction app as the twin reads it', () => {
  it('bundles the handler with esbuild, leaving the AWS SDK v3 out of the bundle', () => {
    const [topology] = assemblyTopologies(apps.cdkOut['rest-lambda-table'] as string).topologies;
    expect(topology?.patternId).toBe('NotesStack');
    const fn = topology?.functions[0];
    expect(fn?.runtime).toBe('nodejs20.x');
    expect(readdirSync(fn?.codeDir as string)).toEqual(['index.js']);
    const bundle = readFileSync(join(fn?.codeDir as string, 'index.js'), 'utf8');
    expect(bundle).toContain('require("@aws-sdk/client-dynamodb")');
    expect(existsSync(join(fn?.codeDir as string, 'node_modules'))).toBe(false);
    // The table is found and handed to the function as TABLE_NAME.
    expect(topology?.tables.map((t) => t.tableName)).toEqual([fn?.environment.TABLE_NAME]);
    expect(topology?.api.routes.map((r) => `${r.method} ${r.path}`).sort()).toEqual([
      'ANY /',
      'ANY /{proxy+}',
    ]);
  });
});

describe('the Python app as the twin reads it', () => {
  it('reads the function with its Python runtime, handler and staged source', () => {
    const [topology] = assemblyTopologies(apps.cdkOut['python-http'] as string).topologies;
    const fn = topology?.functions[0];
    expect([fn?.runtime, fn?.handler]).toEqual(['python3.12', 'weather.handler']);
    expect(existsSync(join(fn?.codeDir as string, 'weather.py'))).toBe(true);
    expect(topology?.api.routes.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /weather/{city}']);
  });
});

describe('choosing what runs (--patterns)', () => {
  const ids = (only?: string[]) =>
    assemblyTopologies(apps.cdkOut['two-apis'] as string, { only }).topologies.map((t) =>
      t.patternId.replace(/[0-9A-F]{8}$/, ''),
    );

  it('takes a stack name for all its APIs, or one API by <stack>.<api logical id>', () => {
    expect(ids()).toEqual(['ShopStack.PublicApi', 'ShopStack.AdminApi']);
    expect(ids(['ShopStack'])).toEqual(['ShopStack.PublicApi', 'ShopStack.AdminApi']);
    const admin = assemblyTopologies(apps.cdkOut['two-apis'] as string).topologies[1]?.patternId as string;
    expect(ids([admin])).toEqual(['ShopStack.AdminApi']);
  });

  it('lists the stack without an API as skipped, and names what exists for an unknown id', () => {
    expect(assemblyTopologies(apps.cdkOut['two-apis'] as string).skipped).toEqual([
      {
        stackName: 'ShopDataStack',
        reason: 'no API Gateway API (HTTP, REST or WebSocket): nothing to front',
      },
    ]);
    expect(() => ids(['Nope'])).toThrow(
      /no runnable API for Nope in .*; found: ShopStack\.PublicApi\w+, ShopStack, /,
    );
  });
});
