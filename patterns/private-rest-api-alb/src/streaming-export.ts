import { type DeployedService, LambdaService } from '@pik/cdk-constructs';
import { pascalName } from '@pik/contracts';
import { BUNDLE_PATHS } from '@pik/service-kit/catalogue';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as logs from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';

/**
 * The function behind a service's streamed `GET /<svc>/export`: the service's own bundle and table, its
 * streaming handler (`index.streamingHandler`, wrapped in `awslambda.streamifyResponse`). A second function
 * because a function has one handler, and a streaming handler answers in the stream format (prelude,
 * delimiter, body) that only a response-streaming invocation reads: a buffered Lambda proxy integration,
 * which every other method of the service keeps (10 MB limit, API cache, 29 s), would get those bytes
 * instead of a proxy result and answer 502.
 */
export function streamingExportFunction(
  scope: Construct,
  service: DeployedService,
  repoRoot: string,
  logRetention: logs.RetentionDays,
): lambda.Function {
  return new LambdaService(scope, `${pascalName(service.spec.name)}ExportLambda`, {
    spec: service.spec,
    table: service.table,
    repoRoot,
    logRetention,
    handler: BUNDLE_PATHS.lambdaStreamingHandler,
    // API Gateway reaches it for `GET /<svc>/export` only, which lists the table.
    tableAccess: 'read',
  }).function;
}
