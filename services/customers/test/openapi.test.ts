import { fileURLToPath } from 'node:url';
import { describeOpenApiDocument } from '@pik/service-kit/testing/suites';
import { service } from '../src/app.js';

describeOpenApiDocument({ service, serviceDir: fileURLToPath(new URL('..', import.meta.url)) });
