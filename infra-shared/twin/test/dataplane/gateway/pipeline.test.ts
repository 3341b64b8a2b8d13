import { describe, expect, it } from 'vitest';
import type { Authorizer } from '../../../src/dataplane/auth/authorizers.js';
import type { LambdaAuthorizer } from '../../../src/dataplane/auth/lambda-authorizer.js';
import { type GatewayStage, runStages } from '../../../src/dataplane/gateway/context.js';
import { type GatewayScope, routePipeline } from '../../../src/dataplane/gateway/pipeline.js';
import { type CompiledRoute, RouteTable } from '../../../src/dataplane/gateway/route-table.js';
import { StageCache } from '../../../src/dataplane/gateway/stage-cache.js';
import { responseStage } from '../../../src/dataplane/gateway/stages/response.js';
import type { RouteConfig } from '../../../src/dataplane/gateway/types.js';
import { UsagePlans } from '../../../src/dataplane/gateway/usage-plans.js';
import { TokenBucket } from '../../../src/dataplane/token-bucket.js';
import { requestContext } from './request-context.js';

const integration = { id: 'i', type: 'HTTP_PROXY' } as const;
const clock = () => 0;
const jwt: Authorizer = { id: 'jwt', authorize: async () => ({ ok: true, claims: {}, scopes: [] }) };

function scope(kind: 'http' | 'rest', extra: Partial<GatewayScope> = {}): GatewayScope {
  return {
    kind,
    apiId: 'api',
    stageName: 'prod',
    clock,
    maxPayloadBytes: 1000,
    defaultTimeoutMs: 1000,
    forward: async () => ({ statusCode: 200, headers: {}, body: '' }),
    authorizers: new Map([['jwt', jwt]]),
    usagePlans: kind === 'rest' ? new UsagePlans('api', 'prod', [], [], clock) : undefined,
    stageDefaultThrottle: undefined,
    accountBucket: undefined,
    log: () => {},
    response: responseStage(kind),
    ...extra,
  };
}

function stageNames(
  kind: 'http' | 'rest',
  route: Omit<RouteConfig, 'integration'>,
  extra?: Partial<GatewayScope>,
) {
  const [compiled] = new RouteTable(kind, [{ ...route, integration }]).all;
  return routePipeline(compiled as CompiledRoute, scope(kind, extra)).map((s) => s.name);
}

