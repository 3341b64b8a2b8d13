import {
  backendUrl,
  type PikNetwork,
  PikPatternStack,
  type PikPatternStackProps,
  type PikRestApi,
  pascalName,
  proxyPathParameters,
  REST_STAGE_NAME,
  ServiceAlb,
  type ServiceFleet,
} from '@pik/cdk-constructs';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { Construct } from 'constructs';

/** Priority of the ALB listener rule that removes the stage from the path (the only rule). */
const STAGE_REWRITE_PRIORITY = 10;

export interface RestApiToAlbsViaVpcLinkV2Props {
  readonly network: PikNetwork;
  readonly fleet: ServiceFleet;
  readonly api: PikRestApi;
}

/**
 * Option 5: one VPC link V2 (AWS::ApiGatewayV2::VpcLink) used by REST methods; each method's integration
 * names the service's ALB in `IntegrationTarget` and the link in `ConnectionId`. aws-cdk-lib 2.276 has no
 * L2 for this integration, so both properties are written on the L1 method.
 */
export class RestApiToAlbsViaVpcLinkV2 extends Construct {
  readonly vpcLink: apigwv2.VpcLink;
  readonly linkSecurityGroup: ec2.SecurityGroup;
  readonly albs: ServiceAlb[];

  constructor(scope: Construct, id: string, props: RestApiToAlbsViaVpcLinkV2Props) {
    super(scope, id);
    const { vpc } = props.network;
    const subnets = props.network.privateSubnets;
    this.linkSecurityGroup = new ec2.SecurityGroup(this, 'VpcLinkSecurityGroup', {
      vpc,
      description: 'pik VPC link V2: egress only to the service ALB listener ports',
      allowAllOutbound: false,
    });
    this.vpcLink = new apigwv2.VpcLink(this, 'VpcLink', {
      vpc,
      subnets,
      securityGroups: [this.linkSecurityGroup],
    });
    this.albs = props.fleet.services.map((service) => {
      const alb = new ServiceAlb(this, pascalName(service.spec.name), { vpc, subnets, service });
      alb.allowFrom(this.linkSecurityGroup, `from the VPC link on ${alb.port}`);
      // AWS's REST guide says a private integration's backend request includes the stage; whether that
      // applies to V2 integrations with a URI path is not settled (README, "The stage in the backend
      // path"). The ALB drops a leading /v1 so the service sees /orders/... either way.
      alb.stripPathSegment(REST_STAGE_NAME, STAGE_REWRITE_PRIORITY);
      const host = alb.loadBalancer.loadBalancerDnsName;
      const methods = props.api.addService(
        service.spec,
        (spec, proxy) =>
          new apigw.Integration({
            type: apigw.IntegrationType.HTTP_PROXY,
            integrationHttpMethod: 'ANY',
            uri: backendUrl(host, spec, proxy),
            options: { requestParameters: proxyPathParameters(proxy) },
          }),
        { streaming: true },
      );
      for (const method of methods.all) {
        props.api.linkV2(method, service.spec.name, this.vpcLink.vpcLinkId, alb.loadBalancer.loadBalancerArn);
      }
      // The overrides are invisible to the deployment's change detection; add them to its hash.
      props.api.api.latestDeployment?.addToLogicalId({
        service: service.spec.name,
        vpcLink: this.vpcLink.vpcLinkId,
        target: alb.loadBalancer.loadBalancerArn,
      });
      return alb;
    });
  }
}

/** Props of option 5. Compute defaults to Lambda (behind each ALB); Fargate works too. */
export interface RestVpcLinkV2AlbStackProps extends PikPatternStackProps {}

/** Option 5 as a deployable stack: `PikRestVpcLinkV2Alb`. */
export class RestVpcLinkV2AlbStack extends PikPatternStack {
  readonly api: PikRestApi;
  readonly privateIntegration: RestApiToAlbsViaVpcLinkV2;

  constructor(scope: Construct, props: RestVpcLinkV2AlbStackProps = {}) {
    super(scope, 'rest-vpclinkv2-alb', props, {
      defaultCompute: 'lambda',
      allowedCompute: ['lambda', 'fargate'],
      needsVpc: true,
    });
    this.api = this.createRestApi();
    this.privateIntegration = new RestApiToAlbsViaVpcLinkV2(this, 'Private', {
      network: this.vpcNetwork,
      fleet: this.fleet,
      api: this.api,
    });
    this.publishApi(this.api);
  }
}
