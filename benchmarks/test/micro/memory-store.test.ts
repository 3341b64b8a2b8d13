import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { TABLE_DESIGN } from '@pik/service-kit/catalogue';
import { describe, expect, it } from 'vitest';
import { memoryDataStore } from '../../src/micro/memory-store.js';

const { partitionKey, listIndex, listKeyValue } = TABLE_DESIGN;
const item = (n: number) => ({
  [partitionKey]: `item#${n}`,
  [listIndex.partitionKey]: listKeyValue,
  id: `id-${String(n).padStart(5, '0')}`,
});
const put = (n: number) =>
  new PutCommand({
    TableName: 't',
    Item: item(n),
    ConditionExpression: 'attribute_not_exists(#pk)',
    ExpressionAttributeNames: { '#pk': partitionKey },
  });
const get = (n: number) => new GetCommand({ TableName: 't', Key: { [partitionKey]: `item#${n}` } });

describe('bench:service memory store', () => {
  it('keeps the first items and the newest ones, so a long POST run does not grow the heap', async () => {
    const { doc } = memoryDataStore();
    for (let n = 0; n < 1_000; n++) await doc.send(put(n));
    const found = async (n: number) => ((await doc.send(get(n))) as { Item?: unknown }).Item !== undefined;
    expect(await found(0)).toBe(true);
    expect(await found(63)).toBe(true);
    expect(await found(64)).toBe(false);
    expect(await found(935)).toBe(false);
    expect(await found(936)).toBe(true);
    expect(await found(999)).toBe(true);
    const listed = (await doc.send(
      new QueryCommand({ TableName: 't', IndexName: listIndex.name, Limit: 10_000 }),
    )) as { Items: unknown[] };
    expect(listed.Items).toHaveLength(128);
  });

  it('still refuses a conditional put of a key it holds', async () => {
    const { doc } = memoryDataStore();
    await doc.send(put(1));
    await expect(doc.send(put(1))).rejects.toMatchObject({ name: 'ConditionalCheckFailedException' });
  });
});
