import {
  InternalNlb,
  markService,
  type PikNetwork,
  PikPatternStack,
  type PikPatternStackProps,
  type PikRestApi,
  pascalName,
  type ServiceFleet,
  vpcLinkV1Integration,
} from '@pik/cdk-constructs';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import { Construct } from 'constructs';

export interface RestApiToNlbPerServiceProps {
  readonly network: PikNetwork;
  readonly fleet: ServiceFleet;
  readonly api: PikRestApi;
}

/** Option 2: each service has its own internal NLB and its own VPC link V1 to it. */
export class RestApiToNlbPerService extends Construct {
  readonly nlbs: InternalNlb[] = [];
  readonly vpcLinks: apigw.VpcLink[] = [];

  constructor(scope: Construct, id: string, props: RestApiToNlbPerServiceProps) {
    super(scope, id);
    for (const service of props.fleet.services) {
      const name = pascalName(service.spec.name);
      const nlb = new InternalNlb(this, `${name}Nlb`, {
        vpc: props.network.vpc,
        subnets: props.network.privateSubnets,
        service: service.spec.name,
      });
      nlb.addFargateService(service);
      const vpcLink = new apigw.VpcLink(this, `${name}VpcLink`, {
        description: `pik ${service.spec.name}: REST API to its own NLB`,
        targets: [nlb.loadBalancer],
      });
      markService(vpcLink, service.spec.name);
      props.api.addService(
        service.spec,
        (spec, proxy) => vpcLinkV1Integration(vpcLink, nlb.loadBalancer.loadBalancerDnsName, spec, proxy),
        { streaming: true },
      );
      this.nlbs.push(nlb);
      this.vpcLinks.push(vpcLink);
    }
  }
}

/** Props of option 2. Compute is always Fargate: an NLB cannot target a Lambda function. */
export interface RestVpcLinkPerNlbStackProps extends PikPatternStackProps {}

/** Option 2 as a deployable stack: `PikRestVpcLinkPerNlb`. */
export class RestVpcLinkPerNlbStack extends PikPatternStack {
  readonly api: PikRestApi;

  constructor(scope: Construct, props: RestVpcLinkPerNlbStackProps = {}) {
    super(scope, 'rest-vpclink-per-nlb', props, {
      defaultCompute: 'fargate',
      allowedCompute: ['fargate'],
      computeReason:
        'an NLB cannot target a Lambda function; for Lambda pick rest-vpclink-nlb-to-alb, rest-vpclinkv2-alb or http-vpclink-albs',
      needsVpc: true,
    });
    this.api = this.createRestApi();
    new RestApiToNlbPerService(this, 'Private', {
      network: this.vpcNetwork,
      fleet: this.fleet,
      api: this.api,
    });
    this.publishApi(this.api);
  }
}
