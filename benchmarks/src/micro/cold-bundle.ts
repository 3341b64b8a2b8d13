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

/** The reference handlers bench:cold builds and measures next to the services. */
export const REFERENCE_HANDLERS = {
  /** The baseline: the same DynamoDB client and nothing else ({@link ./bare-lambda.ts}). */
  'bare-handler': 'bare-lambda.js',
  /** Fastify + one route + @fastify/aws-lambda + that client ({@link ./fastify-floor-lambda.ts}). */
  'fastify-floor': 'fastify-floor-lambda.js',
} as const;
export type ReferenceHandler = keyof typeof REFERENCE_HANDLERS;

/**
 * Bundles one reference handler into a temp dir with the very esbuild options of the services' Lambda
 * bundles (imported from the kit, ESM chunks included), so every side is built and loads the same way.
 */
export async function bundleReferenceHandler(name: ReferenceHandler): Promise<BuiltBundle> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const outdir = await mkdtemp(path.join(tmpdir(), `pik-bench-cold-${name}-`));
  const outfile = path.join(outdir, 'index.mjs');
  await build({
    ...bundleOptions(here, 'lambda'),
    ...lambdaOutputOptions(path.join(here, REFERENCE_HANDLERS[name]), outfile),
    metafile: false,
    logLevel: 'error',
  });
  return {
    file: outfile,
    bytes: await moduleBytes(outdir),
    remove: () => rm(outdir, { recursive: true, force: true }),
  };
}
