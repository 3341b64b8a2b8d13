import { HEALTH_PATHS } from '@pik/service-kit/catalogue';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as targets from 'aws-cdk-lib/aws-elasticloadbalancingv2-targets';
import { Duration } from 'aws-cdk-lib/core';
import { Construct } from 'constructs';
import { markService } from './metadata.js';
import { acknowledge } from './nag.js';
import type { DeployedService } from './service-fleet.js';

const LB_ACCESS_LOG_REASON =
  'Requests are logged as JSON by the API Gateway stage in front, the only way in; load balancer access ' +
  'logs would add an S3 bucket per stack for the same requests.';

/** Health check every target group runs against the service's readiness path. */
function readinessCheck(port: number, protocol: elbv2.Protocol): elbv2.HealthCheck {
  return {
    enabled: true,
    protocol,
    path: HEALTH_PATHS.ready,
    port: String(port),
    interval: Duration.seconds(10),
    healthyThresholdCount: 2,
    unhealthyThresholdCount: 2,
  };
}

export interface ServiceAlbProps {
  readonly vpc: ec2.IVpc;
  readonly subnets: ec2.SubnetSelection;
  readonly service: DeployedService;
}

/** An internal ALB for one service: one HTTP listener on the service port, forwarding to its function or tasks. */
export class ServiceAlb extends Construct {
  readonly loadBalancer: elbv2.ApplicationLoadBalancer;
  readonly listener: elbv2.ApplicationListener;
  readonly targetGroup: elbv2.ApplicationTargetGroup;
  readonly port: number;
  private readonly basePath: string;

  constructor(scope: Construct, id: string, props: ServiceAlbProps) {
    super(scope, id);
    const { spec } = props.service;
    this.port = spec.port;
    this.basePath = spec.basePath;
    const securityGroup = new ec2.SecurityGroup(this, 'SecurityGroup', {
      vpc: props.vpc,
      description: `pik ${spec.name} ALB: ingress only from the link or NLB in front, on ${spec.port}`,
      allowAllOutbound: false,
    });
    this.loadBalancer = new elbv2.ApplicationLoadBalancer(this, 'Alb', {
      vpc: props.vpc,
      vpcSubnets: props.subnets,
      internetFacing: false,
      securityGroup,
      dropInvalidHeaderFields: true,
    });
    this.listener = this.loadBalancer.addListener('Listener', {
      port: spec.port,
      protocol: elbv2.ApplicationProtocol.HTTP,
      open: false,
    });
    if (props.service.lambda) {
      this.targetGroup = new elbv2.ApplicationTargetGroup(this, 'Targets', {
        targetType: elbv2.TargetType.LAMBDA,
        targets: [new targets.LambdaTarget(props.service.lambda.function)],
      });
    } else if (props.service.fargate) {
      this.targetGroup = new elbv2.ApplicationTargetGroup(this, 'Targets', {
        vpc: props.vpc,
        targetType: elbv2.TargetType.IP,
        port: spec.port,
        protocol: elbv2.ApplicationProtocol.HTTP,
        targets: [props.service.fargate.loadBalancerTarget()],
        healthCheck: readinessCheck(spec.port, elbv2.Protocol.HTTP),
        deregistrationDelay: Duration.seconds(10),
      });
    } else {
      throw new Error(`service ${spec.name} has no compute`);
    }
    this.listener.addTargetGroups('Forward', { targetGroups: [this.targetGroup] });
    markService(this.loadBalancer, spec.name);
    markService(this.listener, spec.name);
    markService(this.targetGroup, spec.name);
    acknowledge(this.loadBalancer, 'AwsSolutions-ELB2', LB_ACCESS_LOG_REASON);
  }

  /**
   * Removes a leading `/<segment>` from request paths before they reach the targets, for a front that may
   * put one there (a REST stage through a VPC link V2): a listener rule on `/<segment>/*` forwarding to the
   * same targets with a `url-rewrite` transform (ALB allows no transform on the default action). Paths
   * without the segment go on as they are. Throws when the service's own paths start with the segment.
   */
  stripPathSegment(segment: string, priority: number): elbv2.CfnListenerRule {
    const prefix = `/${segment}`;
    if (this.basePath === prefix || this.basePath.startsWith(`${prefix}/`)) {
      throw new Error(`service path ${this.basePath} starts with ${prefix}: the rewrite would change it`);
    }
    return new elbv2.CfnListenerRule(this, 'StripPathSegment', {
      listenerArn: this.listener.listenerArn,
      priority,
      conditions: [{ field: 'path-pattern', pathPatternConfig: { values: [`${prefix}/*`] } }],
      actions: [{ type: 'forward', targetGroupArn: this.targetGroup.targetGroupArn }],
      transforms: [
        {
          type: 'url-rewrite',
          urlRewriteConfig: { rewrites: [{ regex: `^${prefix}/(.*)$`, replace: '/$1' }] },
        },
      ],
    });
  }

  /** Lets `peer` (a VPC link or an NLB) reach this ALB on its listener port, and nothing else. */
  allowFrom(peer: ec2.IConnectable, description: string): void {
    this.loadBalancer.connections.allowFrom(peer, ec2.Port.tcp(this.port), description);
  }
}

