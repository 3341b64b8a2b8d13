/**
 * What a gateway is given to run with: the forwarder to integrations, clocks and buckets, and the ways to
 * reach functions, AWS actions and a private API's endpoints. Apart from `types.ts` because it names the
 * request context, which itself is built from the shapes there.
 */
import type { ConditionContext } from '../auth/iam-conditions.js';
import type { ExecuteAwsAction } from '../aws-services/action-executor.js';
import type { Clock } from '../clock.js';
import type { InvokeLambda } from '../lambda-invoke.js';
import type { ThrottleBucket } from '../token-bucket.js';
import type { GatewayContext } from './context.js';
import type { PrivateEndpoints } from './private-endpoint.js';
import type { Forward } from './types.js';

export interface ApiGatewayDeps {
  readonly forward: Forward;
  readonly clock?: Clock;
  /**
   * The Region's account-level bucket, shared by every API of the account (pass the same bucket to each
   * gateway the twin runs). Takes precedence over `config.throttle.account`, which gives one API its own.
   */
  readonly accountBucket?: ThrottleBucket;
  /** Where the gateway writes what it could not do (a route whose integration is not emulated). @default stderr */
  readonly log?: (line: string) => void;
  /**
   * The request's condition keys for the resource policy. @default `aws:SourceIp` from the peer address
   * (a regional API); a private API's gateway adds what its VPC endpoint stamped.
   */
  readonly conditionKeys?: (context: GatewayContext) => ConditionContext;
  /**
   * A private REST API (endpoint type PRIVATE): only requests stamped by one of these execute-api endpoints
   * (`execute-api-endpoint.ts`) are served, any other gets 403 `Forbidden`; the resource policy then sees
   * `aws:SourceVpce` / `aws:SourceVpc`.
   */
  readonly privateEndpoints?: PrivateEndpoints;
  /** Runs Lambda authorizer functions (the twin's Lambda runtime); needed when `lambdaAuthorizers` is set. */
  readonly invoke?: InvokeLambda;
  /** Runs REST `Type: AWS` integrations' actions against local emulators; without it they cannot be reached. */
  readonly awsActions?: ExecuteAwsAction;
}
