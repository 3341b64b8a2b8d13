import { AUTHORIZER_ENV, AUTHORIZER_HANDLER, authorizerBundleDir } from '@pik/lambda-authorizer/bundle';
import { QUOTAS } from '@pik/limits';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as logs from 'aws-cdk-lib/aws-logs';
import { Duration } from 'aws-cdk-lib/core';
import { Construct } from 'constructs';
import type { PikAuth } from './auth.js';
import { acknowledgeSyncFunction, LAMBDA_DEFAULTS } from './lambda-service.js';
import { retainedLogGroup } from './logs.js';

/** Identity header of every kit authorizer, native or Lambda. */
export const AUTHORIZER_IDENTITY_HEADER = 'Authorization';

/**
 * What a REST `TOKEN` authorizer lets through to the function: a JWT, bare (as REST clients send it) or
 * after `Bearer `. Anything else is refused with 401 by API Gateway without invoking (or paying for) it.
 */
export const AUTHORIZER_TOKEN_PATTERN = '^(Bearer )?[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$';

/** Result cache TTL of the kit's Lambda authorizers when none is given (API Gateway's own default). */
export const DEFAULT_AUTHORIZER_CACHE_TTL = Duration.seconds(QUOTAS.authorizerResultTtlDefaultSeconds.value);

export interface PikLambdaAuthorizerProps {
  /** The user pool whose access tokens the function accepts (issuer, key set, client, scope). */
  readonly auth: PikAuth;
  readonly logRetention: logs.RetentionDays;
}

/** Refuses a result cache TTL API Gateway would reject (0 turns the cache off; at most 3600 s). */
export function validateAuthorizerCacheTtl(where: string, ttl: Duration): void {
  const seconds = ttl.toSeconds();
  const max = QUOTAS.authorizerResultTtlMaxSeconds.value;
  if (!Number.isInteger(seconds) || seconds < 0 || seconds > max) {
    throw new Error(`${where}: authorizerCacheTtl must be whole seconds from 0 to ${max}, got ${seconds}`);
  }
}

/**
 * The kit's Lambda authorizer function (`@pik/lambda-authorizer`): verifies the pool's access tokens with
 * jose (signature from the cached key set, issuer, expiry, `token_use`, client id, scope). One bundle
 * serves REST `TOKEN` (IAM policy) and HTTP API (simple response) authorizers.
 */
export class PikLambdaAuthorizer extends Construct {
  readonly function: lambda.Function;

  constructor(scope: Construct, id: string, props: PikLambdaAuthorizerProps) {
    super(scope, id);
    const { auth } = props;
    this.function = new lambda.Function(this, 'Function', {
      description: 'pik Lambda authorizer: validates Cognito access tokens',
      code: lambda.Code.fromAsset(authorizerBundleDir()),
      handler: AUTHORIZER_HANDLER,
      runtime: LAMBDA_DEFAULTS.runtime,
      architecture: LAMBDA_DEFAULTS.architecture,
      // Verifying one RS256 signature is light work; 512 MB keeps the cold start short (CPU scales with memory).
      memorySize: 512,
      // Fetching the key set is bounded at 3 s; API Gateway gives an authorizer at most 10 s.
      timeout: Duration.seconds(5),
      tracing: lambda.Tracing.ACTIVE,
      loggingFormat: lambda.LoggingFormat.JSON,
      logGroup: retainedLogGroup(this, 'Logs', props.logRetention),
      environment: {
        [AUTHORIZER_ENV.issuer]: auth.issuerUrl,
        [AUTHORIZER_ENV.jwksUrl]: `${auth.issuerUrl}/.well-known/jwks.json`,
        [AUTHORIZER_ENV.clientIds]: auth.client.userPoolClientId,
        [AUTHORIZER_ENV.scope]: auth.scope,
      },
    });
    acknowledgeSyncFunction(this.function, 'API Gateway');
  }
}
