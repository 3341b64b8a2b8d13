import type { ProcessSeries, Sample } from './growth.js';
import { identify, type ProcessIdentity, processTree, readProcess } from './proc-tree.js';

export interface Sampling {
  /** When sampling started (epoch ms): a sample's `t` counts seconds from here. */
  readonly startedAt: number;
  /** Stops sampling (after a last sample) and returns every process seen, in the order first seen. */
  stop(): Promise<ProcessSeries[]>;
}

/**
 * Samples RSS and open descriptors of the roots and every process below them now and every `intervalMs`,
 * finding processes started since the last sample (a Lambda environment created by a cold start).
 * `twinPid` names the root that is the twin, for its label.
 */
export function startSampling(
  roots: readonly number[],
  intervalMs: number,
  options: { twinPid?: number } = {},
): Sampling {
  const started = Date.now();
  const seen = new Map<number, { identity: ProcessIdentity; samples: Sample[] }>();
  let running: Promise<void> = Promise.resolve();
  const sampleOnce = async (): Promise<void> => {
    const t = Math.round((Date.now() - started) / 100) / 10;
    for (const pid of await processTree(roots)) {
      const reading = await readProcess(pid);
      if (!reading) continue;
      let entry = seen.get(pid);
      if (!entry) {
        entry = { identity: await identify(pid, pid === options.twinPid), samples: [] };
        seen.set(pid, entry);
      }
      entry.samples.push({ t, ...reading });
    }
  };
  // Samples never overlap: a slow read of /proc on a busy machine delays the next one instead.
  const tick = () => {
    running = running.then(sampleOnce);
  };
  tick();
  const timer = setInterval(tick, intervalMs);
  return {
    startedAt: started,
    async stop() {
      clearInterval(timer);
      tick();
      await running;
      return [...seen.values()].map(({ identity, samples }) => ({ ...identity, samples }));
    },
  };
}
