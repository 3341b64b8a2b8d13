import { fileURLToPath } from 'node:url';
import { describeLambdaBundle, describeServerBundle } from '@pik/service-kit/testing/suites';
import { service } from '../src/app.js';

const options = {
  service,
  serviceDir: fileURLToPath(new URL('..', import.meta.url)),
  sampleBody: { sku: 'SKU-00001', warehouse: 'FRA1', quantity: 40 },
  invalid: { field: 'quantity', value: -3 },
};

describeLambdaBundle(options);
describeServerBundle(options);
