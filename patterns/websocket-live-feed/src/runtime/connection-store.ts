import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { QUOTAS } from '@pik/limits';

/**
 * Key design of the connections table (partition `pk`, sort `sk`, TTL `expiresAt`):
 * - `pk = conn#<connection id>`, `sk = conn`: the connection, with the topics it subscribed to;
 * - `pk = topic#<topic>`, `sk = <connection id>`: one subscription, so a change's subscribers are one query.
 * Every item expires when the connection must have ended (API Gateway closes it after 2 hours), so a
 * connection whose `$disconnect` never ran cannot linger.
 */
export const CONNECTIONS_TABLE_DESIGN = {
  partitionKey: 'pk',
  sortKey: 'sk',
  ttlAttribute: 'expiresAt',
} as const;

/** Topics one connection may hold at once; a subscribe beyond it is refused, naming the limit. */
export const MAX_TOPICS_PER_CONNECTION = 20;

const conn = (id: string) => ({ pk: `conn#${id}`, sk: 'conn' });
const sub = (topic: string, id: string) => ({ pk: `topic#${topic}`, sk: id });

export interface ConnectionStore {
  connect(connectionId: string, connectedAt: number, principal?: string): Promise<void>;
  /** Forgets the connection and all its subscriptions. */
  disconnect(connectionId: string): Promise<void>;
  /** 'unknown' when the connection is not (or no longer) known; 'full' at the topic limit. */
  subscribe(connectionId: string, topic: string): Promise<'subscribed' | 'unknown' | 'full'>;
  unsubscribe(connectionId: string, topic: string): Promise<void>;
  /** Subscribers of any of the topics, each with the most specific topic it holds (later topics win). */
  subscribers(topics: readonly string[]): Promise<Map<string, string>>;
}

export function dynamoConnectionStore(doc: DynamoDBDocumentClient, tableName: string): ConnectionStore {
  return new DynamoConnectionStore(doc, tableName);
}

class DynamoConnectionStore implements ConnectionStore {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async connect(connectionId: string, connectedAt: number, principal?: string): Promise<void> {
    const expiresAt = Math.ceil(connectedAt / 1000) + QUOTAS.websocketConnectionDurationSeconds.value;
    await this.doc.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          ...conn(connectionId),
          connectedAt,
          expiresAt,
          topics: [],
          ...(principal ? { principal } : {}),
        },
      }),
    );
  }

  async disconnect(connectionId: string): Promise<void> {
    const known = await this.topicsOf(connectionId);
    for (const topic of known?.topics ?? []) {
      await this.doc.send(new DeleteCommand({ TableName: this.tableName, Key: sub(topic, connectionId) }));
    }
    await this.doc.send(new DeleteCommand({ TableName: this.tableName, Key: conn(connectionId) }));
  }

  async subscribe(connectionId: string, topic: string): Promise<'subscribed' | 'unknown' | 'full'> {
    const known = await this.topicsOf(connectionId);
    if (!known) return 'unknown';
    if (known.topics.includes(topic)) return 'subscribed';
    if (known.topics.length >= MAX_TOPICS_PER_CONNECTION) return 'full';
    await this.doc.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { ...sub(topic, connectionId), expiresAt: known.expires },
      }),
    );
    await this.doc.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: conn(connectionId),
        UpdateExpression: 'SET topics = list_append(topics, :t)',
        ExpressionAttributeValues: { ':t': [topic] },
      }),
    );
    return 'subscribed';
  }

  async unsubscribe(connectionId: string, topic: string): Promise<void> {
    const known = await this.topicsOf(connectionId);
    await this.doc.send(new DeleteCommand({ TableName: this.tableName, Key: sub(topic, connectionId) }));
    if (!known?.topics.includes(topic)) return;
    await this.doc.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: conn(connectionId),
        UpdateExpression: 'SET topics = :t',
        ExpressionAttributeValues: { ':t': known.topics.filter((t) => t !== topic) },
      }),
    );
  }

  async subscribers(topics: readonly string[]): Promise<Map<string, string>> {
    const found = new Map<string, string>();
    for (const topic of topics) {
      let start: Record<string, unknown> | undefined;
      do {
        const page = await this.doc.send(
          new QueryCommand({
            TableName: this.tableName,
            KeyConditionExpression: 'pk = :pk',
            ExpressionAttributeValues: { ':pk': `topic#${topic}` },
            ...(start ? { ExclusiveStartKey: start } : {}),
          }),
        );
        for (const item of page.Items ?? []) found.set(item.sk as string, topic);
        start = page.LastEvaluatedKey;
      } while (start);
    }
    return found;
  }

  /** The connection's topics and expiry, or undefined when the connection is not known. */
  private async topicsOf(connectionId: string) {
    const found = await this.doc.send(new GetCommand({ TableName: this.tableName, Key: conn(connectionId) }));
    return found.Item
      ? { topics: (found.Item.topics as string[] | undefined) ?? [], expires: found.Item.expiresAt as number }
      : undefined;
  }
}
