import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyServerOptions,
  LogController,
} from 'fastify';
import { connectDataStore, type DataStore } from './dynamo/connect.js';
import { busPublisher, type ChangePublisher, registerChangePublisher } from './http/change-events.js';
import { routerErrorHandler, setErrorHandlers } from './http/errors.js';
import { healthRoutes } from './http/health.js';
import {
  addRuntimeHeaders,
  processRuntimeState,
  type RuntimeState,
  runtimeHeaderWriter,
} from './http/runtime-info.js';
import { jsonSerializerCompiler, typeboxValidatorCompiler } from './http/validation.js';
import { ResourceRepository } from './resource/repository.js';
import { type ResourceDefinition, registerResourceRoutes, resourceMethods } from './resource/routes.js';

/** Default request body limit: small on purpose; the largest legitimate body (an order) is a few KiB. */
export const DEFAULT_BODY_LIMIT = 64 * 1024;

/** The longest path parameter the router matches; longer ones answer 400 naming it (ids are 36 characters). */
export const MAX_PARAM_LENGTH = 100;

export interface ServiceAppOptions {
  /** Data store to use; resolved from the environment (and closed with the app) when absent. */
  readonly store?: DataStore;
  readonly logger?: boolean | FastifyServerOptions['logger'];
  readonly loggerInstance?: FastifyBaseLogger;
  readonly disableRequestLogging?: boolean;
  readonly bodyLimit?: number;
  readonly runtimeState?: RuntimeState;
  /** Where successful writes are published as change events. @default the bus in `PIK_CHANGE_BUS`, else none */
  readonly publishChanges?: ChangePublisher;
  /** Runs before any route is added (the OpenAPI build registers @fastify/swagger here). */
  readonly beforeRoutes?: (app: FastifyInstance) => Promise<void>;
}

/**
 * Builds one service: shared plugins (runtime headers, errors, health), then the resource routes.
 * Validation uses TypeBox compiled checks, compiled on first use; responses are serialized with
 * JSON.stringify instead of compiling a serializer per response schema at start-up, because the
 * repository already answers exactly the documented shape.
 */
export async function createServiceApp<TCreate extends object, TStored extends object>(
  definition: ResourceDefinition<TCreate, TStored>,
  options: ServiceAppOptions = {},
): Promise<FastifyInstance> {
  const runtimeState = options.runtimeState ?? processRuntimeState();
  const app = Fastify({
    ...(options.loggerInstance
      ? { loggerInstance: options.loggerInstance }
      : { logger: options.logger ?? false }),
    ...(options.disableRequestLogging
      ? { logController: new LogController({ disableRequestLogging: true }) }
      : {}),
    bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
    return503OnClosing: true,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: MAX_PARAM_LENGTH },
    frameworkErrors: routerErrorHandler({
      basePath: definition.service.basePath,
      maxParamLength: MAX_PARAM_LENGTH,
      beforeSend: runtimeHeaderWriter(runtimeState),
    }),
    // Giving both compiler factories means Fastify never loads its defaults (Ajv, fast-json-stringify).
    schemaController: {
      compilersFactory: {
        buildValidator: (() => typeboxValidatorCompiler) as never,
        buildSerializer: () => jsonSerializerCompiler,
      },
    },
  }) as unknown as FastifyInstance;
  // JSON only: a text/plain body answers 415 instead of reaching a JSON schema as a string.
  app.removeContentTypeParser('text/plain');

  const store = options.store ?? (await connectDataStore(definition.service.name));
  if (!options.store) app.addHook('onClose', async () => store.close());
  app.decorate('dataStore', store);

  // Added to the root instance directly rather than as plugins: the same hooks and handlers, without a
  // plugin load cycle each during init.
  addRuntimeHeaders(app, runtimeState);
  setErrorHandlers(app, resourceMethods(definition.service.basePath));
  if (options.beforeRoutes) await options.beforeRoutes(app);
  await healthRoutes(app, { store });
  const repository = new ResourceRepository<TStored>({
    doc: store.doc,
    tableName: store.tableName,
    scope: definition.service.name,
    entity: definition.service.entity,
  });
  const publishChanges = options.publishChanges ?? busPublisher(process.env);
  if (publishChanges) registerChangePublisher(app, definition.service.name, publishChanges);
  registerResourceRoutes(app, definition, repository);
  return app;
}

declare module 'fastify' {
  interface FastifyInstance {
    dataStore: DataStore;
  }
}
