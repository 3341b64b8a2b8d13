import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { TObject } from 'typebox';
import { EXPORT_SEGMENT } from '../catalogue.js';
import type { Page, ResourceRepository } from './repository.js';
import { ErrorResponse, ExportQuery, MAX_PAGE_SIZE } from './schemas.js';

/** The streaming route's media type: one JSON item per line (NDJSON). */
export const NDJSON = 'application/x-ndjson';

type Lister<T extends object> = Pick<ResourceRepository<T>, 'list'>;

/**
 * Every item from the page after `first`, as NDJSON text, one chunk per DynamoDB page: a page is read only
 * when the consumer asked for more, so the first chunk leaves before the last page is read, and a slow
 * reader slows the reads down instead of filling memory.
 */
export async function* exportChunks<T extends object>(
  repository: Lister<T>,
  first: Page<T>,
  pageSize: number,
): AsyncGenerator<string> {
  let page = first;
  for (;;) {
    if (page.items.length > 0) yield ndjsonLines(page.items);
    if (!page.nextCursor) return;
    page = await repository.list({ limit: pageSize, cursor: page.nextCursor });
  }
}

function ndjsonLines(items: readonly object[]): string {
  let text = '';
  for (const item of items) text += `${JSON.stringify(item)}\n`;
  return text;
}

/**
 * `GET /<svc>/export`: the whole list as NDJSON, written page by page as DynamoDB answers. The first page
 * is read before the status line, so a bad `cursor` still answers 400 naming it; after that the answer is a
 * stream (no content-length), and a failed later read ends it early (the reader sees a cut-off body).
 */
export function registerExportRoute<T extends object>(
  app: FastifyInstance,
  basePath: string,
  item: TObject,
  tags: string[],
  repository: Lister<T>,
): void {
  app.get(
    `${basePath}/${EXPORT_SEGMENT}`,
    {
      schema: {
        tags,
        summary: 'Stream every item as NDJSON (one JSON item per line), read page by page',
        querystring: ExportQuery,
        response: {
          200: {
            description: 'One item per line, ordered by id; written as each page is read',
            content: { [NDJSON]: { schema: item } },
          },
          400: ErrorResponse,
          500: ErrorResponse,
        },
      },
    },
    async (request, reply) => {
      const query = request.query as { pageSize?: number; cursor?: string };
      const pageSize = query.pageSize ?? MAX_PAGE_SIZE;
      const first = await repository.list({ limit: pageSize, cursor: query.cursor });
      const body = Readable.from(exportChunks(repository, first, pageSize), { objectMode: false });
      body.on('error', (error) => request.log.error({ err: error }, 'export stopped after a failed read'));
      return reply.type(NDJSON).send(body);
    },
  );
  // PATCH and DELETE would otherwise reach `/<svc>/:id` with the id `export` (a 400 naming `id`): the path
  // exists and takes GET only, so they answer the not-found handler's 405 with `Allow` (not documented).
  app.route({
    method: ['PATCH', 'DELETE'],
    url: `${basePath}/${EXPORT_SEGMENT}`,
    schema: { hide: true },
    handler: (_request, reply) => reply.callNotFound(),
  });
}
