import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
    expect(await run(['up', '--patterns', 'http-vpclink-albs,no/pe'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("--patterns: 'no/pe' is not a stack name or pattern id"),
    });
    expect(await run(['up', '--container', 'WebService'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("--container: 'WebService' is not <ECS service logical id>=<command>"),
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

  it('--app needs a folder with a cdk.json app command, and says so', async () => {
    const result = await run(['up', '--app', root]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`--app: no cdk.json in ${root}`);
  });

  it('control commands take any stack name and name what runs when it is not there', async () => {
    const targets = join(root, 'targets.json');
    writeFileSync(
      targets,
      JSON.stringify({ patterns: [{ id: 'OrdersApiStack', controlUrl: 'http://127.0.0.1:9/patterns/x' }] }),
    );
    const result = await run(['token', 'SomeOtherStack', '--targets-file', targets]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('SomeOtherStack is not running in the twin');
    expect(result.stderr).toContain('running: OrdersApiStack');
    const known = await run(['token', 'OrdersApiStack', '--targets-file', targets]);
    expect(known.code).toBe(1);
    expect(known.stderr).toContain('the twin does not answer at http://127.0.0.1:9/patterns/x/token');
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
