import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { WRITE_CONSUMER_BUNDLE } from '../catalogue.js';
import { type BundleResult, bundleOptions, lambdaOutputOptions, moduleBytes } from './bundle.js';

/**
 * Bundles the write consumer (src/entry/write-consumer.ts) into its Lambda asset folder with the same
 * esbuild settings as the services' Lambda bundles; `repoRoot` holds services/kit.
 */
export async function bundleWriteConsumer(repoRoot: string): Promise<BundleResult> {
  const kitDir = path.join(repoRoot, 'services', 'kit');
  const outdir = path.join(repoRoot, WRITE_CONSUMER_BUNDLE.dir);
  await rm(outdir, { recursive: true, force: true });
  await mkdir(outdir, { recursive: true });
  const outfile = path.join(outdir, 'index.mjs');
  const result = await build({
    ...bundleOptions(kitDir, 'lambda'),
    ...lambdaOutputOptions('src/entry/write-consumer.ts', outfile),
    metafile: false,
    write: false,
  });
  for (const file of result.outputFiles ?? []) await writeFile(file.path, file.contents);
  return { kind: 'lambda', file: outfile, bytes: await moduleBytes(outdir) };
}
