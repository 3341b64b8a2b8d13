import type { ConditionContext } from '../../auth/iam-conditions.js';
import { evaluatePolicy, INVOKE_ACTION, methodArn, type PolicyDocument } from '../../auth/iam-policy.js';
import { resourcePolicyDenial } from '../../auth/resource-policy.js';
import type { GatewayContext, SyncGatewayStage } from '../context.js';

/** A REST API's resource policy as the stage applies it. */
export interface ResourcePolicyCheck {
  /** Checked and expanded at start (`compileResourcePolicy`). */
  readonly document: PolicyDocument;
  /** What names the request's ARN: `arn:aws:execute-api:<region>:<account>:<apiId>/<stage>/<METHOD>/<path>`. */
  readonly where: {
    readonly region: string;
    readonly accountId: string;
    readonly apiId: string;
    readonly stage: string;
  };
  /** The request's condition keys (`aws:SourceIp`; `aws:SourceVpce` / `aws:SourceVpc` through an endpoint). */
  readonly conditionKeys: (context: GatewayContext) => ConditionContext;
}

/**
 * The API's resource policy, evaluated for `execute-api:Invoke` on the request's method ARN before any
 * authorizer runs (apigateway-authorization-flow). Without a Lambda authorizer only an explicit allow lets
 * the request on; with one (`explicitDenyOnly`) the first phase refuses an explicit deny only, and the
 * authorizer's own policy decides the rest (the doc's outcome table: an authorizer allow with a policy that
 * neither allows nor denies is allowed). A refusal is 403 `ACCESS_DENIED` with API Gateway's
 * `User: anonymous is not authorized ...` message.
 */
export function resourcePolicyStage(check: ResourcePolicyCheck, explicitDenyOnly = false): SyncGatewayStage {
  return {
    name: 'resource-policy',
    run(context) {
      const arn = methodArn(check.where, context.method, context.path);
      const decision = evaluatePolicy(check.document, INVOKE_ACTION, arn, check.conditionKeys(context));
      if (decision === 'allow' || (explicitDenyOnly && decision === 'implicitDeny')) return undefined;
      return {
        error: decision === 'explicitDeny' ? 'explicitDeny' : 'accessDenied',
        message: resourcePolicyDenial(arn, decision),
      };
    },
  };
}

/** `::ffff:127.0.0.1` as `127.0.0.1`: the address IAM compares against `aws:SourceIp`. */
function peerAddress(context: GatewayContext): string | undefined {
  const address = context.req.socket.remoteAddress;
  return address?.startsWith('::ffff:') ? address.slice(7) : address;
}

/** A regional API's condition keys: the caller's address as `aws:SourceIp`. */
export function sourceIpKeys(context: GatewayContext): ConditionContext {
  const address = peerAddress(context);
  return address === undefined ? new Map() : new Map([['aws:sourceip', address]]);
}
