import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { defaultTableName, type ServiceName } from '../catalogue.js';
import { createDocumentClient } from './client.js';
import { ensureTable } from './table.js';

/** Where a service keeps its data, resolved once per process from the environment. */
export interface DataStore {
  readonly doc: DynamoDBDocumentClient;
  readonly tableName: string;
  /** `embedded` (dynalite in this process), `endpoint` (DYNAMODB_ENDPOINT) or `aws`. */
  readonly mode: 'embedded' | 'endpoint' | 'aws';
  readonly endpoint?: string;
  close(): Promise<void>;
}

export interface DataStoreEnv {
  TABLE_NAME?: string | undefined;
  DYNAMODB_ENDPOINT?: string | undefined;
  AWS_REGION?: string | undefined;
  AWS_LAMBDA_FUNCTION_NAME?: string | undefined;
  ECS_CONTAINER_METADATA_URI_V4?: string | undefined;
}

/** True when the process runs on AWS compute, where an unset endpoint means the real DynamoDB. */
export function runsOnAws(env: DataStoreEnv): boolean {
  return Boolean(env.AWS_LAMBDA_FUNCTION_NAME || env.ECS_CONTAINER_METADATA_URI_V4);
}

/**
 * Resolves the data store:
 * - `DYNAMODB_ENDPOINT=<url>`: that endpoint (dynalite, DynamoDB Local); the table is created if missing.
 * - `DYNAMODB_ENDPOINT=aws`, or unset on Lambda/ECS: DynamoDB in `AWS_REGION`; the table must exist.
 * - unset elsewhere: dynalite started in this process on 127.0.0.1, table created (unless
 *   `allowEmbedded` is false: the Lambda entry never embeds a store, it talks to DynamoDB or the endpoint).
 * `createTable: false` skips table creation at an endpoint (the Lambda entry: no I/O during init).
 */
export async function connectDataStore(
  service: ServiceName,
  env: DataStoreEnv = process.env,
  options: { allowEmbedded?: boolean; createTable?: boolean } = {},
): Promise<DataStore> {
  const tableName = env.TABLE_NAME || defaultTableName(service);
  const region = env.AWS_REGION;
  const configured = env.DYNAMODB_ENDPOINT;
  const embeddedAllowed = options.allowEmbedded ?? true;
  if (configured === 'aws' || (!configured && (runsOnAws(env) || !embeddedAllowed))) {
    const doc = createDocumentClient({ region });
    return { doc, tableName, mode: 'aws', close: async () => doc.destroy() };
  }
  if (configured) {
    const doc = createDocumentClient({ endpoint: configured, region });
    if (options.createTable ?? true) await ensureTable(doc, tableName);
    return { doc, tableName, mode: 'endpoint', endpoint: configured, close: async () => doc.destroy() };
  }
  const { startEmbeddedDynamo } = await import('./embedded.js');
  const embedded = await startEmbeddedDynamo();
  const doc = createDocumentClient({ endpoint: embedded.endpoint, region });
  await ensureTable(doc, tableName);
  return {
    doc,
    tableName,
    mode: 'embedded',
    endpoint: embedded.endpoint,
    close: async () => {
      doc.destroy();
      await embedded.close();
    },
  };
}
