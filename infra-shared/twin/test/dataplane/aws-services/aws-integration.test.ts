/**
 * REST `Type: AWS` integrations through the gateway against the twin's real emulators (kinesalite,
 * dynalite): the request body (passed through, or a VTL request template rendered by the mapping engine)
 * runs the action named by the URI, the records and items land in the emulator (read back with the AWS
 * SDK), and the service's own errors reach the client through the integration responses (VTL response
 * templates, `integration.response.body` mappings, `$context.responseOverride`) as on AWS.
 */
import { CreateTableCommand, DynamoDBClient, waitUntilTableExists } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createAwsActionExecutor,
  type ExecuteAwsAction,
} from '../../../src/dataplane/aws-services/action-executor.js';
import { createApiGateway } from '../../../src/dataplane/gateway/api-gateway.js';
import type {
  IntegrationMappingConfig,
  IntegrationResponseConfig,
  RouteConfig,
  RunningApiGateway,
} from '../../../src/dataplane/gateway/types.js';
import { LOCAL_CREDENTIALS, startDataStore, type TwinDataStore } from '../../../src/runtime/dynamodb.js';
import type { EmulatorProcess } from '../../../src/runtime/emulator-process.js';
import { prepareStreams, startKinesis } from '../../../src/runtime/kinesis.js';
import { recordsOnFirstShard } from '../../kinesis-records.js';
import { send } from '../helpers.js';

const ARN = 'arn:aws:apigateway:us-east-1';
const STREAM = 'events';
/** The stream the VTL routes write to, so the passthrough test reads its own stream only. */
const VTL_STREAM = 'vtl-events';
const TABLE = 'things';
/** AWS's usual error mapping: 4xx and 5xx from the service become the method's 400 and 500. */
const ERRORS: IntegrationResponseConfig[] = [
  { statusCode: '200' },
  {
    statusCode: '400',
    selectionPattern: '4\\d{2}',
    responseTemplates: { 'application/json': '{"message":"rejected"}' },
  },
  { statusCode: '500', selectionPattern: '5\\d{2}' },
];

/**
 * PutRecord through VTL: the request template of the developer guide's Kinesis proxy tutorial ("Tutorial:
 * Create a REST API as an Amazon Kinesis proxy", PutRecord), and response templates: the 200 keeps only the
 * sequence number and the request id, an `integration.response.body` mapping gives the shard as a header;
 * a missing stream answers 404 through `$context.responseOverride.status`.
 */
const VTL_PUT_RECORD: IntegrationMappingConfig = {
  requestTemplates: {
    'application/json': [
      '{',
      `    "StreamName": "$input.path('$.StreamName')",`,
      `    "Data": "$util.base64Encode($input.json('$.Data'))",`,
      `    "PartitionKey": "$input.path('$.PartitionKey')"`,
      '}',
    ].join('\n'),
  },
  passthroughBehavior: 'NEVER',
  integrationResponses: [
    {
      statusCode: '200',
      responseParameters: { 'method.response.header.x-shard': 'integration.response.body.ShardId' },
      responseTemplates: {
        'application/json': `{"sequence": "$input.path('$.SequenceNumber')", "request": "$context.requestId"}`,
      },
    },
    {
      statusCode: '400',
      selectionPattern: '4\\d{2}',
      responseTemplates: {
        'application/json': [
          "#set($type = $input.path('$.__type'))",
          "#if($type == 'ResourceNotFoundException')#set($context.responseOverride.status = 404)#end",
          '{"error": "$type"}',
        ].join('\n'),
      },
    },
  ],
};

/**
 * GetItem keyed by a path parameter (`$input.params('sk')`), answered through a response template that
 * reads DynamoDB's typed attributes; an absent item (GetItem answers `{}`) becomes 404 through
 * `$context.responseOverride.status`.
 */
