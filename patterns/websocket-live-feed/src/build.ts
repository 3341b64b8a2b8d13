/**
 * Bundles the feed's two functions (dist/runtime/*-lambda.js) with the SDK clients they use into one
 * minified ESM file each, dist/lambda/<name>/index.mjs, as the authorizer and the services are bundled:
 * nothing left for the runtime to resolve, so the twin and AWS run the same code.
 */
import { mkdir, rm, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { FEED_BUNDLES } from './bundle-location.js';

const dist = fileURLToPath(new URL('.', import.meta.url));
for (const [name, entry] of Object.entries(FEED_BUNDLES)) {
  const outdir = `${dist}lambda/${name}`;
  await rm(outdir, { recursive: true, force: true });
  await mkdir(outdir, { recursive: true });
  await build({
    entryPoints: { index: `${dist}runtime/${entry}.js` },
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'esm',
    minify: true,
    sourcemap: true,
    legalComments: 'none',
    mainFields: ['module', 'main'],
    conditions: ['module', 'import', 'node'],
    // The SDK's CommonJS pieces call require; ESM has none, so the bundle makes one.
    banner: {
      js: "import { createRequire as __pikCreateRequire } from 'node:module'; const require = __pikCreateRequire(import.meta.url);",
    },
    logLevel: 'warning',
  });
  const { size } = await stat(`${outdir}/index.mjs`);
  console.log(`websocket-live-feed: bundle dist/lambda/${name}/index.mjs ${size} bytes`);
}
