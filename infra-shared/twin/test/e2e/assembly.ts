/**
 * Finds the real cloud assembly (`npm run synth` output) for the end-to-end tests and says why it cannot
 * be used when it is missing or incomplete. Without one the suites skip with the reason printed; under
 * CI (env `CI` set) they fail instead.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BUNDLE_PATHS } from '@pik/service-kit/catalogue';
import { loadTopologies } from '../../src/orchestrator/twin-up.js';
import type { PatternTopology } from '../../src/template/topology.js';

export const REPO_ROOT = resolve(import.meta.dirname, '..', '..', '..', '..');

export interface AssemblyStatus {
  readonly cdkOut: string;
  readonly topologies: readonly PatternTopology[];
  /** Why the assembly cannot be run; undefined when it can. */
  readonly unavailable?: string;
}

export function realAssembly(): AssemblyStatus {
  const cdkOut = resolve(process.env.PIK_CDK_OUT ?? join(REPO_ROOT, 'cdk.out'));
  if (!existsSync(join(cdkOut, 'manifest.json'))) {
    return { cdkOut, topologies: [], unavailable: `no cloud assembly at ${cdkOut}: run \`npm run synth\`` };
  }
  let topologies: PatternTopology[];
  try {
    topologies = loadTopologies(cdkOut);
  } catch (error) {
    return {
      cdkOut,
      topologies: [],
      unavailable: `cloud assembly at ${cdkOut} unreadable: ${(error as Error).message}`,
    };
  }
  if (topologies.length === 0) return { cdkOut, topologies, unavailable: `no pattern stacks in ${cdkOut}` };
  for (const t of topologies) {
    for (const fn of t.functions) {
      const entry = ['index.mjs', 'index.js'].some((f) => existsSync(join(fn.codeDir, f)));
      if (!entry)
        return { cdkOut, topologies, unavailable: `${t.patternId}: Lambda bundle missing in ${fn.codeDir}` };
    }
    for (const c of t.containerServices) {
      if (!existsSync(join(c.imageDir, BUNDLE_PATHS.serverEntry))) {
        return { cdkOut, topologies, unavailable: `${t.patternId}: server entry missing in ${c.imageDir}` };
      }
    }
  }
  return { cdkOut, topologies };
}

/** Prints why a suite skips, or throws under CI where a missing assembly is a failure. */
export function reportUnavailable(status: AssemblyStatus): boolean {
  if (!status.unavailable) return false;
  if (process.env.CI) throw new Error(`twin end-to-end tests need the cloud assembly: ${status.unavailable}`);
  console.warn(`[skipped] twin end-to-end tests: ${status.unavailable}`);
  return true;
}
