import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTILLERY_NO_TELEMETRY } from '../src/tools/run-artillery.js';

// Resolve posthog-node from artillery's own folder, as artillery does.
const artilleryDir = dirname(createRequire(import.meta.url).resolve('artillery/package.json'));
const load = (preload: string[]) =>
  spawnSync(process.execPath, [...preload, '-e', "require('posthog-node'); console.log('loaded')"], {
    cwd: artilleryDir,
    encoding: 'utf8',
  });

describe('artillery telemetry preload', () => {
  it('leaves posthog-node loadable without the preload (the preload is what changes it)', () => {
    expect(load([]).stdout).toContain('loaded');
  });

  it('makes posthog-node unavailable, so artillery falls back to its no-op telemetry', () => {
    const run = load(['--require', ARTILLERY_NO_TELEMETRY]);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('posthog-node is not loaded in pik benchmark runs');
  });
});
