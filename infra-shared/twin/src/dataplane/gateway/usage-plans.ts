import type { Clock } from '../clock.js';
import { TokenBucket } from '../token-bucket.js';
import type { ApiKeyConfig, QuotaSettings, UsagePlanConfig } from './types.js';

/**
 * REST API keys and usage plans for one (API, stage): which key values are valid here, and each key's
 * own throttle buckets and quota counter. A key is valid for this stage when it is enabled and attached to a
 * usage plan whose `apiStages` include (apiId, stage); a key in several such plans uses the first one.
 */
export interface ApiKeyGrant {
  readonly keyId: string;
  readonly planId: string;
  /** Per-key plan bucket (absent when the plan has no throttle). */
  readonly planBucket: TokenBucket | undefined;
  /** Per-key per-method buckets from the plan's `methodThrottle`, keyed `/resource/path/METHOD`. */
  readonly methodBuckets: ReadonlyMap<string, TokenBucket>;
  readonly quota: QuotaCounter | undefined;
}

export class UsagePlans {
  private readonly grants = new Map<string, ApiKeyGrant>();

  constructor(
    apiId: string,
    stage: string,
    plans: readonly UsagePlanConfig[],
    keys: readonly ApiKeyConfig[],
    clock: Clock,
  ) {
    const keysById = new Map(keys.map((k) => [k.id, k]));
    for (const plan of plans) {
      const planStage = plan.apiStages.find((s) => s.apiId === apiId && s.stage === stage);
      if (!planStage) continue;
      for (const keyId of plan.apiKeyIds) {
        const key = keysById.get(keyId);
        if (!key || key.enabled === false || this.grants.has(key.value)) continue;
        const methodBuckets = new Map<string, TokenBucket>();
        for (const [methodKey, settings] of Object.entries(planStage.methodThrottle ?? {})) {
          methodBuckets.set(methodKey, new TokenBucket(settings, clock));
        }
        this.grants.set(key.value, {
          keyId,
          planId: plan.id,
          planBucket: plan.throttle ? new TokenBucket(plan.throttle, clock) : undefined,
          methodBuckets,
          quota: plan.quota ? new QuotaCounter(plan.quota) : undefined,
        });
      }
    }
  }

  /** The grant for an `x-api-key` value, or undefined (missing, unknown, disabled or not in a plan here). */
  grantFor(keyValue: string | undefined): ApiKeyGrant | undefined {
    return keyValue === undefined ? undefined : this.grants.get(keyValue);
  }
}

/** Usage-plan quota: requests per calendar period (UTC), `offset` pre-counted in the first period. */
export class QuotaCounter {
  private periodEnd = 0;
  private used: number;
  private first = true;

  constructor(
    private readonly settings: QuotaSettings,
    private readonly wallClock: () => number = Date.now,
  ) {
    this.used = settings.offset ?? 0;
  }

  /** Whether one more request fits in the current period (does not count it). */
  hasRoom(): boolean {
    const now = this.wallClock();
    if (now >= this.periodEnd) {
      if (!this.first) this.used = 0;
      this.first = false;
      this.periodEnd = periodEnd(this.settings.period, now);
    }
    return this.used < this.settings.limit;
  }

  count(): void {
    this.used++;
  }
}

function periodEnd(period: QuotaSettings['period'], now: number): number {
  const d = new Date(now);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  const day = d.getUTCDate();
  switch (period) {
    case 'DAY':
      return Date.UTC(y, m, day + 1);
    case 'WEEK': {
      // Weeks are taken to start on Monday 00:00 UTC (AWS does not document the boundary; inferred).
      const sinceMonday = (d.getUTCDay() + 6) % 7;
      return Date.UTC(y, m, day - sinceMonday + 7);
    }
    case 'MONTH':
      return Date.UTC(y, m + 1, 1);
  }
}
