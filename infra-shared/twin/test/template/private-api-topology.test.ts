import { describe, expect, it } from 'vitest';
import { endpointFrontAlbs } from '../../src/orchestrator/chain.js';
import { buildTopologies } from '../../src/template/build-topology.js';
import type { AssemblyStack } from '../../src/template/cdk-out.js';

const endpointRef = { Ref: 'Endpoint' };
const domainArn = { 'Fn::GetAtt': ['Domain', 'DomainNameArn'] };

/** The shape of `PikPrivateRestApiAlb`: private API, execute-api endpoint, private domain, public ALB. */
function privateStack(): AssemblyStack {
  const ipLookup = {
    'Fn::Join': [
      '',
      [
        '{"parameters":{"NetworkInterfaceIds":["',
        { 'Fn::Select': [0, { 'Fn::GetAtt': ['Endpoint', 'NetworkInterfaceIds'] }] },
        '"]}}',
      ],
    ],
  };
  const resources: Record<string, { Type: string; Properties?: Record<string, unknown> }> = {
    Api: {
      Type: 'AWS::ApiGateway::RestApi',
      Properties: { Name: 'api', EndpointConfiguration: { Types: ['PRIVATE'] } },
    },
    Stage: { Type: 'AWS::ApiGateway::Stage', Properties: { RestApiId: { Ref: 'Api' }, StageName: 'v1' } },
    Endpoint: {
      Type: 'AWS::EC2::VPCEndpoint',
      Properties: {
        VpcEndpointType: 'Interface',
        ServiceName: 'com.amazonaws.us-east-1.execute-api',
        SubnetIds: ['subnet-a', 'subnet-b'],
        VpcId: 'vpc-1',
      },
    },
    Domain: {
      Type: 'AWS::ApiGateway::DomainNameV2',
      Properties: { DomainName: 'api.example.com', EndpointConfiguration: { Types: ['PRIVATE'] } },
    },
    Mapping: {
      Type: 'AWS::ApiGateway::BasePathMappingV2',
      Properties: {
        DomainNameArn: domainArn,
        RestApiId: { Ref: 'Api' },
        Stage: { Ref: 'Stage' },
        BasePath: 'v1',
      },
    },
    Association: {
      Type: 'AWS::ApiGateway::DomainNameAccessAssociation',
      Properties: {
        DomainNameArn: domainArn,
        AccessAssociationSource: endpointRef,
        AccessAssociationSourceType: 'VPCE',
      },
    },
    Ips: { Type: 'Custom::AWS', Properties: { Create: ipLookup, Update: ipLookup } },
    Alb: { Type: 'AWS::ElasticLoadBalancingV2::LoadBalancer', Properties: { Type: 'application' } },
    Listener: {
      Type: 'AWS::ElasticLoadBalancingV2::Listener',
      Properties: {
        LoadBalancerArn: { Ref: 'Alb' },
        Port: 443,
        DefaultActions: [{ Type: 'forward', TargetGroupArn: { Ref: 'Targets' } }],
      },
    },
    Targets: {
      Type: 'AWS::ElasticLoadBalancingV2::TargetGroup',
      Properties: {
        TargetType: 'ip',
        Port: 443,
        Targets: [{ Id: { 'Fn::GetAtt': ['Ips', 'NetworkInterfaces.0.PrivateIpAddress'] }, Port: 443 }],
      },
    },
  };
  return {
    stackName: 'PrivateStack',
    templatePath: '/nowhere/PrivateStack.template.json',
    template: { Resources: resources },
    patternId: undefined,
    declaredServices: [],
    assets: { files: new Map(), images: new Map() },
  };
}

describe('a private REST API with its execute-api endpoint, private custom domain and public ALB', () => {
  it('reads the endpoint, the domain mapped to the stage with its access association, and the ALB targets', () => {
    const [topology] = buildTopologies(privateStack());
    expect(topology?.privateAccess).toEqual({
      endpoints: [{ id: 'Endpoint', endpointId: 'Endpoint', vpcId: 'vpc-1' }],
      domains: [
        {
          id: 'Domain',
          domainName: 'api.example.com',
          basePath: 'v1',
          apiId: 'Api',
          stage: 'v1',
          endpointIds: ['Endpoint'],
        },
      ],
    });
    expect(topology?.targetGroups[0]?.targets).toMatchObject({
      kind: 'ip',
      executeApiEndpointIds: ['Endpoint'],
    });
    expect(topology && endpointFrontAlbs(topology).map((lb) => lb.id)).toEqual(['Alb']);
    // What the twin runs is not listed as left out; the IP lookup stays listed (it runs at deploy time only).
    const listed = topology?.notEmulated.map((n) => n.logicalId) ?? [];
    expect(listed.filter((id) => ['Endpoint', 'Domain', 'Mapping', 'Association'].includes(id))).toEqual([]);
    expect(listed).toContain('Ips');
    // The lookup's call names one network interface per subnet of the endpoint: nothing left unresolved.
    expect(topology?.resolutionProblems).toEqual([]);
  });
});
