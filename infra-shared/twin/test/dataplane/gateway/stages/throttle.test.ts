import { describe, expect, it } from 'vitest';
import type { CompiledRoute } from '../../../../src/dataplane/gateway/route-table.js';
import { RouteTable } from '../../../../src/dataplane/gateway/route-table.js';
import { throttleStage, usagePlanMethodKeys } from '../../../../src/dataplane/gateway/stages/throttle.js';
import { UsagePlans } from '../../../../src/dataplane/gateway/usage-plans.js';
import { TokenBucket } from '../../../../src/dataplane/token-bucket.js';
import { requestContext } from '../request-context.js';

const integration = { id: 'i', type: 'HTTP_PROXY' } as const;
const [route] = new RouteTable('rest', [{ routeKey: 'ANY /orders/{proxy+}', integration }])
  .all as CompiledRoute[];
const now = 1_000;
const clock = () => now;

function keyed(plans: UsagePlans) {
  const { context } = requestContext();
  context.grant = plans.grantFor('key');
  return context;
}

function usagePlans(planBurst: number, methodBurst: number | undefined, quota = 100) {
  return new UsagePlans(
    'api',
    'prod',
    [
      {
        id: 'plan',
        throttle: { rateLimit: 0, burstLimit: planBurst },
        quota: { limit: quota, period: 'DAY' },
        apiStages: [
          {
            apiId: 'api',
            stage: 'prod',
            methodThrottle:
              methodBurst === undefined
                ? undefined
                : { '/orders/{proxy+}/*': { rateLimit: 0, burstLimit: methodBurst } },
          },
        ],
        apiKeyIds: ['k'],
      },
    ],
    [{ id: 'k', value: 'key' }],
    clock,
  );
}

describe('throttle stage', () => {
  it('takes from the route bucket and refuses once it is empty', () => {
    const routeBucket = new TokenBucket({ rateLimit: 0, burstLimit: 2 }, clock);
    const stage = throttleStage(route as CompiledRoute, [routeBucket], clock);
    const outcomes = [1, 2, 3].map(() => stage.run(requestContext().context)?.error);
    expect(outcomes).toEqual([undefined, undefined, 'throttled']);
  });

  it('all or nothing: a request refused by the account bucket spends nothing from the route bucket', () => {
    const routeBucket = new TokenBucket({ rateLimit: 0, burstLimit: 5 }, clock);
    const account = new TokenBucket({ rateLimit: 0, burstLimit: 0 }, clock);
    const stage = throttleStage(route as CompiledRoute, [routeBucket, account], clock);
    expect(stage.run(requestContext().context)?.error).toBe('throttled');
    expect(routeBucket.tokens(now)).toBe(5);
  });

  it("takes from the key's method bucket (ANY matches /path/*) before the route's, and counts the quota", () => {
    const plans = usagePlans(10, 1, 100);
    const routeBucket = new TokenBucket({ rateLimit: 0, burstLimit: 5 }, clock);
    const stage = throttleStage(route as CompiledRoute, [routeBucket], clock);
    const first = keyed(plans);
    expect(stage.run(first)).toBeUndefined();
    expect(stage.run(keyed(plans))?.error).toBe('throttled');
    expect(routeBucket.tokens(now)).toBe(4);
    expect(first.grant?.planBucket?.tokens(now)).toBe(9);
  });

  it('a throttled request is not counted against the quota', () => {
    const plans = usagePlans(1, undefined, 2);
    const stage = throttleStage(route as CompiledRoute, [], clock);
    const first = keyed(plans);
    expect(stage.run(first)).toBeUndefined();
    expect(stage.run(keyed(plans))?.error).toBe('throttled');
    // One request counted: the quota of two still has room for one.
    expect(first.grant?.quota?.hasRoom()).toBe(true);
    first.grant?.quota?.count();
    expect(first.grant?.quota?.hasRoom()).toBe(false);
  });

  it('names usage-plan method keys as CloudFormation does', () => {
    expect(usagePlanMethodKeys(route as CompiledRoute)).toEqual({
      exact: '/orders/{proxy+}/ANY',
      wildcard: '/orders/{proxy+}/*',
    });
    const [root] = new RouteTable('rest', [{ routeKey: 'GET /', integration }]).all;
    expect(usagePlanMethodKeys(root as CompiledRoute)).toEqual({ exact: '/GET', wildcard: undefined });
  });
});
