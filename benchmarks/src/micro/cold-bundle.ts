import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleOptions, lambdaOutputOptions, moduleBytes } from '@pik/service-kit/bundle';
import { build } from 'esbuild';

export interface BuiltBundle {
  readonly file: string;
  readonly bytes: number;
  /** Removes the temp dir holding the bundle. */
  remove(): Promise<void>;
}

/**
 * Bundles {@link ./bare-lambda.ts} into a temp dir with the very esbuild options of the services' Lambda
 * bundles (imported from the kit, ESM chunks included), so both sides are built and load the same way.
 */
export async function bundleBareLambda(): Promise<BuiltBundle> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const outdir = await mkdtemp(path.join(tmpdir(), 'pik-bench-cold-'));
  const outfile = path.join(outdir, 'index.mjs');
  await build({
    ...bundleOptions(here, 'lambda'),
    ...lambdaOutputOptions(path.join(here, 'bare-lambda.js'), outfile),
    metafile: false,
    logLevel: 'error',
  });
  return {
    file: outfile,
    bytes: await moduleBytes(outdir),
    remove: () => rm(outdir, { recursive: true, force: true }),
  };
}
