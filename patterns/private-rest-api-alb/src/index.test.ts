import {
  createFixtureRepo,
  nagFindings,
  resourcesOfType,
  securityProblems,
  serviceOf,
  type TemplateJson,
} from '@pik/cdk-constructs/testing';
import { PRIVATE_API_DOMAIN_CONTEXT_KEY, PRIVATE_API_HOSTED_ZONE_CONTEXT_KEY } from '@pik/contracts';
import { SERVICES } from '@pik/service-kit/catalogue';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { App } from 'aws-cdk-lib/core';
import { describe, expect, it } from 'vitest';
import {
  DOMAIN_GUARD_PARAMETER,
  ENDPOINT_HEALTHY_CODES,
  PLACEHOLDER_DOMAIN,
  PrivateRestApiAlbStack,
  type PrivateRestApiAlbStackProps,
} from './index.js';

const DOMAIN = 'api.example.com';
const ZONE = 'Z0123456789ABCDEFGHIJ:example.com';

const repoRoot = createFixtureRepo();

function synth(props: PrivateRestApiAlbStackProps = {}) {
  const stack = new PrivateRestApiAlbStack(new App(), { repoRoot, ...props });
  const template = Template.fromStack(stack);
  return { stack, template, json: template.toJSON() as TemplateJson };
}

/** Synthesizes the stack with CDK context set on the app (as `-c key=value` does). */
function synthWithContext(context: Record<string, string>) {
  const stack = new PrivateRestApiAlbStack(new App({ context }), { repoRoot });
  return { stack, template: Template.fromStack(stack) };
}

const one = (json: ReturnType<typeof synth>['json'], type: string) => {
  const all = Object.entries(resourcesOfType(json, type));
  expect(all, type).toHaveLength(1);
  return all[0] as [string, { Properties: Record<string, unknown> }];
};

