import { spawnSync } from 'node:child_process';
import { optionalTool } from '@pik/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDataStore, type TwinDataStore } from '../../src/runtime/dynamodb.js';
import { pythonCommand } from '../../src/runtime/lambda-languages.js';
import { LambdaRuntime } from '../../src/runtime/lambda-runtime.js';
import { codeDir, functionSpec, removeCodeDirs } from './lambda-helpers.js';

const boto3 = optionalTool(
  'boto3',
  spawnSync(pythonCommand(), ['-c', 'import boto3'], { timeout: 10_000 }).status === 0,
  'python3 -m pip install boto3 (or set PIK_TWIN_PYTHON to a Python that has it)',
);

// boto3 with no endpoint or credentials in code: it reads AWS_ENDPOINT_URL_DYNAMODB, the region and the
// placeholder credentials from the environment the twin sets, as it reads Lambda's on AWS.
const APP = `
import boto3

def handler(event, context):
    table_name = event["table"]
    client = boto3.client("dynamodb")
    client.create_table(
        TableName=table_name,
        KeySchema=[{"AttributeName": "id", "KeyType": "HASH"}],
        AttributeDefinitions=[{"AttributeName": "id", "AttributeType": "S"}],
        BillingMode="PAY_PER_REQUEST",
    )
    table = boto3.resource("dynamodb").Table(table_name)
    table.put_item(Item={"id": "a", "stock": 7})
    return table.get_item(Key={"id": "a"})["Item"]
`;

let store: TwinDataStore;
let runtime: LambdaRuntime;
beforeAll(async () => {
  store = await startDataStore();
  const spec = functionSpec('Boto3Fn', {
    codeDir: codeDir({ 'app.py': APP }),
    handler: 'app.handler',
    runtime: 'python3.12',
  });
  runtime = new LambdaRuntime([spec], { extraEnv: store.env });
});
afterAll(async () => {
  await runtime?.close();
  await store?.close();
  removeCodeDirs();
});

describe.skipIf(!boto3.available)('boto3 in a Python function', () => {
  it('creates a DynamoDB table in the twin store, writes an item and reads it back', async () => {
    const result = await runtime.invoke('Boto3Fn', { table: 'py-orders' });
    expect(result.functionError).toBeUndefined();
    expect(result.payload).toEqual({ id: 'a', stock: 7 });
  });
});
