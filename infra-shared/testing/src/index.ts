export * from './dynamodb-local.js';
export * from './optional-tool.js';
