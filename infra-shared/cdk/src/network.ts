import * as ec2 from 'aws-cdk-lib/aws-ec2';
import type * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { retainedLogGroup } from './logs.js';

/** Address range of every pattern's VPC (a literal, so security group rules stay plain CIDRs). */
export const VPC_CIDR = '10.64.0.0/16';

export interface PikNetworkProps {
  /**
   * Whether Fargate tasks run in the VPC: adds the interface endpoints they need to pull images and ship
   * logs (ECR API, ECR Docker, CloudWatch Logs) and the S3 gateway endpoint for image layers.
   */
  readonly containers: boolean;
  readonly logRetention: logs.RetentionDays;
  /**
   * Public subnets (and the internet gateway they route to) next to the private ones, for an
   * internet-facing load balancer. Nothing else is placed in them. @default false
   */
  readonly publicSubnets?: boolean;
}

/**
 * A VPC over two Availability Zones with private isolated subnets only: no internet gateway, no NAT.
 * DynamoDB is reached through a gateway endpoint (free). Containers reach ECR and CloudWatch Logs through
 * interface endpoints: 3 endpoints x 2 AZs = 6 endpoint-hours per hour (about 0.06 USD/h in us-east-1),
 * instead of NAT gateways (about 0.045 USD/h each plus 0.045 USD/GB processed, and a route to the internet).
 */
export class PikNetwork extends Construct {
  readonly vpc: ec2.Vpc;

  constructor(scope: Construct, id: string, props: PikNetworkProps) {
    super(scope, id);
    this.vpc = new ec2.Vpc(this, 'Vpc', {
      ipAddresses: ec2.IpAddresses.cidr(VPC_CIDR),
      maxAzs: 2,
      natGateways: 0,
      restrictDefaultSecurityGroup: false,
      subnetConfiguration: [
        { name: 'private', subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: 22 },
        ...(props.publicSubnets ? [{ name: 'public', subnetType: ec2.SubnetType.PUBLIC, cidrMask: 24 }] : []),
      ],
      gatewayEndpoints: {
        DynamoDb: { service: ec2.GatewayVpcEndpointAwsService.DYNAMODB },
        ...(props.containers ? { S3: { service: ec2.GatewayVpcEndpointAwsService.S3 } } : {}),
      },
      flowLogs: {
        All: {
          destination: ec2.FlowLogDestination.toCloudWatchLogs(
            retainedLogGroup(this, 'FlowLogs', props.logRetention),
          ),
          trafficType: ec2.FlowLogTrafficType.REJECT,
        },
      },
    });
    if (props.containers) {
      const endpoints: Record<string, ec2.InterfaceVpcEndpointAwsService> = {
        EcrApi: ec2.InterfaceVpcEndpointAwsService.ECR,
        EcrDocker: ec2.InterfaceVpcEndpointAwsService.ECR_DOCKER,
        Logs: ec2.InterfaceVpcEndpointAwsService.CLOUDWATCH_LOGS,
      };
      const endpointSecurityGroup = new ec2.SecurityGroup(this, 'EndpointSecurityGroup', {
        vpc: this.vpc,
        description: 'pik interface endpoints: HTTPS from inside the VPC only',
        allowAllOutbound: false,
      });
      endpointSecurityGroup.addIngressRule(ec2.Peer.ipv4(VPC_CIDR), ec2.Port.tcp(443), 'HTTPS from the VPC');
      for (const [name, service] of Object.entries(endpoints)) {
        this.vpc.addInterfaceEndpoint(name, {
          service,
          privateDnsEnabled: true,
          open: false,
          securityGroups: [endpointSecurityGroup],
        });
      }
    }
  }

  /** The public subnets (`publicSubnets: true`), for an internet-facing load balancer only. */
  get publicSubnets(): ec2.SubnetSelection {
    return { subnetType: ec2.SubnetType.PUBLIC };
  }

  /** The private subnets every load balancer, VPC link and task uses. */
  get privateSubnets(): ec2.SubnetSelection {
    return { subnetType: ec2.SubnetType.PRIVATE_ISOLATED };
  }
}
