import { describe, expect, it } from 'vitest';
import { methodCacheOf, stageCacheOf } from '../../src/template/api-cache.js';

const stageWide = { ResourcePath: '/*', HttpMethod: '*', CachingEnabled: true };
const keyed = { CacheKeyParameters: ['method.request.path.id'] };

describe('API cache from a template', () => {
  it('reads the cluster size in GB, 0.5 by default; no cluster, no cache', () => {
    expect(stageCacheOf({ CacheClusterEnabled: true, CacheClusterSize: '1.6' })?.sizeGb).toBe(1.6);
    expect(stageCacheOf({ CacheClusterEnabled: true })).toEqual({
      sizeGb: 0.5,
      capacityBytes: 512 * 1024 ** 2,
    });
    expect(stageCacheOf({ CacheClusterSize: '1.6' })).toBeUndefined();
  });

  it('the stage-wide setting caches GET methods only; a method setting of its own caches any method', () => {
    expect(methodCacheOf('GET', undefined, stageWide, keyed)).toEqual({
      ttlSeconds: 300,
      keyParameters: ['method.request.path.id'],
      requireAuthorizationForCacheControl: true,
      unauthorizedStrategy: 'SUCCEED_WITH_RESPONSE_HEADER',
    });
    expect(methodCacheOf('POST', undefined, stageWide, keyed)).toBeUndefined();
    expect(
      methodCacheOf('POST', { CachingEnabled: true, CacheTtlInSeconds: 30 }, stageWide, {})?.ttlSeconds,
    ).toBe(30);
    // A method's own setting wins over the stage's, also to turn caching off.
    expect(methodCacheOf('GET', { CachingEnabled: false }, stageWide, keyed)).toBeUndefined();
  });

  it('honours the cache-control settings a template carries, and refuses what API Gateway would', () => {
    const strict = { CachingEnabled: true, RequireAuthorizationForCacheControl: false };
    expect(methodCacheOf('GET', strict, undefined, {})?.requireAuthorizationForCacheControl).toBe(false);
    expect(() =>
      methodCacheOf('GET', { CachingEnabled: true, CacheTtlInSeconds: 3601 }, undefined, {}),
    ).toThrow(/CacheTtlInSeconds 3601 is outside 0\.\.3600/);
    expect(() =>
      methodCacheOf(
        'GET',
        { CachingEnabled: true, UnauthorizedCacheControlHeaderStrategy: 'DENY' },
        undefined,
        {},
      ),
    ).toThrow(/UnauthorizedCacheControlHeaderStrategy 'DENY'/);
  });
});
