/**
 * What every bench:cold reference handler shares: the DynamoDB document client the services create at
 * module scope (same packages, region, retries, marshalling, and `DYNAMODB_ENDPOINT` when set, as in
 * `@pik/service-kit`'s createDocumentClient), and the one read a `read` event asks for.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { HEALTH_PATHS, TABLE_DESIGN } from '@pik/service-kit/catalogue';

const endpoint = process.env.DYNAMODB_ENDPOINT;
export const doc = DynamoDBDocumentClient.from(
  new DynamoDBClient({
    region: process.env.AWS_REGION ?? 'us-east-1',
    maxAttempts: 3,
    ...(endpoint ? { endpoint } : {}),
  }),
  { marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false } },
);

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
