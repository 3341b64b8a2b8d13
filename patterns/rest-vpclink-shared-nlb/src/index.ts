import {
  InternalNlb,
  type PikNetwork,
  PikPatternStack,
  type PikPatternStackProps,
  type PikRestApi,
  type ServiceFleet,
  vpcLinkV1Integration,
} from '@pik/cdk-constructs';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import { Construct } from 'constructs';

export interface RestApiToSharedNlbProps {
  readonly network: PikNetwork;
  readonly fleet: ServiceFleet;
  readonly api: PikRestApi;
}

/**
 * Option 3: one VPC link V1 to one shared internal NLB with a TCP listener per service port; each
 * integration URI carries its service's port, which selects the listener.
 */
export class RestApiToSharedNlb extends Construct {
  readonly nlb: InternalNlb;
  readonly vpcLink: apigw.VpcLink;

  constructor(scope: Construct, id: string, props: RestApiToSharedNlbProps) {
    super(scope, id);
    this.nlb = new InternalNlb(this, 'SharedNlb', {
      vpc: props.network.vpc,
      subnets: props.network.privateSubnets,
    });
    this.vpcLink = new apigw.VpcLink(this, 'VpcLink', {
      description: 'pik: REST API to the shared NLB (one listener per service port)',
      targets: [this.nlb.loadBalancer],
    });
    const host = this.nlb.loadBalancer.loadBalancerDnsName;
    for (const service of props.fleet.services) {
      this.nlb.addFargateService(service);
      props.api.addService(
        service.spec,
        (spec, proxy) => vpcLinkV1Integration(this.vpcLink, host, spec, proxy),
        { streaming: true },
      );
    }
  }
}

/** Props of option 3. Compute is always Fargate: an NLB cannot target a Lambda function. */
export interface RestVpcLinkSharedNlbStackProps extends PikPatternStackProps {}

/** Option 3 as a deployable stack: `PikRestVpcLinkSharedNlb`. */
export class RestVpcLinkSharedNlbStack extends PikPatternStack {
  readonly api: PikRestApi;
  readonly privateIntegration: RestApiToSharedNlb;

  constructor(scope: Construct, props: RestVpcLinkSharedNlbStackProps = {}) {
    super(scope, 'rest-vpclink-shared-nlb', props, {
      defaultCompute: 'fargate',
      allowedCompute: ['fargate'],
      computeReason:
        'an NLB cannot target a Lambda function; for Lambda pick rest-vpclink-nlb-to-alb, rest-vpclinkv2-alb or http-vpclink-albs',
      needsVpc: true,
    });
    this.api = this.createRestApi();
    this.privateIntegration = new RestApiToSharedNlb(this, 'Private', {
      network: this.vpcNetwork,
      fleet: this.fleet,
      api: this.api,
    });
    this.publishApi(this.api);
  }
}
