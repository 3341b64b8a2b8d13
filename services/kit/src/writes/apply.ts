import { isDeepStrictEqual } from 'node:util';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { TABLE_DESIGN } from '../catalogue.js';
import { HttpError } from '../http/errors.js';
import { ResourceRepository } from '../resource/repository.js';
import type { WriteRecord, WriteState } from './record.js';

/** What the consumer recorded about one write, under `pk = write#<writeId>` in the service's table. */
export interface WriteStatus {
  readonly writeId: string;
  readonly status: Exclude<WriteState, 'pending'>;
  readonly op: WriteRecord['op'];
  readonly itemId?: string;
  /** The item's version after the write (applied creates and updates). */
  readonly version?: number;
  /** Why a write was refused: the repository's error code and message. */
  readonly reason?: { readonly code: string; readonly message: string; readonly currentVersion?: number };
  readonly acceptedAt: number;
  readonly appliedAt: string;
}

/** How long a write's status is kept (DynamoDB TTL), like the services' idempotency records. */
const STATUS_TTL_SECONDS = 24 * 3600;
/** When a status recorded at `now` expires, in epoch seconds (the TTL attribute's unit). */
const statusExpiry = (now: Date) => Math.floor(now.getTime() / 1000) + STATUS_TTL_SECONDS;

export interface WriteTarget {
  readonly doc: DynamoDBDocumentClient;
  readonly tableName: string;
  readonly now?: () => Date;
}

const statusKey = (writeId: string) => ({
  [TABLE_DESIGN.partitionKey]: `${TABLE_DESIGN.writeStatusKeyPrefix}${writeId}`,
});

/**
 * What a delete records before it deletes, in place of its status: the item existed when the write was
 * first delivered. Read back on a replay, it tells a delete that went through from one that found nothing.
 */
const DELETE_INTENT = 'deleting';

type StoredStatus = WriteStatus | { readonly writeId: string; readonly status: typeof DELETE_INTENT };

async function readStoredStatus(target: WriteTarget, writeId: string): Promise<StoredStatus | undefined> {
  const { Item } = await target.doc.send(
    new GetCommand({ TableName: target.tableName, Key: statusKey(writeId), ConsistentRead: true }),
  );
  if (!Item) return undefined;
  const { [TABLE_DESIGN.partitionKey]: _pk, [TABLE_DESIGN.ttlAttribute]: _ttl, ...status } = Item;
  return status as StoredStatus;
}

/** The write's recorded outcome; undefined while it has none (the status route answers `pending`). */
export async function readWriteStatus(
  target: WriteTarget,
  writeId: string,
): Promise<WriteStatus | undefined> {
  const stored = await readStoredStatus(target, writeId);
  return stored && stored.status !== DELETE_INTENT ? stored : undefined;
}

/**
 * Applies one write to its service's table through the service kit's repository, once: a write whose
 * status is already recorded is a replay and changes nothing; a create uses the write id as its
 * idempotency key; an update or delete is guarded by the item's version, so a stale or reordered one
 * is refused (recorded `failed` with the current version) instead of overwriting newer data. Refusals
 * (4xx of the repository) are final and recorded; anything else (the table unreachable, throttling)
 * throws, so the stream retries the batch.
 */
export async function applyWrite(target: WriteTarget, record: WriteRecord): Promise<WriteStatus> {
  const earlier = await readStoredStatus(target, record.writeId);
  if (earlier && earlier.status !== DELETE_INTENT) return earlier;
  const repository = new ResourceRepository({
    doc: target.doc,
    tableName: target.tableName,
    scope: record.service,
    ...(target.now ? { now: target.now } : {}),
  });
  const deleting = earlier !== undefined || (await recordDeleteIntent(target, repository, record));
  let outcome: Pick<WriteStatus, 'status' | 'itemId' | 'version' | 'reason'>;
  try {
    outcome = await applyToRepository(repository, record);
  } catch (error) {
    if (!(error instanceof HttpError) || error.statusCode >= 500) throw error;
    outcome = (await appliedBefore(repository, record, error, deleting)) ?? {
      status: 'failed',
      ...(record.itemId ? { itemId: record.itemId } : {}),
      reason: reasonOf(error),
    };
  }
  return recordStatus(target, record, outcome);
}

/**
 * A delete records its intent, once it has seen the item, before deleting it. The stream keeps one item's
 * writes in order and holds later ones back until this one is done, so on a replay an item gone since the
 * intent was deleted by this write's first delivery. False when there is no item to delete (the delete
 * fails as it would anyway) or the write is not a delete.
 */
