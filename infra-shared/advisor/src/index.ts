export * from './advise.js';
export * from './assumptions.js';
export * from './cli.js';
export * from './cost.js';
export * from './layout.js';
export * from './live-feed-cost.js';
export * from './prices.js';
export { renderAdvice } from './render.js';
