import { BatchWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { defaultTableName, SERVICE_NAMES, type ServiceName } from '../catalogue.js';
import { createDocumentClient } from '../dynamo/client.js';
import { ensureTable } from '../dynamo/table.js';
import { toStoredItem } from '../resource/repository.js';
import { seedData } from './data.js';

export { BASE_COUNT, SEED, type SeedData, seedData, seedId, skuOf } from './data.js';

export interface SeedOptions {
  /** DynamoDB endpoint (dynalite, DynamoDB Local); omitted for AWS in `region`. */
  readonly endpoint?: string | undefined;
  readonly region?: string | undefined;
  readonly scale?: number;
  /** Table name per service; default `pik-<service>`. */
  readonly tables?: Partial<Record<ServiceName, string>>;
  /** Services to seed; default all four. */
  readonly services?: readonly ServiceName[];
  /** Create missing tables (default true; off for AWS tables owned by CloudFormation). */
  readonly createTables?: boolean;
}

export interface SeedReport {
  readonly service: ServiceName;
  readonly tableName: string;
  readonly items: number;
}

/** Writes items with BatchWriteItem (puts overwrite: re-running leaves exactly the seeded items). */
export async function writeItems(
  doc: DynamoDBDocumentClient,
  tableName: string,
  items: readonly Record<string, unknown>[],
): Promise<void> {
  for (let start = 0; start < items.length; start += 25) {
    let requests = items.slice(start, start + 25).map((Item) => ({ PutRequest: { Item } }));
    for (let attempt = 0; requests.length > 0; attempt++) {
      if (attempt > 8) throw new Error(`seed: ${tableName} kept returning unprocessed items`);
      const result = await doc.send(new BatchWriteCommand({ RequestItems: { [tableName]: requests } }));
      requests = (result.UnprocessedItems?.[tableName] ?? []) as typeof requests;
      if (requests.length > 0) await new Promise((resolve) => setTimeout(resolve, 20 * 2 ** attempt));
    }
  }
}

/** Seeds the service tables with the deterministic data set; idempotent. */
export async function seed(options: SeedOptions = {}): Promise<SeedReport[]> {
  const doc = createDocumentClient({ endpoint: options.endpoint, region: options.region });
  const data = seedData(options.scale ?? 1);
  const reports: SeedReport[] = [];
  try {
    for (const service of options.services ?? SERVICE_NAMES) {
      const tableName = options.tables?.[service] ?? defaultTableName(service);
      if (options.createTables ?? true) await ensureTable(doc, tableName);
      const items = data[service].map((resource) => toStoredItem(resource));
      await writeItems(doc, tableName, items);
      reports.push({ service, tableName, items: items.length });
    }
  } finally {
    doc.destroy();
  }
  return reports;
}
