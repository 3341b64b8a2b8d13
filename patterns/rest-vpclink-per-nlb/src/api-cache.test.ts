import { nagFindings, patternSynthesizer, resourcesOfType } from '@pik/cdk-constructs/testing';
import { SERVICES } from '@pik/service-kit/catalogue';
import { Duration } from 'aws-cdk-lib/core';
import { describe, expect, it } from 'vitest';
import { RestVpcLinkPerNlbStack } from './index.js';

const synth = patternSynthesizer(RestVpcLinkPerNlbStack);

type Props = Record<string, unknown>;
const STAGE = 'AWS::ApiGateway::Stage';
const METHOD = 'AWS::ApiGateway::Method';

function stageOf(json: ReturnType<typeof synth>['json']): Props {
  const [stage] = Object.values(resourcesOfType(json, STAGE));
  return stage?.Properties ?? {};
}

describe('REST API cache (cacheTtl)', () => {
  const { stack, json } = synth({ cacheTtl: Duration.minutes(5), cacheClusterSize: '1.6' });
  const stage = stageOf(json);
  const settings = stage.MethodSettings as Props[];
  const methods = Object.values(resourcesOfType(json, METHOD)).map((m) => m.Properties);
  // The cached GETs; the streamed `GET /<svc>/export` is never cached (AWS caches no streamed answer).
  const gets = methods.filter(
    (m) => m.HttpMethod === 'GET' && (m.Integration as Props).ResponseTransferMode !== 'STREAM',
  );

  it('puts an encrypted cache cluster of the given size on the stage, caching off stage-wide', () => {
    expect(stage).toMatchObject({ CacheClusterEnabled: true, CacheClusterSize: '1.6' });
    expect(settings.find((s) => s.ResourcePath === '/*')).toMatchObject({
      HttpMethod: '*',
      CachingEnabled: false,
      CacheDataEncrypted: true,
    });
  });

  it('caches the GET of each service list and item for the TTL, encrypted, with the stage logging and throttle', () => {
    const cached = settings.filter((s) => s.CachingEnabled === true);
    const paths = SERVICES.flatMap((s) => [`/~1${s.name}`, `/~1${s.name}~1{proxy+}`]);
    expect(cached.map((s) => s.ResourcePath).sort()).toEqual(paths.sort());
    for (const s of cached) {
      expect(s).toMatchObject({
        HttpMethod: 'GET',
        CacheTtlInSeconds: 300,
        CacheDataEncrypted: true,
        LoggingLevel: 'ERROR',
        ThrottlingRateLimit: expect.any(Number),
        ThrottlingBurstLimit: expect.any(Number),
      });
      // max-age=0 stays reserved to authorized callers: AWS's default, which CloudFormation cannot change.
      expect(s.RequireAuthorizationForCacheControl).toBeUndefined();
    }
  });

  it('keys list pages on limit and cursor, items on their path, each declared on the method', () => {
    expect(gets).toHaveLength(SERVICES.length * 2);
    const keysOf = (m: Props) => (m.Integration as Props).CacheKeyParameters as string[];
    const lists = gets.filter((m) => !keysOf(m).includes('method.request.path.proxy'));
    expect(lists).toHaveLength(SERVICES.length);
    for (const m of lists) {
      expect(keysOf(m)).toEqual(['method.request.querystring.limit', 'method.request.querystring.cursor']);
      expect(m.RequestParameters).toEqual({
        'method.request.querystring.limit': false,
        'method.request.querystring.cursor': false,
      });
    }
    for (const m of gets.filter((g) => !lists.includes(g))) {
      expect(keysOf(m)).toEqual(['method.request.path.proxy']);
      expect(m.RequestParameters).toEqual({ 'method.request.path.proxy': true });
    }
  });

  it('the cached GETs keep the authorizer of the ANY methods; cdk-nag finds nothing', () => {
    for (const m of gets) expect(m.AuthorizationType).toBe('COGNITO_USER_POOLS');
    expect(nagFindings(stack)).toEqual([]);
  });

  it('no cache and no cached GET methods unless asked for (the streamed export is the only GET)', () => {
    const plain = stageOf(synth().json);
    expect(plain.CacheClusterEnabled).toBeUndefined();
    const plainMethods = Object.values(resourcesOfType(synth().json, METHOD)).map((m) => m.Properties);
    const plainGets = plainMethods.filter((m) => m.HttpMethod === 'GET');
    expect(plainGets).toHaveLength(SERVICES.length);
    for (const m of plainGets) expect((m.Integration as Props).ResponseTransferMode).toBe('STREAM');
  });

  it('refuses a TTL API Gateway would refuse, and a size without a TTL', () => {
    expect(() => synth({ cacheTtl: Duration.seconds(3601) })).toThrow(/cacheTtl must be .* 1 to 3600/);
    expect(() => synth({ cacheClusterSize: '0.5' })).toThrow(/cacheClusterSize needs cacheTtl/);
  });
});
