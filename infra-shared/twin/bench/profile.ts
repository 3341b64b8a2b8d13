/**
 * `--profile <dir>`: a V8 CPU profile of the twin's process during the throughput runs through the chain
 * only (not start-up, not the direct runs), written as `<dir>/twin-chain-<n>.cpuprofile` (open it in Chrome
 * DevTools or VS Code).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';

export interface ChainProfiler {
  around<T>(run: () => Promise<T>): Promise<T>;
  readonly files: readonly string[];
}

export async function chainProfiler(dir: string | undefined): Promise<ChainProfiler> {
  const files: string[] = [];
  if (!dir) return { around: (run) => run(), files };
  await mkdir(dir, { recursive: true });
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  return {
    files,
    async around(run) {
      await session.post('Profiler.start');
      try {
        return await run();
      } finally {
        const { profile } = await session.post('Profiler.stop');
        const file = join(dir, `twin-chain-${files.length + 1}.cpuprofile`);
        await writeFile(file, JSON.stringify(profile));
        files.push(file);
      }
    },
  };
}
