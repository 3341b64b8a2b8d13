import { writeFile } from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';
import type { ServiceAppOptions } from '../app.js';
import type { ServiceDescriptor } from '../catalogue.js';
import { createDocumentClient } from '../dynamo/client.js';
import type { DataStore } from '../dynamo/connect.js';

/** A store that is never contacted: the OpenAPI build only needs the routes. */
function offlineStore(service: ServiceDescriptor): DataStore {
  const doc = createDocumentClient({ endpoint: 'http://127.0.0.1:9', region: 'us-east-1' });
  return { doc, tableName: `pik-${service.name}`, mode: 'endpoint', close: async () => doc.destroy() };
}

/**
 * Builds the app with @fastify/swagger registered first, and returns its OpenAPI 3 document.
 * Build-time only: the runtime entries never load swagger.
 */
export async function generateOpenApi(
  service: ServiceDescriptor,
  buildApp: (options: ServiceAppOptions) => Promise<FastifyInstance>,
  version = '0.1.0',
): Promise<Record<string, unknown>> {
  const { default: swagger } = await import('@fastify/swagger');
  const store = offlineStore(service);
  const app = await buildApp({
    store,
    beforeRoutes: async (instance) => {
      await instance.register(swagger, {
        openapi: {
          openapi: '3.0.3',
          info: {
            title: `pik ${service.name} service`,
            version,
            description: `The ${service.name} service: ${service.entity} resources under ${service.basePath}.`,
          },
          tags: [
            { name: service.name, description: `${service.entity} resources` },
            { name: 'health', description: 'Load balancer probes' },
          ],
        },
      });
    },
  });
  await app.ready();
  const document = app.swagger() as unknown as Record<string, unknown>;
  await app.close();
  await store.close();
  return document;
}

export async function writeOpenApi(
  service: ServiceDescriptor,
  buildApp: (options: ServiceAppOptions) => Promise<FastifyInstance>,
  file: string,
): Promise<void> {
  const document = await generateOpenApi(service, buildApp);
  await writeFile(file, `${JSON.stringify(document, null, 2)}\n`);
}
