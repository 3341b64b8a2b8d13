/**
 * One server of bench:service, in its own process so the load generator does not share its core:
 *   node service-target.js <bare|stubbed|dynalite> <service>
 * `stubbed` and `dynalite` build the service app (logger off) with the in-memory store or the embedded
 * dynalite store; `bare` waits for the fixtures message, then serves them from plain Fastify routes at the
 * same paths. Listens on 127.0.0.1 at a random port, reports it over IPC, and exits when the parent leaves.
 */
import type { ServiceAppOptions } from '@pik/service-kit';
import { serviceByName } from '@pik/service-kit/catalogue';
import Fastify, { type FastifyInstance } from 'fastify';
import { memoryDataStore } from './memory-store.js';

export type TargetKind = 'bare' | 'stubbed' | 'dynalite';

/** Responses the bare routes answer with: captured from the service, so both send the same bytes. */
export interface BareFixtures {
  readonly item: unknown;
  readonly page: unknown;
  readonly created: unknown;
}

export type TargetMessage =
  | { type: 'listening'; port: number }
  | { type: 'failed'; error: string }
  | { type: 'cpu'; micros: number };

async function serviceApp(kind: 'stubbed' | 'dynalite', name: string): Promise<FastifyInstance> {
  const module = (await import(`@pik/service-${name}`)) as {
    buildApp: (options: ServiceAppOptions) => Promise<FastifyInstance>;
  };
  // No DYNAMODB_ENDPOINT: the kit starts dynalite inside this process (the embedded default).
  delete process.env.DYNAMODB_ENDPOINT;
  return module.buildApp({ logger: false, ...(kind === 'stubbed' ? { store: memoryDataStore() } : {}) });
}

/** The baseline: Fastify with JSON routes and nothing else (no schemas, hooks or store). */
function bareApp(basePath: string, fixtures: BareFixtures): FastifyInstance {
  const app = Fastify({ logger: false });
  app.get(basePath, async () => fixtures.page);
  app.get(`${basePath}/:id`, async () => fixtures.item);
  app.post(basePath, async (_request, reply) => reply.code(201).send(fixtures.created));
  return app;
}

function nextMessage<T>(): Promise<T> {
  return new Promise((resolve) => process.once('message', (message) => resolve(message as T)));
}

async function main(): Promise<void> {
  const [kind, name = 'orders'] = process.argv.slice(2) as [TargetKind, string];
  const service = serviceByName(name);
  const app =
    kind === 'bare'
      ? bareApp(service.basePath, await nextMessage<BareFixtures>())
      : await serviceApp(kind, name);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  process.send?.({ type: 'listening', port } satisfies TargetMessage);
  // CPU time of this server process on request: the parent takes it around each measured load.
  process.on('message', (message: { type?: string }) => {
    if (message.type !== 'cpu') return;
    const usage = process.cpuUsage();
    process.send?.({ type: 'cpu', micros: usage.user + usage.system } satisfies TargetMessage);
  });
  // The parent's exit (or its explicit disconnect) ends this server.
  process.once('disconnect', () => {
    app.close().finally(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  process.send?.({
    type: 'failed',
    error: error instanceof Error ? (error.stack ?? error.message) : String(error),
  });
  process.exit(1);
});
