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
import { RestVpcLinkV2AlbStack } from './index.js';

const synth = patternSynthesizer(RestVpcLinkV2AlbStack);

const refOf = (value: unknown): unknown => (value as { Ref?: unknown } | undefined)?.Ref;

/**
 * The path an ALB's targets receive for `sent`, per one listener rule as the template writes it: a
 * `path-pattern` condition (`*` any run of characters) and a `url-rewrite` transform.
 */
function pathAtTarget(rule: Record<string, unknown>, sent: string): string {
  const [condition] = rule.Conditions as { PathPatternConfig: { Values: string[] } }[];
  const [transform] = rule.Transforms as {
    UrlRewriteConfig: { Rewrites: { Regex: string; Replace: string }[] };
  }[];
  const patterns = condition?.PathPatternConfig.Values ?? [];
  const matches = patterns.some((p) =>
    new RegExp(`^${p.split('*').map(escapeRegExp).join('.*')}$`).test(sent),
  );
  if (!matches) return sent;
  return (transform?.UrlRewriteConfig.Rewrites ?? []).reduce(
    (path, r) => path.replace(new RegExp(r.Regex), r.Replace),
    sent,
  );
}

const escapeRegExp = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
const LB = 'AWS::ElasticLoadBalancingV2::LoadBalancer';

