/**
 * The soak's leak detector against processes whose behaviour is known: a node child that keeps every
 * buffer and descriptor it opens must be flagged under the bounds the short soak in `npm test` uses, and
 * one that allocates and frees as much must not be.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { isCi } from '@pik/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { growthOf, theilSenSlope } from '../../src/soak/growth.js';
import { procAvailable } from '../../src/soak/proc-tree.js';
import { startSampling } from '../../src/soak/sampler.js';
import { SHORT_SOAK } from '../../src/soak/settings.js';

// Every 200 ms, 1 MiB of data and one descriptor: the leaking child keeps both (a buffer, so the pages
// are resident at once); the steady one builds as much short-lived data on the heap, where the young
// generation reclaims it, and closes the descriptor it opened.
const LEAKING = `const kept = []; const fs = require('node:fs');
setInterval(() => { kept.push(Buffer.alloc(1024 * 1024, 1)); kept.push(fs.openSync('/dev/null', 'r')); }, 200);`;
const STEADY = `const fs = require('node:fs'); let last = 0;
setInterval(() => { last = Array.from({ length: 131072 }, (_, i) => i).length; fs.closeSync(fs.openSync('/dev/null', 'r')); }, 200);`;

const linux = await procAvailable();
if (!linux && isCi()) throw new Error('the soak detector needs Linux /proc, and CI runs on Linux');

describe.runIf(linux)('soak leak detector', () => {
  const children: ChildProcess[] = [];
  afterAll(() => {
    for (const child of children) child.kill('SIGKILL');
  });

  it('Theil-Sen ignores a garbage-collection drop that moves a least-squares line', () => {
    const points = Array.from({ length: 12 }, (_, i) => [i * 10, 100 + i] as [number, number]);
    points[6] = [60, 40];
    expect(theilSenSlope(points)).toBeCloseTo(0.1, 5);
  });

  it('flags a child that keeps what it allocates and opens, not one that frees it', async () => {
    const start = (code: string) => {
      const child = spawn(process.execPath, ['-e', code], { stdio: 'ignore' });
      children.push(child);
      return child.pid as number;
    };
    const leaking = start(LEAKING);
    const steady = start(STEADY);
    const sampling = startSampling([leaking, steady], 250);
    await new Promise((resolve) => setTimeout(resolve, 8_000));
    const series = await sampling.stop();
    const verdict = (pid: number) => {
      const found = series.find((s) => s.pid === pid);
      if (!found) throw new Error(`pid ${pid} was never sampled`);
      return growthOf(found, { fromSec: 2, toSec: Number.POSITIVE_INFINITY }, SHORT_SOAK.bounds);
    };
    const leak = verdict(leaking);
    const calm = verdict(steady);
    process.stderr.write(
      `[soak] leaking child: ${leak.rssMbPerMin} MB/min, ${leak.fdsPerMin} fds/min; steady child: ${calm.rssMbPerMin} MB/min, ${calm.fdsPerMin} fds/min (bounds ${SHORT_SOAK.bounds.rssMbPerMin} MB/min, ${SHORT_SOAK.bounds.fdsPerMin} fds/min)\n`,
    );
    expect(leak.samples).toBeGreaterThanOrEqual(20);
    expect(leak.flagged).toHaveLength(2);
    expect(leak.flagged.join(' ')).toMatch(/rss .* MB\/min > .*fds .*\/min >/);
    expect(calm.flagged).toEqual([]);
    expect(calm.kind).toBe('process');
  }, 30_000);
});
