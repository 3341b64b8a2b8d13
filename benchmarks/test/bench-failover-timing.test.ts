/**
 * The failover run's clock against a target whose outage is known exactly: a stand-in whose first service
 * answers 500 from the kill until it is given back, as a REST API answers a Lambda function at reserved
 * concurrency 0. The kill must land `atSec` after the tool's first request, a Lambda service must be given
 * back `restoreAfterSec` later, and the record must put the errors in that window.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { optionalTool } from '@pik/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BenchOutcome, runBench } from '../src/cli/bench.js';
import type { TargetKiller } from '../src/failover/run-failover.js';
import { K6_INSTALL_HINT, resolveK6 } from '../src/tools/k6-resolver.js';
import { type FakeService, startFakeService } from './support/fake-service.js';

const k6 = optionalTool('k6', (await resolveK6()) !== undefined, K6_INSTALL_HINT);
const tool = k6.available ? 'k6' : 'artillery';
/** Scheduling slack on a shared 2-core machine. */
const SLACK_SEC = 0.6;

describe(`failover timing against a known outage (${tool})`, () => {
  let service: FakeService;
  let dir: string;
  let outcome: BenchOutcome;
  const calls: { what: string; at: number }[] = [];

  beforeAll(async () => {
    service = await startFakeService({ rateLimit: 200, burstLimit: 100 });
    dir = await mkdtemp(join(tmpdir(), 'pik-failover-timing-'));
    const killer: TargetKiller = {
      async kill(_pattern, target) {
        calls.push({ what: `kill ${target.name}`, at: Date.now() });
        service.fail(target.path, 500);
        return { description: `${target.name}: reserved concurrency 0`, targetsBefore: null };
      },
      async restore(_pattern, target) {
        calls.push({ what: `restore ${target.name}`, at: Date.now() });
        service.fail(target.path, undefined);
      },
    };
    outcome = await runBench({
      targets: service.targets(['rest-vpclinkv2-alb']),
      scenarios: ['failover'],
      tool,
      variant: 'short',
      outDir: dir,
      failoverTargets: killer,
      log: () => {},
    });
  }, 300_000);

  afterAll(async () => {
    await service?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('kills 2 s after the first request and gives the Lambda service back 2 s later, within the run', () => {
    expect(calls.map((c) => c.what)).toEqual(['kill catalog', 'restore catalog']);
    const [kill = 0, restore = 0] = calls.map((c) => c.at);
    expect((restore - kill) / 1000).toBeGreaterThanOrEqual(2);
    expect((restore - kill) / 1000).toBeLessThan(2 + SLACK_SEC);
    const f = outcome.results.results[0]?.failover;
    expect(f?.killedAtSec).toBeGreaterThanOrEqual(1.9);
    expect(f?.killedAtSec).toBeLessThan(2 + SLACK_SEC);
    expect(f?.restoredAfterSec).toBeGreaterThanOrEqual(2);
  });

  it('counts the outage as errors by status from the kill to the restore, then back to zero, nothing lost', () => {
    const f = outcome.results.results[0]?.failover;
    if (!f) throw new Error('no failover block');
    expect(Object.keys(f.errorsByStatus)).toEqual(['500']);
    expect(f.errorsByStatus['500']).toBeGreaterThan(3);
    expect(f.errorWindow?.firstSec).toBeGreaterThanOrEqual(0);
    expect(f.errorWindow?.firstSec).toBeLessThan(SLACK_SEC);
    expect(f.recoverySec).toBeGreaterThan(2 - SLACK_SEC);
    expect(f.recoverySec).toBeLessThanOrEqual((f.restoredAfterSec ?? 0) + SLACK_SEC);
    expect(f.errorsOverTime.filter((p) => p.t < 0).every((p) => p.errors === 0)).toBe(true);
    expect(f.writes?.acknowledged).toBeGreaterThan(5);
    expect(f.writes?.lost).toBe(0);
    expect(outcome.failed).toBe(0);
  });
});
