/** REST API usage plans and the API keys they hand out, from a template. */
import type { Throttle } from '@pik/contracts';
import { num, type Props, str, type TemplateContext } from './context.js';
import { throttleOf } from './stage-settings-topology.js';
import type { ApiKeySpec, UsagePlanSpec } from './topology.js';

/** The usage plans that name a stage of the REST API `apiId`, with their throttles, quotas and keys. */
export function usagePlansOf(ctx: TemplateContext, apiId: string): UsagePlanSpec[] {
  const planKeys = ctx.ofType('AWS::ApiGateway::UsagePlanKey');
  return ctx
    .ofType('AWS::ApiGateway::UsagePlan')
    .filter(([, p]) =>
      ((p.ApiStages ?? []) as Props[]).some(
        (s) => ctx.referencedId(s.ApiId, 'AWS::ApiGateway::RestApi') === apiId,
      ),
    )
    .map(([id, p]): UsagePlanSpec => {
      ctx.consumed.add(id);
      const throttle = (p.Throttle ?? {}) as Props;
      const quota = p.Quota as Props | undefined;
      const stages = (p.ApiStages ?? []) as Props[];
      const methodThrottles: Record<string, Throttle> = {};
      for (const s of stages) {
        for (const [key, t] of Object.entries((s.Throttle ?? {}) as Record<string, Props>)) {
          const parsed = throttleOf(t.RateLimit, t.BurstLimit);
          if (parsed) methodThrottles[key] = parsed;
        }
      }
      const keys = planKeys.filter(
        ([, k]) => ctx.referencedId(k.UsagePlanId, 'AWS::ApiGateway::UsagePlan') === id,
      );
      for (const [kid] of keys) ctx.consumed.add(kid);
      return {
        id,
        name: str(p.UsagePlanName) ?? id,
        throttle: throttleOf(throttle.RateLimit, throttle.BurstLimit),
        quota: quota
          ? {
              limit: num(quota.Limit, 0),
              period: (str(quota.Period) ?? 'DAY') as 'DAY' | 'WEEK' | 'MONTH',
              offset: num(quota.Offset),
            }
          : undefined,
        methodThrottles,
        apiKeyIds: keys
          .map(([, k]) => ctx.referencedId(k.KeyId, 'AWS::ApiGateway::ApiKey'))
          .filter((x): x is string => !!x),
      };
    });
}

/** The API keys some usage plan of the API hands out; other keys in the template open nothing here. */
export function apiKeysOf(ctx: TemplateContext, usagePlans: readonly UsagePlanSpec[]): ApiKeySpec[] {
  const usedKeys = new Set(usagePlans.flatMap((u) => u.apiKeyIds));
  return ctx
    .ofType('AWS::ApiGateway::ApiKey')
    .filter(([id]) => usedKeys.has(id))
    .map(([id, p]): ApiKeySpec => {
      ctx.consumed.add(id);
      return { id, name: str(p.Name) ?? id, value: str(p.Value), enabled: p.Enabled !== false };
    });
}
