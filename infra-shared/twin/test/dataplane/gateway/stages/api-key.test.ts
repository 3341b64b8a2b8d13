import { describe, expect, it } from 'vitest';
import { apiKeyStage } from '../../../../src/dataplane/gateway/stages/api-key.js';
import { UsagePlans } from '../../../../src/dataplane/gateway/usage-plans.js';
import { requestContext } from '../request-context.js';

function plans(quotaLimit: number) {
  return new UsagePlans(
    'api1',
    'prod',
    [
      {
        id: 'plan',
        quota: { limit: quotaLimit, period: 'DAY' },
        apiStages: [{ apiId: 'api1', stage: 'prod' }],
        apiKeyIds: ['k1', 'k2'],
      },
    ],
    [
      { id: 'k1', value: 'good-key' },
      { id: 'k2', value: 'disabled-key', enabled: false },
    ],
    () => 0,
  );
}

describe('API key stage', () => {
  it('accepts a key of a plan on this stage and hands its grant on', () => {
    const { context } = requestContext({ headers: { 'x-api-key': 'good-key' } });
    expect(apiKeyStage(plans(10)).run(context)).toBeUndefined();
    expect(context.grant?.keyId).toBe('k1');
    expect(context.grant?.planId).toBe('plan');
  });

  it('refuses a missing, unknown or disabled key as invalidApiKey (403)', () => {
    const stage = apiKeyStage(plans(10));
    const presented: Record<string, string>[] = [
      {},
      { 'x-api-key': 'other' },
      { 'x-api-key': 'disabled-key' },
    ];
    for (const headers of presented) {
      const { context } = requestContext({ headers });
      expect(stage.run(context)?.error).toBe('invalidApiKey');
      expect(context.grant).toBeUndefined();
    }
  });

  it('refuses a key whose quota is used up, and does not count the refusal', () => {
    const stage = apiKeyStage(plans(1));
    const first = requestContext({ headers: { 'x-api-key': 'good-key' } }).context;
    expect(stage.run(first)).toBeUndefined();
    first.grant?.quota?.count();
    const second = requestContext({ headers: { 'x-api-key': 'good-key' } }).context;
    expect(stage.run(second)?.error).toBe('quotaExceeded');
    expect(stage.run(second)?.error).toBe('quotaExceeded');
  });
});
