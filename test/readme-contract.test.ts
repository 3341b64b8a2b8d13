import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './support.js';

const read = (path: string) => readFileSync(resolve(REPO_ROOT, path), 'utf8');

describe('the README quick start is the contract', () => {
  const readme = read('README.md');
  const quickStart = readme.split('## Quick start')[1]?.split('\n## ')[0] ?? '';
  const commands = /```sh\n([\s\S]*?)```/.exec(quickStart)?.[1]?.trim().split('\n') ?? [];

  it('has exactly two commands: npm ci && npm run demo, then npm test', () => {
    expect(commands).toEqual(['npm ci && npm run demo', 'npm test']);
  });

  it('names scripts that exist in package.json', () => {
    const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.demo).toBeDefined();
    expect(scripts.test).toBeDefined();
  });

  it('is what .ci/run runs: the README test command, after installing the optional tools', () => {
    const ci = read('.ci/run');
    // Exactly one test run, `npm test` with no extra arguments (its output may be piped to a log).
    const runLines = ci.split('\n').filter((line) => /^\s*npm (test|run test)\b/.test(line));
    expect(runLines.map((l) => l.trim().split('|')[0]?.replace('2>&1', '').trim())).toEqual(['npm test']);
    expect(ci).toMatch(/CI="\$\{CI:-true\}"/);
  });
});
