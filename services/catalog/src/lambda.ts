import { createLambdaHandlers } from '@pik/service-kit/lambda';
import { buildApp, service } from './app.js';

/** Built and readied during Lambda init (top-level await), so the first event only routes. */
const handlers = await createLambdaHandlers(service, buildApp);

/** Buffered answers: ALB targets and Lambda proxy integrations (`index.handler`). */
export const handler = handlers.handler;

/** Response streaming (REST `AWS_PROXY` with `ResponseTransferMode: STREAM`): `index.streamingHandler`. */
export const streamingHandler = handlers.streamingHandler;
