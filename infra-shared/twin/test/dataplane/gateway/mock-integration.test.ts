import { describe, expect, it } from 'vitest';
import { compileMock, mockProblem } from '../../../src/dataplane/gateway/mock-integration.js';
import type { MockIntegrationConfig } from '../../../src/dataplane/gateway/types.js';
import { mappingRequest } from './mapping/mapping-request.js';

/** A GET without a body carrying `content-type` and `accept` when given. */
function methodRequest(contentType: string | undefined, accept: string | undefined) {
  const headers: Record<string, string> = {};
  if (contentType !== undefined) headers['content-type'] = contentType;
  if (accept !== undefined) headers.accept = accept;
  return mappingRequest({ method: 'GET', headers });
}

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
    expect(compileMock(corsPreflight)(methodRequest(undefined, undefined))).toEqual({
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
    const json = answer(methodRequest('application/json; charset=utf-8', undefined));
    // 404 matches `4\d\d`; the integration header maps to nothing (a MOCK has no integration response headers).
    expect(json).toEqual({
      kind: 'response',
      response: {
        statusCode: 404,
        headers: { 'content-type': 'application/json' },
        body: '{"message":"none here"}',
      },
    });
    const text = answer(methodRequest('text/plain', 'text/html, application/json'));
    expect(text).toMatchObject({ response: { statusCode: 200, body: '<p>ok</p>' } });
    expect(text.kind === 'response' && text.response.headers['content-type']).toBe('text/html');
  });

  it('a pattern must match the whole status: 4\\d does not select 404, so the default answers', () => {
    const partial: MockIntegrationConfig = {
      requestTemplates: { 'application/json': '{"statusCode": 404}' },
      integrationResponses: [{ statusCode: '200' }, { statusCode: '400', selectionPattern: '4\\d' }],
    };
    expect(compileMock(partial)(methodRequest(undefined, undefined))).toMatchObject({
      response: { statusCode: 200 },
    });
  });

  it('passthrough: WHEN_NO_TEMPLATES refuses an unmatched type (415), WHEN_NO_MATCH uses the default', () => {
    expect(compileMock(selecting)(methodRequest('application/xml', undefined))).toEqual({
      kind: 'unsupportedMediaType',
    });
    const lenient = { ...selecting, passthroughBehavior: 'WHEN_NO_MATCH' as const };
    expect(compileMock(lenient)(methodRequest('application/xml', undefined))).toMatchObject({
      response: { statusCode: 200 },
    });
    const never = { ...corsPreflight, passthroughBehavior: 'NEVER' as const };
    expect(compileMock(never)(methodRequest('text/plain', undefined))).toEqual({
      kind: 'unsupportedMediaType',
    });
  });

  it('fails (500) when no response matches and none is the default, or the template has no statusCode', () => {
    const noDefault: MockIntegrationConfig = {
      requestTemplates: { 'application/json': '{"statusCode": 200}' },
      integrationResponses: [{ statusCode: '400', selectionPattern: '4\\d\\d' }],
    };
    expect(compileMock(noDefault)(methodRequest(undefined, undefined))).toEqual({
      kind: 'failed',
      reason: 'no integration response matches status 200 and none is the default',
    });
    const noStatus = { ...corsPreflight, requestTemplates: { 'application/json': '{"code": 200}' } };
    expect(compileMock(noStatus)(methodRequest(undefined, undefined))).toEqual({
      kind: 'failed',
      reason: 'request template application/json yields no numeric statusCode',
    });
  });

  it('evaluates VTL: the request template picks the status from the request, the response template renders it', () => {
    // "Set up mock integrations in API Gateway" (mock integration with a VTL request template choosing the
    // status from a query parameter): https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-mock-integration.html
    const scenario: MockIntegrationConfig = {
      requestTemplates: {
        'application/json': `{ #if( $input.params('scope') == "internal" ) "statusCode": 200 #else "statusCode": 500 #end }`,
      },
      integrationResponses: [
        {
          statusCode: '200',
          responseTemplates: {
            'application/json': '{"id": "$context.requestId", "scope": "$input.params(\'scope\')"}',
          },
          responseParameters: { 'method.response.header.X-Stage': 'context.stage' },
        },
        {
          statusCode: '500',
          selectionPattern: '5\\d{2}',
          responseTemplates: { 'application/json': '{"message": "not internal"}' },
        },
      ],
    };
    expect(mockProblem(scenario)).toBeUndefined();
    const answer = compileMock(scenario);
    const internal = answer(mappingRequest({ method: 'GET', rawQueryString: 'scope=internal', headers: {} }));
    expect(internal).toEqual({
      kind: 'response',
      response: {
        statusCode: 200,
        headers: { 'content-type': 'application/json', 'X-Stage': 'prod' },
        body: '{"id": "abcdefg-000-000-0000-abcdefg", "scope": "internal"}',
      },
    });
    const other = answer(mappingRequest({ method: 'GET', rawQueryString: 'scope=public', headers: {} }));
    expect(other).toMatchObject({ response: { statusCode: 500, body: '{"message": "not internal"}' } });
  });

  it("answers CDK's CORS preflight for several origins: its VTL echoes an allowed Origin through responseOverride", () => {
    // The template aws-cdk-lib's addCorsPreflight writes when allowOrigins has more than one entry.
    const template = [
      '#set($origin = $input.params().header.get("Origin"))',
      '#if($origin == "")',
      '  #set($origin = $input.params().header.get("origin"))',
      '#end',
      '#if($origin == "https://b.example.com")',
      '  #set($context.responseOverride.header.Access-Control-Allow-Origin = $origin)',
      '#end',
    ].join('\n');
    const severalOrigins: MockIntegrationConfig = {
      requestTemplates: { 'application/json': '{ statusCode: 200 }' },
      integrationResponses: [
        {
          statusCode: '204',
          responseParameters: {
            'method.response.header.Access-Control-Allow-Origin': "'https://a.example.com'",
          },
          responseTemplates: { 'application/json': template },
        },
      ],
    };
    expect(mockProblem(severalOrigins)).toBeUndefined();
    const answer = compileMock(severalOrigins);
    const origin = (value: string) => {
      const outcome = answer(mappingRequest({ method: 'OPTIONS', headers: { origin: value } }));
      return outcome.kind === 'response'
        ? outcome.response.headers['Access-Control-Allow-Origin']
        : outcome.kind;
    };
    expect(origin('https://b.example.com')).toBe('https://b.example.com');
    expect(origin('https://evil.example.com')).toBe('https://a.example.com');
  });

  it('names what it cannot evaluate instead of guessing: unknown parameter sources, bad statuses', () => {
    const fromRequest: MockIntegrationConfig = {
      integrationResponses: [
        {
          statusCode: '200',
          responseParameters: { 'method.response.header.X-Id': 'method.request.header.X-Id' },
        },
      ],
    };
    expect(mockProblem(fromRequest)).toMatch(
      /^integration response 200: response parameter method.response.header.X-Id: mapping source method.request.header.X-Id/,
    );
    expect(mockProblem({ integrationResponses: [{ statusCode: 'ok' }] })).toMatch(
      /'ok' is not an HTTP status/,
    );
    expect(mockProblem({ integrationResponses: [{ statusCode: '200', selectionPattern: '(' }] })).toMatch(
      /selection pattern \( is not a regular expression/,
    );
  });
});
