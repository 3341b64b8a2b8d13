import { join } from 'node:path';
import { buildTopology } from '../src/template/build-topology.js';
import { loadCloudAssembly } from '../src/template/cdk-out.js';
import type { PatternTopology } from '../src/template/topology.js';

/** The hand-made cloud assembly the unit tests read (shaped like `cdk synth` output). */
export const FIXTURE_CDK_OUT = join(import.meta.dirname, 'fixtures', 'cloud-assembly');

/** A hand-made assembly whose APIs need no compute: MOCK methods, integrations the twin does not run, an ALB rule. */
export const INTEGRATIONS_CDK_OUT = join(import.meta.dirname, 'fixtures', 'integrations-assembly');

export function fixtureTopology(stackName: string): PatternTopology {
  const stack = loadCloudAssembly(FIXTURE_CDK_OUT).find((s) => s.stackName === stackName);
  if (!stack) throw new Error(`fixture stack ${stackName} missing`);
  return buildTopology(stack);
}

/** True while the process with this pid exists. */
export function isAlive(pid: number | undefined): boolean {
  if (pid === undefined) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
