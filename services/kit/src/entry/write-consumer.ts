/**
 * The Lambda functions of `edge-buffered-writes`, bundled together (dist/write-consumer/index.mjs):
 * - `handler`: the Kinesis event source mapping's consumer, applying each write to its service's table;
 * - `status`: `GET /<svc>/writes/{writeId}` behind API Gateway (proxy integration).
 * Tables come from `PIK_TABLE_<SERVICE>`; `DYNAMODB_ENDPOINT` points at a local store (the twin).
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { SERVICE_NAMES } from '../catalogue.js';
import { createDocumentClient } from '../dynamo/client.js';
import { applyWrite, readWriteStatus, type WriteStatus } from '../writes/apply.js';
import { isWriteId, parseWriteRecord, writeTableEnvName } from '../writes/record.js';

interface KinesisEvent {
  Records: { kinesis: { data: string; sequenceNumber: string; partitionKey: string } }[];
}

interface ProxyEvent {
  resource?: string;
  path?: string;
  pathParameters?: Record<string, string | undefined> | null;
}

interface ProxyResult {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

const configured = SERVICE_NAMES.filter((name) => process.env[writeTableEnvName(name)]);
let docClient: DynamoDBDocumentClient | undefined;
const doc = () => {
  docClient ??= createDocumentClient({
    endpoint: process.env.DYNAMODB_ENDPOINT === 'aws' ? undefined : process.env.DYNAMODB_ENDPOINT,
  });
  return docClient;
};
const tableOf = (service: string) => process.env[writeTableEnvName(service)] as string;

/**
 * Applies the batch in order (one item's writes share a shard and stay ordered). A poison record or a
 * store failure throws: the mapping retries, bisects the batch and finally sends its place in the stream
 * to the on-failure queue; records already applied are replays on the retry and change nothing.
 */
export async function handler(event: KinesisEvent): Promise<{ applied: number; failed: number }> {
  let applied = 0;
  let failed = 0;
  for (const { kinesis } of event.Records) {
    const record = parseWriteRecord(Buffer.from(kinesis.data, 'base64').toString('utf8'), configured);
    const status = await applyWrite({ doc: doc(), tableName: tableOf(record.service) }, record);
    if (status.status === 'applied') applied += 1;
    else failed += 1;
    console.log(JSON.stringify({ message: 'write', sequenceNumber: kinesis.sequenceNumber, ...status }));
  }
  return { applied, failed };
}

const json = (statusCode: number, body: unknown): ProxyResult => ({
  statusCode,
  headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
  body: JSON.stringify(body),
});

/** The service a status route belongs to: the first segment of the resource path (`/orders/writes/...`). */
function serviceOf(event: ProxyEvent): string | undefined {
  const first = (event.resource ?? event.path ?? '').split('/')[1];
  return configured.find((name) => name === first);
}

export async function status(event: ProxyEvent): Promise<ProxyResult> {
  const writeId = event.pathParameters?.writeId;
  const service = serviceOf(event);
  if (!service) return json(404, { statusCode: 404, code: 'NOT_FOUND', message: 'no such service' });
  if (!isWriteId(writeId)) {
    return json(400, {
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      message: 'writeId must be the id a 202 answered with',
      field: 'writeId',
      location: 'params',
    });
  }
  const found = await readWriteStatus({ doc: doc(), tableName: tableOf(service) }, writeId);
  const answer:
    | (Pick<WriteStatus, 'writeId'> & Partial<WriteStatus>)
    | { writeId: string; status: 'pending' } = found ?? { writeId, status: 'pending' };
  return json(200, answer);
}
