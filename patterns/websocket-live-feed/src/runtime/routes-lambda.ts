/** Lambda entry of the feed's routes (bundled to dist/lambda/routes/index.mjs). */

import { CHANGE_BUS_ENV } from '@pik/contracts';
import { busPublisher } from '@pik/service-kit/change-events';
import { createDocumentClient } from '@pik/service-kit/dynamo-client';
import { dynamoConnectionStore } from './connection-store.js';
import { FEED_ENV, required } from './env.js';
import { createRouteHandler } from './routes.js';

const publish = busPublisher(process.env);
if (!publish) throw new Error(`live feed: environment variable ${CHANGE_BUS_ENV} is not set`);

export const handler = createRouteHandler({
  store: dynamoConnectionStore(
    createDocumentClient({ endpoint: process.env.AWS_ENDPOINT_URL_DYNAMODB }),
    required(process.env, FEED_ENV.connectionsTable),
  ),
  publish,
  services: required(process.env, FEED_ENV.services).split(','),
});