describe('route pipeline', () => {
  it('a route without checks runs payload limit, integration and response only', () => {
    expect(stageNames('http', { routeKey: 'GET /a' })).toEqual(['payload-limit', 'integration', 'response']);
  });

  it('stages come in API Gateway order, each only where the route needs it', () => {
    const account = new TokenBucket({ rateLimit: 1, burstLimit: 1 }, clock);
    expect(
      stageNames('rest', {
        routeKey: 'GET /a',
        authorization: { authorizerId: 'jwt' },
        apiKeyRequired: true,
      }),
    ).toEqual(['payload-limit', 'authorizer', 'api-key', 'throttle', 'integration', 'response']);
    expect(stageNames('http', { routeKey: 'GET /a' }, { accountBucket: account })).toEqual([
      'payload-limit',
      'throttle',
      'integration',
      'response',
    ]);
    expect(
      stageNames('http', { routeKey: 'GET /a' }, { stageDefaultThrottle: { rateLimit: 1, burstLimit: 1 } }),
    ).toContain('throttle');
  });

  it('an API with a resource policy checks it before any authorizer', () => {
    const resourcePolicy = {
      document: { Statement: [] },
      where: { region: 'us-east-1', accountId: '0', apiId: 'api', stage: 'prod' },
      conditionKeys: () => new Map(),
    };
    expect(
      stageNames('rest', { routeKey: 'GET /a', authorization: { authorizerId: 'jwt' } }, { resourcePolicy }),
    ).toEqual(['payload-limit', 'resource-policy', 'authorizer', 'integration', 'response']);
    expect(stageNames('rest', { routeKey: 'GET /a' })).not.toContain('resource-policy');
  });

  it('a REST method that caches answers through the cache stage, only on a stage with a cache cluster', () => {
    const cache = {
      ttlSeconds: 300,
      keyParameters: [],
      requireAuthorizationForCacheControl: true,
      unauthorizedStrategy: 'SUCCEED_WITH_RESPONSE_HEADER',
    } as const;
    const withCluster = { cache: new StageCache(1000, clock) };
    expect(stageNames('rest', { routeKey: 'GET /a', cache }, withCluster)).toEqual([
      'payload-limit',
      'cache',
      'response',
    ]);
    expect(stageNames('rest', { routeKey: 'GET /a', cache })).toContain('integration');
    expect(
      stageNames('rest', { routeKey: 'GET /a', cache: { ...cache, ttlSeconds: 0 } }, withCluster),
    ).toContain('integration');
  });

  it('a Lambda authorizer takes the authorizer place, before the API key is checked', () => {
    const lambdaAuthorizer: LambdaAuthorizer = {
      id: 'tok',
      authorize: async () => ({ ok: true, principalId: 'p', context: {} }),
    };
    expect(
      stageNames(
        'rest',
        { routeKey: 'GET /a', authorization: { authorizerId: 'tok' }, apiKeyRequired: true },
        { lambdaAuthorizers: new Map([['tok', lambdaAuthorizer]]) },
      ),
    ).toEqual(['payload-limit', 'lambda-authorizer', 'api-key', 'throttle', 'integration', 'response']);
  });

  it('a MOCK or a mapped HTTP integration answers; a type the twin does not run gets the not-emulated stage', () => {
    const names = (kind: 'http' | 'rest', integration: RouteConfig['integration']) => {
      const [compiled] = new RouteTable(kind, [{ routeKey: 'GET /a', integration }]).all;
      return routePipeline(compiled as CompiledRoute, scope(kind)).map((s) => s.name);
    };
    expect(names('rest', { id: 'm', type: 'MOCK', mock: {} })).toEqual(['payload-limit', 'mock', 'response']);
    expect(names('rest', { id: 'h', type: 'HTTP' })).toEqual([
      'payload-limit',
      'mapped-integration',
      'response',
    ]);
    expect(names('rest', { id: 'a', type: 'AWS' })).toEqual(['payload-limit', 'not-emulated', 'response']);
    expect(
      names('rest', { id: 'v', type: 'MOCK', mock: { requestTemplates: { 'a/b': '#if($a' } } }),
    ).toContain('not-emulated');
    expect(names('http', { id: 'm', type: 'MOCK' })).toContain('not-emulated');
    expect(names('http', { id: 's', type: 'AWS_PROXY', subtype: 'SQS-SendMessage' })).toContain(
      'not-emulated',
    );
  });

  it('refuses at start a route naming an unknown authorizer, or an API key on an HTTP API', () => {
    expect(() => stageNames('http', { routeKey: 'GET /a', authorization: { authorizerId: 'nope' } })).toThrow(
      /authorizer 'nope', which is not configured/,
    );
    expect(() => stageNames('http', { routeKey: 'GET /a', apiKeyRequired: true })).toThrow(
      /API keys exist on REST APIs only/,
    );
  });
});

describe('runStages', () => {
  const order: string[] = [];
  const step = (name: string, result?: 'refuse', wait = false): GatewayStage => ({
    name,
    run: () => {
      order.push(name);
      const outcome = result ? { error: 'throttled' as const } : undefined;
      return wait ? Promise.resolve(outcome) : outcome;
    },
  });

  it('runs stages in order, waiting for those that wait, and stops at the first refusal', async () => {
    order.length = 0;
    const refused = await runStages(
      [step('a'), step('b', undefined, true), step('c', 'refuse', true), step('d')],
      requestContext().context,
    );
    expect(refused?.error).toBe('throttled');
    expect(order).toEqual(['a', 'b', 'c']);
  });
});
