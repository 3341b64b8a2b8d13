// biome-ignore-all lint/suspicious/noTemplateCurlyInString: exported values are written in Fn::Sub's ${} syntax
/**
 * The export of a REST API built with CDK that uses every block `get-export` writes: a body model with its
 * validator, method responses, a Lambda TOKEN authorizer, IAM authorization, an API key, gateway responses,
 * a MOCK with templates; and the same document without extensions. Each form passes the OpenAPI parser.
 */

import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as cdk from 'aws-cdk-lib/core';
import { describe, expect, it } from 'vitest';
import { exportOpenApi } from '../../src/openapi/export.js';
import type { CfnTemplate } from '../../src/template/cdk-out.js';
import { expectValidOpenApi } from './openapi-validate.js';

// biome-ignore lint/suspicious/noExplicitAny: the assertions walk the exported JSON freely
type Op = Record<string, any>;

function synthesize(): CfnTemplate {
  const app = new cdk.App();
  const stack = new cdk.Stack(app, 'Blocks');
  const fn = new lambda.Function(stack, 'AuthFn', {
    runtime: lambda.Runtime.NODEJS_20_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async () => ({})'),
  });
  const api = new apigw.RestApi(stack, 'Api', {
    deployOptions: { stageName: 'test' },
    apiKeySourceType: apigw.ApiKeySourceType.HEADER,
  });
  const model = api.addModel('Order', {
    modelName: 'Order',
    contentType: 'application/json',
    schema: {
      schema: apigw.JsonSchemaVersion.DRAFT4,
      type: apigw.JsonSchemaType.OBJECT,
      required: ['sku'],
      properties: { sku: { type: apigw.JsonSchemaType.STRING } },
    },
  });
  const validator = api.addRequestValidator('All', {
    requestValidatorName: 'all',
    validateRequestBody: true,
    validateRequestParameters: true,
  });
  const authorizer = new apigw.TokenAuthorizer(stack, 'Token', {
    handler: fn,
    authorizerName: 'token',
    resultsCacheTtl: cdk.Duration.seconds(60),
  });
  const mock = new apigw.MockIntegration({
    requestTemplates: { 'application/json': '{"statusCode": 200}' },
    integrationResponses: [
      { statusCode: '200', responseTemplates: { 'application/json': '{"ok": true}' } },
      { statusCode: '404', selectionPattern: '404' },
    ],
  });
  const orders = api.root.addResource('orders');
  orders.addMethod('POST', mock, {
    authorizer,
    requestModels: { 'application/json': model },
    requestValidator: validator,
    requestParameters: { 'method.request.querystring.dryRun': false, 'method.request.header.x-tenant': true },
    methodResponses: [
      {
        statusCode: '200',
        responseModels: { 'application/json': model },
        responseParameters: { 'method.response.header.x-order': true },
      },
      { statusCode: '404' },
    ],
  });
  orders.addResource('{id}').addMethod('DELETE', mock, {
    authorizationType: apigw.AuthorizationType.IAM,
    apiKeyRequired: true,
    methodResponses: [{ statusCode: '200' }],
  });
  api.addGatewayResponse('Throttled', {
    type: apigw.ResponseType.THROTTLED,
    statusCode: '429',
    templates: { 'application/json': '{"message":"slow down"}' },
  });
  return app.synth().getStackByName('Blocks').template as CfnTemplate;
}

const template = synthesize();

describe('OpenAPI export of every REST block', () => {
  const { document } = exportOpenApi(template, { stage: 'test' });
  const post = document.paths['/orders']?.post as Op;
  const del = document.paths['/orders/{id}']?.delete as Op;

  it('is valid OpenAPI 3.0 with and without extensions', async () => {
    await expectValidOpenApi(document);
    await expectValidOpenApi(exportOpenApi(template, { extensions: 'none' }).document);
  });

  it('writes models as schemas, the body and method responses referring to them, and the parameters', () => {
    expect(document.components.schemas?.Order).toEqual({
      type: 'object',
      required: ['sku'],
      properties: { sku: { type: 'string' } },
    });
    expect(post.requestBody).toEqual({
      required: true,
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Order' } } },
    });
    expect(post.responses['200']).toEqual({
      description: '200 response',
      headers: { 'x-order': { schema: { type: 'string' } } },
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Order' } } },
    });
    expect(post.parameters).toEqual([
      { name: 'dryRun', in: 'query', required: false, schema: { type: 'string' } },
      { name: 'x-tenant', in: 'header', required: true, schema: { type: 'string' } },
    ]);
    expect(post['x-amazon-apigateway-request-validator']).toBe('all');
  });

  it('writes the TOKEN authorizer, SigV4 and the API key as security schemes', () => {
    expect(post.security).toEqual([{ token: [] }]);
    expect(document.components.securitySchemes?.token).toMatchObject({
      type: 'apiKey',
      name: 'Authorization',
      in: 'header',
      'x-amazon-apigateway-authtype': 'custom',
      'x-amazon-apigateway-authorizer': {
        type: 'token',
        authorizerResultTtlInSeconds: 60,
        authorizerUri: expect.stringContaining('${AuthFn'),
      },
    });
    expect(del.security).toEqual([{ sigv4: [], api_key: [] }]);
    expect(document.components.securitySchemes?.api_key).toEqual({
      type: 'apiKey',
      name: 'x-api-key',
      in: 'header',
    });
    expect((document as Op)['x-amazon-apigateway-api-key-source']).toBe('HEADER');
  });

  it('writes the MOCK integration with its responses by selection pattern, and the gateway responses', () => {
    expect(post['x-amazon-apigateway-integration']).toMatchObject({
      type: 'mock',
      requestTemplates: { 'application/json': '{"statusCode": 200}' },
      responses: {
        default: { statusCode: '200', responseTemplates: { 'application/json': '{"ok": true}' } },
        '404': { statusCode: '404' },
      },
    });
    expect((document as Op)['x-amazon-apigateway-gateway-responses']).toEqual({
      THROTTLED: { statusCode: '429', responseTemplates: { 'application/json': '{"message":"slow down"}' } },
    });
    expect(document.servers[0]).toMatchObject({ variables: { basePath: { default: 'test' } } });
  });

  it('refuses a stage the API does not have, naming the stages it has', () => {
    expect(() => exportOpenApi(template, { stage: 'prod' })).toThrow(
      "--stage: ApiF70053CD has no stage 'prod' (stages: test)",
    );
  });
});
