import type { FastifyInstance } from 'fastify';
import type { ServiceAppOptions } from '../app.js';
import type { ServiceDescriptor } from '../catalogue.js';

/** Longest a SIGTERM drain may take before the process exits anyway (ECS and the twin wait 10 s). */
export const DRAIN_TIMEOUT_MS = 9_000;

/**
 * Runs one service as an HTTP server: `PORT` (default: the service's catalogue port) and `HOST`
 * (default 127.0.0.1; set HOST=0.0.0.0 in containers). On SIGTERM or SIGINT it stops accepting, lets
 * in-flight requests finish, closes the data store and exits, at the latest after {@link DRAIN_TIMEOUT_MS}.
 */
export async function runServer(
  service: ServiceDescriptor,
  buildApp: (options: ServiceAppOptions) => Promise<FastifyInstance>,
  env: NodeJS.ProcessEnv = process.env,
): Promise<FastifyInstance> {
  const app = await buildApp({ logger: { level: env.LOG_LEVEL ?? 'info' } });
  const port = env.PORT === undefined ? service.port : Number(env.PORT);
  const host = env.HOST ?? '127.0.0.1';
  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'draining before exit');
    const timer = setTimeout(() => {
      app.log.error('drain timed out; exiting');
      process.exit(1);
    }, DRAIN_TIMEOUT_MS);
    timer.unref();
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        app.log.error({ err: error }, 'close failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
  await app.listen({ port, host });
  return app;
}
