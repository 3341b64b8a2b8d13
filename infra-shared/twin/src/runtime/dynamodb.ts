/**
 * The twin's DynamoDB: one embedded dynalite on 127.0.0.1, in a process of its own, shared by every pattern
 * (or any endpoint the user names), with each template's tables created from their template definitions and filled with the
 * shared deterministic seed.
 */
import { fileURLToPath } from 'node:url';
import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ResourceInUseException,
} from '@aws-sdk/client-dynamodb';
import type { ServiceName } from '@pik/service-kit/catalogue';
import { SERVICE_NAMES } from '@pik/service-kit/catalogue';
import { seed } from '@pik/service-kit/seed';
import { LOCAL_PSEUDO } from '../template/intrinsics.js';
import type { TableSpec } from '../template/topology.js';
import { startEmulatorProcess } from './emulator-process.js';

export interface TwinDataStore {
  readonly endpoint: string;
  readonly embedded: boolean;
  /** Environment every service process needs to reach this store. */
  readonly env: Readonly<Record<string, string>>;
  close(): Promise<void>;
}

/** Placeholder credentials: local stores ignore them, and the SDK then never walks the credential chain. */
export const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' } as const;

const DYNALITE_SERVER = fileURLToPath(new URL('./dynalite-server.mjs', import.meta.url));

export async function startDataStore(endpoint?: string): Promise<TwinDataStore> {
  let url = endpoint;
  let close = async () => {};
  if (!url) ({ url, close } = await startEmulatorProcess(DYNALITE_SERVER, 'dynalite'));
  return {
    endpoint: url,
    embedded: !endpoint,
    env: {
      DYNAMODB_ENDPOINT: url,
      AWS_ENDPOINT_URL_DYNAMODB: url,
      AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
    },
    close,
  };
}

/** Creates the template's tables (if missing) and seeds the ones that belong to a known service. */
export async function prepareTables(
  store: TwinDataStore,
  tables: readonly TableSpec[],
): Promise<{ tableName: string; service?: string; items: number }[]> {
  const client = new DynamoDBClient({
    endpoint: store.endpoint,
    region: LOCAL_PSEUDO.region,
    credentials: LOCAL_CREDENTIALS,
  });
  const report: { tableName: string; service?: string; items: number }[] = [];
  try {
    for (const table of tables) {
      try {
        await client.send(
          new CreateTableCommand({
            TableName: table.tableName,
            BillingMode: 'PAY_PER_REQUEST',
            KeySchema: table.keySchema.map((k) => ({
              AttributeName: k.AttributeName,
              KeyType: k.KeyType as 'HASH',
            })),
            AttributeDefinitions: table.attributeDefinitions.map((a) => ({
              AttributeName: a.AttributeName,
              AttributeType: a.AttributeType as 'S',
            })),
            ...(table.globalSecondaryIndexes.length
              ? {
                  GlobalSecondaryIndexes: table.globalSecondaryIndexes.map((raw) => {
                    const gsi = raw as { IndexName: string; KeySchema: never; Projection?: never };
                    return {
                      IndexName: gsi.IndexName,
                      KeySchema: gsi.KeySchema,
                      Projection: gsi.Projection ?? { ProjectionType: 'ALL' },
                    };
                  }),
                }
              : {}),
          }),
        );
      } catch (error) {
        if (!(error instanceof ResourceInUseException)) throw error;
      }
      await waitActive(client, table.tableName);
      // Seed data follows the code: a synthetic service running the catalog bundle gets catalog items.
      const service = table.bundle ?? table.serviceName;
      if (service && (SERVICE_NAMES as readonly string[]).includes(service)) {
        const [seeded] = await seed({
          endpoint: store.endpoint,
          region: LOCAL_PSEUDO.region,
          services: [service as ServiceName],
          tables: { [service]: table.tableName },
          createTables: false,
        });
        report.push({
          tableName: table.tableName,
          service: table.serviceName ?? service,
          items: seeded?.items ?? 0,
        });
      } else {
        report.push({ tableName: table.tableName, items: 0 });
      }
    }
  } finally {
    client.destroy();
  }
  return report;
}

async function waitActive(client: DynamoDBClient, tableName: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    const indexes = (Table?.GlobalSecondaryIndexes ?? []).every((i) => i.IndexStatus === 'ACTIVE');
    if (Table?.TableStatus === 'ACTIVE' && indexes) return;
    if (Date.now() > deadline) throw new Error(`table ${tableName} not ACTIVE after 30 s`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
