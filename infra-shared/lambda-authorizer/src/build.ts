/**
 * Bundles src/lambda.ts (from dist/lambda.js) and jose into one minified ESM file, dist/lambda/index.mjs,
 * as the services' Lambda entries are bundled: one file to load at cold start, no runtime-provided modules.
 */
import { mkdir, rm, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const dist = fileURLToPath(new URL('.', import.meta.url));
const outdir = `${dist}lambda`;
await rm(outdir, { recursive: true, force: true });
await mkdir(outdir, { recursive: true });
await build({
  entryPoints: { index: `${dist}lambda.js` },
  outdir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'esm',
  minify: true,
  sourcemap: true,
  legalComments: 'none',
  conditions: ['node', 'import'],
  logLevel: 'warning',
});
const { size } = await stat(`${outdir}/index.mjs`);
console.log(`lambda-authorizer: bundle dist/lambda/index.mjs ${size} bytes`);
