/**
 * A cached-read run starts from empty caches, and asking whether a pattern has a cache is that same flush:
 * one flush before each tool's run (on AWS each is a FlushStageCache and, behind CloudFront, a waited-for
 * invalidation, so an extra one costs minutes), and a pattern without a cache runs nothing.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TargetPattern } from '@pik/contracts';
import { optionalTool } from '@pik/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBench } from '../src/cli/bench.js';
import { K6_INSTALL_HINT, resolveK6 } from '../src/tools/k6-resolver.js';
import { type FakeService, startFakeService } from './support/fake-service.js';

const k6 = optionalTool('k6', (await resolveK6()) !== undefined, K6_INSTALL_HINT);
const tools = k6.available ? (['k6', 'artillery'] as const) : (['artillery'] as const);

describe('cached-read flushes the caches once per tool run', () => {
  let service: FakeService;
  let dir: string;

  beforeAll(async () => {
    service = await startFakeService({ rateLimit: 500, burstLimit: 200 });
    dir = await mkdtemp(join(tmpdir(), 'pik-cached-flush-'));
  });

  afterAll(async () => {
    await service?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const bench = async (hasCache: boolean) => {
    const events: string[] = [];
    const lines: string[] = [];
    const outcome = await runBench({
      targets: service.targets(['rest-vpclinkv2-alb']),
      scenarios: ['cached-read'],
      tool: tools.length === 2 ? 'both' : 'artillery',
      variant: 'short',
      durationSec: 1,
      outDir: join(dir, String(hasCache)),
      flushCache: async (pattern: TargetPattern) => {
        events.push(`flush ${pattern.id}`);
        return hasCache;
      },
      log: (line) => {
        lines.push(line);
        const run = / · cached-read · (k6|artillery): /.exec(line);
        if (run) events.push(`run ${run[1]}`);
      },
    });
    return { events, lines, outcome };
  };

  it("flushes right before each tool's run, and only then, on a pattern with a cache", async () => {
    const { events, outcome } = await bench(true);
    expect(events).toEqual(tools.flatMap((tool) => ['flush rest-vpclinkv2-alb', `run ${tool}`]));
    expect(outcome.results.results.map((r) => r.tool)).toEqual([...tools]);
    for (const r of outcome.results.results) expect(r.requests.total, r.tool).toBeGreaterThan(0);
  });

  it('runs nothing on a pattern without a cache, after one flush that says so', async () => {
    const { events, lines, outcome } = await bench(false);
    expect(events).toEqual(['flush rest-vpclinkv2-alb']);
    expect(outcome.results.results).toHaveLength(0);
    expect(lines).toContain(
      `[${tools.length}/${tools.length}] rest-vpclinkv2-alb · cached-read: skipped, the pattern has no API cache`,
    );
  });
});
