/**
 * Test support shared by the kit and the services: data stores on any backend, and table snapshots
 * for "nothing changed" assertions. Free of any test framework.
 */
import { randomUUID } from 'node:crypto';
import { type DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { dynamoDbLocalTool, startDynamoDbLocal } from '@pik/testing';
import type { TSchema } from 'typebox';
import { Compile } from 'typebox/compile';
import { createDocumentClient } from '../dynamo/client.js';
import type { DataStore } from '../dynamo/connect.js';
import { startEmbeddedDynamo } from '../dynamo/embedded.js';
import { ensureTable } from '../dynamo/table.js';

export interface TestBackend {
  readonly name: string;
  /** Endpoint to use; undefined starts dynalite in this process, or DynamoDB Local when `launch` is set. */
  readonly endpoint: string | undefined;
  /** Start DynamoDB Local (from the cache `.ci/install-dynamodb-local.sh` fills) for the suite. */
  readonly launch?: boolean;
}

/**
 * The backends repository tests run against: dynalite always (or `DYNAMODB_ENDPOINT` when set), and
 * DynamoDB Local (`PIK_DYNAMODB_LOCAL_ENDPOINT` when one is running, else launched on 127.0.0.1 from
 * its installation). Where DynamoDB Local cannot be had, its suite is skipped with the reason printed,
 * and fails instead under CI (`@pik/testing`'s rule for optional tools).
 */
export function testBackends(env: NodeJS.ProcessEnv = process.env): TestBackend[] {
  const primary: TestBackend = env.DYNAMODB_ENDPOINT
    ? { name: `DynamoDB at ${env.DYNAMODB_ENDPOINT}`, endpoint: env.DYNAMODB_ENDPOINT }
    : { name: 'dynalite (embedded)', endpoint: undefined };
  const localEndpoint = env.PIK_DYNAMODB_LOCAL_ENDPOINT;
  const local: TestBackend = localEndpoint
    ? { name: `DynamoDB Local at ${localEndpoint}`, endpoint: localEndpoint }
    : { name: 'DynamoDB Local (launched)', endpoint: undefined, launch: true };
  return [primary, local];
}

/** True when the backend's suite must be skipped here (printed); throws under CI instead. */
export function reportUnavailable(backend: TestBackend, env: NodeJS.ProcessEnv = process.env): boolean {
  if (!backend.launch) return false;
  return !dynamoDbLocalTool(env).available;
}

export interface TestStore extends DataStore {
  /** Every item of the table, sorted by key: compare before/after to prove nothing changed. */
  snapshot(): Promise<Record<string, unknown>[]>;
}

/** A fresh, uniquely named table on the backend (dynalite started in-process when it has no endpoint). */
export async function startTestStore(backend: TestBackend, prefix = 'test'): Promise<TestStore> {
  const embedded = backend.endpoint
    ? undefined
    : backend.launch
      ? await startDynamoDbLocal().then((local) => ({ endpoint: local.endpoint, close: local.stop }))
      : await startEmbeddedDynamo();
  const endpoint = backend.endpoint ?? embedded?.endpoint;
  const doc = createDocumentClient({ endpoint, region: 'us-east-1' });
  const tableName = `${prefix}-${randomUUID().slice(0, 8)}`;
  await ensureTable(doc, tableName);
  return {
    doc,
    tableName,
    mode: embedded && !backend.launch ? 'embedded' : 'endpoint',
    ...(endpoint ? { endpoint } : {}),
    snapshot: () => scanAll(doc, tableName),
    close: async () => {
      doc.destroy();
      await embedded?.close();
    },
  };
}

export async function scanAll(
  doc: DynamoDBDocumentClient,
  tableName: string,
): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await doc.send(
      new ScanCommand({ TableName: tableName, ConsistentRead: true, ExclusiveStartKey: start }),
    );
    items.push(...((page.Items ?? []) as Record<string, unknown>[]));
    start = page.LastEvaluatedKey;
  } while (start);
  return items.sort((a, b) => String(a.pk).localeCompare(String(b.pk)));
}
export * from './events.js';
export * from './processes.js';

/** A compiled TypeBox check, for asserting that an answer matches its documented schema. */
export function schemaCheck(schema: TSchema): (value: unknown) => boolean {
  const compiled = Compile(schema);
  return (value) => compiled.Check(value);
}
