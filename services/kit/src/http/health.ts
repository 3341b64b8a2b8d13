import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { FastifyInstance } from 'fastify';
import { HEALTH_PATHS, TABLE_DESIGN } from '../catalogue.js';
import type { DataStore } from '../dynamo/connect.js';
import { ErrorResponse } from '../resource/schemas.js';
import { Type } from '../resource/type.js';

/** Load balancer health checks time out after a few seconds; answer before they do. */
export const READINESS_TIMEOUT_MS = 2_000;

const Healthy = Type.Object({ status: Type.Literal('ok') });

/**
 * `/healthz`: the process answers (no I/O). `/readyz`: one consistent GetItem of a key that never exists,
 * so the probe needs no permission beyond what the service already has and proves the table is reachable.
 */
export async function healthRoutes(app: FastifyInstance, options: { store: DataStore }): Promise<void> {
  const tags = ['health'];
  app.get(
    HEALTH_PATHS.live,
    { schema: { tags, summary: 'Liveness: no I/O', response: { 200: Healthy } } },
    async () => ({ status: 'ok' as const }),
  );
  app.get(
    HEALTH_PATHS.ready,
    {
      schema: {
        tags,
        summary: 'Readiness: the DynamoDB table answers',
        response: { 200: Healthy, 503: ErrorResponse },
      },
    },
    async (request, reply) => {
      try {
        await options.store.doc.send(
          new GetCommand({
            TableName: options.store.tableName,
            Key: { [TABLE_DESIGN.partitionKey]: 'health#probe' },
          }),
          { abortSignal: AbortSignal.timeout(READINESS_TIMEOUT_MS) },
        );
        return { status: 'ok' as const };
      } catch (error) {
        request.log.warn({ err: error }, 'readiness probe failed');
        return reply.code(503).send({
          statusCode: 503,
          error: 'Service Unavailable',
          code: 'DATA_STORE_UNREACHABLE',
          message: `table ${options.store.tableName} is not reachable`,
          field: 'table',
        });
      }
    },
  );
}
