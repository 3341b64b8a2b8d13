/**
 * Integration response selection and response parameter mapping, against:
 * - RESPONSES: "Integration responses for REST APIs in API Gateway"
 *   (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-integration-settings-integration-response.html)
 * - MAPPING: "Parameter mapping source reference for REST APIs" / "Parameter mapping examples"
 *   (https://docs.aws.amazon.com/apigateway/latest/developerguide/rest-api-parameter-mapping-sources.html)
 * - MODELS: "Mapping template transformations for REST APIs in API Gateway" (response template by Accept)
 *   (https://docs.aws.amazon.com/apigateway/latest/developerguide/models-mappings.html)
 */
import { describe, expect, it } from 'vitest';
import {
  compileMapping,
  mappingProblem,
  renderRequest,
  renderResponse,
  selectIntegrationResponse,
} from '../../../../src/dataplane/gateway/mapping/index.js';
import type { IntegrationMappingConfig } from '../../../../src/dataplane/gateway/types.js';
import { mappingRequest } from './mapping-request.js';

const petstore: IntegrationMappingConfig = {
  integrationResponses: [
    { statusCode: '200' },
    { statusCode: '400', selectionPattern: '4\\d{2}' },
    { statusCode: '500', selectionPattern: '5\\d{2}' },
  ],
};

const lambdaErrors: IntegrationMappingConfig = {
  integrationResponses: [
    { statusCode: '200' },
    { statusCode: '400', selectionPattern: 'Malformed.*' },
    { statusCode: '500', selectionPattern: '(\\n|.)*Internal.*' },
  ],
};

describe('selectIntegrationResponse (RESPONSES)', () => {
  it('HTTP: the selection pattern is a regex on the backend status; unmatched statuses get the default', () => {
    const mapping = compileMapping(petstore);
    const status = (code: number) => selectIntegrationResponse(mapping, { statusCode: code })?.statusCode;
    expect([status(200), status(404), status(418), status(503), status(302)]).toEqual([
      200, 400, 400, 500, 200,
    ]);
  });

  it('the pattern must match the whole selector: 4\\d does not select 404', () => {
    const mapping = compileMapping({
      integrationResponses: [{ statusCode: '200' }, { statusCode: '400', selectionPattern: '4\\d' }],
    });
    expect(selectIntegrationResponse(mapping, { statusCode: 404 })?.statusCode).toBe(200);
  });

  it('Lambda: the pattern is matched against errorMessage; a success takes the default', () => {
    const mapping = compileMapping(lambdaErrors);
    const pick = (errorMessage?: string) =>
      selectIntegrationResponse(mapping, { statusCode: 200, errorMessage })?.statusCode;
    expect(pick('Malformed input: id')).toBe(400);
    expect(pick('Stack trace\nInternal failure')).toBe(500);
    expect(pick('Something else')).toBe(200);
    expect(pick(undefined)).toBe(200);
  });

  it('without a default, an unmatched status selects nothing (API Gateway answers 500)', () => {
    const mapping = compileMapping({
      integrationResponses: [{ statusCode: '400', selectionPattern: '4\\d{2}' }],
    });
    expect(selectIntegrationResponse(mapping, { statusCode: 200 })).toBeUndefined();
  });
});

