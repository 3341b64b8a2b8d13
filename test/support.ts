import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TargetsFile } from '@pik/contracts';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const PIK = resolve(REPO_ROOT, 'cli', 'dist', 'main.js');

export interface PikRun {
  readonly child: ChildProcess;
  /** Everything printed so far (stdout and stderr). */
  output(): string;
  /** Resolves with the exit code. */
  readonly exited: Promise<number | null>;
}

/** Runs `pik <args>` from the repository root, as `npm run demo` does. */
export function runPik(args: readonly string[]): PikRun {
  const child = spawn(process.execPath, [PIK, ...args], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    text += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    text += chunk.toString();
  });
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  return { child, output: () => text, exited };
}

export async function waitForOutput(run: PikRun, pattern: RegExp, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!pattern.test(run.output())) {
    if (run.child.exitCode !== null)
      throw new Error(`pik exited before printing ${pattern}:\n${run.output()}`);
    if (Date.now() > deadline) throw new Error(`no ${pattern} within ${timeoutMs} ms:\n${run.output()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export function readTargets(): TargetsFile {
  return JSON.parse(readFileSync(resolve(REPO_ROOT, '.pik', 'targets.json'), 'utf8')) as TargetsFile;
}

/** Every 127.0.0.1 port a targets file names (gateways, token endpoints, control surface). */
export function portsOf(targets: TargetsFile): number[] {
  const urls = targets.patterns.flatMap((p) => [
    p.baseUrl,
    ...(p.controlUrl ? [p.controlUrl] : []),
    ...p.auth.flatMap((a) => (a.kind === 'jwt' ? [a.tokenUrl] : [])),
  ]);
  return [...new Set(urls.map((u) => Number(new URL(u).port)))];
}

export function portIsOpen(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
  });
}
