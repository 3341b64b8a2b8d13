/**
 * The record a buffered write becomes on the stream (pattern `edge-buffered-writes`): API Gateway's
 * request template writes it, Firehose copies it to S3 as it is, and the write consumer applies it.
 * Pure data and checks: the CDK constructs import it to build the template without loading the SDK.
 */
export const WRITE_OPS = ['create', 'update', 'delete'] as const;
export type WriteOp = (typeof WRITE_OPS)[number];

export interface WriteRecord {
  /** API Gateway's request id of the accepted call: the write's identity, answered with the 202. */
  readonly writeId: string;
  readonly service: string;
  readonly op: WriteOp;
  /** The item written (update, delete); a create's id is derived from the write id. */
  readonly itemId?: string;
  /** Delete only: the version the item must still be at, as the query string had it (`?version=3`). */
  readonly version?: number | string;
  /** The request body as the gateway validated it (create, update). */
  readonly body?: Record<string, unknown>;
  /** Epoch milliseconds at which the gateway accepted the write. */
  readonly acceptedAt: number;
}

/** The path segment under each service for write statuses: `GET /<svc>/writes/{writeId}`. */
export const WRITES_SEGMENT = 'writes';

/** Where a write stands, as `GET /<svc>/writes/{writeId}` answers. */
export const WRITE_STATES = ['pending', 'applied', 'failed'] as const;
export type WriteState = (typeof WRITE_STATES)[number];

/** Write ids are API Gateway request ids: UUIDs. */
export const WRITE_ID_PATTERN = '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$';
const writeIdRegExp = new RegExp(WRITE_ID_PATTERN);

export function isWriteId(value: unknown): value is string {
  return typeof value === 'string' && writeIdRegExp.test(value);
}

/** Environment variable naming a service's table in the consumer (`PIK_TABLE_CATALOG`). */
export function writeTableEnvName(service: string): string {
  return `PIK_TABLE_${service.toUpperCase()}`;
}

/** Why a record cannot be a write: it is retried, bisected and finally sent to the on-failure queue. */
export class PoisonRecordError extends Error {
  override readonly name = 'PoisonRecordError';
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Parses a record's data (UTF-8 JSON); throws PoisonRecordError naming the first bad field. */
export function parseWriteRecord(data: string, services: readonly string[]): WriteRecord {
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    throw new PoisonRecordError('record data is not JSON');
  }
  if (!isObject(value)) throw new PoisonRecordError('record data is not a JSON object');
  const bad = (field: string, why: string) => new PoisonRecordError(`record field ${field} ${why}`);
  if (!isWriteId(value.writeId)) throw bad('writeId', 'is not a request id');
  if (typeof value.service !== 'string' || !services.includes(value.service))
    throw bad('service', `is not one of ${services.join(', ')}`);
  if (!WRITE_OPS.includes(value.op as WriteOp)) throw bad('op', `is not one of ${WRITE_OPS.join(', ')}`);
  if (value.op !== 'create' && (typeof value.itemId !== 'string' || value.itemId === ''))
    throw bad('itemId', 'is missing');
  if (value.op !== 'delete' && !isObject(value.body)) throw bad('body', 'is not an object');
  if (typeof value.acceptedAt !== 'number') throw bad('acceptedAt', 'is not a number');
  return value as unknown as WriteRecord;
}
