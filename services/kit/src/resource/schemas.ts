import type { TObject, TProperties } from 'typebox';
import { CURSOR_PATTERN } from './cursor.js';
import { ID_PATTERN } from './ids.js';
import { dynamoInteger } from './numbers.js';
import { Type } from './type.js';

export const IdSchema = Type.String({ pattern: ID_PATTERN, description: 'Resource id (UUID)' });
export const IdParams = Type.Object({ id: IdSchema }, { additionalProperties: false });

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export const ListQuery = Type.Object({
  limit: Type.Optional(
    dynamoInteger({
      minimum: 1,
      maximum: MAX_PAGE_SIZE,
      description: `Page size, default ${DEFAULT_PAGE_SIZE}`,
    }),
  ),
  cursor: Type.Optional(
    Type.String({ pattern: CURSOR_PATTERN, description: 'The `nextCursor` of the previous page' }),
  ),
});

/** `GET /<svc>/export`: how many items each DynamoDB read fetches, and where to start. */
export const ExportQuery = Type.Object({
  pageSize: Type.Optional(
    dynamoInteger({
      minimum: 1,
      maximum: MAX_PAGE_SIZE,
      description: `Items per DynamoDB read (one chunk of the stream each), default ${MAX_PAGE_SIZE}`,
    }),
  ),
  cursor: ListQuery.properties.cursor,
});

export const DeleteQuery = Type.Object({
  version: Type.Optional(
    dynamoInteger({ minimum: 1, description: 'Delete only if the item has this version' }),
  ),
});

export const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 128,
      pattern: '^[\\x21-\\x7E]+$',
      description: 'Retries with the same key return the first result instead of creating again',
    }),
  ),
});

export const VersionField = dynamoInteger({
  minimum: 1,
  description: 'The version the client last read; a stale version answers 409 and changes nothing',
});

export const MetaProperties = {
  id: IdSchema,
  version: dynamoInteger({ minimum: 1, description: 'Incremented by every update' }),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
};

const Location = Type.Union([
  Type.Literal('body'),
  Type.Literal('querystring'),
  Type.Literal('params'),
  Type.Literal('headers'),
  Type.Literal('url'),
]);

export const ErrorResponse = Type.Object(
  {
    statusCode: dynamoInteger({ minimum: 400, maximum: 599 }),
    error: Type.String({ description: 'HTTP reason phrase' }),
    code: Type.String({ description: 'Stable machine-readable code, e.g. VALIDATION_FAILED' }),
    message: Type.String(),
    field: Type.Optional(Type.String({ description: 'The offending field, header or parameter' })),
    location: Type.Optional(Location),
    issues: Type.Optional(
      Type.Array(Type.Object({ location: Location, field: Type.String(), message: Type.String() })),
    ),
    currentVersion: Type.Optional(
      dynamoInteger({ minimum: 1, description: 'On 409: the version stored now' }),
    ),
  },
  { $id: 'ErrorResponse', title: 'Error' },
);

/** The item schema a route answers with: the domain fields plus id, version and timestamps. */
export function itemSchema<P extends TProperties>(fields: TObject<P>, title: string) {
  return Type.Object({ ...MetaProperties, ...fields.properties }, { additionalProperties: false, title });
}

/** A PATCH body: the required expected version plus at least one of the given optional fields. */
export function patchSchema<P extends TProperties>(fields: TObject<P>) {
  // minProperties: the version and at least one change, so the document says an empty change is refused.
  return Type.Object(
    { version: VersionField, ...fields.properties },
    { additionalProperties: false, minProperties: 2 },
  );
}