describe('renderResponse', () => {
  const withParameters = compileMapping({
    integrationResponses: [
      {
        statusCode: '201',
        responseParameters: {
          'method.response.header.Location': 'integration.response.body.redirect.url',
          'method.response.header.X-Backend': 'integration.response.header.x-backend',
          'method.response.header.X-Static': "'static value'",
          'method.response.header.X-Stage': 'context.stage',
          'method.response.header.X-Whole': 'integration.response.body',
        },
      },
    ],
  });

  it('maps headers from the integration response header, a body JSONPath, a literal and $context (MAPPING)', () => {
    const chosen = selectIntegrationResponse(withParameters, { statusCode: 200 });
    if (!chosen) throw new Error('no default');
    const body = '{"redirect":{"url":"https://example.com/pets/7"}}';
    const outcome = renderResponse(chosen, mappingRequest(), {
      headers: { 'x-backend': 'b-1', 'x-not-mapped': 'secret' },
      body,
    });
    expect(outcome).toEqual({
      kind: 'response',
      response: {
        statusCode: 201,
        headers: {
          'content-type': 'application/json',
          Location: 'https://example.com/pets/7',
          'X-Backend': 'b-1',
          'X-Static': 'static value',
          'X-Stage': 'prod',
          'X-Whole': body,
        },
        body,
      },
    });
  });

  it('picks the response template by Accept, else application/json; no template passes the body through (MODELS)', () => {
    const mapping = compileMapping({
      integrationResponses: [
        {
          statusCode: '200',
          responseTemplates: {
            'application/json': `#set($pet = $input.path('$'))
{"id": $pet.id, "type": "$pet.type"}`,
            'application/xml': "<pet><id>$input.path('$.id')</id></pet>",
          },
        },
        { statusCode: '404', selectionPattern: '404' },
      ],
    });
    const backend = { body: '{"id":1,"type":"dog","price":249.99}' };
    const chosen = selectIntegrationResponse(mapping, { statusCode: 200 });
    if (!chosen) throw new Error('no default');
    const xml = renderResponse(chosen, mappingRequest({ headers: { accept: 'application/xml' } }), backend);
    expect(xml).toMatchObject({
      response: { body: '<pet><id>1</id></pet>', headers: { 'content-type': 'application/xml' } },
    });
    const json = renderResponse(chosen, mappingRequest({ headers: { accept: '*/*' } }), backend);
    // The price the backend sent is hidden by the template.
    expect(json.kind === 'response' && JSON.parse(String(json.response.body))).toEqual({
      id: 1,
      type: 'dog',
    });
    const missing = selectIntegrationResponse(mapping, { statusCode: 404 });
    if (!missing) throw new Error('404 not selected');
    expect(renderResponse(missing, mappingRequest(), { body: 'raw' })).toMatchObject({
      response: { statusCode: 404, body: 'raw' },
    });
  });
});

describe('request parameter mapping and what the twin refuses to guess', () => {
  it('integration request headers, query string and path values come from mappings only (MAPPING)', () => {
    const mapping = compileMapping(
      { requestTemplates: {} },
      {
        'integration.request.header.x-user': 'method.request.header.x-caller',
        'integration.request.querystring.type': 'method.request.body.pet.type',
        'integration.request.path.id': 'method.request.path.petId',
        'integration.request.header.x-env': 'stageVariables.env',
        'integration.request.header.x-fixed': "'pik'",
      },
    );
    const request = mappingRequest({
      headers: { 'content-type': 'application/json', 'x-caller': 'alice', 'x-other': 'dropped' },
      bodyText: '{"pet":{"type":"cat"}}',
      stageVariables: { env: 'test' },
    });
    expect(renderRequest(mapping, request)).toMatchObject({
      kind: 'mapped',
      headers: { 'content-type': 'application/json', 'x-user': 'alice', 'x-env': 'test', 'x-fixed': 'pik' },
      querystring: { type: 'cat' },
      pathParameters: { petId: '7', id: '7' },
    });
    const mapped = renderRequest(mapping, request);
    expect(mapped.kind === 'mapped' && Object.keys(mapped.headers).sort()).toEqual([
      'content-type',
      'x-env',
      'x-fixed',
      'x-user',
    ]);
  });

  it('names a template it cannot parse, a bad pattern or status, and an unknown mapping source', () => {
    expect(mappingProblem({ requestTemplates: { 'application/json': '#if($a' } })).toMatch(
      /^request template application\/json: not a Velocity template/,
    );
    expect(mappingProblem({ integrationResponses: [{ statusCode: '200', selectionPattern: '(' }] })).toMatch(
      /selection pattern \( is not a regular expression/,
    );
    expect(mappingProblem({ integrationResponses: [{ statusCode: 'ok' }] })).toMatch(
      /'ok' is not an HTTP status/,
    );
    expect(
      mappingProblem({
        integrationResponses: [
          {
            statusCode: '200',
            responseParameters: { 'method.response.header.X': 'method.request.header.X' },
          },
        ],
      }),
    ).toMatch(
      /response parameter method.response.header.X: mapping source method.request.header.X is not one/,
    );
  });
});
