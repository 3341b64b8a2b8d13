import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { portIsOpen, portsOf, REPO_ROOT, readTargets, runPik, waitForOutput } from './support.js';

// The demo end to end, in a short mode: two patterns (one container-only, one Lambda behind CloudFront that
// buffers its writes, so write-burst runs too), artillery only (always installed with the kit), 3 s
// scenarios. The full demo runs every pattern but the live feed with both tools.
const PATTERNS = ['rest-vpclink-shared-nlb', 'edge-buffered-writes'];
const SHORT = ['demo', '--patterns', PATTERNS.join(','), '--tool', 'artillery', '--duration', '3'];

/** Processes still running anything from the demo's assembly (twin children run from cdk.out asset folders). */
function leftoverProcesses(): string[] {
  try {
    return execFileSync('pgrep', ['-af', '.pik/demo/cdk.out'], { encoding: 'utf8' })
      .split('\n')
      .filter((line) => line.trim() && !line.includes('pgrep'));
  } catch {
    return []; // pgrep exits 1 when nothing matches
  }
}

describe('npm run demo (short mode)', () => {
  it('synthesizes, runs the twin, compares the patterns, writes the report and stops everything', async () => {
    const run = runPik(SHORT);
    const code = await run.exited;
    const output = run.output();
    expect(code, output).toBe(0);

    for (const step of [
      '[1/4] Synthesizing',
      '[2/4] Starting the local twin',
      '[3/4] Comparing',
      '[4/4] Stopping',
    ])
      expect(output).toContain(step);
    expect(output).toContain('Local twin figures from this machine, not AWS figures.');
    for (const id of PATTERNS) expect(output).toMatch(new RegExp(`local twin\\s+${id}\\s+latency`));

    const latest = realpathSync(resolve(REPO_ROOT, 'results', 'latest'));
    expect(existsSync(resolve(latest, 'report.html'))).toBe(true);
    expect(existsSync(resolve(latest, 'summary.md'))).toBe(true);
    const results = JSON.parse(readFileSync(resolve(latest, 'results.json'), 'utf8')) as {
      world: string;
      results: {
        pattern: string;
        scenario: string;
        tool: string;
        share429: number;
        cold: { count: number };
        writeBurst?: { accepted: number; applied: number; queued: number; lost: number };
      }[];
    };
    expect(results.world).toBe('local-twin');
    const key = (r: { pattern: string; scenario: string }) => `${r.pattern}/${r.scenario}`;
    expect(results.results.map(key).sort()).toEqual(
      [
        'edge-buffered-writes/cold-start',
        'edge-buffered-writes/latency',
        'edge-buffered-writes/write-burst',
        'rest-vpclink-shared-nlb/latency',
        'rest-vpclink-shared-nlb/throttle',
      ].sort(),
    );
    // What a user comes for: the throttle run shows 429s, the latency run none, the cold-start run cold
    // starts, the write burst every accepted write applied.
    for (const r of results.results) {
      if (r.scenario === 'throttle') expect(r.share429, key(r)).toBeGreaterThan(0.05);
      if (r.scenario === 'latency') expect(r.share429, key(r)).toBe(0);
      if (r.scenario === 'cold-start') expect(r.cold.count, key(r)).toBeGreaterThan(0);
      if (r.scenario === 'write-burst') {
        expect(r.writeBurst?.accepted, key(r)).toBeGreaterThan(0);
        expect(r.writeBurst?.lost, key(r)).toBe(0);
        expect((r.writeBurst?.applied ?? 0) + (r.writeBurst?.queued ?? 0), key(r)).toBe(
          r.writeBurst?.accepted,
        );
      }
    }

    // Nothing left behind: every port the twin served on is closed, and no twin child is running.
    for (const port of portsOf(readTargets())) expect(await portIsOpen(port), `port ${port}`).toBe(false);
    expect(leftoverProcesses()).toEqual([]);
  });

  it('leaves no process and no port behind when interrupted with Ctrl-C (SIGINT) mid-run', async () => {
    const run = runPik([...SHORT, '--skip-synth']);
    await waitForOutput(run, /\[3\/4\] Comparing/, 120_000);
    const ports = portsOf(readTargets());
    expect(ports.length).toBeGreaterThan(0);
    run.child.kill('SIGINT');
    const code = await run.exited;
    expect(code, run.output()).toBe(130);
    expect(run.output()).toContain('SIGINT: stopping the twin');
    await new Promise((r) => setTimeout(r, 500));
    for (const port of ports) expect(await portIsOpen(port), `port ${port}`).toBe(false);
    expect(leftoverProcesses()).toEqual([]);
  });
});
