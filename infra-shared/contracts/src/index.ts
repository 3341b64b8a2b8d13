export * from './patterns.js';
export * from './targets.js';
