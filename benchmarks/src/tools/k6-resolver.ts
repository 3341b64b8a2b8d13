import { access, constants, readdir } from 'node:fs/promises';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';

/** Where `.ci/install-k6.sh` puts k6: one directory per version (kept in step with that script). */
export const K6_PINNED_VERSION = 'v1.8.1';
export const K6_INSTALL_HINT = 'bash .ci/install-k6.sh (go install go.k6.io/k6, pinned, cached)';

export function k6CacheRoot(env: NodeJS.ProcessEnv = process.env): string {
  return env.PIK_K6_CACHE ?? join(homedir(), '.cache', 'pik', 'k6');
}

async function isExecutable(file: string): Promise<boolean> {
  try {
    await access(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The k6 binary to run: `K6_BIN` if set, else `k6` on PATH, else the pinned version in the cache
 * directory, else any cached version. Undefined when there is none.
 */
export async function resolveK6(env: NodeJS.ProcessEnv = process.env): Promise<string | undefined> {
  if (env.K6_BIN) return (await isExecutable(env.K6_BIN)) ? env.K6_BIN : undefined;
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    const candidate = join(dir, 'k6');
    if (await isExecutable(candidate)) return candidate;
  }
  const root = k6CacheRoot(env);
  const pinned = join(root, K6_PINNED_VERSION, 'k6');
  if (await isExecutable(pinned)) return pinned;
  const versions = await readdir(root).catch(() => [] as string[]);
  for (const version of versions.sort().reverse()) {
    const candidate = join(root, version, 'k6');
    if (await isExecutable(candidate)) return candidate;
  }
  return undefined;
}
