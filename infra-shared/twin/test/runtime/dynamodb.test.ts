import { DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, describe, expect, it } from 'vitest';
import { prepareTables, startDataStore, type TwinDataStore } from '../../src/runtime/dynamodb.js';
import { fixtureTopology } from '../fixtures.js';

const stores: TwinDataStore[] = [];
afterAll(async () => {
  for (const s of stores) await s.close();
});

async function count(endpoint: string, table: string): Promise<number> {
  const client = new DynamoDBClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'l', secretAccessKey: 'l' },
  });
  try {
    return (await client.send(new ScanCommand({ TableName: table, Select: 'COUNT' }))).Count ?? 0;
  } finally {
    client.destroy();
  }
}

describe('the twin data store', () => {
  const tables = fixtureTopology('FixtureRestNlbToAlb').tables;

  it('embedded: starts dynalite on 127.0.0.1, creates the template tables and seeds service tables', async () => {
    const store = await startDataStore();
    stores.push(store);
    expect(store.embedded).toBe(true);
    expect(store.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(store.env.DYNAMODB_ENDPOINT).toBe(store.endpoint);
    const report = await prepareTables(store, tables);
    const orders = report.find((r) => r.service === 'orders');
    expect(orders?.items).toBeGreaterThan(0);
    expect(await count(store.endpoint, orders?.tableName ?? '')).toBe(orders?.items);
    // Seeding again changes nothing: the seed is deterministic and idempotent.
    await prepareTables(store, tables);
    expect(await count(store.endpoint, orders?.tableName ?? '')).toBe(orders?.items);
  });

  it('--ddb-endpoint: uses the given store and starts none of its own', async () => {
    const external = await startDataStore();
    stores.push(external);
    const store = await startDataStore(external.endpoint);
    expect(store.embedded).toBe(false);
    expect(store.endpoint).toBe(external.endpoint);
    const report = await prepareTables(store, tables);
    const catalog = report.find((r) => r.service === 'catalog');
    expect(await count(external.endpoint, catalog?.tableName ?? '')).toBe(catalog?.items);
    await store.close();
    // Closing the twin's handle leaves the user's store running.
    expect(await count(external.endpoint, catalog?.tableName ?? '')).toBe(catalog?.items);
  });
});
