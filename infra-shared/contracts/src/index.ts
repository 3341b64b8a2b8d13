export * from './firehose-prefix.js';
export * from './headers.js';
export * from './live-feed.js';
export * from './patterns.js';
export * from './stack-outputs.js';
export * from './targets.js';
export * from './throttle.js';