async function recordDeleteIntent(
  target: WriteTarget,
  repository: ResourceRepository,
  record: WriteRecord,
): Promise<boolean> {
  if (record.op !== 'delete' || !record.itemId || !(await repository.get(record.itemId))) return false;
  const now = (target.now ?? (() => new Date()))();
  const intent = { ...statusKey(record.writeId), writeId: record.writeId, status: DELETE_INTENT };
  await target.doc.send(
    new PutCommand({
      TableName: target.tableName,
      Item: { ...intent, [TABLE_DESIGN.ttlAttribute]: statusExpiry(now) },
    }),
  );
  return true;
}

/**
 * A replayed write whose first delivery was applied but never recorded (the consumer stopped between the
 * two). A delete whose intent was recorded finds its item gone (see {@link recordDeleteIntent}). An update
 * finds its version stale by exactly one and the item holding exactly its changes: only one write can move
 * an item from version N to N + 1, and a later write cannot come first, so the item is this write's result.
 * Either is recorded applied, not refused.
 */
async function appliedBefore(
  repository: ResourceRepository,
  record: WriteRecord,
  error: HttpError,
  deleting: boolean,
): Promise<Pick<WriteStatus, 'status' | 'itemId' | 'version'> | undefined> {
  if (record.op === 'delete' && deleting && error.statusCode === 404 && record.itemId)
    return { status: 'applied', itemId: record.itemId };
  if (record.op !== 'update' || !record.itemId) return undefined;
  const { version, ...changes } = record.body ?? {};
  if (error.toBody().currentVersion !== (version as number) + 1) return undefined;
  const item = (await repository.get(record.itemId)) as Record<string, unknown> | undefined;
  if (!item || item.version !== (version as number) + 1) return undefined;
  const holdsChanges = Object.entries(changes).every(([field, value]) =>
    value === null ? item[field] === undefined : isDeepStrictEqual(item[field], value),
  );
  return holdsChanges ? { status: 'applied', itemId: record.itemId, version: item.version } : undefined;
}

async function applyToRepository(
  repository: ResourceRepository,
  record: WriteRecord,
): Promise<Pick<WriteStatus, 'status' | 'itemId' | 'version'>> {
  if (record.op === 'create') {
    const { item } = await repository.create(record.body ?? {}, `write:${record.writeId}`);
    return { status: 'applied', itemId: item.id, version: item.version };
  }
  const itemId = record.itemId as string;
  if (record.op === 'update') {
    const { version, ...changes } = record.body ?? {};
    if (!Number.isInteger(version)) throw versionError('body');
    const item = await repository.update(itemId, version as number, changes);
    return { status: 'applied', itemId, version: item.version };
  }
  const version = deleteVersion(record.version);
  await repository.delete(itemId, version);
  return { status: 'applied', itemId };
}

function deleteVersion(raw: WriteRecord['version']): number | undefined {
  if (raw === undefined || raw === '') return undefined;
  const version = typeof raw === 'number' ? raw : /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isInteger(version) || version < 1) throw versionError('querystring');
  return version;
}

function versionError(location: 'body' | 'querystring'): HttpError {
  return new HttpError(400, 'VALIDATION_FAILED', 'version must be a whole number of at least 1', {
    field: 'version',
    location,
  });
}

function reasonOf(error: HttpError): NonNullable<WriteStatus['reason']> {
  const body = error.toBody();
  return {
    code: body.code,
    message: body.message,
    ...(body.currentVersion !== undefined ? { currentVersion: body.currentVersion } : {}),
  };
}

/** Records the outcome unless one is already there (a concurrent replay): the first outcome stands. */
async function recordStatus(
  target: WriteTarget,
  record: WriteRecord,
  outcome: Pick<WriteStatus, 'status' | 'itemId' | 'version' | 'reason'>,
): Promise<WriteStatus> {
  const now = (target.now ?? (() => new Date()))();
  const status: WriteStatus = {
    writeId: record.writeId,
    op: record.op,
    acceptedAt: record.acceptedAt,
    appliedAt: now.toISOString(),
    ...outcome,
  };
  try {
    await target.doc.send(
      new PutCommand({
        TableName: target.tableName,
        Item: {
          ...statusKey(record.writeId),
          ...status,
          [TABLE_DESIGN.ttlAttribute]: statusExpiry(now),
        },
        // A delete's intent gives way to its outcome; any other outcome recorded first stands.
        ConditionExpression: 'attribute_not_exists(#pk) OR #status = :intent',
        ExpressionAttributeNames: { '#pk': TABLE_DESIGN.partitionKey, '#status': 'status' },
        ExpressionAttributeValues: { ':intent': DELETE_INTENT },
      }),
    );
    return status;
  } catch (error) {
    const conflict =
      error instanceof ConditionalCheckFailedException ||
      (error as { name?: string }).name === 'ConditionalCheckFailedException';
    if (!conflict) throw error;
  }
  return (await readWriteStatus(target, record.writeId)) ?? status;
}
