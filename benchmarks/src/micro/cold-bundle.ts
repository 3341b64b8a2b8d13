import { mkdtemp, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export interface BuiltBundle {
  readonly file: string;
  readonly bytes: number;
}

const REQUIRE_BANNER =
  "import { createRequire as __pikCreateRequire } from 'node:module'; const require = __pikCreateRequire(import.meta.url);";

/**
 * Bundles {@link ./bare-lambda.ts} into a temp dir with the esbuild options the services' Lambda
 * bundles use, so both sides of the comparison are built (and load) the same way.
 */
export async function bundleBareLambda(): Promise<BuiltBundle> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const outdir = await mkdtemp(path.join(tmpdir(), 'pik-bench-cold-'));
  const outfile = path.join(outdir, 'index.mjs');
  await build({
    absWorkingDir: here,
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'esm',
    minify: true,
    sourcemap: true,
    legalComments: 'none',
    banner: { js: REQUIRE_BANNER },
    mainFields: ['module', 'main'],
    conditions: ['module', 'import', 'node'],
    entryPoints: [path.join(here, 'bare-lambda.js')],
    outfile,
    logLevel: 'error',
  });
  return { file: outfile, bytes: (await stat(outfile)).size };
}
