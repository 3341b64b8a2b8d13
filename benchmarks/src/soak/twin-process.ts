import { type ChildProcess, spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TargetsFile } from '@pik/contracts';
import { parseTargets } from '../targets/load-targets.js';

export interface TwinProcess {
  readonly pid: number;
  readonly targets: TargetsFile;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves once the twin has exited. */
  stop(graceMs?: number): Promise<void>;
}

/** The twin's command line (`pik twin up`), from the installed @pik/twin. */
function twinBin(): string {
  return join(dirname(fileURLToPath(import.meta.resolve('@pik/twin'))), 'bin.js');
}

const exited = (child: ChildProcess): Promise<void> =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once('exit', () => resolve()));

/**
 * Runs `pik twin up` for `patterns` of an assembly in its own process, so a soak measures the twin alone
 * (not the load generator or the sampler), and waits for the targets file it writes once healthy.
 */
export async function startTwinProcess(options: {
  cdkOut: string;
  patterns: readonly string[];
  root: string;
  timeoutMs?: number;
}): Promise<TwinProcess> {
  const targetsFile = join(options.root, 'targets.json');
  const child = spawn(
    process.execPath,
    [
      twinBin(),
      'up',
      '--cdk-out',
      options.cdkOut,
      '--patterns',
      options.patterns.join(','),
      '--root',
      options.root,
      '--targets-file',
      targetsFile,
      '--logs',
      'file',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const stop = async (graceMs = 15_000): Promise<void> => {
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await exited(child);
    clearTimeout(timer);
  };
  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(
        `the twin exited before it was healthy (${child.exitCode ?? child.signalCode}):\n${stderr}`,
      );
    const raw = await readFile(targetsFile, 'utf8').catch(() => undefined);
    if (raw) {
      try {
        const targets = parseTargets(JSON.parse(raw), targetsFile);
        return { pid: child.pid as number, targets, stop };
      } catch {
        // Still being written: read it again on the next round.
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`the twin was not healthy within ${options.timeoutMs ?? 120_000} ms:\n${stderr}`);
}
