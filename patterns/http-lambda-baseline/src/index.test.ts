import {
  logicalIdFor,
  nagFindings,
  patternSynthesizer,
  resourcesOfType,
  securityProblems,
} from '@pik/cdk-constructs/testing';
import { SERVICES } from '@pik/service-kit/catalogue';
import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { HttpLambdaBaselineStack } from './index.js';

const synth = patternSynthesizer(HttpLambdaBaselineStack);

describe('option 6 (baseline): HTTP API to Lambda, no private integration', () => {
  const { stack, template, json } = synth();

  it('has no VPC, no VPC link and no load balancer', () => {
    for (const type of [
      'AWS::EC2::VPC',
      'AWS::ApiGatewayV2::VpcLink',
      'AWS::ApiGateway::VpcLink',
      'AWS::ElasticLoadBalancingV2::LoadBalancer',
    ]) {
      template.resourceCountIs(type, 0);
    }
  });

  it('integrates each service with its own function by Lambda proxy', () => {
    for (const s of SERVICES) {
      const fnId = logicalIdFor(json, 'AWS::Lambda::Function', s.name);
      template.hasResourceProperties('AWS::ApiGatewayV2::Integration', {
        IntegrationType: 'AWS_PROXY',
        IntegrationUri: { 'Fn::GetAtt': [fnId, 'Arn'] },
        PayloadFormatVersion: '2.0',
      });
      template.hasResourceProperties('AWS::Lambda::Function', {
        Runtime: 'nodejs22.x',
        Architectures: ['arm64'],
        Handler: 'index.handler',
        Environment: { Variables: Match.objectLike({ SERVICE_NAME: s.name, TABLE_NAME: Match.anyValue() }) },
      });
    }
    expect(Object.keys(resourcesOfType(json, 'AWS::ApiGatewayV2::Route'))).toHaveLength(2 * SERVICES.length);
  });

  it('gives each function its own encrypted table with point-in-time recovery, named in its environment', () => {
    for (const s of SERVICES) {
      const tableId = logicalIdFor(json, 'AWS::DynamoDB::Table', s.name);
      expect(resourcesOfType(json, 'AWS::DynamoDB::Table')[tableId]?.Properties).toMatchObject({
        SSESpecification: { SSEEnabled: true },
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      });
      const fn = resourcesOfType(json, 'AWS::Lambda::Function')[
        logicalIdFor(json, 'AWS::Lambda::Function', s.name)
      ];
      const env = fn?.Properties.Environment as { Variables: Record<string, unknown> } | undefined;
      expect(env?.Variables.TABLE_NAME).toEqual({
        Ref: tableId,
      });
    }
  });

  it('rejects Fargate, which needs a private integration', () => {
    expect(() => synth({ compute: 'fargate' })).toThrow(/cannot run on fargate.*http-vpclink-albs/);
  });

  it('allows routes for 150 services and stops at 151 (300 routes per HTTP API)', () => {
    expect(() => synth({ syntheticServices: 147 })).toThrow(/302 routes.*Routes per HTTP API' is 300/);
  });

  it('has no unacknowledged cdk-nag findings and no security problems', () => {
    expect(nagFindings(stack)).toEqual([]);
    expect(securityProblems(json, [])).toEqual([]);
  });

  it('runs open only when asked, with the missing authorizer acknowledged', () => {
    const open = synth({ auth: 'none' });
    open.template.resourceCountIs('AWS::ApiGatewayV2::Authorizer', 0);
    open.template.resourcePropertiesCountIs(
      'AWS::ApiGatewayV2::Route',
      { AuthorizationType: 'NONE' },
      2 * SERVICES.length,
    );
    expect(nagFindings(open.stack)).toEqual([]);
  });
});
