/**
 * The short soak (`SHORT_SOAK`: a minute of mixed load on two patterns through the twin in its own process)
 * with its generous bounds: a leak in the twin, a Lambda environment, a replica or an emulator that grows
 * fast fails here. The detector itself is proven against a leaking child in soak-detector.test.ts.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPikApp } from '@pik/cdk-app';
import { isCi } from '@pik/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { procAvailable } from '../../src/soak/proc-tree.js';
import { SHORT_SOAK, SOAK_PATTERNS } from '../../src/soak/settings.js';
import { runSoak, type SoakOutcome } from '../../src/soak/soak-run.js';

const linux = await procAvailable();
if (!linux && isCi()) throw new Error('the short soak needs Linux /proc, and CI runs on Linux');

describe.runIf(linux)(`short soak through the twin (${SOAK_PATTERNS.join(', ')})`, () => {
  let root: string;
  let outcome: SoakOutcome;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'pik-soak-'));
    const cdkOut = join(root, 'cdk.out');
    buildPikApp({ outdir: cdkOut, patterns: SOAK_PATTERNS, nag: false }).app.synth();
    outcome = await runSoak({
      ...SHORT_SOAK,
      cdkOut,
      patterns: SOAK_PATTERNS,
      outDir: join(root, 'soak'),
      log: () => {},
    });
    process.stderr.write(`\n${outcome.table}\n\n`);
  }, 300_000);

  afterAll(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });

  it('samples the twin, its Lambda environments, its replicas and its DynamoDB emulator', () => {
    const kinds = outcome.result.growth.map((g) => g.kind);
    expect(kinds.filter((k) => k === 'twin')).toHaveLength(1);
    expect(kinds).toContain('lambda');
    expect(kinds).toContain('replica');
    expect(outcome.result.growth.map((g) => g.label)).toContain('dynalite');
    const twin = outcome.result.growth.find((g) => g.kind === 'twin');
    // One sample every 3 s over the 40 s after warm-up.
    expect(twin?.samples).toBeGreaterThanOrEqual(10);
    expect(twin?.rssMbPerMin).not.toBeNull();
  });

  it('both patterns carried load without unexpected answers', () => {
    expect(outcome.result.load.map((l) => l.pattern).sort()).toEqual([...SOAK_PATTERNS].sort());
    for (const load of outcome.result.load) {
      expect(load.requests, load.pattern).toBeGreaterThan(SHORT_SOAK.durationSec * 5);
      expect(load.unexpected + load.errors, load.pattern).toBe(0);
    }
  });

  it('no process grows above the short soak bounds after warm-up', () => {
    expect(outcome.flagged.map((g) => `${g.label}: ${g.flagged.join('; ')}`)).toEqual([]);
  });

  it('writes the verdict and every sample to soak.json and states the bound in soak.md', async () => {
    const written = JSON.parse(await readFile(outcome.files.json, 'utf8'));
    expect(written.bounds).toEqual(SHORT_SOAK.bounds);
    expect(written.series.length).toBe(outcome.result.growth.length);
    const markdown = await readFile(outcome.files.markdown, 'utf8');
    expect(markdown).toContain(`flagged above ${SHORT_SOAK.bounds.rssMbPerMin} MB/min`);
    expect(markdown).toContain('No process grew above the bound');
  });
});
