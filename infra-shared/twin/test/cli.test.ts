import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { runTwinCli } from '../src/cli.js';

const root = mkdtempSync(join(tmpdir(), 'pik-twin-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function run(argv: string[]): Promise<{ code: number; stderr: string; stdout: string }> {
  const err = vi.spyOn(console, 'error').mockImplementation(() => {});
  const out = vi.spyOn(console, 'log').mockImplementation(() => {});
  try {
    const code = await runTwinCli(argv);
    return {
      code,
      stderr: err.mock.calls.map((c) => c.join(' ')).join('\n'),
      stdout: out.mock.calls.map((c) => c.join(' ')).join('\n'),
    };
  } finally {
    err.mockRestore();
    out.mockRestore();
  }
}

describe('pik twin command line', () => {
  it('rejects bad input with exit code 2, naming the flag, before starting anything', async () => {
    expect(await run(['up', '--patterns', 'http-vpclink-albs,nope'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--patterns: unknown pattern(s) nope'),
    });
    expect((await run(['up', '--ddb-endpoint', 'file:///x'])).stderr).toContain('--ddb-endpoint');
    expect((await run(['up', '--health-check-scale', '3'])).stderr).toContain('--health-check-scale');
    expect((await run(['up', '--lambda-idle-seconds=0'])).stderr).toContain('--lambda-idle-seconds');
    expect((await run(['up', '--no-such-flag'])).code).toBe(2);
    expect((await run(['launch'])).stderr).toContain("unknown command 'launch'");
  });

  it('fails with a clear message when there is no cloud assembly; without a command it means up', async () => {
    for (const argv of [
      ['up', '--root', root],
      ['--root', root],
    ]) {
      const result = await run(argv);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/no cloud assembly at .*cdk\.out/);
    }
  });

  it('control commands need a running twin (its targets file)', async () => {
    const result = await run(['cold-start', 'http-lambda-baseline', '--root', root]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no targets file');
  });

  it('prints usage for --help', async () => {
    const result = await run(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('usage: pik twin');
  });
});
