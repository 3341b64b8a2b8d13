import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';

export interface ProcessResult {
  readonly exitCode: number;
  readonly timedOut: boolean;
}

/**
 * Runs a load tool with stdout and stderr captured to files; stops it (SIGTERM, then SIGKILL) when it
 * exceeds `timeoutMs`, so a stuck run never outlives the benchmark.
 */
export async function runToFiles(
  command: string,
  args: readonly string[],
  options: { env: NodeJS.ProcessEnv; cwd: string; stdoutFile: string; stderrFile: string; timeoutMs: number },
): Promise<ProcessResult> {
  const stdout = createWriteStream(options.stdoutFile);
  const stderr = createWriteStream(options.stderrFile);
  const child = spawn(command, [...args], {
    env: options.env,
    cwd: options.cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(stdout);
  child.stderr.pipe(stderr);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 5000).unref();
  }, options.timeoutMs);
  const exitCode = await new Promise<number>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  }).finally(() => clearTimeout(timer));
  await Promise.all([
    new Promise((resolve) => stdout.end(resolve)),
    new Promise((resolve) => stderr.end(resolve)),
  ]);
  return { exitCode, timedOut };
}

/** Runs a command and returns its stdout (for `--version`), or undefined when it cannot run. */
export async function captureOutput(
  command: string,
  args: readonly string[],
  timeoutMs = 15_000,
): Promise<string | undefined> {
  return new Promise((resolve) => {
    const child = spawn(command, [...args], { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', () => {
      clearTimeout(timer);
      resolve(undefined);
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve(code === 0 ? out : undefined);
    });
  });
}
