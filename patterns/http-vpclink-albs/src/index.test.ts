import {
  logicalIdFor,
  nagFindings,
  patternSynthesizer,
  resourcesOfType,
  securityProblems,
  serviceOf,
} from '@pik/cdk-constructs/testing';
import { SERVICES } from '@pik/service-kit/catalogue';
import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { HttpVpcLinkAlbsStack } from './index.js';

const synth = patternSynthesizer(HttpVpcLinkAlbsStack);

describe('option 1: HTTP API, one VPC link V2, an internal ALB per service', () => {
  const { stack, template, json } = synth({
    serviceThrottles: { orders: { rateLimit: 50, burstLimit: 20 } },
  });
  const ports = SERVICES.map((s) => s.port);

  it('has one VPC link V2 with a security group, and one internal ALB per service', () => {
    template.resourceCountIs('AWS::ApiGatewayV2::VpcLink', 1);
    template.hasResourceProperties('AWS::ApiGatewayV2::VpcLink', {
      SecurityGroupIds: [Match.anyValue()],
      SubnetIds: [Match.anyValue(), Match.anyValue()],
    });
    template.resourcePropertiesCountIs(
      'AWS::ElasticLoadBalancingV2::LoadBalancer',
      { Type: 'application', Scheme: 'internal' },
      SERVICES.length,
    );
    template.resourcePropertiesCountIs('AWS::ElasticLoadBalancingV2::LoadBalancer', { Type: 'network' }, 0);
  });

  it('integrates each service through the link with the listener ARN of its own ALB as URI', () => {
    const [linkId] = Object.keys(resourcesOfType(json, 'AWS::ApiGatewayV2::VpcLink'));
    const integrations = Object.values(resourcesOfType(json, 'AWS::ApiGatewayV2::Integration'));
    expect(integrations).toHaveLength(SERVICES.length);
    const listenerIds = SERVICES.map((s) =>
      logicalIdFor(json, 'AWS::ElasticLoadBalancingV2::Listener', s.name),
    );
    for (const i of integrations) {
      expect(i.Properties).toMatchObject({
        IntegrationType: 'HTTP_PROXY',
        ConnectionType: 'VPC_LINK',
        ConnectionId: { Ref: linkId },
        IntegrationMethod: 'ANY',
      });
      const uri = i.Properties.IntegrationUri as { Ref: string };
      expect(listenerIds).toContain(uri.Ref);
    }
    for (const s of SERVICES) {
      const listener = resourcesOfType(json, 'AWS::ElasticLoadBalancingV2::Listener')[
        logicalIdFor(json, 'AWS::ElasticLoadBalancingV2::Listener', s.name)
      ];
      expect(listener?.Properties).toMatchObject({ Port: s.port, Protocol: 'HTTP' });
    }
  });

  it('routes ANY /<svc> and ANY /<svc>/{proxy+} with the JWT authorizer and scope', () => {
    const routes = Object.values(resourcesOfType(json, 'AWS::ApiGatewayV2::Route'));
    expect(routes.map((r) => r.Properties.RouteKey).sort()).toEqual(
      SERVICES.flatMap((s) => [`ANY ${s.basePath}`, `ANY ${s.basePath}/{proxy+}`]).sort(),
    );
    for (const r of routes) {
      expect(r.Properties).toMatchObject({ AuthorizationType: 'JWT', AuthorizationScopes: ['pik/invoke'] });
    }
    template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', { AuthorizerType: 'JWT' });
  });

  it('serves the $default stage (no stage name in the backend path) with explicit rate and burst everywhere', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: 1000, ThrottlingBurstLimit: 500 },
      AccessLogSettings: { DestinationArn: Match.anyValue(), Format: Match.stringLikeRegexp('"requestId"') },
      RouteSettings: {
        'ANY /orders': { ThrottlingRateLimit: 50, ThrottlingBurstLimit: 20 },
        'ANY /orders/{proxy+}': { ThrottlingRateLimit: 50, ThrottlingBurstLimit: 20 },
      },
    });
  });

  it('runs Lambda behind each ALB by default, Fargate on request', () => {
    template.resourcePropertiesCountIs(
      'AWS::ElasticLoadBalancingV2::TargetGroup',
      { TargetType: 'lambda' },
      4,
    );
    const fargate = synth({ compute: 'fargate' }).template;
    fargate.resourcePropertiesCountIs('AWS::ElasticLoadBalancingV2::TargetGroup', { TargetType: 'ip' }, 4);
    fargate.resourceCountIs('AWS::Lambda::Function', 0);
  });

  it('rejects options HTTP APIs do not have, and zero throttles', () => {
    expect(() => synth({ waf: true })).toThrow(/WAF cannot be associated with an HTTP API/);
    expect(() => synth({ apiKey: true })).toThrow(/no API keys or usage plans/);
    expect(() => synth({ serviceThrottles: { orders: { rateLimit: 0, burstLimit: 10 } } })).toThrow(
      /rateLimit must be a positive number.*429/,
    );
  });

  it('has no unacknowledged cdk-nag findings and no security problems', () => {
    expect(nagFindings(stack)).toEqual([]);
    expect(securityProblems(json, ports)).toEqual([]);
    for (const r of Object.values(resourcesOfType(json, 'AWS::ApiGatewayV2::Route')))
      expect(serviceOf(r)).toBeDefined();
  });

  it('adds no interface endpoints while every service runs on Lambda (no hourly endpoint cost)', () => {
    template.resourcePropertiesCountIs('AWS::EC2::VPCEndpoint', { VpcEndpointType: 'Interface' }, 0);
    template.resourceCountIs('AWS::EC2::NatGateway', 0);
  });
});
