/**
 * `pik bench` against a CDK app that is not one of the kit's patterns: a stack with two HTTP APIs (no stage
 * throttle), synthesized through its own cdk.json and run in the twin. Its services come from its routes;
 * the scenario that offers a multiple of the stage limit is refused by name, the latency one runs.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { synthesizeApp, type Twin, twinUp } from '@pik/twin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BenchOutcome, runBench } from '../src/cli/bench.js';

const APP = resolve(
  import.meta.dirname,
  '..',
  '..',
  'infra-shared',
  'twin',
  'test',
  'fixtures',
  'apps',
  'two-apis',
);

describe('pik bench against a foreign CDK app (two APIs in one stack)', () => {
  let root: string;
  let twin: Twin;
  let outcome: BenchOutcome;
  const lines: string[] = [];

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'pik-bench-own-app-'));
    const cdkOut = await synthesizeApp(APP, { outDir: join(root, 'cdk.out') });
    twin = await twinUp({ root, cdkOut, logs: 'discard', print: () => {} });
    outcome = await runBench({
      targets: twin.targets,
      scenarios: ['throttle', 'latency'],
      tool: 'artillery',
      variant: 'short',
      durationSec: 4,
      outDir: join(root, 'results'),
      log: (line) => lines.push(line),
    });
  }, 240_000);

  afterAll(async () => {
    await twin?.stop();
    if (root) await rm(root, { recursive: true, force: true });
  });

  it('refuses the throttle scenario for each API, naming it, since the stage sets no throttle', () => {
    for (const target of twin.targets.patterns) {
      expect(target.throttle).toBeUndefined();
      expect(lines.some((l) => l.includes(`${target.id} · throttle: refused`))).toBe(true);
    }
    expect(outcome.results.results.filter((r) => r.scenario === 'throttle')).toEqual([]);
  });

  it("runs the latency scenario against each API's route-derived services, every request answered 200", () => {
    const latency = outcome.results.results.filter((r) => r.scenario === 'latency');
    expect(latency.map((r) => r.pattern.replace(/[0-9A-F]{8}$/, '')).sort()).toEqual([
      'ShopStack.AdminApi',
      'ShopStack.PublicApi',
    ]);
    for (const result of latency) {
      expect(result.requests.total).toBeGreaterThan(10);
      expect(Object.keys(result.requests.byStatus)).toEqual(['200']);
      expect(result.requests.unexpected).toBe(0);
    }
    const services = (prefix: string) =>
      twin.targets.patterns.find((p) => p.id.startsWith(prefix))?.services.map((s) => [s.path, s.compute]);
    expect(services('ShopStack.AdminApi')).toEqual([['/admin/stats', 'lambda']]);
    expect(services('ShopStack.PublicApi')).toEqual([['/', 'lambda']]);
  });
});
