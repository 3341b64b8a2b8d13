/** One twin of a few patterns of the kit's app, synthesized into a temporary folder, for a whole suite. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPikApp } from '@pik/cdk-app';
import type { PikPatternStackProps } from '@pik/cdk-constructs';
import type { PatternId } from '@pik/contracts';
import { type Twin, twinUp } from '@pik/twin';

export interface TwinOfPatterns {
  readonly twin: Twin;
  /** The temporary folder holding the assembly, the twin's files and whatever the suite writes there. */
  readonly root: string;
  stop(): Promise<void>;
}

export async function twinOfPatterns(
  patterns: readonly PatternId[],
  commonProps: PikPatternStackProps,
): Promise<TwinOfPatterns> {
  const root = await mkdtemp(join(tmpdir(), 'pik-bench-'));
  const cdkOut = join(root, 'cdk.out');
  buildPikApp({ outdir: cdkOut, patterns, commonProps, nag: false }).app.synth();
  const twin = await twinUp({ root, cdkOut, patterns, logs: 'file', print: () => {} });
  return {
    twin,
    root,
    async stop() {
      await twin.stop();
      await rm(root, { recursive: true, force: true });
    },
  };
}
