import { afterEach, describe, expect, it } from 'vitest';
import { createApiGateway } from '../../../../src/dataplane/gateway/api-gateway.js';
import type {
  ApiGatewayConfig,
  GatewayRequest,
  GatewayResponseConfig,
  RequestValidationConfig,
  RunningApiGateway,
} from '../../../../src/dataplane/gateway/types.js';

/** A draft-4 model: `exclusiveMinimum` is a boolean next to `minimum` there (draft 6 made it a number). */
const ORDER_MODEL = {
  $schema: 'http://json-schema.org/draft-04/schema#',
  type: 'object',
  required: ['sku', 'quantity'],
  additionalProperties: false,
  properties: {
    sku: { type: 'string', pattern: '^[A-Z0-9-]{3,}$' },
    quantity: { type: 'integer', minimum: 0, exclusiveMinimum: true },
  },
};

const VALIDATED: RequestValidationConfig = {
  validateBody: true,
  validateParameters: true,
  requiredParameters: ['method.request.querystring.tenant', 'method.request.header.Idempotency-Key'],
  models: { 'application/json': ORDER_MODEL },
};

const gateways: RunningApiGateway[] = [];
afterEach(async () => {
  await Promise.all(gateways.splice(0).map((g) => g.close()));
});

/** A REST gateway with `POST /orders` validated as given; records what reaches the integration. */
async function restGateway(
  validation: RequestValidationConfig = VALIDATED,
  gatewayResponses: GatewayResponseConfig[] = [],
  extra: Partial<ApiGatewayConfig> = {},
) {
  const received: GatewayRequest[] = [];
  const config: ApiGatewayConfig = {
    apiId: 'api',
    kind: 'rest',
    stageName: 'v1',
    routes: [
      {
        routeKey: 'POST /orders',
        integration: { id: 'orders', type: 'HTTP_PROXY' },
        validation,
        apiKeyRequired: extra.apiKeys !== undefined,
      },
    ],
    gatewayResponses,
    ...extra,
  };
  const gw = await createApiGateway(config, {
    forward: async (request) => {
      received.push(request);
      return { statusCode: 201, headers: { 'content-type': 'application/json' }, body: request.body };
    },
    log: () => {},
  });
  gateways.push(gw);
  return { gw, received };
}

const goodHeaders = { 'content-type': 'application/json', 'idempotency-key': 'k1' };

async function post(
  gw: RunningApiGateway,
  body: string,
  headers: Record<string, string> = goodHeaders,
  query = '?tenant=t1',
) {
  const res = await fetch(`${gw.baseUrl}/orders${query}`, { method: 'POST', headers, body });
  return { status: res.status, headers: res.headers, body: await res.text() };
}

