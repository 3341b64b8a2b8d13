import { createLambdaHandler } from '@pik/service-kit/lambda';
import { buildApp, service } from './app.js';

/** Built and readied during Lambda init (top-level await), so the first event only routes. */
export const handler = await createLambdaHandler(service, buildApp);
