import { pascalName } from '@pik/contracts';
import type * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import type * as logs from 'aws-cdk-lib/aws-logs';
import { RemovalPolicy } from 'aws-cdk-lib/core';
import { Construct } from 'constructs';
import { FargateService } from './fargate-service.js';
import { LambdaService } from './lambda-service.js';
import type { ServiceSpec } from './service-specs.js';
import { ServiceTable } from './service-table.js';

/** One deployed service: its table and exactly one of a function or a Fargate service. */
export interface DeployedService {
  readonly spec: ServiceSpec;
  readonly table: ServiceTable;
  readonly lambda?: LambdaService;
  readonly fargate?: FargateService;
  /** Where the service's own logs go. */
  readonly logGroup: logs.ILogGroup;
}

export interface ServiceFleetProps {
  readonly specs: readonly ServiceSpec[];
  readonly repoRoot: string;
  readonly logRetention: logs.RetentionDays;
  /** Required when any service runs on Fargate. */
  readonly vpc?: ec2.IVpc;
  readonly subnets?: ec2.SubnetSelection;
  /** Tasks per Fargate service. @default 1 */
  readonly desiredCount?: number;
  /** What happens to the tables when the stack is deleted. @default RemovalPolicy.DESTROY */
  readonly tableRemovalPolicy?: RemovalPolicy;
}

/** The services of one pattern, each on Lambda or Fargate as its spec says, each with its own table. */
export class ServiceFleet extends Construct {
  readonly services: readonly DeployedService[];
  readonly cluster?: ecs.Cluster;

  constructor(scope: Construct, id: string, props: ServiceFleetProps) {
    super(scope, id);
    const needsCluster = props.specs.some((s) => s.compute === 'fargate');
    if (needsCluster) {
      if (!props.vpc) throw new Error('Fargate services need a VPC');
      this.cluster = new ecs.Cluster(this, 'Cluster', {
        vpc: props.vpc,
        containerInsightsV2: ecs.ContainerInsights.ENABLED,
      });
    }
    this.services = props.specs.map((spec) => {
      const scopeOf = new Construct(this, pascalName(spec.name));
      const table = new ServiceTable(scopeOf, 'Data', {
        service: spec.name,
        removalPolicy: props.tableRemovalPolicy ?? RemovalPolicy.DESTROY,
      });
      if (spec.compute === 'lambda') {
        const fn = new LambdaService(scopeOf, 'Lambda', {
          spec,
          table,
          repoRoot: props.repoRoot,
          logRetention: props.logRetention,
        });
        return { spec, table, lambda: fn, logGroup: fn.logGroup };
      }
      const cluster = this.cluster as ecs.Cluster;
      const task = new FargateService(scopeOf, 'Fargate', {
        spec,
        table,
        cluster,
        subnets: props.subnets ?? {},
        repoRoot: props.repoRoot,
        logRetention: props.logRetention,
        ...(props.desiredCount !== undefined ? { desiredCount: props.desiredCount } : {}),
      });
      return { spec, table, fargate: task, logGroup: task.logGroup };
    });
  }

  byName(name: string): DeployedService {
    const found = this.services.find((s) => s.spec.name === name);
    if (!found) throw new Error(`no service '${name}' in this fleet`);
    return found;
  }
}
