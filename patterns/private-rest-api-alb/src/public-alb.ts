import { acknowledge, type ExecuteApiEndpoint, StageWebAcl } from '@pik/cdk-constructs';
import type * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as targets from 'aws-cdk-lib/aws-elasticloadbalancingv2-targets';
import { Duration } from 'aws-cdk-lib/core';
import { Construct } from 'constructs';

/**
 * Status codes that mark the endpoint healthy. The ALB's health checks carry no API host, and the
 * execute-api endpoint answers such a request with 403 (AWS Networking & Content Delivery blog, "Accessing an
 * AWS API Gateway via static IP addresses provided by AWS Global Accelerator": "API Gateway will respond with
 * the 403 code (access forbidden), as ALB will not be providing the correct domain name and stage URL during
 * the health check probes"); an endpoint that does not answer at all still fails.
 */
export const ENDPOINT_HEALTHY_CODES = '200,403';

export interface PublicAlbToEndpointProps {
  readonly vpc: ec2.IVpc;
  /** Public subnets: the ALB is internet-facing. */
  readonly subnets: ec2.SubnetSelection;
  readonly endpoint: ExecuteApiEndpoint;
  readonly certificate: acm.ICertificate;
  /** Prefix of the web ACL's CloudWatch metric names. */
  readonly metricPrefix: string;
}

/**
 * The internet-facing ALB in front of the execute-api endpoint: HTTPS on 443 with the domain's certificate,
 * HTTP on 80 redirected to HTTPS, a WAF web ACL, and one IP target group over HTTPS whose targets are the
 * endpoint's private addresses (resolved at deploy time).
 */
export class PublicAlbToEndpoint extends Construct {
  readonly loadBalancer: elbv2.ApplicationLoadBalancer;
  readonly listener: elbv2.ApplicationListener;
  readonly targetGroup: elbv2.ApplicationTargetGroup;
  readonly webAcl: StageWebAcl;

  constructor(scope: Construct, id: string, props: PublicAlbToEndpointProps) {
    super(scope, id);
    const securityGroup = new ec2.SecurityGroup(this, 'SecurityGroup', {
      vpc: props.vpc,
      description: 'pik public ALB: HTTPS (and HTTP, redirected) from the internet; out only to the endpoint',
      allowAllOutbound: false,
    });
    this.loadBalancer = new elbv2.ApplicationLoadBalancer(this, 'Alb', {
      vpc: props.vpc,
      vpcSubnets: props.subnets,
      internetFacing: true,
      securityGroup,
      dropInvalidHeaderFields: true,
    });
    this.targetGroup = new elbv2.ApplicationTargetGroup(this, 'EndpointTargets', {
      vpc: props.vpc,
      targetType: elbv2.TargetType.IP,
      port: 443,
      protocol: elbv2.ApplicationProtocol.HTTPS,
      targets: props.endpoint.privateIps().map((ip) => new targets.IpTarget(ip, 443)),
      healthCheck: {
        enabled: true,
        protocol: elbv2.Protocol.HTTPS,
        path: '/',
        healthyHttpCodes: ENDPOINT_HEALTHY_CODES,
        interval: Duration.seconds(15),
        healthyThresholdCount: 2,
        unhealthyThresholdCount: 2,
      },
      deregistrationDelay: Duration.seconds(10),
    });
    this.listener = this.loadBalancer.addListener('Https', {
      port: 443,
      protocol: elbv2.ApplicationProtocol.HTTPS,
      certificates: [props.certificate],
      sslPolicy: elbv2.SslPolicy.RECOMMENDED_TLS,
      open: true,
      defaultTargetGroups: [this.targetGroup],
    });
    this.loadBalancer.addRedirect({ sourcePort: 80, targetPort: 443 });
    props.endpoint.allowFrom(securityGroup, 'HTTPS from the public ALB');
    // The web ACL construct associates with any regional resource ARN; here the ALB's.
    this.webAcl = new StageWebAcl(this, 'Waf', {
      stageArn: this.loadBalancer.loadBalancerArn,
      metricPrefix: props.metricPrefix,
    });
    acknowledge(
      this.loadBalancer,
      'AwsSolutions-ELB2',
      'The private API behind the ALB logs every request as JSON (stage access logs); ALB access logs would add an S3 bucket for the same requests.',
    );
    acknowledge(
      securityGroup,
      'AwsSolutions-EC23',
      'The internet-facing ALB of this pattern: 443 (and 80, redirected to 443) from anywhere is its purpose; WAF filters the requests.',
    );
  }
}
