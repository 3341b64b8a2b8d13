import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpError } from '../src/http/errors.js';
import { ResourceRepository } from '../src/resource/repository.js';
import { reportUnavailable, startTestStore, type TestStore, testBackends } from '../src/testing/index.js';

type Widget = { name: string; price: number };

describe.each(testBackends())('ResourceRepository on $name', (backend) => {
  const skip = reportUnavailable(backend);
  let store: TestStore;
  let repo: ResourceRepository<Widget>;

  beforeAll(async () => {
    if (skip) return;
    store = await startTestStore(backend, 'repo');
    repo = new ResourceRepository<Widget>({ doc: store.doc, tableName: store.tableName, scope: 'widgets' });
  });
  afterAll(async () => store?.close());

  it.skipIf(skip)(
    'pages through every item in id order with opaque cursors, last page without a cursor',
    async () => {
      const created = await Promise.all(
        Array.from({ length: 7 }, (_, i) => repo.create({ name: `w${i}`, price: i })),
      );
      const seen: string[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const page = await repo.list({ limit: 3, cursor });
        seen.push(...page.items.map((item) => item.id));
        cursor = page.nextCursor ?? undefined;
        pages++;
        for (const item of page.items) expect(item).not.toHaveProperty('pk');
      } while (cursor);
      expect(pages).toBe(3);
      expect(seen).toEqual(created.map((c) => c.item.id).sort());
    },
  );

  it.skipIf(skip)('rejects a garbage cursor with 400 naming cursor, and reads nothing', async () => {
    for (const cursor of [
      '!!',
      'e30',
      Buffer.from('{"v":1,"id":"x"}').toString('base64url'),
      'a'.repeat(300),
    ]) {
      const error = await repo.list({ limit: 2, cursor }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(HttpError);
      expect((error as HttpError).statusCode).toBe(400);
      expect((error as HttpError).field).toBe('cursor');
    }
  });

  it.skipIf(skip)('retries with one Idempotency-Key return the first result', async () => {
    const first = await repo.create({ name: 'once', price: 1 }, 'key-retry');
    const again = await repo.create({ name: 'once', price: 1 }, 'key-retry');
    expect(first.replayed).toBe(false);
    expect(again.replayed).toBe(true);
    expect(again.item).toEqual(first.item);
  });

  it.skipIf(skip)(
    '50 concurrent creates with one key leave exactly one item and all answer with it',
    async () => {
      const before = (await store.snapshot()).length;
      const results = await Promise.all(
        Array.from({ length: 50 }, () => repo.create({ name: 'burst', price: 5 }, 'key-burst')),
      );
      const ids = new Set(results.map((r) => r.item.id));
      expect(ids.size).toBe(1);
      expect(results.filter((r) => !r.replayed)).toHaveLength(1);
      const createdAt = new Set(results.map((r) => r.item.createdAt));
      expect(createdAt.size).toBe(1);
      const after = await store.snapshot();
      // one item plus its idempotency record
      expect(after.length).toBe(before + 2);
      expect(after.filter((item) => item.name === 'burst')).toHaveLength(1);
    },
  );

  it.skipIf(skip)('the same key with a different body answers 422 and writes nothing', async () => {
    await repo.create({ name: 'original', price: 1 }, 'key-conflict');
    const before = await store.snapshot();
    const error = await repo.create({ name: 'different', price: 2 }, 'key-conflict').catch((e: unknown) => e);
    expect((error as HttpError).statusCode).toBe(422);
    expect((error as HttpError).field).toBe('idempotency-key');
    expect(await store.snapshot()).toEqual(before);
  });

  it.skipIf(skip)('a replay after the item was deleted answers 409 and does not bring it back', async () => {
    let clock = Date.parse('2026-11-21T08:00:00Z');
    const timed = new ResourceRepository<Widget>({
      doc: store.doc,
      tableName: store.tableName,
      scope: 'widgets-timed',
      now: () => new Date(clock),
    });
    const { item } = await timed.create({ name: 'short-lived', price: 1 }, 'key-deleted');
    await timed.delete(item.id);
    clock += 60_000;
    const before = await store.snapshot();
    const error = (await timed
      .create({ name: 'short-lived', price: 1 }, 'key-deleted')
      .catch((e: unknown) => e)) as HttpError;
    expect(error.statusCode).toBe(409);
    expect(error.code).toBe('IDEMPOTENT_ITEM_GONE');
    expect(await timed.get(item.id)).toBeUndefined();
    expect(await store.snapshot()).toEqual(before);
  });

  it.skipIf(skip)(
    'updates at the current version and bumps it; a stale version is 409 and changes nothing',
    async () => {
      const { item } = await repo.create({ name: 'v', price: 1 });
      const updated = await repo.update(item.id, 1, { price: 2 });
      expect(updated).toMatchObject({ id: item.id, version: 2, price: 2, name: 'v' });
      const before = await store.snapshot();
      const error = (await repo.update(item.id, 1, { price: 3 }).catch((e: unknown) => e)) as HttpError;
      expect(error.statusCode).toBe(409);
      expect(error.field).toBe('version');
      expect(error.toBody().currentVersion).toBe(2);
      expect(await store.snapshot()).toEqual(before);
    },
  );

  it.skipIf(skip)('two concurrent updates at the same version: exactly one wins', async () => {
    const { item } = await repo.create({ name: 'race', price: 1 });
    const outcomes = await Promise.allSettled([
      repo.update(item.id, 1, { price: 10 }),
      repo.update(item.id, 1, { price: 20 }),
    ]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    expect((await repo.get(item.id))?.version).toBe(2);
  });

  it.skipIf(skip)('unknown ids are 404 for get, update and delete', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    expect(await repo.get(id)).toBeUndefined();
    // One at a time: a promise created before its catch is attached would reject unhandled.
    for (const attempt of [
      () => repo.getOrThrow(id),
      () => repo.update(id, 1, { price: 1 }),
      () => repo.delete(id),
    ]) {
      const error = (await attempt().catch((e: unknown) => e)) as HttpError;
      expect(error.statusCode).toBe(404);
      expect(error.field).toBe('id');
    }
  });

  it.skipIf(skip)('deletes, optionally only at a given version', async () => {
    const { item } = await repo.create({ name: 'gone', price: 1 });
    const stale = (await repo.delete(item.id, 7).catch((e: unknown) => e)) as HttpError;
    expect(stale.statusCode).toBe(409);
    expect(await repo.get(item.id)).toBeDefined();
    await repo.delete(item.id, 1);
    expect(await repo.get(item.id)).toBeUndefined();
  });
});
