/**
 * `bench:authorizers` runs end to end in seconds and writes a well-formed result: every route answered 200
 * through its authorizer (the script fails otherwise), and the cold-start rounds really started the
 * authorizer cold. Not a timing test. Runs the built script (`npm run build` first).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import type { AuthorizerBenchResult } from '../../bench/authorizers.js';

const SCRIPT = join(import.meta.dirname, '..', '..', 'dist', 'bench', 'authorizers.js');
const out = mkdtempSync(join(tmpdir(), 'pik-bench-authorizers-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('bench:authorizers', () => {
  it('measures the native and both Lambda authorizer routes and the cold start, and prints them', async () => {
    if (!existsSync(SCRIPT))
      throw new Error(`${SCRIPT} is missing: run \`npm run build -w @pik/twin\` first`);
    const file = join(out, 'authorizers.json');
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [SCRIPT, '--requests', '5', '--cold-starts', '2', '--out', file],
      { timeout: 60_000 },
    );
    const result = JSON.parse(readFileSync(file, 'utf8')) as AuthorizerBenchResult;
    expect(Object.keys(result.warm)).toEqual(['native', 'lambda', 'cached']);
    for (const summary of Object.values(result.warm)) expect(summary.p50).toBeGreaterThan(0);
    expect(result.cold.init.p50).toBeGreaterThan(0);
    expect(stdout).toMatch(
      /Lambda authorizer cold start \(2 rounds\): request p50 [\d.]+ ms, init p50 [\d.]+ ms/,
    );
  }, 90_000);
});
