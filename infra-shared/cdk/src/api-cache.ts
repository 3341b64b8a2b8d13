import type { Throttle } from '@pik/contracts';
import { QUOTAS } from '@pik/limits';
import { ListQuery } from '@pik/service-kit';
import type * as apigw from 'aws-cdk-lib/aws-apigateway';
import type { Duration } from 'aws-cdk-lib/core';

/** Cache cluster sizes API Gateway offers, in GB (`CacheClusterSize`). */
export const API_CACHE_SIZES = ['0.5', '1.6', '6.1', '13.5', '28.4', '58.2', '118', '237'] as const;
export type ApiCacheSize = (typeof API_CACHE_SIZES)[number];

/** The REST stage cache: how long GET answers are kept and how large the cluster is. */
export interface ApiCacheSettings {
  readonly ttl: Duration;
  /** @default '0.5' (the smallest cluster) */
  readonly clusterSize?: ApiCacheSize;
}

/** The query parameters that select a page of a list (`limit`, `cursor`), from the services' own schema. */
export const PAGE_QUERY_PARAMETERS: readonly string[] = Object.keys(ListQuery.properties);

/** Throws unless the TTL is within API Gateway's 0..3600 s and the size is one AWS offers. */
export function validateApiCache(cache: ApiCacheSettings): void {
  const seconds = cache.ttl.toSeconds();
  const max = QUOTAS.restCacheTtlMaxSeconds.value;
  if (!Number.isInteger(seconds) || seconds < 1 || seconds > max) {
    throw new Error(`cacheTtl must be a whole number of seconds from 1 to ${max}, got ${seconds}`);
  }
  if (cache.clusterSize !== undefined && !API_CACHE_SIZES.includes(cache.clusterSize)) {
    throw new Error(
      `cacheClusterSize must be one of ${API_CACHE_SIZES.join(', ')} (GB), got '${cache.clusterSize}'`,
    );
  }
}

/** Stage options for the cache cluster: encrypted, caching off unless a method turns it on. */
export function cacheStageOptions(cache: ApiCacheSettings): apigw.StageOptions {
  return {
    cacheClusterEnabled: true,
    cacheClusterSize: cache.clusterSize ?? '0.5',
    cachingEnabled: false,
    cacheDataEncrypted: true,
  };
}

/**
 * Turns caching on for one method: the stage-wide settings (throttle, logging) with this method's
 * throttle, the cache TTL and encryption. `Cache-Control: max-age=0` stays reserved to callers allowed
 * `execute-api:InvalidateCache`, others being answered from the cache with a warning header: AWS's
 * defaults for a method setting (`requireAuthorizationForCacheControl: true`,
 * `SUCCEED_WITH_RESPONSE_HEADER`), which CloudFormation's `MethodSetting` has no field to change.
 */
export function addCachedMethodSetting(
  stage: apigw.Stage,
  resourcePath: string,
  httpMethod: string,
  cache: ApiCacheSettings,
  throttle: Throttle,
): void {
  const cfn = stage.node.defaultChild as apigw.CfnStage;
  const settings = cfn.methodSettings;
  if (!Array.isArray(settings)) throw new Error('stage method settings are not a list');
  const stageWide = settings.find((s) => (s as apigw.CfnStage.MethodSettingProperty).resourcePath === '/*') as
    | apigw.CfnStage.MethodSettingProperty
    | undefined;
  cfn.methodSettings = [
    ...settings,
    {
      ...stageWide,
      resourcePath: `/${resourcePath.replace(/\//g, '~1')}`,
      httpMethod,
      throttlingRateLimit: throttle.rateLimit,
      throttlingBurstLimit: throttle.burstLimit,
      cachingEnabled: true,
      cacheTtlInSeconds: cache.ttl.toSeconds(),
      cacheDataEncrypted: true,
    },
  ];
}

/** Cache key parameters of the cached GET methods: the page of a list, the path of an item. */
export function cacheKeyParameters(proxy: boolean): string[] {
  return proxy
    ? ['method.request.path.proxy']
    : PAGE_QUERY_PARAMETERS.map((name) => `method.request.querystring.${name}`);
}
