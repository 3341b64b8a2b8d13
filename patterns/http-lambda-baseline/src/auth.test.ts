import { nagFindings, patternSynthesizer, resourcesOfType } from '@pik/cdk-constructs/testing';
import { Duration } from 'aws-cdk-lib/core';
import { describe, expect, it } from 'vitest';
import { HttpLambdaBaselineStack } from './index.js';

const synth = patternSynthesizer(HttpLambdaBaselineStack);
type Props = Record<string, unknown>;
const propsOf = (json: ReturnType<typeof synth>['json'], type: string) =>
  Object.entries(resourcesOfType(json, type)).map(([id, r]) => ({ id, ...(r.Properties ?? {}) }) as Props);

describe("HTTP pattern with auth: 'lambda'", () => {
  const { stack, json } = synth({ auth: 'lambda', authorizerCacheTtl: Duration.seconds(0) });
  const authorizers = propsOf(json, 'AWS::ApiGatewayV2::Authorizer');

  it('has one Lambda authorizer with simple responses (payload 2.0) on the Authorization header, TTL as given', () => {
    expect(authorizers).toHaveLength(1);
    expect(authorizers[0]).toMatchObject({
      AuthorizerType: 'REQUEST',
      AuthorizerPayloadFormatVersion: '2.0',
      EnableSimpleResponses: true,
      IdentitySource: ['$request.header.Authorization'],
      AuthorizerResultTtlInSeconds: 0,
    });
  });

  it('guards every route with it, with no scopes for API Gateway to check (the function checks them)', () => {
    const routes = propsOf(json, 'AWS::ApiGatewayV2::Route');
    expect(routes.length).toBeGreaterThan(0);
    for (const route of routes) {
      expect(route).toMatchObject({ AuthorizationType: 'CUSTOM', AuthorizerId: { Ref: authorizers[0]?.id } });
      expect(route.AuthorizationScopes).toBeUndefined();
    }
  });

  it("lets only API Gateway invoke it, only for this API's authorizers", () => {
    const [api] = Object.keys(resourcesOfType(json, 'AWS::ApiGatewayV2::Api'));
    const permission = propsOf(json, 'AWS::Lambda::Permission').find((p) =>
      JSON.stringify(p.SourceArn).includes('/authorizers/'),
    );
    expect(permission).toMatchObject({
      Action: 'lambda:InvokeFunction',
      Principal: 'apigateway.amazonaws.com',
    });
    expect(JSON.stringify(permission?.SourceArn)).toContain(`{"Ref":"${api}"}`);
  });

  it('is cdk-nag clean', () => {
    expect(nagFindings(stack)).toEqual([]);
  });
});

describe('HTTP pattern authorizer choice', () => {
  it('keeps the JWT authorizer by default', () => {
    const types = propsOf(synth().json, 'AWS::ApiGatewayV2::Authorizer').map((a) => a.AuthorizerType);
    expect(types).toEqual(['JWT']);
  });

  it("refuses auth 'cognito', which HTTP APIs do not offer, naming the prop and the alternatives", () => {
    expect(() => synth({ auth: 'cognito' })).toThrow(
      /auth 'cognito' is not available on HTTP APIs.*'jwt'.*'lambda'/,
    );
  });
});
