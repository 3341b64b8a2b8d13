/**
 * What every bench:cold reference handler shares: the services' own DynamoDB document client
 * (`createDocumentClient` of `@pik/service-kit`, at `DYNAMODB_ENDPOINT` when set), created at module
 * scope, and the one read a `read` event asks for.
 */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { HEALTH_PATHS, TABLE_DESIGN } from '@pik/service-kit/catalogue';
import { createDocumentClient } from '@pik/service-kit/dynamo-client';

export const doc = createDocumentClient({ endpoint: process.env.DYNAMODB_ENDPOINT });

/**
 * The answer to a GET: the liveness path answers without I/O, any other path `/<base>/<id>` reads that
 * item from `TABLE_NAME` with one GetItem, as a service's get route does (undefined when it is missing).
 */
export async function answerGet(path: string): Promise<Record<string, unknown> | undefined> {
  if (path === HEALTH_PATHS.live) return { status: 'ok', client: typeof doc.send };
  const id = path.slice(path.lastIndexOf('/') + 1);
  const { Item } = await doc.send(
    new GetCommand({
      TableName: process.env.TABLE_NAME,
      Key: { [TABLE_DESIGN.partitionKey]: `${TABLE_DESIGN.itemKeyPrefix}${id}` },
    }),
  );
  return Item;
}
