export type { Static, TObject } from 'typebox';
export { createServiceApp, DEFAULT_BODY_LIMIT, MAX_PARAM_LENGTH, type ServiceAppOptions } from './app.js';
export * from './catalogue.js';
export { createDocumentClient, type DynamoClientOptions } from './dynamo/client.js';
export { connectDataStore, type DataStore, type DataStoreEnv, runsOnAws } from './dynamo/connect.js';
export { type EmbeddedDynamo, startEmbeddedDynamo } from './dynamo/embedded.js';
export { ensureTable, tableDefinition } from './dynamo/table.js';
export {
  type AllowedMethods,
  type ErrorBody,
  type ErrorIssue,
  type ErrorLocation,
  errorBodyFor,
  errorHandlerPlugin,
  HttpError,
  type RouterErrorOptions,
  routerErrorBody,
  routerErrorHandler,
  setErrorHandlers,
} from './http/errors.js';
export { healthRoutes } from './http/health.js';
export {
  addRuntimeHeaders,
  processRuntimeState,
  RUNTIME_HEADERS,
  RuntimeState,
  runtimeHeaderWriter,
  runtimeInfoPlugin,
} from './http/runtime-info.js';
export { CURSOR_PATTERN, decodeCursor, encodeCursor } from './resource/cursor.js';
export { exportChunks, NDJSON } from './resource/export.js';
export { ID_PATTERN, idFromName, isId, newId, stableJson } from './resource/ids.js';
export {
  DYNAMODB_SMALLEST_MAGNITUDE,
  dynamoInteger,
  dynamoNumber,
  type NumberBounds,
  numericRuleViolations,
} from './resource/numbers.js';
export {
  type CreateResult,
  itemKey,
  type Page,
  type Resource,
  type ResourceMeta,
  ResourceRepository,
  toStoredItem,
} from './resource/repository.js';
export { type ResourceDefinition, registerResourceRoutes, resourceMethods } from './resource/routes.js';
export {
  DEFAULT_PAGE_SIZE,
  ErrorResponse,
  IdParams,
  IdSchema,
  itemSchema,
  ListQuery,
  MAX_PAGE_SIZE,
  MetaProperties,
  patchSchema,
  VersionField,
} from './resource/schemas.js';
export { Type } from './resource/type.js';
