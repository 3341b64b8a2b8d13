import { randomUUID } from 'node:crypto';
import { DeleteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ResourceRepository } from '../src/resource/repository.js';
import { startTestStore, type TestBackend, type TestStore, testBackends } from '../src/testing/index.js';
import { applyWrite, readWriteStatus, type WriteTarget } from '../src/writes/apply.js';
import { PoisonRecordError, parseWriteRecord, type WriteRecord } from '../src/writes/record.js';

const SERVICES = ['catalog'];
const write = (fields: Partial<WriteRecord>): WriteRecord => ({
  writeId: randomUUID(),
  service: 'catalog',
  op: 'create',
  acceptedAt: Date.now(),
  ...fields,
});

describe('buffered writes applied through the repository', () => {
  let store: TestStore;
  let target: WriteTarget;
  let repo: ResourceRepository;

  beforeAll(async () => {
    store = await startTestStore(testBackends()[0] as TestBackend, 'writes');
    target = { doc: store.doc, tableName: store.tableName };
    repo = new ResourceRepository({ doc: store.doc, tableName: store.tableName, scope: 'catalog' });
  });
  afterAll(async () => store?.close());

  it('applies a create once: the same record replayed returns the first outcome and adds no item', async () => {
    const record = write({ body: { name: 'kettle' } });
    const first = await applyWrite(target, record);
    const replay = await applyWrite(target, record);
    expect(first).toMatchObject({ status: 'applied', op: 'create', version: 1 });
    expect(replay).toEqual(first);
    expect(await repo.get(first.itemId as string)).toMatchObject({ name: 'kettle', version: 1 });
    const page = await repo.list({ limit: 100 });
    expect(page.items.filter((item) => item.name === 'kettle')).toHaveLength(1);
  });

  it('applies an update at the current version once, and refuses a stale one with the current version', async () => {
    const created = await applyWrite(target, write({ body: { name: 'lamp' } }));
    const id = created.itemId as string;
    const update = write({ op: 'update', itemId: id, body: { version: 1, name: 'desk lamp' } });
    expect(await applyWrite(target, update)).toMatchObject({ status: 'applied', version: 2 });
    expect(await applyWrite(target, update)).toMatchObject({ status: 'applied', version: 2 });
    const stale = await applyWrite(
      target,
      write({ op: 'update', itemId: id, body: { version: 1, name: 'old' } }),
    );
    expect(stale).toMatchObject({
      status: 'failed',
      itemId: id,
      reason: { code: 'VERSION_CONFLICT', currentVersion: 2 },
    });
    expect(await repo.get(id)).toMatchObject({ name: 'desk lamp', version: 2 });
  });

  it('records a replayed update applied when its first delivery changed the item but was never recorded', async () => {
    const created = await applyWrite(target, write({ body: { name: 'stool' } }));
    const id = created.itemId as string;
    const update = write({ op: 'update', itemId: id, body: { version: 1, name: 'bar stool' } });
    // The first delivery: the consumer applied the change, then stopped before recording the outcome.
    await repo.update(id, 1, { name: 'bar stool' });
    expect(await readWriteStatus(target, update.writeId)).toBeUndefined();
    expect(await applyWrite(target, update)).toMatchObject({ status: 'applied', itemId: id, version: 2 });
    expect(await repo.get(id)).toMatchObject({ name: 'bar stool', version: 2 });
    // Another write made at the same version, with other changes, is still refused as stale.
    const other = write({ op: 'update', itemId: id, body: { version: 1, name: 'high stool' } });
    expect(await applyWrite(target, other)).toMatchObject({
      status: 'failed',
      reason: { code: 'VERSION_CONFLICT', currentVersion: 2 },
    });
  });

  /** The target as a consumer that stops (throws) at the first command `stopsAt` picks. */
  const stoppingAt = (stopsAt: (command: { input: { Item?: Record<string, unknown> } }) => boolean) =>
    ({
      ...target,
      doc: {
        send: (command: { input: { Item?: Record<string, unknown> } }) =>
          stopsAt(command)
            ? Promise.reject(new Error('the consumer stopped'))
            : store.doc.send(command as never),
      } as unknown as DynamoDBDocumentClient,
    }) satisfies WriteTarget;

  it('records a replayed delete applied when its first delivery deleted the item but was never recorded', async () => {
    const created = await applyWrite(target, write({ body: { name: 'sofa' } }));
    const id = created.itemId as string;
    const remove = write({ op: 'delete', itemId: id, version: 1 });
    const beforeRecording = stoppingAt((command) => command.input.Item?.status === 'applied');
    await expect(applyWrite(beforeRecording, remove)).rejects.toThrow(/stopped/);
    expect(await repo.get(id)).toBeUndefined();
    // Until the replay, the status route still says pending.
    expect(await readWriteStatus(target, remove.writeId)).toBeUndefined();
    expect(await applyWrite(target, remove)).toMatchObject({ status: 'applied', op: 'delete', itemId: id });
    expect(await readWriteStatus(target, remove.writeId)).toMatchObject({ status: 'applied' });
  });

  it('deletes on the replay when the first delivery stopped before deleting; a missing item is still refused', async () => {
    const created = await applyWrite(target, write({ body: { name: 'bench' } }));
    const id = created.itemId as string;
    const remove = write({ op: 'delete', itemId: id });
    await expect(
      applyWrite(
        stoppingAt((c) => c instanceof DeleteCommand),
        remove,
      ),
    ).rejects.toThrow(/stopped/);
    expect(await repo.get(id)).toMatchObject({ name: 'bench' });
    expect(await applyWrite(target, remove)).toMatchObject({ status: 'applied', itemId: id });
    expect(await repo.get(id)).toBeUndefined();
    // Deleting it again is a new write on an item that is gone: refused, replayed or not.
    const again = write({ op: 'delete', itemId: id });
    expect(await applyWrite(target, again)).toMatchObject({
      status: 'failed',
      reason: { code: 'NOT_FOUND' },
    });
    expect(await applyWrite(target, again)).toMatchObject({
      status: 'failed',
      reason: { code: 'NOT_FOUND' },
    });
  });

  it('deletes at a version given as the query string had it; an unknown item is reported, not thrown', async () => {
    const created = await applyWrite(target, write({ body: { name: 'chair' } }));
    const id = created.itemId as string;
    const removed = await applyWrite(target, write({ op: 'delete', itemId: id, version: '1' }));
    expect(removed.status).toBe('applied');
    expect(await repo.get(id)).toBeUndefined();
    const missing = await applyWrite(target, write({ op: 'delete', itemId: randomUUID() }));
    expect(missing).toMatchObject({ status: 'failed', reason: { code: 'NOT_FOUND' } });
    const badVersion = await applyWrite(target, write({ op: 'delete', itemId: id, version: 'x' }));
    expect(badVersion).toMatchObject({ status: 'failed', reason: { code: 'VALIDATION_FAILED' } });
  });

  it('reads a recorded status back, and nothing for a write not yet applied', async () => {
    const record = write({ body: { name: 'rug' } });
    expect(await readWriteStatus(target, record.writeId)).toBeUndefined();
    await applyWrite(target, record);
    expect(await readWriteStatus(target, record.writeId)).toMatchObject({
      writeId: record.writeId,
      status: 'applied',
    });
  });

  it('names the bad field of a poison record', () => {
    expect(() => parseWriteRecord('not json', SERVICES)).toThrow(PoisonRecordError);
    const valid = write({ body: {} });
    expect(parseWriteRecord(JSON.stringify(valid), SERVICES)).toEqual(valid);
    expect(() => parseWriteRecord(JSON.stringify({ ...valid, service: 'nope' }), SERVICES)).toThrow(
      /service/,
    );
    expect(() => parseWriteRecord(JSON.stringify({ ...valid, op: 'update' }), SERVICES)).toThrow(/itemId/);
    expect(() => parseWriteRecord(JSON.stringify({ ...valid, writeId: 'x' }), SERVICES)).toThrow(/writeId/);
  });
});
