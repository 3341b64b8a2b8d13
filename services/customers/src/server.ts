import { runServer } from '@pik/service-kit/server';
import { buildApp, service } from './app.js';

await runServer(service, buildApp);
