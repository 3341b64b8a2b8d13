import { APIGatewayClient } from '@aws-sdk/client-api-gateway';
import { CloudFrontClient } from '@aws-sdk/client-cloudfront';
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { ECSClient } from '@aws-sdk/client-ecs';
import { LambdaClient } from '@aws-sdk/client-lambda';

/** The AWS clients the benchmarks use, in one place so tests can hand in mocked ones. */
export interface AwsClients {
  readonly lambda: LambdaClient;
  readonly logs: CloudWatchLogsClient;
  readonly cloudwatch: CloudWatchClient;
  readonly apigateway: APIGatewayClient;
  readonly cognito: CognitoIdentityProviderClient;
  /** For the failover scenario's StopTask; created for the Region when absent. */
  readonly ecs?: ECSClient;
  /** For the edge cache's invalidation (CloudFront's API lives in us-east-1); created when absent. */
  readonly cloudfront?: CloudFrontClient;
}

/** The API id of an `execute-api` invoke URL (`https://<id>.execute-api.<region>...`); undefined for any other. */
export function executeApiIdOf(url: string): string | undefined {
  return /^([a-z0-9]+)\.execute-api\./.exec(new URL(url).hostname)?.[1];
}

/** Clients for one Region, with credentials from the default provider chain (env, profile, SSO, role). */
export function awsClients(region: string): AwsClients {
  return {
    lambda: new LambdaClient({ region }),
    logs: new CloudWatchLogsClient({ region }),
    cloudwatch: new CloudWatchClient({ region }),
    apigateway: new APIGatewayClient({ region }),
    cognito: new CognitoIdentityProviderClient({ region }),
    ecs: new ECSClient({ region }),
    cloudfront: new CloudFrontClient({ region: 'us-east-1' }),
  };
}

/** `aws:eu-west-1` -> `eu-west-1`. */
export function regionOfWorld(world: string): string {
  if (!world.startsWith('aws:') || world.length <= 4)
    throw new Error(`not an AWS targets file (world '${world}')`);
  return world.slice(4);
}
