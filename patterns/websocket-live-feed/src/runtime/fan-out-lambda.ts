/** Lambda entry of the fan-out (bundled to dist/lambda/fan-out/index.mjs); EventBridge invokes it. */
import { createDocumentClient } from '@pik/service-kit/dynamo-client';
import { dynamoConnectionStore } from './connection-store.js';
import { DEFAULT_FANOUT_CONCURRENCY, FEED_ENV, required } from './env.js';
import { createFanOut } from './fan-out.js';
import { managementApiPoster } from './management-api.js';

const concurrency = Number(process.env[FEED_ENV.concurrency] ?? DEFAULT_FANOUT_CONCURRENCY);
if (!Number.isInteger(concurrency) || concurrency < 1) {
  throw new Error(`live feed: ${FEED_ENV.concurrency} must be a whole number of at least 1`);
}

export const handler = createFanOut({
  store: dynamoConnectionStore(
    createDocumentClient({ endpoint: process.env.AWS_ENDPOINT_URL_DYNAMODB }),
    required(process.env, FEED_ENV.connectionsTable),
  ),
  post: managementApiPoster(required(process.env, FEED_ENV.managementEndpoint)),
  concurrency,
});