describe('option 7: private REST API behind a public ALB, through an execute-api endpoint', () => {
  const { stack, template, json } = synth({ domainName: DOMAIN, hostedZone: ZONE });
  const interfaceEndpoints = Object.entries(resourcesOfType(json, 'AWS::EC2::VPCEndpoint')).filter(
    ([, r]) => r.Properties.VpcEndpointType === 'Interface',
  );
  expect(interfaceEndpoints).toHaveLength(1);
  const [endpointId, endpoint] = interfaceEndpoints[0] as [string, { Properties: Record<string, unknown> }];
  const [albId] = one(json, 'AWS::ElasticLoadBalancingV2::LoadBalancer');

  it('puts an interface endpoint for execute-api in both private subnets, private DNS on, admitting the ALB only', () => {
    expect(endpoint.Properties).toMatchObject({
      VpcEndpointType: 'Interface',
      PrivateDnsEnabled: true,
      ServiceName: { 'Fn::Join': ['', ['com.amazonaws.', { Ref: 'AWS::Region' }, '.execute-api']] },
    });
    expect(endpoint.Properties.SubnetIds).toHaveLength(2);
    const [sgRef] = endpoint.Properties.SecurityGroupIds as { 'Fn::GetAtt': [string, string] }[];
    const sgId = sgRef?.['Fn::GetAtt'][0] as string;
    const ingress = Object.values(resourcesOfType(json, 'AWS::EC2::SecurityGroupIngress')).filter(
      (r) => (r.Properties.GroupId as { 'Fn::GetAtt': string[] })['Fn::GetAtt']?.[0] === sgId,
    );
    const albGroups = json.Resources[albId]?.Properties.SecurityGroups as { 'Fn::GetAtt': string[] }[];
    const albSg = albGroups[0]?.['Fn::GetAtt'][0];
    expect(ingress.map((r) => r.Properties)).toEqual([
      expect.objectContaining({
        FromPort: 443,
        ToPort: 443,
        SourceSecurityGroupId: { 'Fn::GetAtt': [albSg, 'GroupId'] },
      }),
    ]);
    expect(json.Resources[sgId]?.Properties.SecurityGroupIngress).toBeUndefined();
  });

  it('makes the REST API private, bound to that endpoint, with a policy that denies any other source', () => {
    const [, api] = one(json, 'AWS::ApiGateway::RestApi');
    expect(api.Properties.EndpointConfiguration).toEqual({
      Types: ['PRIVATE'],
      VpcEndpointIds: [{ Ref: endpointId }],
    });
    expect((api.Properties.Policy as { Statement: unknown[] }).Statement).toEqual([
      {
        Effect: 'Deny',
        Principal: { AWS: '*' },
        Action: 'execute-api:Invoke',
        Resource: 'execute-api:/*',
        Condition: { StringNotEquals: { 'aws:SourceVpce': { Ref: endpointId } } },
      },
      { Effect: 'Allow', Principal: { AWS: '*' }, Action: 'execute-api:Invoke', Resource: 'execute-api:/*' },
    ]);
  });

  it('keeps the REST defaults: Cognito authorizer, access logs, X-Ray, stage throttle and WAF on the stage', () => {
    template.resourceCountIs('AWS::ApiGateway::Authorizer', 1);
    template.hasResourceProperties('AWS::ApiGateway::Authorizer', { Type: 'COGNITO_USER_POOLS' });
    template.hasResourceProperties('AWS::ApiGateway::Stage', {
      StageName: 'v1',
      TracingEnabled: true,
      AccessLogSetting: Match.objectLike({ DestinationArn: Match.anyValue() }),
      MethodSettings: Match.arrayWith([
        Match.objectLike({ ResourcePath: '/*', HttpMethod: '*', ThrottlingRateLimit: Match.anyValue() }),
      ]),
    });
    const associations = Object.values(resourcesOfType(json, 'AWS::WAFv2::WebACLAssociation'));
    expect(associations).toHaveLength(2);
    expect(JSON.stringify(associations)).toContain('/restapis/');
  });

  it('integrates each service with its own function by Lambda proxy', () => {
    for (const s of SERVICES) {
      // The service's buffered function (its export has a streaming one of its own: lambda-integrations.test.ts).
      const [fnId] = Object.entries(resourcesOfType(json, 'AWS::Lambda::Function')).find(
        ([, r]) => serviceOf(r) === s.name && r.Properties.Handler === 'index.handler',
      ) ?? [''];
      template.hasResourceProperties('AWS::ApiGateway::Method', {
        Integration: Match.objectLike({
          Type: 'AWS_PROXY',
          Uri: Match.objectLike({
            'Fn::Join': Match.arrayWith([Match.arrayWith([{ 'Fn::GetAtt': [fnId, 'Arn'] }])]),
          }),
        }),
      });
    }
  });

  it('fronts it with an internet-facing ALB: HTTPS with the certificate, HTTP redirected, its own web ACL', () => {
    template.hasResourceProperties('AWS::ElasticLoadBalancingV2::LoadBalancer', {
      Scheme: 'internet-facing',
      LoadBalancerAttributes: Match.arrayWith([
        { Key: 'routing.http.drop_invalid_header_fields.enabled', Value: 'true' },
      ]),
    });
    const [certId, cert] = one(json, 'AWS::CertificateManager::Certificate');
    expect(cert.Properties).toMatchObject({ DomainName: DOMAIN, ValidationMethod: 'DNS' });
    template.hasResourceProperties('AWS::ElasticLoadBalancingV2::Listener', {
      Port: 443,
      Protocol: 'HTTPS',
      Certificates: [{ CertificateArn: { Ref: certId } }],
    });
    template.hasResourceProperties('AWS::ElasticLoadBalancingV2::Listener', {
      Port: 80,
      Protocol: 'HTTP',
      DefaultActions: [
        {
          Type: 'redirect',
          RedirectConfig: Match.objectLike({ Protocol: 'HTTPS', Port: '443', StatusCode: 'HTTP_301' }),
        },
      ],
    });
    template.hasResourceProperties('AWS::WAFv2::WebACLAssociation', { ResourceArn: { Ref: albId } });
  });

  it("targets the endpoint's addresses, resolved at deploy time, with HTTPS health checks accepting its 403", () => {
    const [lookupId, lookup] = one(json, 'Custom::AWS');
    const create = JSON.stringify(lookup.Properties.Update);
    expect(create).toContain('describeNetworkInterfaces');
    expect(create).toContain('NetworkInterfaceIds');
    const [, group] = one(json, 'AWS::ElasticLoadBalancingV2::TargetGroup');
    expect(group.Properties).toMatchObject({
      TargetType: 'ip',
      Port: 443,
      Protocol: 'HTTPS',
      HealthCheckProtocol: 'HTTPS',
      HealthCheckPath: '/',
      Matcher: { HttpCode: ENDPOINT_HEALTHY_CODES },
    });
    expect(group.Properties.Targets).toEqual(
      [0, 1].map((i) => ({
        Id: { 'Fn::GetAtt': [lookupId, `NetworkInterfaces.${i}.PrivateIpAddress`] },
        Port: 443,
      })),
    );
    // Least privilege: the lookup may call DescribeNetworkInterfaces and nothing else.
    const lookupPolicies = Object.values(resourcesOfType(json, 'AWS::IAM::Policy')).filter((p) =>
      JSON.stringify(p.Properties).includes('ec2:DescribeNetworkInterfaces'),
    );
    expect(lookupPolicies).toHaveLength(1);
    expect(
      (lookupPolicies[0]?.Properties.PolicyDocument as { Statement: unknown[] } | undefined)?.Statement,
    ).toEqual([{ Action: 'ec2:DescribeNetworkInterfaces', Effect: 'Allow', Resource: '*' }]);
  });

  it('gives the private API a custom domain mapped under /v1 and associated with the endpoint', () => {
    const [domainId, domain] = one(json, 'AWS::ApiGateway::DomainNameV2');
    expect(domain.Properties).toMatchObject({
      DomainName: DOMAIN,
      EndpointConfiguration: { Types: ['PRIVATE'] },
      SecurityPolicy: 'TLS_1_2',
    });
    expect(JSON.stringify(domain.Properties.Policy)).toContain('aws:SourceVpce');
    const [, mapping] = one(json, 'AWS::ApiGateway::BasePathMappingV2');
    expect(mapping.Properties).toMatchObject({
      BasePath: 'v1',
      DomainNameArn: { 'Fn::GetAtt': [domainId, 'DomainNameArn'] },
    });
    const [, association] = one(json, 'AWS::ApiGateway::DomainNameAccessAssociation');
    expect(association.Properties).toEqual({
      DomainNameArn: { 'Fn::GetAtt': [domainId, 'DomainNameArn'] },
      AccessAssociationSource: { Ref: endpointId },
      AccessAssociationSourceType: 'VPCE',
    });
  });

  it('aliases the domain to the ALB in the given hosted zone, and publishes the domain as the invoke URL', () => {
    template.hasResourceProperties('AWS::Route53::RecordSet', {
      Name: `${DOMAIN}.`,
      Type: 'A',
      HostedZoneId: 'Z0123456789ABCDEFGHIJ',
      AliasTarget: Match.objectLike({ DNSName: Match.anyValue() }),
    });
    expect(json.Resources).not.toHaveProperty(DOMAIN_GUARD_PARAMETER);
    template.hasOutput('InvokeUrl', { Value: `https://${DOMAIN}/v1` });
    expect(synth({ domainName: DOMAIN }).template.findResources('AWS::Route53::RecordSet')).toEqual({});
  });

  it('has no unacknowledged cdk-nag findings; its only open ingress is the public ALB on 443 and 80', () => {
    expect(nagFindings(stack)).toEqual([]);
    const problems = securityProblems(json, [443]);
    expect(
      problems.every((p) =>
        /load balancer is not internal|ingress from 0\.0\.0\.0\/0|ingress on 80-80/.test(p),
      ),
    ).toBe(true);
    expect(problems.filter((p) => p.includes('not internal'))).toEqual([
      `${albId}: load balancer is not internal`,
    ]);
  });

  it('rejects Fargate: the services are Lambda functions behind the private API', () => {
    expect(() => synth({ compute: 'fargate' })).toThrow(/cannot run on fargate.*rest-vpclinkv2-alb/);
  });
});

