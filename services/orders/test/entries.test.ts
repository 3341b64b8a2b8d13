import { fileURLToPath } from 'node:url';
import { describeLambdaBundle, describeServerBundle } from '@pik/service-kit/testing/suites';
import { service } from '../src/app.js';

const options = {
  service,
  serviceDir: fileURLToPath(new URL('..', import.meta.url)),
  sampleBody: {
    customerId: '6f1c2a9e-8d4b-5c3a-9e2f-1a2b3c4d5e6f',
    currency: 'EUR',
    lines: [{ sku: 'SKU-00001', quantity: 2, unitPrice: 9.5 }],
  },
  invalid: { field: 'lines', value: [] },
};

describeLambdaBundle(options);
describeServerBundle(options);
