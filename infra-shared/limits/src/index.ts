export * from './quotas.js';
export * from './scale.js';