describe('option 7 without a domain: synthesizes, but cannot be deployed', () => {
  it('synthesizes on the placeholder with a warning and a parameter CloudFormation cannot fill', () => {
    const { stack, template } = synthWithContext({});
    template.hasResourceProperties('AWS::CertificateManager::Certificate', {
      DomainName: PLACEHOLDER_DOMAIN,
    });
    const parameters = template.toJSON().Parameters as Record<string, Record<string, unknown>>;
    expect(parameters[DOMAIN_GUARD_PARAMETER]).toMatchObject({ Type: 'String' });
    expect(parameters[DOMAIN_GUARD_PARAMETER]).not.toHaveProperty('Default');
    Annotations.fromStack(stack).hasWarning('*', Match.stringLikeRegexp(PRIVATE_API_DOMAIN_CONTEXT_KEY));
  });

  it('takes the domain and zone from the context, with no guard and no warning', () => {
    const { stack, template } = synthWithContext({
      [PRIVATE_API_DOMAIN_CONTEXT_KEY]: DOMAIN,
      [PRIVATE_API_HOSTED_ZONE_CONTEXT_KEY]: ZONE,
    });
    template.hasResourceProperties('AWS::CertificateManager::Certificate', { DomainName: DOMAIN });
    expect(template.toJSON().Parameters?.[DOMAIN_GUARD_PARAMETER]).toBeUndefined();
    template.resourceCountIs('AWS::Route53::RecordSet', 1);
    Annotations.fromStack(stack).hasNoWarning('*', Match.stringLikeRegexp(PRIVATE_API_DOMAIN_CONTEXT_KEY));
  });

  it('refuses a malformed domain or zone, naming the context key', () => {
    expect(() => synth({ domainName: 'not a domain' })).toThrow(/pik:private-api-domain must be a DNS name/);
    expect(() => synth({ domainName: 'api.example.invalid' })).toThrow(/pik:private-api-domain/);
    expect(() => synth({ domainName: DOMAIN, hostedZone: 'example.com' })).toThrow(
      /pik:private-api-hosted-zone must be ZONE_ID:zone.name/,
    );
    expect(() => synth({ domainName: DOMAIN, hostedZone: 'Z0123456789:other.org' })).toThrow(
      /api.example.com is not in the zone other.org/,
    );
    expect(() => synth({ hostedZone: ZONE })).toThrow(/needs pik:private-api-domain/);
  });

  it('stops at synth when the account has no interface endpoint left in the VPC quota', () => {
    expect(() => synth({ domainName: DOMAIN, quotaOverrides: { interfaceEndpointsPerVpc: 0 } })).toThrow(
      /Interface VPC endpoints per VPC/,
    );
  });
});
