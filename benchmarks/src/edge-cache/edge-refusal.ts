import type { TargetPattern } from '@pik/contracts';
import type { Scenario } from '../scenarios/catalogue.js';

/**
 * Why a one-route scenario (throttle) does not run on a pattern behind CloudFront: the edge answers the
 * repeated GETs from its cache, so the stage throttle behind it is never reached from outside, and the
 * origin answers CloudFront only (on AWS). Undefined when it runs.
 */
export function behindEdgeRefusal(scenario: Scenario, pattern: TargetPattern): string | undefined {
  if (!scenario.oneRoute || !pattern.originUrl) return undefined;
  return `${pattern.id} · ${scenario.id}: skipped, CloudFront answers its repeated reads from the edge cache, so the stage throttle behind it is not reached`;
}
