import { describe, expect, it } from 'vitest';
import { runAdviseCli } from './cli.js';

const run = (...argv: string[]) => {
  let stdout = '';
  let stderr = '';
  const code = runAdviseCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
};

describe('pik advise flags', () => {
  it.each([
    [['--api', 'rest'], '--services'],
    [['--services', 'ten', '--api', 'rest'], '--services'],
    [['--services', '0', '--api', 'rest'], '--services'],
    [['--services', '3'], '--api'],
    [['--services', '3', '--api', 'soap'], '--api'],
    [['--services', '3', '--api', 'rest', '--compute', 'ec2'], '--compute'],
    [['--services', '3', '--api', 'rest', '--teams', 'x'], '--teams'],
    [['--services', '3', '--api', 'rest', '--teams', '0'], '--teams'],
    [['--services', '3', '--api', 'rest', '--rps=fast'], '--rps'],
    [['--services', '3', '--api', 'rest', '--region', 'moon'], '--region'],
    [['--services', '3', '--api', 'rest', '--colour'], '--colour'],
    [['--services', '3', '--api', 'rest', 'extra'], 'extra'],
    [['--services', '3', '--api', 'rest', '--feed-connections', 'many'], '--feed-connections'],
    [['--services', '3', '--api', 'rest', '--feed-connections', '0'], '--feed-connections'],
    [['--services', '3', '--api', 'rest', '--feed-messages', '2'], '--feed-messages'],
  ])('rejects %j with exit code 2 naming %s', (argv, flag) => {
    const r = run(...argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(flag);
    expect(r.stdout).toBe('');
  });

  it('prints usage on --help', () => {
    const r = run('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--services N');
  });
});

describe('pik advise output', () => {
  it('prints a table, a ranked recommendation, and flags unconfirmed prices', () => {
    const r = run('--services', '60', '--api', 'rest');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/#\s+option\s+fits\?\s+fixed \$\/h\s+\$\/M req/);
    expect(r.stdout).toMatch(/3\s+rest-vpclink-shared-nlb\s+yes/);
    expect(r.stdout).toContain('REST links@21!');
    expect(r.stdout).toContain('1. option 3 (rest-vpclink-shared-nlb)');
    expect(r.stdout).toContain('Unconfirmed prices');
  });

  it('adds a monthly column when --rps is given', () => {
    const r = run('--services', '8', '--api', 'http', '--compute', 'lambda', '--rps', '2000');
    expect(r.stdout).toContain('$/month');
    expect(r.stdout).toContain('1. option 6 (http-lambda-baseline)');
  });

  it('prints the whole answer as JSON with --json', () => {
    const r = run('--services', '51', '--api', 'rest', '--json');
    expect(r.code).toBe(0);
    const advice = JSON.parse(r.stdout);
    expect(advice.options).toHaveLength(8);
    expect(advice.options[2].layout.nlbs).toBe(2);
    expect(advice.ranking[0].option).toBe(3);
    expect(advice.unconfirmedPrices.length).toBeGreaterThan(0);
  });
});
