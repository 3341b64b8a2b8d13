import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeTaskRoot, UNUSED_COPY_MS } from '../../src/runtime/lambda-code.js';

// A function folder inside an ES-module project runs from a copy in <tmp>/pik-twin-code; copies no twin
// has used for a week are removed when a new one is made, so rebuilds do not fill the disk.
describe('copies of function code made to run outside an ES-module project', () => {
  let root: string;
  let savedTmp: string | undefined;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'pik-code-test-'));
    savedTmp = process.env.TMPDIR;
    process.env.TMPDIR = join(root, 'tmp');
    mkdirSync(process.env.TMPDIR);
  });
  afterEach(() => {
    process.env.TMPDIR = savedTmp;
    if (savedTmp === undefined) delete process.env.TMPDIR;
    rmSync(root, { recursive: true, force: true });
  });

  function functionFolder(name: string): string {
    writeFileSync(join(root, 'package.json'), JSON.stringify({ type: 'module' }));
    const dir = join(root, 'cdk.out', name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.js'), 'exports.handler = async () => 1;');
    return dir;
  }
  const aged = (path: string, ms: number) => {
    const then = new Date(Date.now() - ms);
    utimesSync(path, then, then);
  };

  it('runs from a copy, reuses it, and removes only copies unused for longer than the bound', () => {
    const copies = join(root, 'tmp', 'pik-twin-code');
    mkdirSync(join(copies, 'asset.old.0000'), { recursive: true });
    mkdirSync(join(copies, 'asset.recent.0000'), { recursive: true });
    aged(join(copies, 'asset.old.0000'), UNUSED_COPY_MS + 60_000);
    aged(join(copies, 'asset.recent.0000'), UNUSED_COPY_MS - 3_600_000);

    const copy = nodeTaskRoot(functionFolder('asset.abc'));
    expect(copy.startsWith(copies)).toBe(true);
    expect(existsSync(join(copy, 'index.js'))).toBe(true);
    expect(existsSync(join(copies, 'asset.old.0000'))).toBe(false);
    expect(existsSync(join(copies, 'asset.recent.0000'))).toBe(true);

    aged(copy, UNUSED_COPY_MS - 60_000);
    expect(nodeTaskRoot(join(root, 'cdk.out', 'asset.abc'))).toBe(copy);
    expect(Date.now() - statSync(copy).mtimeMs).toBeLessThan(60_000);
  });
});