describe('option 5: REST API, VPC link V2 straight to the service ALBs', () => {
  const { stack, template, json } = synth({
    apiKey: true,
    serviceThrottles: { catalog: { rateLimit: 5, burstLimit: 2 } },
  });
  const ports = SERVICES.map((s) => s.port);

  it('has one VPC link V2, no VPC link V1 and no NLB', () => {
    template.resourceCountIs('AWS::ApiGatewayV2::VpcLink', 1);
    template.resourceCountIs('AWS::ApiGateway::VpcLink', 0);
    template.resourcePropertiesCountIs(LB, { Type: 'network' }, 0);
    template.resourcePropertiesCountIs(LB, { Type: 'application', Scheme: 'internal' }, SERVICES.length);
  });

  it("sets IntegrationTarget to the service's ALB ARN and ConnectionId to the V2 link on every method", () => {
    const [linkId] = Object.keys(resourcesOfType(json, 'AWS::ApiGatewayV2::VpcLink'));
    const methods = Object.values(resourcesOfType(json, 'AWS::ApiGateway::Method'));
    // ANY /<svc>, ANY /<svc>/{proxy+}, the streamed GET /<svc>/export and ANY /<svc>/export.
    expect(methods).toHaveLength(4 * SERVICES.length);
    for (const m of methods) {
      const service = SERVICES.find((s) => s.name === serviceOf(m));
      if (!service) throw new Error('method without service');
      const albId = logicalIdFor(json, LB, service.name);
      const integration = m.Properties.Integration as Record<string, unknown>;
      expect(integration).toMatchObject({
        Type: 'HTTP_PROXY',
        ConnectionType: 'VPC_LINK',
        ConnectionId: { Ref: linkId },
        IntegrationTarget: { Ref: albId },
      });
      expect(JSON.stringify(integration.Uri)).toContain(`:${service.port}${service.basePath}`);
    }
  });

  it('gives each service /<svc>/... at its targets whether or not the request to the ALB starts with /v1', () => {
    const rules = Object.values(resourcesOfType(json, 'AWS::ElasticLoadBalancingV2::ListenerRule'));
    expect(rules).toHaveLength(SERVICES.length);
    const listeners = Object.entries(resourcesOfType(json, 'AWS::ElasticLoadBalancingV2::Listener'));
    for (const s of SERVICES) {
      const albId = logicalIdFor(json, LB, s.name);
      const [listenerId, listener] =
        listeners.find(([, l]) => refOf(l.Properties.LoadBalancerArn) === albId) ?? [];
      const rule = rules.find((r) => refOf(r.Properties.ListenerArn) === listenerId);
      if (!rule || !listener) throw new Error(`${s.name}: no listener rule`);
      const defaultActions = listener.Properties.DefaultActions as { TargetGroupArn: unknown }[];
      expect(rule.Properties.Actions).toEqual([
        { Type: 'forward', TargetGroupArn: defaultActions[0]?.TargetGroupArn },
      ]);
      const atTarget = (sent: string) => pathAtTarget(rule.Properties, sent);
      // The three readings of the REST guide: the URI path; the stage + the URI path; the stage + the
      // method path (the same as the URI path here, since each resource is the service's base path).
      for (const tail of ['', '/7', '/7/lines']) {
        expect(atTarget(`${s.basePath}${tail}`)).toBe(`${s.basePath}${tail}`);
        expect(atTarget(`/v1${s.basePath}${tail}`)).toBe(`${s.basePath}${tail}`);
      }
    }
  });

  it('applies the REST stage defaults: explicit throttles, JSON access logs, X-Ray, WAF, Cognito, API key', () => {
    template.hasResourceProperties('AWS::ApiGateway::Stage', {
      StageName: 'v1',
      TracingEnabled: true,
      AccessLogSetting: { DestinationArn: Match.anyValue(), Format: Match.stringLikeRegexp('"requestId"') },
      MethodSettings: Match.arrayWith([
        Match.objectLike({
          HttpMethod: '*',
          ResourcePath: '/*',
          ThrottlingRateLimit: 1000,
          ThrottlingBurstLimit: 500,
        }),
        Match.objectLike({
          HttpMethod: 'ANY',
          ResourcePath: '/~1catalog~1{proxy+}',
          ThrottlingRateLimit: 5,
          ThrottlingBurstLimit: 2,
        }),
      ]),
    });
    template.hasResourceProperties('AWS::WAFv2::WebACL', {
      Scope: 'REGIONAL',
      Rules: Match.arrayWith([
        Match.objectLike({
          Statement: {
            ManagedRuleGroupStatement: { VendorName: 'AWS', Name: 'AWSManagedRulesCommonRuleSet' },
          },
        }),
      ]),
    });
    template.resourceCountIs('AWS::WAFv2::WebACLAssociation', 1);
    template.resourceCountIs('AWS::ApiGateway::ApiKey', 1);
    template.hasResourceProperties('AWS::ApiGateway::UsagePlan', {
      Throttle: { RateLimit: 1000, BurstLimit: 500 },
    });
    for (const m of Object.values(resourcesOfType(json, 'AWS::ApiGateway::Method'))) {
      expect(m.Properties).toMatchObject({
        ApiKeyRequired: true,
        AuthorizationType: 'COGNITO_USER_POOLS',
        AuthorizationScopes: ['pik/invoke'],
      });
    }
    template.hasOutput('ApiKeyId', {});
  });

  it('admits the link only on each ALB listener port', () => {
    const link = Object.values(resourcesOfType(json, 'AWS::ApiGatewayV2::VpcLink'))[0];
    const linkSg = (link?.Properties.SecurityGroupIds as unknown[] | undefined)?.[0];
    for (const s of SERVICES) {
      template.hasResourceProperties('AWS::EC2::SecurityGroupIngress', {
        FromPort: s.port,
        ToPort: s.port,
        SourceSecurityGroupId: linkSg,
      });
    }
  });

  it('has no unacknowledged cdk-nag findings and no security problems', () => {
    expect(nagFindings(stack)).toEqual([]);
    expect(securityProblems(json, ports)).toEqual([]);
  });

  it('runs open and without WAF only when asked, with every excused finding acknowledged', () => {
    const open = synth({ auth: 'none', waf: false });
    open.template.resourceCountIs('AWS::Cognito::UserPool', 0);
    open.template.resourceCountIs('AWS::WAFv2::WebACL', 0);
    open.template.resourcePropertiesCountIs(
      'AWS::ApiGateway::Method',
      { AuthorizationType: 'NONE' },
      4 * SERVICES.length,
    );
    open.template.hasOutput('AuthKind', { Value: 'none' });
    expect(nagFindings(open.stack)).toEqual([]);
  });

  it('stops at 51 services: one ALB each exceeds the 50 ALBs per Region', () => {
    expect(() => synth({ syntheticServices: 47 })).toThrow(
      /Application Load Balancers per Region' is 50 \(adjustable.*rest-vpclink-shared-nlb/s,
    );
  });
});
