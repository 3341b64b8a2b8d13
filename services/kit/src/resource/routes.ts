import type { FastifyInstance } from 'fastify';
import type { TObject, TSchema } from 'typebox';
import { EXPORT_SEGMENT, type ServiceDescriptor } from '../catalogue.js';
import { type AllowedMethods, HttpError } from '../http/errors.js';
import { registerExportRoute } from './export.js';
import type { ResourceRepository } from './repository.js';
import {
  DEFAULT_PAGE_SIZE,
  DeleteQuery,
  ErrorResponse,
  IdempotencyHeaders,
  IdParams,
  ListQuery,
  patchSchema,
} from './schemas.js';
import { Type } from './type.js';

/** What a service declares about its one resource; the kit turns it into five routes. */
export interface ResourceDefinition<TCreate extends object, TStored extends object> {
  readonly service: ServiceDescriptor;
  /** Body of POST: the fields a client sends (unknown fields are rejected). */
  readonly createBody: TObject;
  /** Fields a PATCH may change (all optional); the kit adds the required `version`. */
  readonly patchFields: TObject;
  /** The item as answered: from {@link itemSchema}. */
  readonly item: TObject;
  /** Turns a validated create body into the stored fields (derive totals, defaults). Identity if absent. */
  readonly prepareCreate?: (body: TCreate) => TStored;
  /** Checks a validated patch against the stored item before writing; throw HttpError to refuse. */
  readonly preparePatch?: (changes: Partial<TStored>) => Partial<TStored>;
}

const errors = (...codes: number[]): Record<number, TSchema> =>
  Object.fromEntries(codes.map((code) => [code, ErrorResponse]));

/**
 * The methods each path of a service answers to (HEAD with every GET, as Fastify exposes it): the
 * resource routes below and the health probes. Used to answer 405 with `Allow` for the others.
 */
export function resourceMethods(basePath: string): AllowedMethods {
  const health = ['GET', 'HEAD'];
  return (rawPath) => {
    const path = rawPath.length > 1 && rawPath.endsWith('/') ? rawPath.slice(0, -1) : rawPath;
    if (path === '/healthz' || path === '/readyz') return health;
    if (path === basePath) return ['GET', 'HEAD', 'POST'];
    const rest = path.startsWith(`${basePath}/`) ? path.slice(basePath.length + 1) : '';
    if (rest === EXPORT_SEGMENT) return ['GET', 'HEAD'];
    return rest && !rest.includes('/') ? ['GET', 'HEAD', 'PATCH', 'DELETE'] : undefined;
  };
}

/** What every route of one resource shares. */
interface ResourceRouteContext<TStored extends object> {
  readonly app: FastifyInstance;
  readonly base: string;
  readonly entity: string;
  readonly tags: string[];
  readonly Item: ResourceDefinition<object, TStored>['item'];
  readonly repository: ResourceRepository<TStored>;
}

/** Registers list, export (NDJSON stream), get, create, patch and delete under the service's base path. */
export function registerResourceRoutes<TCreate extends object, TStored extends object>(
  app: FastifyInstance,
  definition: ResourceDefinition<TCreate, TStored>,
  repository: ResourceRepository<TStored>,
): void {
  const { basePath: base, entity, name } = definition.service;
  const context: ResourceRouteContext<TStored> = {
    app,
    base,
    entity,
    tags: [name],
    Item: definition.item,
    repository,
  };
  registerListRoute(context);
  registerExportRoute(app, base, definition.item, context.tags, repository);
  registerGetRoute(context);
  registerCreateRoute(
    context,
    definition.createBody,
    definition.prepareCreate ?? ((body: TCreate) => body as unknown as TStored),
  );
  registerPatchRoute(
    context,
    patchSchema(definition.patchFields),
    definition.preparePatch ?? ((changes: Partial<TStored>) => changes),
  );
  registerDeleteRoute(context);
}

