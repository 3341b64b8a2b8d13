export * from './connection-store.js';
export * from './env.js';
export * from './fan-out.js';
export * from './management-api.js';
export * from './routes.js';
export type * from './websocket-event.js';