export interface InternalNlbProps {
  readonly vpc: ec2.IVpc;
  readonly subnets: ec2.SubnetSelection;
  /** Set when the NLB belongs to one service (option 2). */
  readonly service?: string;
  /** Cross-zone load balancing (an ALB target then counts 100 instead of 50 targets). @default false */
  readonly crossZone?: boolean;
}

/**
 * An internal NLB for a VPC link V1. It has a security group so targets can admit it by reference; that
 * group has no inbound rules and inbound rules are not enforced on PrivateLink traffic, so the VPC link is
 * the only way in.
 */
export class InternalNlb extends Construct implements ec2.IConnectable {
  readonly loadBalancer: elbv2.NetworkLoadBalancer;
  readonly listeners: elbv2.NetworkListener[] = [];
  readonly targetGroups: elbv2.NetworkTargetGroup[] = [];
  private readonly vpc: ec2.IVpc;

  constructor(scope: Construct, id: string, props: InternalNlbProps) {
    super(scope, id);
    this.vpc = props.vpc;
    const securityGroup = new ec2.SecurityGroup(this, 'SecurityGroup', {
      vpc: props.vpc,
      description: 'pik NLB behind a VPC link V1: no inbound rules (PrivateLink traffic only)',
      allowAllOutbound: false,
    });
    this.loadBalancer = new elbv2.NetworkLoadBalancer(this, 'Nlb', {
      vpc: props.vpc,
      vpcSubnets: props.subnets,
      internetFacing: false,
      securityGroups: [securityGroup],
      enforceSecurityGroupInboundRulesOnPrivateLinkTraffic: false,
      crossZoneEnabled: props.crossZone ?? false,
    });
    if (props.service) markService(this.loadBalancer, props.service);
    acknowledge(this.loadBalancer, 'AwsSolutions-ELB2', LB_ACCESS_LOG_REASON);
  }

  get connections(): ec2.Connections {
    return this.loadBalancer.connections;
  }

  /** A TCP listener on the service port forwarding to the service's Fargate tasks. */
  addFargateService(service: DeployedService): elbv2.NetworkListener {
    const { spec, fargate } = service;
    if (!fargate) {
      throw new Error(
        `service ${spec.name} runs on Lambda, but an NLB cannot target a Lambda function; ` +
          'use Fargate here, or a pattern with an ALB in front (http-vpclink-albs, rest-vpclink-nlb-to-alb, rest-vpclinkv2-alb)',
      );
    }
    const group = new elbv2.NetworkTargetGroup(this, `${spec.name}Targets`, {
      vpc: this.vpc,
      targetType: elbv2.TargetType.IP,
      port: spec.port,
      protocol: elbv2.Protocol.TCP,
      targets: [fargate.loadBalancerTarget()],
      healthCheck: readinessCheck(spec.port, elbv2.Protocol.HTTP),
      deregistrationDelay: Duration.seconds(10),
    });
    fargate.connections.allowFrom(this, ec2.Port.tcp(spec.port), `from the NLB on ${spec.port}`);
    return this.addListenerTo(spec.name, spec.port, group);
  }

  /** A TCP listener on the ALB's port forwarding to a target group of type `alb` (option 4). */
  addAlb(service: string, alb: ServiceAlb): elbv2.NetworkListener {
    const group = new elbv2.NetworkTargetGroup(this, `${service}AlbTarget`, {
      vpc: this.vpc,
      targetType: elbv2.TargetType.ALB,
      port: alb.port,
      protocol: elbv2.Protocol.TCP,
      targets: [new targets.AlbListenerTarget(alb.listener)],
      healthCheck: {
        enabled: true,
        protocol: elbv2.Protocol.HTTP,
        path: HEALTH_PATHS.live,
        port: String(alb.port),
        interval: Duration.seconds(30),
      },
    });
    // The NLB health-checks the ALB itself. Answer that path at the ALB, so the checks (every 30 s from each
    // NLB node) never invoke the service behind it: no Lambda invocations to pay for, and no environment
    // kept warm between the cold starts a benchmark forces.
    alb.listener.addAction('NlbHealthCheck', {
      priority: 1,
      conditions: [elbv2.ListenerCondition.pathPatterns([HEALTH_PATHS.live])],
      action: elbv2.ListenerAction.fixedResponse(200, {
        contentType: 'application/json',
        messageBody: '{"status":"ok","answeredBy":"alb"}',
      }),
    });
    alb.allowFrom(this, `from the NLB on ${alb.port}`);
    return this.addListenerTo(service, alb.port, group);
  }

  private addListenerTo(
    service: string,
    port: number,
    group: elbv2.NetworkTargetGroup,
  ): elbv2.NetworkListener {
    const listener = this.loadBalancer.addListener(`${service}Listener`, {
      port,
      protocol: elbv2.Protocol.TCP,
      defaultTargetGroups: [group],
    });
    markService(group, service);
    markService(listener, service);
    this.listeners.push(listener);
    this.targetGroups.push(group);
    return listener;
  }
}
