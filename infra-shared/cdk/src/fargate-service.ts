import { HEALTH_PATHS } from '@pik/service-kit/catalogue';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as ecrAssets from 'aws-cdk-lib/aws-ecr-assets';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import type * as logs from 'aws-cdk-lib/aws-logs';
import { Duration } from 'aws-cdk-lib/core';
import { Construct } from 'constructs';
import { retainedLogGroup } from './logs.js';
import { markService } from './metadata.js';
import { acknowledge } from './nag.js';
import { containerContextDir } from './repo.js';
import { serviceEnvironment } from './service-env.js';
import type { ServiceSpec } from './service-specs.js';
import type { ServiceTable } from './service-table.js';

export interface FargateServiceProps {
  readonly spec: ServiceSpec;
  readonly table: ServiceTable;
  readonly cluster: ecs.ICluster;
  readonly subnets: ec2.SubnetSelection;
  readonly repoRoot: string;
  readonly logRetention: logs.RetentionDays;
  /** @default 1 */
  readonly desiredCount?: number;
}

/** Task size every service shares (Graviton). */
export const FARGATE_DEFAULTS = { cpu: 256, memoryLimitMiB: 512, desiredCount: 1 } as const;

/** Metadata key on the task definition naming the staged container build context (`asset.<hash>`). */
export const IMAGE_ASSET_METADATA_KEY = 'pik:image-asset';

/** One service as a Fargate service (its Dockerfile), listening on the service's port. */
export class FargateService extends Construct implements ec2.IConnectable {
  readonly service: ecs.FargateService;
  readonly taskDefinition: ecs.FargateTaskDefinition;
  readonly container: ecs.ContainerDefinition;
  readonly logGroup: logs.LogGroup;
  readonly securityGroup: ec2.SecurityGroup;

  constructor(scope: Construct, id: string, props: FargateServiceProps) {
    super(scope, id);
    const { spec } = props;
    this.logGroup = retainedLogGroup(this, 'Logs', props.logRetention);
    const image = new ecrAssets.DockerImageAsset(this, 'Image', {
      directory: containerContextDir(props.repoRoot, spec.bundle),
      platform: ecrAssets.Platform.LINUX_ARM64,
      exclude: ['node_modules', '.turbo', 'coverage'],
    });
    this.taskDefinition = new ecs.FargateTaskDefinition(this, 'Task', {
      cpu: FARGATE_DEFAULTS.cpu,
      memoryLimitMiB: FARGATE_DEFAULTS.memoryLimitMiB,
      runtimePlatform: {
        cpuArchitecture: ecs.CpuArchitecture.ARM64,
        operatingSystemFamily: ecs.OperatingSystemFamily.LINUX,
      },
    });
    this.container = this.taskDefinition.addContainer('Server', {
      image: ecs.ContainerImage.fromDockerImageAsset(image),
      environment: {
        ...serviceEnvironment(spec, props.table.table.tableName),
        PORT: String(spec.port),
        HOST: '0.0.0.0',
      },
      portMappings: [{ containerPort: spec.port, protocol: ecs.Protocol.TCP }],
      logging: ecs.LogDrivers.awsLogs({ streamPrefix: spec.name, logGroup: this.logGroup }),
      readonlyRootFilesystem: true,
    });
    props.table.grantData(this.taskDefinition.taskRole);

    this.securityGroup = new ec2.SecurityGroup(this, 'TasksSecurityGroup', {
      vpc: props.cluster.vpc,
      description: `pik ${spec.name} tasks: ingress only from its load balancer on ${spec.port}`,
      allowAllOutbound: false,
    });
    // Image pulls, logs and DynamoDB all go over HTTPS to VPC endpoints; there is no route to the internet.
    this.securityGroup.addEgressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(443), 'HTTPS to VPC endpoints');

    this.service = new ecs.FargateService(this, 'Service', {
      cluster: props.cluster,
      taskDefinition: this.taskDefinition,
      desiredCount: props.desiredCount ?? FARGATE_DEFAULTS.desiredCount,
      minHealthyPercent: 100,
      maxHealthyPercent: 200,
      assignPublicIp: false,
      vpcSubnets: props.subnets,
      securityGroups: [this.securityGroup],
      circuitBreaker: { rollback: true },
      healthCheckGracePeriod: Duration.seconds(30),
    });
    markService(this.taskDefinition, spec.name, spec.bundle);
    (this.taskDefinition.node.defaultChild as ecs.CfnTaskDefinition).addMetadata(
      IMAGE_ASSET_METADATA_KEY,
      `asset.${image.assetHash}`,
    );
    markService(this.service, spec.name);
    markService(this.logGroup, spec.name);

    acknowledge(
      this.taskDefinition,
      'AwsSolutions-ECS2',
      'The environment holds only non-secret configuration (service name, table name, port).',
    );
    const execPolicy = this.taskDefinition.executionRole?.node.tryFindChild('DefaultPolicy');
    if (execPolicy) {
      acknowledge(
        execPolicy,
        'AwsSolutions-IAM5[Resource::*]',
        'ecr:GetAuthorizationToken does not support resource-level permissions.',
      );
    }
  }

  get connections(): ec2.Connections {
    return this.service.connections;
  }

  /** Target for a load balancer target group: the server container on the service port. */
  loadBalancerTarget(): ecs.IEcsLoadBalancerTarget {
    return this.service.loadBalancerTarget({
      containerName: this.container.containerName,
      containerPort: this.container.containerPort,
    });
  }

  /** Path a load balancer health check probes on this service. */
  static readonly healthCheckPath = HEALTH_PATHS.ready;
}