describe('request validation stage', () => {
  it('a valid request reaches the integration once, with its body intact', async () => {
    const { gw, received } = await restGateway();
    const body = '{"sku":"ABC-1","quantity":2}';
    const res = await post(gw, body);
    expect([res.status, res.body]).toEqual([201, body]);
    expect(received.map((r) => r.body.toString())).toEqual([body]);
  });

  it.each([
    ['a schema violation', '{"sku":"abc","quantity":2}'],
    ['a missing required property', '{"sku":"ABC-1"}'],
    ['an unknown property', '{"sku":"ABC-1","quantity":1,"price":3}'],
    ['0 under a draft-4 boolean exclusiveMinimum', '{"sku":"ABC-1","quantity":0}'],
    ['malformed JSON', '{"sku":'],
    ['an empty body', ''],
  ])(
    '%s gets 400 Invalid request body with BadRequestException; the backend is not called',
    async (_, body) => {
      const { gw, received } = await restGateway();
      const res = await post(gw, body);
      expect([res.status, res.body]).toEqual([400, '{"message": "Invalid request body"}']);
      expect(res.headers.get('x-amzn-errortype')).toBe('BadRequestException');
      expect(res.headers.get('x-amzn-requestid')).toBeTruthy();
      expect(received).toHaveLength(0);
    },
  );

  it('missing or blank required parameters are named in the 400, checked before the body', async () => {
    const { gw, received } = await restGateway();
    const missingBoth = await post(gw, '{', { 'content-type': 'application/json' }, '');
    expect([missingBoth.status, missingBoth.body]).toEqual([
      400,
      '{"message": "Missing required request parameters: [tenant, Idempotency-Key]"}',
    ]);
    expect(missingBoth.headers.get('x-amzn-errortype')).toBe('BadRequestException');
    const blank = await post(gw, '{"sku":"ABC-1","quantity":2}', goodHeaders, '?tenant=');
    expect(blank.body).toBe('{"message": "Missing required request parameters: [tenant]"}');
    expect(received).toHaveLength(0);
  });

  it('a content type without a model is not validated; a $default model applies to every type', async () => {
    const { gw, received } = await restGateway();
    const csv = await post(gw, 'not,json', { ...goodHeaders, 'content-type': 'text/csv' });
    expect(csv.status).toBe(201);
    const any = await restGateway({ ...VALIDATED, models: { $default: ORDER_MODEL } });
    const refused = await post(any.gw, 'not,json', { ...goodHeaders, 'content-type': 'text/csv' });
    expect(refused.status).toBe(400);
    expect([received.length, any.received.length]).toEqual([1, 0]);
  });

  it('runs after the API key check, as on AWS: a keyless invalid request gets 403, not 400', async () => {
    const { gw } = await restGateway(VALIDATED, [], {
      apiKeys: [{ id: 'k', value: 'secret-key-value-0123456789' }],
      usagePlans: [{ id: 'p', apiStages: [{ apiId: 'api', stage: 'v1' }], apiKeyIds: ['k'] }],
    });
    expect((await post(gw, '{}')).status).toBe(403);
    const keyed = await post(gw, '{}', { ...goodHeaders, 'x-api-key': 'secret-key-value-0123456789' });
    expect(keyed.status).toBe(400);
  });

  it('a validator that checks parameters only lets any body through', async () => {
    const { gw } = await restGateway({ ...VALIDATED, validateBody: false });
    expect((await post(gw, '{"sku":')).status).toBe(201);
  });
});

describe('GatewayResponse overrides', () => {
  it('BAD_REQUEST_BODY: status, literal headers and a template using $context.error.* are honoured', async () => {
    const { gw } = await restGateway(VALIDATED, [
      {
        responseType: 'BAD_REQUEST_BODY',
        statusCode: '422',
        responseParameters: { 'gatewayresponse.header.x-kit-refused': "'validation'" },
        responseTemplates: {
          'application/json':
            '{"error": $context.error.messageString, "details": "$context.error.validationErrorString"}',
        },
      },
    ]);
    const res = await post(gw, '{"sku":"ABC-1"}');
    expect(res.status).toBe(422);
    expect(res.headers.get('x-kit-refused')).toBe('validation');
    expect(JSON.parse(res.body)).toEqual({
      error: 'Invalid request body',
      details: "[/ must have required property 'quantity']",
    });
  });

  it('DEFAULT_4XX applies where the type has none; a template with other VTL keeps AWS body', async () => {
    const { gw } = await restGateway(VALIDATED, [
      { responseType: 'DEFAULT_4XX', responseParameters: { 'gatewayresponse.header.x-default': "'4xx'" } },
      {
        responseType: 'BAD_REQUEST_PARAMETERS',
        responseTemplates: { 'application/json': '#set($x = 1){"m": "$x"}' },
      },
    ]);
    const body = await post(gw, '{}');
    expect([body.status, body.headers.get('x-default')]).toEqual([400, '4xx']);
    const params = await post(gw, '{}', goodHeaders, '');
    expect([params.status, params.body, params.headers.get('x-default')]).toEqual([
      400,
      '{"message": "Missing required request parameters: [tenant]"}',
      null,
    ]);
  });
});
