import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDataStore, type TwinDataStore } from '../../src/runtime/dynamodb.js';
import { LambdaRuntime } from '../../src/runtime/lambda-runtime.js';
import { providedSdk } from '../../src/runtime/lambda-sdk.js';
import { codeDir, functionSpec, removeCodeDirs } from './lambda-helpers.js';

// A handler as a NodejsFunction's source would be: it creates a table, writes an item and reads it back
// through the SDK clients AWS's Node.js runtimes provide, with no client options (region, endpoint and
// credentials come from the environment Lambda sets, plus the twin's AWS_ENDPOINT_URL_DYNAMODB). As on
// AWS, a new table is CREATING for a while and refuses writes, so the handler waits until it is ACTIVE.
const SOURCE = `
import { CreateTableCommand, DynamoDBClient, waitUntilTableExists } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
const client = new DynamoDBClient({});
const documents = DynamoDBDocumentClient.from(client);
export const handler = async (event) => {
  await documents.send(new CreateTableCommand({
    TableName: event.table,
    KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
    AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
    BillingMode: 'PAY_PER_REQUEST',
  }));
  await waitUntilTableExists({ client, minDelay: 1, maxWaitTime: 8 }, { TableName: event.table });
  await documents.send(new PutCommand({ TableName: event.table, Item: { id: 'a', stock: 7 } }));
  const read = await documents.send(new GetCommand({ TableName: event.table, Key: { id: 'a' } }));
  return read.Item;
};
`;

/** Bundles SOURCE as NodejsFunction does for Node.js 18+ runtimes: esbuild, platform node, `@aws-sdk/*` external. */
async function nodejsFunctionBundle(format: 'cjs' | 'esm'): Promise<string> {
  const dir = codeDir({ 'src/handler.mjs': SOURCE });
  const outfile = join(dir, 'bundle', format === 'esm' ? 'index.mjs' : 'index.js');
  await build({
    entryPoints: [join(dir, 'src/handler.mjs')],
    bundle: true,
    platform: 'node',
    target: 'node18',
    format,
    outfile,
    external: ['@aws-sdk/*'],
    logLevel: 'silent',
  });
  return join(dir, 'bundle');
}

let store: TwinDataStore;
const runtimes: LambdaRuntime[] = [];
beforeAll(async () => {
  store = await startDataStore();
});
afterAll(async () => {
  await Promise.all(runtimes.map((r) => r.close()));
  await store?.close();
  removeCodeDirs();
});

function runtimeFor(id: string, dir: string): LambdaRuntime {
  const runtime = new LambdaRuntime([functionSpec(id, { codeDir: dir })], { extraEnv: store.env });
  runtimes.push(runtime);
  return runtime;
}

describe('the AWS SDK v3 as Lambda provides it', () => {
  it('a CommonJS bundle without the SDK requires it, creates a DynamoDB table in dynalite and reads it back', async () => {
    const result = await runtimeFor('CjsBundle', await nodejsFunctionBundle('cjs')).invoke('CjsBundle', {
      table: 'cjs-orders',
    });
    expect({ error: result.functionError, payload: result.payload }).toEqual({
      error: undefined,
      payload: { id: 'a', stock: 7 },
    });
  });

  it('an ES module bundle without the SDK imports it the same way', async () => {
    const result = await runtimeFor('EsmBundle', await nodejsFunctionBundle('esm')).invoke('EsmBundle', {
      table: 'esm-orders',
    });
    expect({ error: result.functionError, payload: result.payload }).toEqual({
      error: undefined,
      payload: { id: 'a', stock: 7 },
    });
  });

  it("the function's own copy of an SDK package wins over the provided one, for require and import", async () => {
    const dir = codeDir({
      'node_modules/@aws-sdk/client-sqs/package.json': '{"name":"@aws-sdk/client-sqs","main":"index.js"}',
      'node_modules/@aws-sdk/client-sqs/index.js': 'exports.origin = "bundled";',
      'required.js': 'exports.handler = async () => require("@aws-sdk/client-sqs").origin;',
      'imported.mjs':
        'import { origin } from "@aws-sdk/client-sqs"; export const handler = async () => origin;',
      'provided.mjs':
        'import { SNSClient } from "@aws-sdk/client-sns"; export const handler = async () => typeof SNSClient;',
    });
    const runtime = new LambdaRuntime(
      ['required', 'imported', 'provided'].map((file) =>
        functionSpec(file, { codeDir: dir, handler: `${file}.handler` }),
      ),
    );
    runtimes.push(runtime);
    expect((await runtime.invoke('required', {})).payload).toBe('bundled');
    expect((await runtime.invoke('imported', {})).payload).toBe('bundled');
    expect((await runtime.invoke('provided', {})).payload).toBe('function');
  });

  it('an unbundled ES module whose SDK import sits beyond the entry module gets the SDK too', async () => {
    const dir = codeDir({
      'package.json': '{"type":"module"}',
      'index.js':
        'import { tableClient } from "./lib/db.js"; export const handler = async () => tableClient();',
      'lib/db.js':
        'import { DynamoDBClient } from "@aws-sdk/client-dynamodb"; export const tableClient = () => typeof DynamoDBClient;',
    });
    const runtime = runtimeFor('EsmTree', dir);
    const first = await runtime.invoke('EsmTree', {});
    expect(first.functionError).toBeUndefined();
    expect(first.payload).toBe('function');
    expect(first.extraHeaders?.['x-pik-cold']).toBe('true');
    await runtime.reset();
    expect((await runtime.invoke('EsmTree', {})).payload).toBe('function');
  });

  it('provides the clients at the version the repository pins', () => {
    const sdk = providedSdk();
    expect(sdk.version).toBe('3.1162.0');
    expect(sdk.packages).toEqual(
      expect.arrayContaining(['@aws-sdk/client-dynamodb', '@aws-sdk/lib-dynamodb']),
    );
  });
});
