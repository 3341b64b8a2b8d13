import {
  logicalIdFor,
  nagFindings,
  patternSynthesizer,
  resourcesOfType,
  securityProblems,
  serviceOf,
} from '@pik/cdk-constructs/testing';
import { SERVICES } from '@pik/service-kit/catalogue';
import { describe, expect, it } from 'vitest';
import { RestVpcLinkSharedNlbStack } from './index.js';

const synth = patternSynthesizer(RestVpcLinkSharedNlbStack);

describe('option 3: REST API, one VPC link V1, one shared NLB with a listener per service port', () => {
  const { stack, template, json } = synth();
  const ports = SERVICES.map((s) => s.port);

  it('has exactly one VPC link V1 and one internal NLB, and no ALB', () => {
    template.resourceCountIs('AWS::ApiGateway::VpcLink', 1);
    template.resourceCountIs('AWS::ApiGatewayV2::VpcLink', 0);
    template.resourcePropertiesCountIs('AWS::ElasticLoadBalancingV2::LoadBalancer', { Type: 'network' }, 1);
    template.resourcePropertiesCountIs(
      'AWS::ElasticLoadBalancingV2::LoadBalancer',
      { Type: 'application' },
      0,
    );
    const [nlbId] = Object.keys(resourcesOfType(json, 'AWS::ElasticLoadBalancingV2::LoadBalancer'));
    template.hasResourceProperties('AWS::ApiGateway::VpcLink', { TargetArns: [{ Ref: nlbId }] });
  });

  it('gives every service its own TCP listener on its own port, to an ip target group on that port', () => {
    const listeners = Object.values(resourcesOfType(json, 'AWS::ElasticLoadBalancingV2::Listener'));
    expect(listeners.map((l) => l.Properties.Port).sort()).toEqual([...ports].sort());
    for (const l of listeners) expect(l.Properties.Protocol).toBe('TCP');
    for (const s of SERVICES) {
      const group = resourcesOfType(json, 'AWS::ElasticLoadBalancingV2::TargetGroup')[
        logicalIdFor(json, 'AWS::ElasticLoadBalancingV2::TargetGroup', s.name)
      ];
      expect(group?.Properties).toMatchObject({ Port: s.port, Protocol: 'TCP', TargetType: 'ip' });
    }
  });

  it('points every method through the link with an integration URI carrying its listener port', () => {
    const [linkId] = Object.keys(resourcesOfType(json, 'AWS::ApiGateway::VpcLink'));
    const methods = Object.values(resourcesOfType(json, 'AWS::ApiGateway::Method'));
    // ANY /<svc>, ANY /<svc>/{proxy+}, the streamed GET /<svc>/export and ANY /<svc>/export.
    expect(methods).toHaveLength(4 * SERVICES.length);
    for (const m of methods) {
      const service = SERVICES.find((s) => s.name === serviceOf(m));
      const integration = m.Properties.Integration as Record<string, unknown>;
      expect(integration).toMatchObject({
        Type: 'HTTP_PROXY',
        ConnectionType: 'VPC_LINK',
        ConnectionId: { Ref: linkId },
      });
      expect(JSON.stringify(integration.Uri)).toContain(`:${service?.port}${service?.basePath}`);
    }
  });

  it('runs the services on Fargate and rejects Lambda, which an NLB cannot target', () => {
    template.resourceCountIs('AWS::ECS::Service', SERVICES.length);
    template.resourceCountIs('AWS::Lambda::Function', 0);
    expect(() => synth({ compute: 'lambda' })).toThrow(/NLB cannot target a Lambda function/);
  });

  it('rejects a 51st service on the shared NLB, naming the fixed listener quota and the patterns that avoid it', () => {
    const scaled = synth({ syntheticServices: 10 }).template;
    scaled.resourcePropertiesCountIs('AWS::ElasticLoadBalancingV2::Listener', { Protocol: 'TCP' }, 14);
    expect(() => synth({ syntheticServices: 47 })).toThrow(
      /51 services needs 51 listeners.*Listeners per Network Load Balancer' is 50 \(not adjustable.*http-vpclink-albs, rest-vpclinkv2-alb/s,
    );
  });

  it('has no unacknowledged cdk-nag findings and no security problems', () => {
    expect(nagFindings(stack)).toEqual([]);
    expect(securityProblems(json, ports)).toEqual([]);
  });

  it('keeps the VPC private: no internet or NAT gateway, image pulls and logs through VPC endpoints', () => {
    template.resourceCountIs('AWS::EC2::InternetGateway', 0);
    template.resourceCountIs('AWS::EC2::NatGateway', 0);
    template.resourcePropertiesCountIs('AWS::EC2::VPCEndpoint', { VpcEndpointType: 'Interface' }, 3);
    template.resourcePropertiesCountIs('AWS::EC2::VPCEndpoint', { VpcEndpointType: 'Gateway' }, 2);
    template.hasResourceProperties('AWS::EC2::Subnet', { MapPublicIpOnLaunch: false });
    template.resourceCountIs('AWS::EC2::FlowLog', 1);
  });
});
