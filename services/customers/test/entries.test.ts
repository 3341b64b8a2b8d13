import { fileURLToPath } from 'node:url';
import { describeLambdaBundle, describeServerBundle } from '@pik/service-kit/testing/suites';
import { service } from '../src/app.js';

const options = {
  service,
  serviceDir: fileURLToPath(new URL('..', import.meta.url)),
  sampleBody: { name: 'Ada Lovelace', email: 'ada@example.com', tier: 'gold' },
  invalid: { field: 'email', value: 'not-an-address' },
};

describeLambdaBundle(options);
describeServerBundle(options);
