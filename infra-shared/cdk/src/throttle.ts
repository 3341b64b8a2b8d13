import type { Throttle } from '@pik/contracts';
import { effectiveQuota, QUOTAS, type QuotaOverrides } from '@pik/limits';

/**
 * Stage throttle every pattern sets unless told otherwise: well below the account default (10,000 rps,
 * 5,000 burst), so that one stage cannot starve others in the account.
 */
export const DEFAULT_STAGE_THROTTLE: Readonly<Throttle> = { rateLimit: 1000, burstLimit: 500 };

/**
 * Rejects throttle settings API Gateway would accept but that break or mislead:
 * a missing or zero value (HTTP API route settings without explicit values become rate 0 / burst 0, and
 * every request gets 429), and values above the account-level throttle that can never take effect.
 */
export function validateThrottle(where: string, t: Throttle, overrides: QuotaOverrides = {}): void {
  const rate = effectiveQuota('accountThrottleRate', overrides);
  const burst = effectiveQuota('accountThrottleBurst', overrides);
  if (!(Number.isFinite(t.rateLimit) && t.rateLimit > 0)) {
    throw new Error(
      `${where}: rateLimit must be a positive number, got ${t.rateLimit}; a zero rate makes API Gateway answer every request with 429`,
    );
  }
  if (!(Number.isInteger(t.burstLimit) && t.burstLimit > 0)) {
    throw new Error(
      `${where}: burstLimit must be a positive integer, got ${t.burstLimit}; a zero burst makes API Gateway answer every request with 429`,
    );
  }
  if (t.rateLimit > rate || t.burstLimit > burst) {
    throw new Error(
      `${where}: ${t.rateLimit} rps / burst ${t.burstLimit} exceeds the quota '${QUOTAS.accountThrottleRate.name}' ` +
        `(${rate} rps, burst ${burst}; ${QUOTAS.accountThrottleRate.source}); the account limit would throttle first. ` +
        'Request an increase and pass it as quotaOverrides.accountThrottleRate.',
    );
  }
}
