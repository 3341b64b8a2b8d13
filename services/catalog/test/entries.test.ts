import { fileURLToPath } from 'node:url';
import { describeLambdaBundle, describeServerBundle } from '@pik/service-kit/testing/suites';
import { service } from '../src/app.js';

const options = {
  service,
  serviceDir: fileURLToPath(new URL('..', import.meta.url)),
  sampleBody: { sku: 'SKU-ENTRY-1', name: 'Entry lamp', price: 12.5, currency: 'EUR', category: 'office' },
  invalid: { field: 'price', value: 'twelve' },
};

describeLambdaBundle(options);
describeServerBundle(options);
