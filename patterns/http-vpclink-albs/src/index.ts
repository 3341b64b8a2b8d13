import {
  type PikHttpApi,
  type PikNetwork,
  PikPatternStack,
  type PikPatternStackProps,
  pascalName,
  ServiceAlb,
  type ServiceFleet,
} from '@pik/cdk-constructs';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpAlbIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { Construct } from 'constructs';

export interface HttpApiToAlbsViaVpcLinkProps {
  readonly network: PikNetwork;
  readonly fleet: ServiceFleet;
  readonly api: PikHttpApi;
}

/**
 * Option 1: one VPC link V2 shared by every service; each service has its own internal ALB, and each route
 * integrates with that ALB's listener ARN through the link.
 */
export class HttpApiToAlbsViaVpcLink extends Construct {
  readonly vpcLink: apigwv2.VpcLink;
  readonly linkSecurityGroup: ec2.SecurityGroup;
  readonly albs: ServiceAlb[];

  constructor(scope: Construct, id: string, props: HttpApiToAlbsViaVpcLinkProps) {
    super(scope, id);
    const { vpc } = props.network;
    this.linkSecurityGroup = new ec2.SecurityGroup(this, 'VpcLinkSecurityGroup', {
      vpc,
      description: 'pik VPC link V2: egress only to the service ALB listener ports',
      allowAllOutbound: false,
    });
    this.vpcLink = new apigwv2.VpcLink(this, 'VpcLink', {
      vpc,
      subnets: props.network.privateSubnets,
      securityGroups: [this.linkSecurityGroup],
    });
    this.albs = props.fleet.services.map((service) => {
      const alb = new ServiceAlb(this, pascalName(service.spec.name), {
        vpc,
        subnets: props.network.privateSubnets,
        service,
      });
      alb.allowFrom(this.linkSecurityGroup, `from the VPC link on ${alb.port}`);
      const integration = new HttpAlbIntegration(`${pascalName(service.spec.name)}Alb`, alb.listener, {
        vpcLink: this.vpcLink,
        method: apigwv2.HttpMethod.ANY,
      });
      props.api.addService(service.spec, integration);
      return alb;
    });
  }
}

/** Props of option 1. Compute defaults to Lambda (behind each ALB); Fargate works too. */
export interface HttpVpcLinkAlbsStackProps extends PikPatternStackProps {}

/** Option 1 as a deployable stack: `PikHttpVpcLinkAlbs`. */
export class HttpVpcLinkAlbsStack extends PikPatternStack {
  readonly api: PikHttpApi;
  readonly privateIntegration: HttpApiToAlbsViaVpcLink;

  constructor(scope: Construct, props: HttpVpcLinkAlbsStackProps = {}) {
    super(scope, 'http-vpclink-albs', props, {
      defaultCompute: 'lambda',
      allowedCompute: ['lambda', 'fargate'],
      needsVpc: true,
    });
    this.api = this.createHttpApi();
    this.privateIntegration = new HttpApiToAlbsViaVpcLink(this, 'Private', {
      network: this.vpcNetwork,
      fleet: this.fleet,
      api: this.api,
    });
    this.api.applyRouteThrottles(this.specs);
    this.publishApi(this.api);
  }
}
