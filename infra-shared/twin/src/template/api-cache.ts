/** REST API caching from a template: the stage's cache cluster and each method's cache settings. */
import { QUOTAS } from '@pik/limits';
import type { RouteCacheConfig } from '../dataplane/gateway/types.js';
import { num, type Props, str, strList } from './context.js';

const GIB = 1024 ** 3;
const STRATEGIES = new Set<string>([
  'FAIL_WITH_403',
  'SUCCEED_WITH_RESPONSE_HEADER',
  'SUCCEED_WITHOUT_RESPONSE_HEADER',
]);

/** The stage's cache cluster (`CacheClusterEnabled`, `CacheClusterSize` in GB, default 0.5). */
export function stageCacheOf(
  stage: Props,
): { readonly sizeGb: number; readonly capacityBytes: number } | undefined {
  if (stage.CacheClusterEnabled !== true && stage.CacheClusterEnabled !== 'true') return undefined;
  const sizeGb = num(stage.CacheClusterSize, 0.5);
  return { sizeGb, capacityBytes: Math.round(sizeGb * GIB) };
}

/**
 * A method's cache settings, or `undefined` when it does not cache. `settings` is the method's own
 * `MethodSettings` entry, else the stage-wide `/*` one, which applies to GET methods only: "when you
 * enable caching for a stage, only GET methods have caching enabled by default" (api-gateway-caching).
 * Throws on a TTL API Gateway would refuse (above 3600 s). CloudFormation's `MethodSetting` cannot set
 * `RequireAuthorizationForCacheControl` / `UnauthorizedCacheControlHeaderStrategy`, so a template gets
 * AWS's defaults (`true`, `SUCCEED_WITH_RESPONSE_HEADER`); the fields are read should a template carry them.
 */
export function methodCacheOf(
  method: string,
  own: Props | undefined,
  stageWide: Props | undefined,
  integration: Props,
): RouteCacheConfig | undefined {
  const settings = own ?? (method === 'GET' ? stageWide : undefined);
  if (!settings || (settings.CachingEnabled !== true && settings.CachingEnabled !== 'true')) return undefined;
  const ttlSeconds = num(settings.CacheTtlInSeconds, QUOTAS.restCacheTtlDefaultSeconds.value);
  const max = QUOTAS.restCacheTtlMaxSeconds.value;
  if (ttlSeconds < 0 || ttlSeconds > max) {
    throw new Error(`MethodSettings CacheTtlInSeconds ${ttlSeconds} is outside 0..${max}`);
  }
  const strategy = str(settings.UnauthorizedCacheControlHeaderStrategy) ?? 'SUCCEED_WITH_RESPONSE_HEADER';
  if (!STRATEGIES.has(strategy)) {
    throw new Error(
      `MethodSettings UnauthorizedCacheControlHeaderStrategy '${strategy}' is not one of ${[...STRATEGIES].join(', ')}`,
    );
  }
  return {
    ttlSeconds,
    keyParameters: strList(integration.CacheKeyParameters),
    requireAuthorizationForCacheControl:
      settings.RequireAuthorizationForCacheControl !== false &&
      settings.RequireAuthorizationForCacheControl !== 'false',
    unauthorizedStrategy: strategy as RouteCacheConfig['unauthorizedStrategy'],
  };
}