const VTL_GET_ITEM: IntegrationMappingConfig = {
  requestTemplates: {
    'application/json': `{"TableName": "${TABLE}", "Key": {"pk": {"S": "user"}, "sk": {"S": "$util.escapeJavaScript($input.params('sk'))"}}}`,
  },
  integrationResponses: [
    {
      statusCode: '200',
      responseTemplates: {
        'application/json': [
          "#set($item = $input.path('$.Item'))",
          '#if($item){"sk": "$item.sk.S", "n": $item.n.N}',
          '#else#set($context.responseOverride.status = 404){"message": "no such item"}#end',
        ].join('\n'),
      },
    },
    { statusCode: '400', selectionPattern: '4\\d{2}' },
  ],
};

function awsRoute(
  routeKey: string,
  action: string,
  extra: Partial<RouteConfig['integration']> = {},
): RouteConfig {
  return {
    routeKey,
    integration: {
      id: routeKey,
      type: 'AWS',
      uri: `${ARN}:${action}`,
      mapping: { integrationResponses: ERRORS },
      ...extra,
    },
  };
}

let kinesis: EmulatorProcess;
let store: TwinDataStore;
let gateway: RunningApiGateway;
const logged: string[] = [];

beforeAll(async () => {
  [kinesis, store] = await Promise.all([startKinesis(), startDataStore()]);
  await prepareStreams(
    kinesis.url,
    [STREAM, VTL_STREAM].map((streamName) => ({
      id: streamName,
      streamName,
      shardCount: 1,
      encrypted: false,
    })),
  );
  const ddb = new DynamoDBClient({
    endpoint: store.endpoint,
    region: 'us-east-1',
    credentials: LOCAL_CREDENTIALS,
  });
  await ddb.send(
    new CreateTableCommand({
      TableName: TABLE,
      BillingMode: 'PAY_PER_REQUEST',
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
      AttributeDefinitions: [
        { AttributeName: 'pk', AttributeType: 'S' },
        { AttributeName: 'sk', AttributeType: 'S' },
      ],
    }),
  );
  // A new table is CREATING for a moment and refuses writes, in dynalite as on AWS.
  await waitUntilTableExists({ client: ddb, minDelay: 1, maxWaitTime: 10 }, { TableName: TABLE });
  ddb.destroy();
  const literal = `{"StreamName":"${STREAM}","Data":"bGl0ZXJhbA==","PartitionKey":"fixed"}`;
  gateway = await createApiGateway(
    {
      apiId: 'api',
      kind: 'rest',
      stageName: 'v1',
      routes: [
        awsRoute('POST /records', 'kinesis:action/PutRecord'),
        awsRoute('POST /batch', 'kinesis:action/PutRecords'),
        awsRoute('POST /literal', 'kinesis:action/PutRecord', {
          mapping: {
            requestTemplates: { 'application/json': literal },
            passthroughBehavior: 'NEVER',
            integrationResponses: ERRORS,
          },
        }),
        awsRoute('POST /passthrough-errors', 'kinesis:action/PutRecord', {
          mapping: { integrationResponses: [{ statusCode: '200' }] },
        }),
        awsRoute('POST /no-default', 'kinesis:action/PutRecord', {
          mapping: { integrationResponses: [{ statusCode: '200', selectionPattern: '2\\d{2}' }] },
        }),
        awsRoute('POST /headers', 'kinesis:action/DescribeStreamSummary', {
          mapping: {
            integrationResponses: [
              {
                statusCode: '200',
                responseParameters: {
                  'method.response.header.x-service-request-id':
                    'integration.response.header.x-amzn-RequestId',
                  'method.response.header.cache-control': "'no-store'",
                },
              },
            ],
          },
        }),
        awsRoute('POST /items', 'dynamodb:action/PutItem'),
        awsRoute('POST /item', 'dynamodb:action/GetItem'),
        awsRoute('POST /query', 'dynamodb:action/Query'),
        awsRoute('GET /things/{sk}', 'dynamodb:action/GetItem', { mapping: VTL_GET_ITEM }),
        awsRoute('POST /vtl', 'kinesis:action/PutRecord', { mapping: VTL_PUT_RECORD }),
      ],
    },
    {
      forward: () => Promise.reject(new Error('no HTTP integrations here')),
      awsActions: createAwsActionExecutor({ kinesis: kinesis.url, dynamodb: store.endpoint }, 'us-east-1'),
      log: (line) => logged.push(line),
    },
  );
}, 60_000);
afterAll(async () => {
  await gateway?.close();
  await Promise.all([kinesis?.close(), store?.close()]);
});

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  send(gateway.port, `/v1${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

const recordsOf = (stream: string) => recordsOnFirstShard(kinesis.url, stream);

describe('AWS integrations to Kinesis (kinesalite)', () => {
  it('PutRecord and PutRecords with the body passed through land in the stream, read back with the SDK', async () => {
    const one = await post('/records', {
      StreamName: STREAM,
      Data: Buffer.from('{"id":"a1"}').toString('base64'),
      PartitionKey: 'a1',
    });
    expect(one.status).toBe(200);
    expect(one.headers['x-pik-trace']).toBe('gateway:rest > aws:kinesis.PutRecord');
    expect(JSON.parse(one.body)).toMatchObject({
      ShardId: 'shardId-000000000000',
      SequenceNumber: expect.any(String),
    });
    const batch = await post('/batch', {
      StreamName: STREAM,
      Records: ['b1', 'b2'].map((id) => ({ Data: Buffer.from(id).toString('base64'), PartitionKey: id })),
    });
    expect([batch.status, JSON.parse(batch.body).FailedRecordCount]).toEqual([200, 0]);
    const literal = await post('/literal', '{"ignored":true}');
    expect(literal.status).toBe(200);
    expect(await recordsOf(STREAM)).toEqual([
      { data: '{"id":"a1"}', key: 'a1' },
      { data: 'b1', key: 'b1' },
      { data: 'b2', key: 'b2' },
      { data: 'literal', key: 'fixed' },
    ]);
  });

  it("the service's error selects the 4xx integration response: the client gets its status and template", async () => {
    const missing = await post('/records', { StreamName: 'nope', Data: 'eA==', PartitionKey: 'k' });
    expect([missing.status, missing.body]).toEqual([400, '{"message":"rejected"}']);
  });

  it("with only a default integration response the service's error body passes through under 200, as on AWS", async () => {
    const missing = await post('/passthrough-errors', {
      StreamName: 'nope',
      Data: 'eA==',
      PartitionKey: 'k',
    });
    expect(missing.status).toBe(200);
    expect(JSON.parse(missing.body)).toMatchObject({ __type: 'ResourceNotFoundException' });
  });

  it('no integration response for the status and no default: 500, and the log says why', async () => {
    const missing = await post('/no-default', { StreamName: 'nope', Data: 'eA==', PartitionKey: 'k' });
    expect([missing.status, missing.body]).toEqual([500, '{"message": "Internal server error"}']);
    expect(logged).toContain(
      'POST /no-default: AWS integration failed (no integration response matches status 400 and none is the default); answered 500',
    );
  });

  it('a content type without a template under NEVER is 415', async () => {
    const csv = await post('/literal', 'a,b', { 'content-type': 'text/csv' });
    expect(csv.status).toBe(415);
  });
});

describe('AWS integrations through VTL mapping templates', () => {
  it('the request template builds PutRecord from the body; the record lands as rendered, the response template trims the answer', async () => {
    const answer = await post('/vtl', {
      StreamName: VTL_STREAM,
      Data: { temperature: 21.5 },
      PartitionKey: 'sensor-1',
    });
    expect(answer.status).toBe(200);
    expect(answer.headers['x-pik-trace']).toBe('gateway:rest > aws:kinesis.PutRecord');
    expect(answer.headers['x-shard']).toBe('shardId-000000000000');
    const body = JSON.parse(answer.body);
    expect(Object.keys(body)).toEqual(['sequence', 'request']);
    expect(body.sequence).toMatch(/^\d{20,}$/);
    expect(body.request).toBe(answer.headers['x-amzn-requestid']);
    expect(await recordsOf(VTL_STREAM)).toEqual([{ data: '{"temperature":21.5}', key: 'sensor-1' }]);
  });

  it("the service's error selects the 4xx response, whose template reads the error body and overrides the status", async () => {
    const missing = await post('/vtl', { StreamName: 'nope', Data: 'x', PartitionKey: 'k' });
    expect([missing.status, JSON.parse(missing.body)]).toEqual([404, { error: 'ResourceNotFoundException' }]);
  });

  it('a body the template cannot read as JSON is 400 and another content type 415; neither reaches the stream', async () => {
    const before = (await recordsOf(VTL_STREAM)).length;
    const broken = await post('/vtl', '{"StreamName":');
    expect(broken.status).toBe(400);
    const csv = await post('/vtl', 'a,b', { 'content-type': 'text/csv' });
    expect(csv.status).toBe(415);
    expect((await recordsOf(VTL_STREAM)).length).toBe(before);
  });
});

describe('integration response parameters', () => {
  it("maps literals and the service's response headers onto the method response", async () => {
    const answer = await post('/headers', { StreamName: STREAM });
    expect(answer.status).toBe(200);
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(answer.headers['x-service-request-id']).toMatch(/^[\w-]{8,}$/);
    expect(JSON.parse(answer.body).StreamDescriptionSummary.StreamName).toBe(STREAM);
  });
});

describe('AWS integrations that cannot answer', () => {
  it('an emulator that refuses connections is an unreachable integration (500); a slow one times out (504)', async () => {
    const slow: ExecuteAwsAction = (_uri, _body, signal) =>
      new Promise((_resolve, reject) =>
        signal?.addEventListener('abort', () => reject(new Error('aborted'))),
      );
    const unreachable = createAwsActionExecutor({ kinesis: 'http://127.0.0.1:1' }, 'us-east-1');
    const gatewayWith = (awsActions: ExecuteAwsAction) =>
      createApiGateway(
        {
          apiId: 'api',
          kind: 'rest',
          stageName: 'v1',
          routes: [awsRoute('POST /records', 'kinesis:action/PutRecord', { timeoutMs: 200 })],
        },
        { forward: () => Promise.reject(new Error('none')), awsActions, log: () => {} },
      );
    const refused = await gatewayWith(unreachable);
    const late = await gatewayWith(slow);
    try {
      const body = { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' };
      const first = await send(refused.port, '/v1/records', body);
      expect([first.status, first.body]).toEqual([500, '{"message": "Internal server error"}']);
      const second = await send(late.port, '/v1/records', body);
      expect([second.status, second.body]).toEqual([504, '{"message": "Endpoint request timed out"}']);
    } finally {
      await Promise.all([refused.close(), late.close()]);
    }
  });
});

describe('AWS integrations to DynamoDB (dynalite)', () => {
  it('PutItem then GetItem and Query answer what the table holds', async () => {
    for (const sk of ['1', '2']) {
      const put = await post('/items', {
        TableName: TABLE,
        Item: { pk: { S: 'user' }, sk: { S: sk }, n: { N: sk } },
      });
      expect(put.status).toBe(200);
    }
    const got = await post('/item', { TableName: TABLE, Key: { pk: { S: 'user' }, sk: { S: '2' } } });
    expect(got.headers['x-pik-trace']).toBe('gateway:rest > aws:dynamodb.GetItem');
    expect(JSON.parse(got.body)).toEqual({ Item: { pk: { S: 'user' }, sk: { S: '2' }, n: { N: '2' } } });
    const query = await post('/query', {
      TableName: TABLE,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': { S: 'user' } },
    });
    expect(JSON.parse(query.body)).toMatchObject({ Count: 2 });
  });

  it('GetItem keyed by a path parameter through templates: the item reshaped, an absent one 404', async () => {
    const found = await send(gateway.port, '/v1/things/2');
    expect([found.status, JSON.parse(found.body)]).toEqual([200, { sk: '2', n: 2 }]);
    const absent = await send(gateway.port, '/v1/things/9');
    expect([absent.status, JSON.parse(absent.body)]).toEqual([404, { message: 'no such item' }]);
  });

  it('a ValidationException from the service maps to 400', async () => {
    const bad = await post('/items', { TableName: TABLE, Item: { pk: { S: 'only-hash' } } });
    expect([bad.status, bad.body]).toEqual([400, '{"message":"rejected"}']);
  });
});
