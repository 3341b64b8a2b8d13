import {
  InternalNlb,
  type PikNetwork,
  PikPatternStack,
  type PikPatternStackProps,
  type PikRestApi,
  pascalName,
  ServiceAlb,
  type ServiceFleet,
  vpcLinkV1Integration,
} from '@pik/cdk-constructs';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import { Construct } from 'constructs';

export interface RestApiToAlbsViaNlbProps {
  readonly network: PikNetwork;
  readonly fleet: ServiceFleet;
  readonly api: PikRestApi;
}

/**
 * Option 4: one VPC link V1 to one internal NLB; per service a TCP listener whose target group is of type
 * `alb`, pointing at that service's internal ALB listener on the same port.
 */
export class RestApiToAlbsViaNlb extends Construct {
  readonly nlb: InternalNlb;
  readonly vpcLink: apigw.VpcLink;
  readonly albs: ServiceAlb[];

  constructor(scope: Construct, id: string, props: RestApiToAlbsViaNlbProps) {
    super(scope, id);
    const { vpc } = props.network;
    const subnets = props.network.privateSubnets;
    this.nlb = new InternalNlb(this, 'Nlb', { vpc, subnets, crossZone: false });
    this.vpcLink = new apigw.VpcLink(this, 'VpcLink', {
      description: 'pik: REST API to the NLB in front of the service ALBs',
      targets: [this.nlb.loadBalancer],
    });
    const host = this.nlb.loadBalancer.loadBalancerDnsName;
    this.albs = props.fleet.services.map((service) => {
      const alb = new ServiceAlb(this, pascalName(service.spec.name), { vpc, subnets, service });
      this.nlb.addAlb(service.spec.name, alb);
      props.api.addService(
        service.spec,
        (spec, proxy) => vpcLinkV1Integration(this.vpcLink, host, spec, proxy),
        { streaming: true },
      );
      return alb;
    });
  }
}

/** Props of option 4. Compute defaults to Lambda (behind each ALB); Fargate works too. */
export interface RestVpcLinkNlbToAlbStackProps extends PikPatternStackProps {}

/** Option 4 as a deployable stack: `PikRestVpcLinkNlbToAlb`. */
export class RestVpcLinkNlbToAlbStack extends PikPatternStack {
  readonly api: PikRestApi;
  readonly privateIntegration: RestApiToAlbsViaNlb;

  constructor(scope: Construct, props: RestVpcLinkNlbToAlbStackProps = {}) {
    super(scope, 'rest-vpclink-nlb-to-alb', props, {
      defaultCompute: 'lambda',
      allowedCompute: ['lambda', 'fargate'],
      needsVpc: true,
      nlbCrossZone: false,
    });
    this.api = this.createRestApi();
    this.privateIntegration = new RestApiToAlbsViaNlb(this, 'Private', {
      network: this.vpcNetwork,
      fleet: this.fleet,
      api: this.api,
    });
    this.publishApi(this.api);
  }
}
