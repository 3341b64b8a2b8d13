import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Fn, Stack } from 'aws-cdk-lib/core';
import * as cr from 'aws-cdk-lib/custom-resources';
import { Construct } from 'constructs';
import { acknowledge } from './nag.js';

/** Id aws-cdk-lib gives the one function behind every `AwsCustomResource` of a stack. */
const AWS_CUSTOM_RESOURCE_PROVIDER = 'AWS679f53fac002430cb0da5b7982bd2287';

const PROVIDER_REASON =
  'The provider function of AwsCustomResource is built by aws-cdk-lib; it runs once per deployment to read ' +
  'the endpoint addresses, with no request traffic.';

/** cdk-nag findings on that function, which this kit does not configure. */
const PROVIDER_FINDINGS: readonly (readonly [string, string])[] = [
  [
    'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
    PROVIDER_REASON,
  ],
  ['Serverless-LambdaDefaultMemorySize', PROVIDER_REASON],
  ['Serverless-LambdaDLQ', PROVIDER_REASON],
  ['Serverless-LambdaTracing', PROVIDER_REASON],
];

export interface ExecuteApiEndpointProps {
  readonly vpc: ec2.IVpc;
  readonly subnets: ec2.SubnetSelection;
}

/**
 * An interface VPC endpoint for `execute-api` in every private subnet's zone, private DNS on, behind its own
 * security group that admits HTTPS only from the peers given to {@link allowFrom} (nothing at first).
 */
export class ExecuteApiEndpoint extends Construct {
  readonly endpoint: ec2.InterfaceVpcEndpoint;
  readonly securityGroup: ec2.SecurityGroup;
  private readonly zones: number;

  constructor(scope: Construct, id: string, props: ExecuteApiEndpointProps) {
    super(scope, id);
    this.securityGroup = new ec2.SecurityGroup(this, 'SecurityGroup', {
      vpc: props.vpc,
      description: 'pik execute-api endpoint: HTTPS only from the load balancer in front',
      allowAllOutbound: false,
    });
    this.endpoint = new ec2.InterfaceVpcEndpoint(this, 'Endpoint', {
      vpc: props.vpc,
      service: ec2.InterfaceVpcEndpointAwsService.APIGATEWAY,
      subnets: props.subnets,
      privateDnsEnabled: true,
      open: false,
      securityGroups: [this.securityGroup],
    });
    this.zones = props.vpc.selectSubnets(props.subnets).availabilityZones.length;
  }

  /** Lets `peer` reach the endpoint on 443, and nothing else. */
  allowFrom(peer: ec2.IConnectable, description: string): void {
    this.securityGroup.connections.allowFrom(peer, ec2.Port.tcp(443), description);
  }

  /**
   * The private IPv4 address of each of the endpoint's network interfaces (one per zone). CloudFormation
   * exposes only `NetworkInterfaceIds`, so the addresses are read at deploy time by an `AwsCustomResource`
   * calling `ec2:DescribeNetworkInterfaces` on those ids.
   */
  privateIps(): string[] {
    const lookup = new cr.AwsCustomResource(this, 'NetworkInterfaceIps', {
      onUpdate: {
        service: 'EC2',
        action: 'describeNetworkInterfaces',
        // One id per zone, each selected from the list: a list token would need a second provider
        // function to be written into the call's JSON.
        parameters: {
          NetworkInterfaceIds: Array.from({ length: this.zones }, (_, i) =>
            Fn.select(i, this.endpoint.vpcEndpointNetworkInterfaceIds),
          ),
        },
        physicalResourceId: cr.PhysicalResourceId.of(this.endpoint.vpcEndpointId),
        outputPaths: Array.from({ length: this.zones }, (_, i) => `NetworkInterfaces.${i}.PrivateIpAddress`),
      },
      // DescribeNetworkInterfaces supports no resource-level permissions: `*` is the narrowest it takes.
      policy: cr.AwsCustomResourcePolicy.fromStatements([
        new iam.PolicyStatement({ actions: ['ec2:DescribeNetworkInterfaces'], resources: ['*'] }),
      ]),
      installLatestAwsSdk: false,
    });
    acknowledge(
      lookup,
      'AwsSolutions-IAM5[Resource::*]',
      'ec2:DescribeNetworkInterfaces supports no resource-level permissions; the function calls only it.',
    );
    const provider = Stack.of(this).node.tryFindChild(AWS_CUSTOM_RESOURCE_PROVIDER);
    if (provider) {
      for (const [id, reason] of PROVIDER_FINDINGS) acknowledge(provider, id, reason);
    }
    return Array.from({ length: this.zones }, (_, i) =>
      lookup.getResponseField(`NetworkInterfaces.${i}.PrivateIpAddress`),
    );
  }
}
