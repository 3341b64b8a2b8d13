import type { Clock } from '../../clock.js';
import { type ThrottleBucket, takeFromAll } from '../../token-bucket.js';
import { refusal, type SyncGatewayStage } from '../context.js';
import type { CompiledRoute } from '../route-table.js';

/**
 * Token-bucket throttling, all or nothing over the levels that apply: the API key's per-method and plan
 * buckets (when the API-key stage accepted a key), then the route/method bucket, then the account bucket.
 * A request refused at one level spends no token anywhere; one that passes counts against its key's quota.
 */
export function throttleStage(
  route: CompiledRoute,
  routeBuckets: readonly ThrottleBucket[],
  clock: Clock,
): SyncGatewayStage {
  const throttled = refusal('throttled');
  const keys = usagePlanMethodKeys(route);
  return {
    name: 'throttle',
    run(context) {
      const grant = context.grant;
      let buckets = routeBuckets;
      if (grant) {
        const clientBuckets: ThrottleBucket[] = [];
        const methodBucket =
          grant.methodBuckets.get(keys.exact) ??
          (keys.wildcard === undefined ? undefined : grant.methodBuckets.get(keys.wildcard));
        if (methodBucket) clientBuckets.push(methodBucket);
        if (grant.planBucket) clientBuckets.push(grant.planBucket);
        if (clientBuckets.length > 0) buckets = [...clientBuckets, ...routeBuckets];
      }
      if (buckets.length > 0 && takeFromAll(buckets, clock()) !== -1) return throttled;
      grant?.quota?.count();
      return undefined;
    },
  };
}

/**
 * The keys a usage plan's `methodThrottle` uses for this route: `/resource/path/METHOD`; an `ANY` method
 * also matches `/resource/path/*`.
 */
export function usagePlanMethodKeys(route: CompiledRoute): { exact: string; wildcard: string | undefined } {
  const path = route.resourcePath === '/' ? '' : route.resourcePath;
  return { exact: `${path}/${route.method}`, wildcard: route.method === 'ANY' ? `${path}/*` : undefined };
}
