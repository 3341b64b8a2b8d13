/**
 * A custom domain's routing mode decides what routes: AWS keeps rules under "mappings only" (and mappings
 * under "rules only") without using them. The twin does the same and names what it leaves unused.
 */
import { describe, expect, it } from 'vitest';
import { buildTopologies } from '../../src/template/build-topology.js';
import type { AssemblyStack } from '../../src/template/cdk-out.js';

/** One REST API on a domain with one base path mapping and one routing rule, in the given mode. */
function stackWith(routingMode: string | undefined): AssemblyStack {
  const invoke = { ApiId: { Ref: 'Api' }, Stage: 'v1' };
  return {
    stackName: 'DomainStack',
    templatePath: '/nowhere/DomainStack.template.json',
    template: {
      Resources: {
        Api: { Type: 'AWS::ApiGateway::RestApi', Properties: { Name: 'api' } },
        Stage: { Type: 'AWS::ApiGateway::Stage', Properties: { RestApiId: { Ref: 'Api' }, StageName: 'v1' } },
        Domain: {
          Type: 'AWS::ApiGateway::DomainName',
          Properties: {
            DomainName: 'api.example.com',
            EndpointConfiguration: { Types: ['REGIONAL'] },
            ...(routingMode ? { RoutingMode: routingMode } : {}),
          },
        },
        Mapping: {
          Type: 'AWS::ApiGateway::BasePathMapping',
          Properties: {
            DomainName: { Ref: 'Domain' },
            RestApiId: { Ref: 'Api' },
            Stage: 'v1',
            BasePath: 'orders',
          },
        },
        Rule: {
          Type: 'AWS::ApiGatewayV2::RoutingRule',
          Properties: {
            DomainNameArn: { 'Fn::GetAtt': ['Domain', 'DomainNameArn'] },
            Priority: 10,
            Conditions: [{ MatchBasePaths: { AnyOf: ['beta'] } }],
            Actions: [{ InvokeApi: invoke }],
          },
        },
      },
    },
    patternId: undefined,
    declaredServices: [],
    assets: { files: new Map(), images: new Map() },
  };
}

function domainOf(routingMode: string | undefined) {
  const [topology] = buildTopologies(stackWith(routingMode));
  const [domain] = topology?.customDomains ?? [];
  if (!domain) throw new Error('no custom domain read');
  return domain;
}

describe('custom domain routing mode from a template', () => {
  it('without a routing mode (mappings only) keeps the rule unused and names it', () => {
    const domain = domainOf(undefined);
    expect([domain.routingMode, domain.mappings.map((m) => m.id), domain.rules, domain.unused]).toEqual([
      'mappings-only',
      ['Mapping'],
      [],
      ['Rule'],
    ]);
  });

  it('rules only keeps the mapping unused and names it', () => {
    const domain = domainOf('ROUTING_RULE_ONLY');
    expect([domain.mappings, domain.rules.map((r) => r.id), domain.unused]).toEqual([
      [],
      ['Rule'],
      ['Mapping'],
    ]);
  });

  it('rules then mappings uses both and leaves nothing unused', () => {
    const domain = domainOf('ROUTING_RULE_THEN_BASE_PATH_MAPPING');
    expect([domain.mappings.length, domain.rules.length, domain.unused]).toEqual([1, 1, []]);
  });
});
