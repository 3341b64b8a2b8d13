import { describe, expect, it } from 'vitest';
import { compileMock, mockProblem } from '../../../src/dataplane/gateway/mock-integration.js';
import type { MockIntegrationConfig } from '../../../src/dataplane/gateway/types.js';

/** What CDK's `defaultCorsPreflightOptions` writes for one allowed origin (unquoted key included). */
const corsPreflight: MockIntegrationConfig = {
  requestTemplates: { 'application/json': '{ statusCode: 200 }' },
  integrationResponses: [
    {
      statusCode: '204',
      responseParameters: {
        'method.response.header.Access-Control-Allow-Headers': "'Content-Type,Authorization'",
        'method.response.header.Access-Control-Allow-Origin': "'https://example.com'",
        'method.response.header.Vary': "'Origin'",
        'method.response.header.Access-Control-Allow-Methods': "'GET'",
      },
    },
  ],
};

/** Picks 200 or 404 by status, with a body per content type. */
const selecting: MockIntegrationConfig = {
  requestTemplates: { 'application/json': '{"statusCode": 404}', 'text/plain': '{"statusCode": 200}' },
  passthroughBehavior: 'WHEN_NO_TEMPLATES',
  integrationResponses: [
    { statusCode: '200', responseTemplates: { 'application/json': '{"ok":true}', 'text/html': '<p>ok</p>' } },
    {
      statusCode: '404',
      selectionPattern: '4\\d\\d',
      responseTemplates: { 'application/json': '{"message":"none here"}' },
      responseParameters: { 'method.response.header.X-Upstream': 'integration.response.header.X-Up' },
    },
  ],
};

describe('MOCK integration', () => {
  it('answers the CORS preflight: the default response, its status, headers, and an empty body', () => {
    expect(mockProblem(corsPreflight)).toBeUndefined();
    expect(compileMock(corsPreflight)(undefined, undefined)).toEqual({
      kind: 'response',
      response: {
        statusCode: 204,
        headers: {
          'content-type': 'application/json',
          'Access-Control-Allow-Headers': 'Content-Type,Authorization',
          'Access-Control-Allow-Origin': 'https://example.com',
          Vary: 'Origin',
          'Access-Control-Allow-Methods': 'GET',
        },
        body: '',
      },
    });
  });

  it('selects the request template by content type and the integration response by full-match pattern', () => {
    const answer = compileMock(selecting);
    const json = answer('application/json; charset=utf-8', undefined);
    // 404 matches `4\d\d`; the integration header maps to nothing (a MOCK has no integration response headers).
    expect(json).toEqual({
      kind: 'response',
      response: {
        statusCode: 404,
        headers: { 'content-type': 'application/json' },
        body: '{"message":"none here"}',
      },
    });
    const text = answer('text/plain', 'text/html, application/json');
    expect(text).toMatchObject({ response: { statusCode: 200, body: '<p>ok</p>' } });
    expect(text.kind === 'response' && text.response.headers['content-type']).toBe('text/html');
  });

  it('a pattern must match the whole status: 4\\d does not select 404, so the default answers', () => {
    const partial: MockIntegrationConfig = {
      requestTemplates: { 'application/json': '{"statusCode": 404}' },
      integrationResponses: [{ statusCode: '200' }, { statusCode: '400', selectionPattern: '4\\d' }],
    };
    expect(compileMock(partial)(undefined, undefined)).toMatchObject({ response: { statusCode: 200 } });
  });

  it('passthrough: WHEN_NO_TEMPLATES refuses an unmatched type (415), WHEN_NO_MATCH uses the default', () => {
    expect(compileMock(selecting)('application/xml', undefined)).toEqual({ kind: 'unsupportedMediaType' });
    const lenient = { ...selecting, passthroughBehavior: 'WHEN_NO_MATCH' as const };
    expect(compileMock(lenient)('application/xml', undefined)).toMatchObject({
      response: { statusCode: 200 },
    });
    const never = { ...corsPreflight, passthroughBehavior: 'NEVER' as const };
    expect(compileMock(never)('text/plain', undefined)).toEqual({ kind: 'unsupportedMediaType' });
  });

  it('fails (500) when no response matches and none is the default, or the template has no statusCode', () => {
    const noDefault: MockIntegrationConfig = {
      requestTemplates: { 'application/json': '{"statusCode": 200}' },
      integrationResponses: [{ statusCode: '400', selectionPattern: '4\\d\\d' }],
    };
    expect(compileMock(noDefault)(undefined, undefined)).toEqual({
      kind: 'failed',
      reason: 'no integration response matches status 200 and none is the default',
    });
    const noStatus = { ...corsPreflight, requestTemplates: { 'application/json': '{"code": 200}' } };
    expect(compileMock(noStatus)(undefined, undefined)).toEqual({
      kind: 'failed',
      reason: 'request template application/json yields no numeric statusCode',
    });
  });

  it('names what it cannot evaluate instead of guessing: VTL, other parameter sources, bad statuses', () => {
    const vtl = {
      requestTemplates: { 'application/json': '{ #if($input.params("a")) "statusCode": 200 #end }' },
    };
    expect(mockProblem(vtl)).toBe(
      'request template application/json uses VTL ($ or #), which the twin does not evaluate',
    );
    const origin: MockIntegrationConfig = {
      integrationResponses: [
        { statusCode: '204', responseTemplates: { 'application/json': '#set($origin = "x")' } },
      ],
    };
    expect(mockProblem(origin)).toMatch(
      /^integration response 204: response template application\/json uses VTL/,
    );
    const fromRequest: MockIntegrationConfig = {
      integrationResponses: [
        {
          statusCode: '200',
          responseParameters: { 'method.response.header.X-Id': 'method.request.header.X-Id' },
        },
      ],
    };
    expect(mockProblem(fromRequest)).toBe(
      "integration response 200: response parameter method.response.header.X-Id = method.request.header.X-Id: only 'literal' and integration.response.header.* are evaluated",
    );
    expect(mockProblem({ integrationResponses: [{ statusCode: 'ok' }] })).toMatch(
      /'ok' is not an HTTP status/,
    );
    expect(mockProblem({ integrationResponses: [{ statusCode: '200', selectionPattern: '(' }] })).toMatch(
      /selection pattern \( is not a regular expression/,
    );
  });
});
