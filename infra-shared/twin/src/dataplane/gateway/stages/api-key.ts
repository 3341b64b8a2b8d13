import { refusal, type SyncGatewayStage } from '../context.js';
import type { UsagePlans } from '../usage-plans.js';

/**
 * REST methods with `ApiKeyRequired`: the `x-api-key` value must be an enabled key in a usage plan of this
 * stage (else 403), and its quota must have room (else 429 `Limit Exceeded`). The grant goes on to the
 * throttle stage, which takes from the key's buckets and counts the request against the quota.
 */
export function apiKeyStage(usagePlans: UsagePlans): SyncGatewayStage {
  const invalidKey = refusal('invalidApiKey');
  const quotaExceeded = refusal('quotaExceeded');
  return {
    name: 'api-key',
    run(context) {
      const presented = context.req.headers['x-api-key'];
      const grant = usagePlans.grantFor(typeof presented === 'string' ? presented : undefined);
      if (!grant) return invalidKey;
      context.grant = grant;
      return grant.quota && !grant.quota.hasRoom() ? quotaExceeded : undefined;
    },
  };
}
