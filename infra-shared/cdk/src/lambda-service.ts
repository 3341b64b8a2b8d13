import { BUNDLE_PATHS } from '@pik/service-kit/catalogue';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as logs from 'aws-cdk-lib/aws-logs';
import { Duration } from 'aws-cdk-lib/core';
import { Construct } from 'constructs';
import { retainedLogGroup } from './logs.js';
import { markService } from './metadata.js';
import { acknowledge } from './nag.js';
import { lambdaBundleDir } from './repo.js';
import { serviceEnvironment } from './service-env.js';
import type { ServiceSpec } from './service-specs.js';
import type { ServiceTable, TableAccess } from './service-table.js';

export interface LambdaServiceProps {
  readonly spec: ServiceSpec;
  readonly table: ServiceTable;
  readonly repoRoot: string;
  readonly logRetention: logs.RetentionDays;
  /** @default 1024 */
  readonly memorySize?: number;
  /** The bundle's handler to run. @default `index.handler` (`BUNDLE_PATHS.lambdaHandler`) */
  readonly handler?: string;
  /** What the function may do with the table's items: `read` for a function that only serves reads. @default 'read-write' */
  readonly tableAccess?: TableAccess;
}

/** Lambda settings every service function shares. */
export const LAMBDA_DEFAULTS = {
  runtime: lambda.Runtime.NODEJS_22_X,
  architecture: lambda.Architecture.ARM_64,
  memorySize: 1024,
  /** Below both gateways' integration timeouts (REST 29 s, HTTP 30 s). */
  timeout: Duration.seconds(25),
} as const;

/** One service as a Lambda function (its Lambda bundle), with its own log group and table grant. */
export class LambdaService extends Construct {
  readonly function: lambda.Function;
  readonly logGroup: logs.LogGroup;

  constructor(scope: Construct, id: string, props: LambdaServiceProps) {
    super(scope, id);
    const { spec } = props;
    this.logGroup = retainedLogGroup(this, 'Logs', props.logRetention);
    this.function = new lambda.Function(this, 'Function', {
      description: `pik service ${spec.name} (${spec.bundle} bundle${props.handler ? `, ${props.handler}` : ''})`,
      code: lambda.Code.fromAsset(lambdaBundleDir(props.repoRoot, spec.bundle)),
      handler: props.handler ?? BUNDLE_PATHS.lambdaHandler,
      runtime: LAMBDA_DEFAULTS.runtime,
      architecture: LAMBDA_DEFAULTS.architecture,
      memorySize: props.memorySize ?? LAMBDA_DEFAULTS.memorySize,
      timeout: LAMBDA_DEFAULTS.timeout,
      tracing: lambda.Tracing.ACTIVE,
      loggingFormat: lambda.LoggingFormat.JSON,
      logGroup: this.logGroup,
      environment: serviceEnvironment(spec, props.table.table.tableName),
    });
    props.table.grantData(this.function, props.tableAccess);
    markService(this.function, spec.name, spec.bundle);
    markService(this.logGroup, spec.name);

    acknowledgeSyncFunction(this.function, 'load balancer or API Gateway');
  }
}

/**
 * The cdk-nag findings every kit function shares, acknowledged with their reasons: X-Ray's wildcard
 * resource, the AWS managed basic execution policy and the pinned Node.js runtime.
 */
export function acknowledgeKitFunction(fn: lambda.Function): void {
  const policy = fn.role?.node.tryFindChild('DefaultPolicy');
  if (policy) {
    acknowledge(
      policy,
      'AwsSolutions-IAM5[Resource::*]',
      'X-Ray PutTraceSegments/PutTelemetryRecords do not support resource-level permissions.',
    );
  }
  acknowledge(
    fn,
    'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
    'The AWS managed basic execution policy only lets the function write its own logs.',
  );
  const runtimeReason =
    'The services are bundled for and tested on Node.js 22 (an LTS line in support); the runtime moves with them.';
  acknowledge(fn, 'AwsSolutions-L1', runtimeReason);
  acknowledge(fn, 'Serverless-LambdaLatestVersion', runtimeReason);
}

/**
 * As `acknowledgeKitFunction`, plus no asynchronous destinations for a function `caller` invokes
 * synchronously.
 */
export function acknowledgeSyncFunction(fn: lambda.Function, caller: string): void {
  acknowledgeKitFunction(fn);
  acknowledge(
    fn,
    'Serverless-LambdaDLQ',
    `Invoked synchronously only (${caller}): the caller receives every error.`,
  );
  acknowledge(
    fn,
    'Serverless-LambdaAsyncFailureDestination',
    `Invoked synchronously only (${caller}): there are no asynchronous events to lose.`,
  );
}
