import { nagFindings, patternSynthesizer, resourcesOfType } from '@pik/cdk-constructs/testing';
import { PIK_HEADERS } from '@pik/contracts';
import { SERVICES } from '@pik/service-kit/catalogue';
import { Duration } from 'aws-cdk-lib/core';
import { describe, expect, it } from 'vitest';
import { RestVpcLinkV2AlbStack } from './index.js';

const synth = patternSynthesizer(RestVpcLinkV2AlbStack);
type Props = Record<string, unknown>;
const propsOf = (json: ReturnType<typeof synth>['json'], type: string) =>
  Object.entries(resourcesOfType(json, type)).map(([id, r]) => ({ id, ...(r.Properties ?? {}) }) as Props);

describe("REST pattern with auth: 'lambda'", () => {
  const { stack, json } = synth({ auth: 'lambda', authorizerCacheTtl: Duration.seconds(120) });
  const [authorizer, ...others] = propsOf(json, 'AWS::ApiGateway::Authorizer');
  const functions = propsOf(json, 'AWS::Lambda::Function');
  const authorizerFunction = functions.find((f) => String(f.Description).includes('authorizer'));

  it('has one TOKEN authorizer on the Authorization header, with the TTL and the token pattern, and no Cognito authorizer', () => {
    expect(others).toEqual([]);
    expect(authorizer).toMatchObject({
      Type: 'TOKEN',
      IdentitySource: 'method.request.header.Authorization',
      AuthorizerResultTtlInSeconds: 120,
      IdentityValidationExpression: '^(Bearer )?[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$',
    });
    expect(JSON.stringify(authorizer?.AuthorizerUri)).toContain(String(authorizerFunction?.id));
  });

  it("runs the kit's bundled authorizer, configured with the stack's pool issuer, key set, client and scope", () => {
    expect(authorizerFunction).toMatchObject({
      Runtime: 'nodejs22.x',
      Handler: 'index.handler',
      Architectures: ['arm64'],
      TracingConfig: { Mode: 'Active' },
    });
    const env = (authorizerFunction?.Environment as { Variables: Props } | undefined)?.Variables ?? {};
    const [pool] = Object.keys(resourcesOfType(json, 'AWS::Cognito::UserPool'));
    const [client] = Object.keys(resourcesOfType(json, 'AWS::Cognito::UserPoolClient'));
    expect(JSON.stringify(env.PIK_AUTH_ISSUER)).toMatch(new RegExp(`cognito-idp.*${pool}`));
    expect(JSON.stringify(env.PIK_AUTH_JWKS_URL)).toMatch(new RegExp(`${pool}.*/.well-known/jwks.json`));
    expect(env.PIK_AUTH_CLIENT_IDS).toEqual({ Ref: client });
    expect(env.PIK_AUTH_SCOPE).toBe('pik/invoke');
  });

  it("lets only API Gateway invoke it, only for this API's authorizers", () => {
    const permissions = propsOf(json, 'AWS::Lambda::Permission').filter((p) =>
      JSON.stringify(p.FunctionName).includes(String(authorizerFunction?.id)),
    );
    expect(permissions).toHaveLength(1);
    expect(permissions[0]).toMatchObject({
      Action: 'lambda:InvokeFunction',
      Principal: 'apigateway.amazonaws.com',
    });
    const [api] = Object.keys(resourcesOfType(json, 'AWS::ApiGateway::RestApi'));
    const sourceArn = JSON.stringify(permissions[0]?.SourceArn);
    expect(sourceArn).toContain(`{"Ref":"${api}"}`);
    expect(sourceArn).toContain(`/authorizers/`);
    expect(sourceArn).toContain(`{"Ref":"${authorizer?.id}"}`);
  });

  it('guards every method with it and passes the caller to the backends as headers', () => {
    const methods = propsOf(json, 'AWS::ApiGateway::Method');
    // ANY /<svc>, ANY /<svc>/{proxy+}, the streamed GET /<svc>/export and ANY /<svc>/export.
    expect(methods).toHaveLength(SERVICES.length * 4);
    for (const method of methods) {
      expect(method).toMatchObject({ AuthorizationType: 'CUSTOM', AuthorizerId: { Ref: authorizer?.id } });
      expect(method.AuthorizationScopes).toBeUndefined();
      expect((method.Integration as Props).RequestParameters).toMatchObject({
        [`integration.request.header.${PIK_HEADERS.authSub}`]: 'context.authorizer.sub',
        [`integration.request.header.${PIK_HEADERS.authScope}`]: 'context.authorizer.scope',
      });
    }
  });

  it('is cdk-nag clean', () => {
    expect(nagFindings(stack)).toEqual([]);
  });

  it('caches results for 300 s unless told otherwise', () => {
    const [defaulted] = propsOf(synth({ auth: 'lambda' }).json, 'AWS::ApiGateway::Authorizer');
    expect(defaulted?.AuthorizerResultTtlInSeconds).toBe(300);
  });
});

describe('REST pattern authorizer choice', () => {
  it('keeps the Cognito user-pool authorizer by default, without the caller headers', () => {
    const { json } = synth();
    expect(propsOf(json, 'AWS::ApiGateway::Authorizer').map((a) => a.Type)).toEqual(['COGNITO_USER_POOLS']);
    const [method] = propsOf(json, 'AWS::ApiGateway::Method');
    expect(JSON.stringify(method?.Integration)).not.toContain(PIK_HEADERS.authSub);
  });

  it('refuses what REST APIs do not offer, naming the prop', () => {
    expect(() => synth({ auth: 'jwt' })).toThrow(
      /auth 'jwt' is not available on REST APIs.*'cognito'.*'lambda'/,
    );
    expect(() => synth({ authorizerCacheTtl: Duration.seconds(60) })).toThrow(
      /authorizerCacheTtl needs auth: 'lambda'/,
    );
    expect(() => synth({ auth: 'lambda', authorizerCacheTtl: Duration.seconds(3601) })).toThrow(
      /authorizerCacheTtl must be whole seconds from 0 to 3600, got 3601/,
    );
  });
});
