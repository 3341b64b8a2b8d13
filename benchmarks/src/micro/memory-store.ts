import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { DataStore } from '@pik/service-kit';
import { TABLE_DESIGN } from '@pik/service-kit/catalogue';

type Item = Record<string, unknown>;

interface Command {
  readonly input: Record<string, unknown>;
}

/** Raised like the SDK does for a failed ConditionExpression (the repository checks the name). */
class ConditionalCheckFailed extends Error {
  override readonly name = 'ConditionalCheckFailedException';
}

const { partitionKey, listIndex } = TABLE_DESIGN;

/** Items kept for good: the first ones written, which the bench seeds and then reads. */
const KEPT_FIRST = 64;
/** Of later items, only this many of the newest are kept. */
const KEPT_RECENT = 64;

/**
 * The data store of bench:service's "store stubbed" case: a document client answering the four commands
 * the read and create paths send (Get, Put with attribute_not_exists, Query on the list index) from a Map,
 * so the measured cost is the service's own (routing, validation, hooks, repository mapping) without
 * DynamoDB or its HTTP hop. Anything else throws, so a silent wrong answer cannot inflate the figures.
 * Its memory stays bounded: the first {@link KEPT_FIRST} items (the seeded ones every read targets) are
 * kept, and of the items created under load only the newest {@link KEPT_RECENT}. A store that kept all
 * of a POST run's items (100,000 and more) would grow the server's heap without bound and charge the
 * garbage collector's extra work (~6 us per POST measured) to the service; on AWS they live in DynamoDB.
 */
export function memoryDataStore(tableName = 'bench-memory'): DataStore {
  const items = new Map<string, Item>();
  let written = 0;
  const recent: string[] = [];
  // The list index, sorted by its sort key; rebuilt lazily after writes.
  let listed: Item[] | undefined;
  const send = async (command: Command): Promise<Record<string, unknown>> => {
    const input = command.input;
    if (command instanceof GetCommand) {
      const found = items.get((input.Key as Item)[partitionKey] as string);
      return found ? { Item: { ...found } } : {};
    }
    if (command instanceof PutCommand) {
      const item = input.Item as Item;
      const key = item[partitionKey] as string;
      if (String(input.ConditionExpression ?? '').startsWith('attribute_not_exists') && items.has(key)) {
        throw new ConditionalCheckFailed('The conditional request failed');
      }
      items.set(key, { ...item });
      written += 1;
      if (written > KEPT_FIRST) {
        // A ring of the newest keys: the one it replaces is dropped from the store.
        const slot = (written - KEPT_FIRST - 1) % KEPT_RECENT;
        const evicted = recent[slot];
        if (evicted !== undefined) items.delete(evicted);
        recent[slot] = key;
      }
      listed = undefined;
      return {};
    }
    if (command instanceof QueryCommand) {
      listed ??= [...items.values()]
        .filter((item) => item[listIndex.partitionKey] !== undefined)
        .sort((a, b) => String(a[listIndex.sortKey]).localeCompare(String(b[listIndex.sortKey])));
      const after = (input.ExclusiveStartKey as Item | undefined)?.[listIndex.sortKey] as string | undefined;
      const start =
        after === undefined ? 0 : listed.findIndex((item) => String(item[listIndex.sortKey]) > after);
      const limit = Number(input.Limit ?? listed.length);
      return { Items: (start < 0 ? [] : listed.slice(start, start + limit)).map((item) => ({ ...item })) };
    }
    throw new Error(`memory store: ${command.constructor.name} is not part of the benchmark`);
  };
  return {
    doc: { send, destroy: () => {} } as unknown as DataStore['doc'],
    tableName,
    mode: 'endpoint',
    endpoint: 'memory:',
    close: async () => {},
  };
}
