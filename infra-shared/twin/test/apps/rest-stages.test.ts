/**
 * A REST pattern with three stages and a canary (`rest-pattern-stages`), run in the twin from its template:
 * every stage answers at its own path with its own throttle, the integrations reach the backend through the
 * VPC link the stage variables name, and the canary's variable override sends its share elsewhere.
 */
import { targetAtStage } from '@pik/contracts';
import { describe, expect, it } from 'vitest';
import { targetPatternOf } from '../../src/orchestrator/targets.js';
import { fixtureAppSuite } from './fixture-suite.js';

const STACK = 'rest-vpclinkv2-alb';
const suite = fixtureAppSuite('rest-pattern-stages');

function urlOf(stage: string, path: string): string {
  const url = suite.app.twin.patterns.get(STACK)?.gateway.stageUrls[stage];
  if (!url) throw new Error(`stage ${stage} is not served`);
  return `${url}${path}`;
}

async function call(stage: string, path: string): Promise<{ status: number; trace: string | null }> {
  const response = await fetch(urlOf(stage, path));
  await response.text();
  return { status: response.status, trace: response.headers.get('x-pik-trace') };
}

describe('a REST pattern with stages and a canary in the twin', () => {
  it('reads every stage, its variables and the canary from the template', () => {
    const api = suite.app.twin.patterns.get(STACK)?.topology.api;
    expect([api?.stage.name, ...(api?.moreStages ?? []).map((s) => s.stage.name)].sort()).toEqual([
      'prod',
      'test',
      'v1',
    ]);
    const test = api?.moreStages?.find((s) => s.stage.name === 'test')?.stage;
    expect(test?.throttle).toEqual({ rateLimit: 2, burstLimit: 3 });
    expect(test?.variables).toMatchObject({
      release: 'r2',
      vpcLinkId: expect.any(String),
      ordersHost: expect.any(String),
    });
    const prod = api?.moreStages?.find((s) => s.stage.name === 'prod')?.stage;
    expect(prod?.canary).toMatchObject({ percentTraffic: 50, variables: { vpcLinkId: 'retired-link' } });
  });

  it('serves each stage at its own path through the link its stage variables name', async () => {
    for (const stage of ['v1', 'test']) {
      const answer = await call(stage, '/orders/o-1');
      expect(answer.status).toBe(200);
      expect(answer.trace).toMatch(new RegExp(`^gateway:rest > stage:${stage} > vpclink:v2 > alb > lambda:`));
    }
    expect((await call('v1', '/../nostage/orders')).status).toBe(403);
  });

  it("applies the test stage's own throttle and leaves v1's alone", async () => {
    const test = await Promise.all(Array.from({ length: 8 }, () => call('test', '/orders')));
    expect(test.filter((a) => a.status === 429).length).toBeGreaterThanOrEqual(4);
    const v1 = await Promise.all(Array.from({ length: 8 }, () => call('v1', '/orders')));
    expect(v1.every((a) => a.status === 200)).toBe(true);
  });

  it('splits prod between the stage and its canary, the canary reaching what its variables name', async () => {
    const answers = await Promise.all(Array.from({ length: 40 }, () => call('prod', '/orders')));
    const canary = answers.filter((a) => a.trace?.startsWith('gateway:rest > stage:prod(canary)'));
    const stage = answers.filter((a) => a.trace?.startsWith('gateway:rest > stage:prod >'));
    expect(canary.length + stage.length).toBe(40);
    expect(canary.length).toBeGreaterThan(5);
    expect(stage.length).toBeGreaterThan(5);
    expect(stage.every((a) => a.status === 200 && a.trace?.includes('lambda:'))).toBe(true);
    // The canary's vpcLinkId names no link of the template: no private integration, API Gateway's 500.
    expect(canary.every((a) => a.status === 500)).toBe(true);
  });

  it('lists every stage in the targets file, so a benchmark can target one', async () => {
    const running = suite.app.twin.patterns.get(STACK);
    if (!running) throw new Error('not running');
    const entry = targetPatternOf(running, undefined);
    expect(entry.stages?.map((s) => [s.name, s.throttle, s.canaryPercent])).toEqual([
      ['v1', { rateLimit: 1000, burstLimit: 500 }, undefined],
      ['test', { rateLimit: 2, burstLimit: 3 }, undefined],
      ['prod', { rateLimit: 1000, burstLimit: 500 }, 50],
    ]);
    const test = targetAtStage(entry, 'test');
    expect([test.stage, test.throttle]).toEqual(['test', { rateLimit: 2, burstLimit: 3 }]);
    // The throttle test above emptied this stage's bucket (2 rps, burst 3): wait for it to refill.
    await new Promise((resolve) => setTimeout(resolve, 1600));
    const answer = await fetch(`${test.baseUrl}/orders`);
    expect([answer.status, answer.headers.get('x-pik-trace')?.split(' > ')[1]]).toEqual([200, 'stage:test']);
    expect(() => targetAtStage(entry, 'staging')).toThrow(
      "--stage: rest-vpclinkv2-alb has no stage 'staging' (stages: v1, test, prod)",
    );
  });
});
