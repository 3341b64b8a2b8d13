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
import { RestVpcLinkNlbToAlbStack } from './index.js';

const synth = patternSynthesizer(RestVpcLinkNlbToAlbStack);
const TG = 'AWS::ElasticLoadBalancingV2::TargetGroup';
const LISTENER = 'AWS::ElasticLoadBalancingV2::Listener';
const LB = 'AWS::ElasticLoadBalancingV2::LoadBalancer';

describe('option 4: REST API, VPC link V1 to an NLB whose targets are the service ALBs', () => {
  const { stack, template, json } = synth();
  const ports = SERVICES.map((s) => s.port);
  const lbs = resourcesOfType(json, LB);
  const nlbId = Object.keys(lbs).find((id) => lbs[id]?.Properties.Type === 'network') as string;

  it('has one VPC link V1 to one NLB, and an internal ALB per service', () => {
    template.resourceCountIs('AWS::ApiGateway::VpcLink', 1);
    template.hasResourceProperties('AWS::ApiGateway::VpcLink', { TargetArns: [{ Ref: nlbId }] });
    template.resourcePropertiesCountIs(LB, { Type: 'network', Scheme: 'internal' }, 1);
    template.resourcePropertiesCountIs(LB, { Type: 'application', Scheme: 'internal' }, SERVICES.length);
  });

  it('registers each ALB in a TCP target group of type alb whose port matches that ALB listener', () => {
    const groups = Object.entries(resourcesOfType(json, TG)).filter(
      ([, g]) => g.Properties.TargetType === 'alb',
    );
    expect(groups).toHaveLength(SERVICES.length);
    for (const [groupId, group] of groups) {
      const service = SERVICES.find((s) => s.name === serviceOf(group));
      if (!service) throw new Error(`target group ${groupId} has no service`);
      const albId = logicalIdFor(json, LB, service.name);
      const albListenerId = logicalIdFor(
        {
          Resources: Object.fromEntries(
            Object.entries(resourcesOfType(json, LISTENER)).filter(
              ([, l]) => (l.Properties.LoadBalancerArn as { Ref: string }).Ref === albId,
            ),
          ),
        },
        LISTENER,
        service.name,
      );
      const albListener = resourcesOfType(json, LISTENER)[albListenerId];
      expect(group.Properties).toMatchObject({
        Protocol: 'TCP',
        Port: service.port,
        Targets: [{ Id: { Ref: albId }, Port: service.port }],
        HealthCheckProtocol: 'HTTP',
        HealthCheckPort: String(service.port),
      });
      expect(albListener?.Properties).toMatchObject({ Port: service.port, Protocol: 'HTTP' });
      // AlbListenerTarget orders the target group after the ALB listener it needs.
      expect(([] as string[]).concat(group.DependsOn ?? [])).toContain(albListenerId);
    }
  });

  it('gives the NLB a TCP listener per service port and carries the port in each integration URI', () => {
    const nlbListeners = Object.values(resourcesOfType(json, LISTENER)).filter(
      (l) => (l.Properties.LoadBalancerArn as { Ref: string }).Ref === nlbId,
    );
    expect(nlbListeners.map((l) => l.Properties.Port).sort()).toEqual([...ports].sort());
    for (const l of nlbListeners) expect(l.Properties.Protocol).toBe('TCP');
    for (const m of Object.values(resourcesOfType(json, 'AWS::ApiGateway::Method'))) {
      const service = SERVICES.find((s) => s.name === serviceOf(m));
      const uri = JSON.stringify((m.Properties.Integration as { Uri: unknown }).Uri);
      expect(uri).toContain(nlbId);
      expect(uri).toContain(`:${service?.port}${service?.basePath}`);
    }
  });

  it('answers the NLB health checks at each ALB, so they never invoke the Lambda behind it', () => {
    const rules = Object.values(resourcesOfType(json, 'AWS::ElasticLoadBalancingV2::ListenerRule'));
    const healthRules = rules.filter((rule) =>
      JSON.stringify(rule.Properties.Conditions).includes('"/healthz"'),
    );
    expect(healthRules).toHaveLength(SERVICES.length);
    for (const rule of healthRules) {
      expect(rule.Properties.Actions).toEqual([
        expect.objectContaining({
          Type: 'fixed-response',
          FixedResponseConfig: expect.objectContaining({ StatusCode: '200' }),
        }),
      ]);
    }
    // ...and the NLB target groups probe exactly that path.
    const albGroups = Object.values(resourcesOfType(json, TG)).filter(
      (g) => g.Properties.TargetType === 'alb',
    );
    for (const group of albGroups) expect(group.Properties.HealthCheckPath).toBe('/healthz');
  });

  it('runs Lambda behind the ALBs by default', () => {
    template.resourcePropertiesCountIs(TG, { TargetType: 'lambda' }, SERVICES.length);
  });

  it('stops at 11 services: each ALB counts 50 targets against 500 per zone on the NLB', () => {
    expect(() => synth({ syntheticServices: 7 })).toThrow(
      /550 targets.*Targets per Availability Zone per Network Load Balancer' is 500.*http-vpclink-albs, rest-vpclinkv2-alb/s,
    );
  });

  it('has no unacknowledged cdk-nag findings and no security problems', () => {
    expect(nagFindings(stack)).toEqual([]);
    expect(securityProblems(json, ports)).toEqual([]);
  });
});
