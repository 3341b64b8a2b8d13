import { describe, expect, it } from 'vitest';
import { type MockScope, mockStage } from '../../../../src/dataplane/gateway/stages/mock.js';
import { responseStage, sendGatewayError } from '../../../../src/dataplane/gateway/stages/response.js';
import type { MockIntegrationConfig } from '../../../../src/dataplane/gateway/types.js';
import { requestContext } from '../request-context.js';

const status: MockIntegrationConfig = {
  requestTemplates: { 'application/json': '{"statusCode": 200}' },
  passthroughBehavior: 'NEVER',
  integrationResponses: [{ statusCode: '200', responseTemplates: { 'application/json': '{"status":"up"}' } }],
};

const SCOPE: MockScope = { api: { apiKind: 'rest', apiId: 'api', stage: 'prod' }, maxPayloadBytes: 1024 };

describe('MOCK stage', () => {
  it('answers from the templates without an integration; the response stage writes it as REST does', () => {
    const lines: string[] = [];
    const { context, written } = requestContext({ method: 'GET', url: '/prod/status' });
    expect(mockStage('GET /status', status, (l) => lines.push(l), SCOPE).run(context)).toBeUndefined();
    responseStage('rest').run(context);
    expect([written.status, written.body]).toEqual([200, '{"status":"up"}']);
    expect(written.header('content-type')).toBe('application/json');
    expect(written.header('x-pik-trace')).toBe('gateway:rest');
    expect(written.header('x-amzn-requestid')).toBe('req-1');
    expect(lines).toEqual([]);
  });

  it("a content type without a template under NEVER gets API Gateway's 415", async () => {
    const { context, written } = requestContext({ headers: { 'content-type': 'text/csv' } });
    const refused = await mockStage('GET /status', status, () => {}, SCOPE).run(context);
    expect(refused?.error).toBe('unsupportedMediaType');
    if (refused) sendGatewayError(written.asResponse(), 'rest', refused, 'req-1', 'gateway:rest');
    expect([written.status, written.body]).toEqual([415, '{"message": "Unsupported Media Type"}']);
    expect(written.header('x-amzn-errortype')).toBe('UnsupportedMediaTypeException');
  });

  it('a MOCK with no response for its status answers 500 and the log says why and where', async () => {
    const lines: string[] = [];
    const broken = { ...status, integrationResponses: [{ statusCode: '500', selectionPattern: '5\\d\\d' }] };
    const { context, written } = requestContext();
    const refused = await mockStage('GET /status', broken, (l) => lines.push(l), SCOPE).run(context);
    if (refused) sendGatewayError(written.asResponse(), 'rest', refused, 'req-1', 'gateway:rest');
    expect([written.status, written.body]).toEqual([500, '{"message": "Internal server error"}']);
    expect(lines).toEqual([
      'GET /status: MOCK integration failed (no integration response matches status 200 and none is the default); answered 500',
    ]);
  });
});

describe('MOCK stage with a body', () => {
  it('reads the body first when the request has one, so $input sees it', async () => {
    const vtl: MockIntegrationConfig = {
      requestTemplates: { 'application/json': '{"statusCode": $input.path(\'$.want\')}' },
      integrationResponses: [
        { statusCode: '200' },
        {
          statusCode: '404',
          selectionPattern: '404',
          responseTemplates: { 'application/json': '{"missing": true}' },
        },
      ],
    };
    const { context, written } = requestContext({ method: 'POST', body: '{"want": 404}' });
    const result = mockStage('POST /things', vtl, () => {}, SCOPE).run(context);
    expect(result).toBeInstanceOf(Promise);
    expect(await result).toBeUndefined();
    responseStage('rest').run(context);
    expect([written.status, written.body]).toEqual([404, '{"missing": true}']);
  });
});
