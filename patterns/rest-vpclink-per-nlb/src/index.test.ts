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
import { RestVpcLinkPerNlbStack } from './index.js';

const synth = patternSynthesizer(RestVpcLinkPerNlbStack);

describe('option 2: REST API, one VPC link V1 per service NLB', () => {
  const { stack, template, json } = synth();
  const ports = SERVICES.map((s) => s.port);

  it('gives every service its own internal NLB and its own VPC link to it', () => {
    template.resourceCountIs('AWS::ApiGateway::VpcLink', SERVICES.length);
    template.resourcePropertiesCountIs(
      'AWS::ElasticLoadBalancingV2::LoadBalancer',
      { Type: 'network', Scheme: 'internal' },
      SERVICES.length,
    );
    const links = Object.values(resourcesOfType(json, 'AWS::ApiGateway::VpcLink'));
    const linkedNlbs = links.map((l) => (l.Properties.TargetArns as { Ref: string }[])[0]?.Ref);
    expect(new Set(linkedNlbs).size).toBe(SERVICES.length);
    for (const s of SERVICES) {
      const link = resourcesOfType(json, 'AWS::ApiGateway::VpcLink')[
        logicalIdFor(json, 'AWS::ApiGateway::VpcLink', s.name)
      ];
      expect(link?.Properties.TargetArns).toEqual([
        { Ref: logicalIdFor(json, 'AWS::ElasticLoadBalancingV2::LoadBalancer', s.name) },
      ]);
    }
  });

  it("sends each service's methods through the link whose NLB fronts that service", () => {
    const links = resourcesOfType(json, 'AWS::ApiGateway::VpcLink');
    for (const m of Object.values(resourcesOfType(json, 'AWS::ApiGateway::Method'))) {
      const service = serviceOf(m) as string;
      const integration = m.Properties.Integration as { ConnectionId: { Ref: string }; Uri: unknown };
      const link = links[integration.ConnectionId.Ref];
      const nlbId = logicalIdFor(json, 'AWS::ElasticLoadBalancingV2::LoadBalancer', service);
      expect(link?.Properties.TargetArns).toEqual([{ Ref: nlbId }]);
      expect(JSON.stringify(integration.Uri)).toContain(nlbId);
    }
  });

  it('runs Fargate tasks that admit only their NLB, on the service port', () => {
    template.resourceCountIs('AWS::ECS::Service', SERVICES.length);
    template.hasResourceProperties('AWS::ECS::TaskDefinition', {
      RuntimePlatform: { CpuArchitecture: 'ARM64', OperatingSystemFamily: 'LINUX' },
    });
    template.resourcePropertiesCountIs(
      'AWS::ElasticLoadBalancingV2::LoadBalancer',
      { EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic: 'off' },
      SERVICES.length,
    );
    for (const s of SERVICES) {
      const nlbId = logicalIdFor(json, 'AWS::ElasticLoadBalancingV2::LoadBalancer', s.name);
      const nlb = resourcesOfType(json, 'AWS::ElasticLoadBalancingV2::LoadBalancer')[nlbId];
      const nlbSg = (nlb?.Properties.SecurityGroups as unknown[] | undefined)?.[0];
      template.hasResourceProperties('AWS::EC2::SecurityGroupIngress', {
        FromPort: s.port,
        ToPort: s.port,
        IpProtocol: 'tcp',
        SourceSecurityGroupId: nlbSg,
      });
    }
    expect(() => synth({ compute: 'lambda' })).toThrow(/NLB cannot target a Lambda function/);
  });

  it('stops at 21 services: one VPC link each exceeds the 20 REST VPC links per Region', () => {
    expect(() => synth({ syntheticServices: 17 })).toThrow(
      /REST API VPC links per account per Region' is 20 \(adjustable.*rest-vpclink-shared-nlb, rest-vpclinkv2-alb/s,
    );
  });

  it('has no unacknowledged cdk-nag findings and no security problems', () => {
    expect(nagFindings(stack)).toEqual([]);
    expect(securityProblems(json, ports)).toEqual([]);
  });
});
