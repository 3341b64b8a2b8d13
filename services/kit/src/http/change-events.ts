import { createRequire } from 'node:module';
import {
  CHANGE_BUS_ENV,
  CHANGE_DETAIL_TYPE,
  type ChangeKind,
  changeSource,
  type ItemChange,
} from '@pik/contracts';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** Sends one change event; the default puts it on the EventBridge bus named by `PIK_CHANGE_BUS`. */
export type ChangePublisher = (change: ItemChange) => Promise<void>;

const KIND_BY_METHOD: Record<string, { status: number; change: ChangeKind }> = {
  POST: { status: 201, change: 'created' },
  PATCH: { status: 200, change: 'updated' },
  DELETE: { status: 204, change: 'deleted' },
};

/**
 * The EventBridge client, loaded on first use by CommonJS `require`, which searches `NODE_PATH`: where
 * Lambda's Node.js runtimes (and the twin) put the SDK they provide. An ESM `import()` ignores `NODE_PATH`,
 * and the bundles leave the client out (services that publish nothing never load it).
 */
function loadEventBridge(): typeof import('@aws-sdk/client-eventbridge') {
  return createRequire(import.meta.url)('@aws-sdk/client-eventbridge');
}

/** A publisher on the bus, or undefined when the variable is unset (every pattern but the live feed). */
export function busPublisher(env: NodeJS.ProcessEnv): ChangePublisher | undefined {
  const bus = env[CHANGE_BUS_ENV]?.trim();
  if (!bus) return undefined;
  let client: Promise<{ send: (change: ItemChange) => Promise<unknown> }> | undefined;
  const connect = async () => {
    const { EventBridgeClient, PutEventsCommand } = loadEventBridge();
    const eventBridge = new EventBridgeClient({ maxAttempts: 2 });
    return {
      send: (change: ItemChange) =>
        eventBridge.send(
          new PutEventsCommand({
            Entries: [
              {
                EventBusName: bus,
                Source: changeSource(change.service),
                DetailType: CHANGE_DETAIL_TYPE,
                Detail: JSON.stringify(change),
              },
            ],
          }),
        ),
    };
  };
  return async (change) => {
    client ??= connect();
    const result = (await (await client).send(change)) as { FailedEntryCount?: number };
    if (result.FailedEntryCount)
      throw new Error(`PutEvents refused the change of ${change.service}/${change.id}`);
  };
}

function changedId(request: FastifyRequest, payload: unknown): string | undefined {
  const fromPath = (request.params as { id?: string } | undefined)?.id;
  if (fromPath) return fromPath;
  if (typeof payload !== 'string') return undefined;
  try {
    return (JSON.parse(payload) as { id?: string }).id;
  } catch {
    return undefined;
  }
}

function itemOf(payload: unknown): unknown {
  if (typeof payload !== 'string' || payload === '') return undefined;
  try {
    return JSON.parse(payload);
  } catch {
    return undefined;
  }
}

/**
 * Publishes every successful create, update and delete of the service's resource as a change event,
 * before the answer leaves (a Lambda function may be frozen right after it). An idempotent replay changed
 * nothing and publishes nothing. A failed publish is logged and the write still answers: the item changed.
 */
export function registerChangePublisher(
  app: FastifyInstance,
  service: string,
  publish: ChangePublisher,
): void {
  app.addHook('onSend', async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    const kind = KIND_BY_METHOD[request.method];
    if (!kind || reply.statusCode !== kind.status) return payload;
    if (reply.getHeader('idempotency-replayed') === 'true') return payload;
    const id = changedId(request, payload);
    if (!id) return payload;
    const item = kind.change === 'deleted' ? undefined : itemOf(payload);
    try {
      await publish({ service, id, change: kind.change, ...(item ? { item } : {}), publishedAt: Date.now() });
    } catch (error) {
      request.log.error({ err: error, service, id }, 'change event not published');
    }
    return payload;
  });
}