function registerListRoute<TStored extends object>({
  app,
  base,
  entity,
  tags,
  Item,
  repository,
}: ResourceRouteContext<TStored>): void {
  app.get(
    base,
    {
      schema: {
        tags,
        summary: `List ${entity}s, ordered by id, one page at a time`,
        querystring: ListQuery,
        response: {
          200: Type.Object({
            items: Type.Array(Item),
            nextCursor: Type.Union([Type.String(), Type.Null()], {
              description: 'Pass as `cursor` for the next page; null on the last page',
            }),
          }),
          ...errors(400, 500),
        },
      },
    },
    async (request) => {
      const query = request.query as { limit?: number; cursor?: string };
      return repository.list({ limit: query.limit ?? DEFAULT_PAGE_SIZE, cursor: query.cursor });
    },
  );
}

function registerGetRoute<TStored extends object>({
  app,
  base,
  entity,
  tags,
  Item,
  repository,
}: ResourceRouteContext<TStored>): void {
  app.get(
    `${base}/:id`,
    {
      schema: {
        tags,
        summary: `Get one ${entity}`,
        params: IdParams,
        response: { 200: Item, ...errors(400, 404, 500) },
      },
    },
    async (request) => repository.getOrThrow((request.params as { id: string }).id),
  );
}

function registerCreateRoute<TCreate extends object, TStored extends object>(
  { app, base, entity, tags, Item, repository }: ResourceRouteContext<TStored>,
  createBody: ResourceDefinition<TCreate, TStored>['createBody'],
  prepareCreate: (body: TCreate) => TStored,
): void {
  app.post(
    base,
    {
      schema: {
        tags,
        summary: `Create a ${entity} (idempotent under Idempotency-Key)`,
        headers: IdempotencyHeaders,
        body: createBody,
        response: { 201: Item, ...errors(400, 409, 413, 415, 422, 500) },
      },
    },
    async (request, reply) => {
      const key = (request.headers as { 'idempotency-key'?: string })['idempotency-key'];
      const { item, replayed } = await repository.create(prepareCreate(request.body as TCreate), key);
      reply.code(201).header('location', `${base}/${item.id}`);
      if (key) reply.header('idempotency-replayed', replayed ? 'true' : 'false');
      return item;
    },
  );
}

function registerPatchRoute<TStored extends object>(
  { app, base, entity, tags, Item, repository }: ResourceRouteContext<TStored>,
  Patch: ReturnType<typeof patchSchema>,
  preparePatch: (changes: Partial<TStored>) => Partial<TStored>,
): void {
  app.patch(
    `${base}/:id`,
    {
      schema: {
        tags,
        summary: `Change a ${entity} if it is still at the given version`,
        params: IdParams,
        body: Patch,
        response: { 200: Item, ...errors(400, 404, 409, 413, 415, 500) },
      },
    },
    async (request) => {
      const { version, ...changes } = request.body as { version: number } & Partial<TStored>;
      if (Object.keys(changes).length === 0) {
        throw new HttpError(400, 'VALIDATION_FAILED', 'body must change at least one field', {
          field: 'body',
          location: 'body',
        });
      }
      const prepared = preparePatch(changes as Partial<TStored>);
      return repository.update((request.params as { id: string }).id, version, prepared);
    },
  );
}

function registerDeleteRoute<TStored extends object>({
  app,
  base,
  entity,
  tags,
  repository,
}: ResourceRouteContext<TStored>): void {
  app.delete(
    `${base}/:id`,
    {
      schema: {
        tags,
        summary: `Delete a ${entity} (optionally only at a given version)`,
        params: IdParams,
        querystring: DeleteQuery,
        response: { 204: Type.Null({ description: 'Deleted' }), ...errors(400, 404, 409, 500) },
      },
    },
    async (request, reply) => {
      const { version } = request.query as { version?: number };
      await repository.delete((request.params as { id: string }).id, version);
      return reply.code(204).send();
    },
  );
}
