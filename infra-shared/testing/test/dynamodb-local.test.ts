import { CreateTableCommand, DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { dynamoDbLocalTool, startDynamoDbLocal } from '../src/dynamodb-local.js';

const tool = dynamoDbLocalTool();

describe.skipIf(!tool.available)('DynamoDB Local launcher', () => {
  it('starts on 127.0.0.1, answers the DynamoDB API, and stops', async () => {
    const ddb = await startDynamoDbLocal();
    try {
      expect(ddb.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const client = new DynamoDBClient({
        endpoint: ddb.endpoint,
        region: 'us-east-1',
        credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
      });
      await client.send(
        new CreateTableCommand({
          TableName: 'launcher-check',
          AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
          KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
          BillingMode: 'PAY_PER_REQUEST',
        }),
      );
      const tables = await client.send(new ListTablesCommand({}));
      expect(tables.TableNames).toContain('launcher-check');
      client.destroy();
    } finally {
      await ddb.stop();
    }
    await expect(fetch(ddb.endpoint)).rejects.toThrow();
  });
});
