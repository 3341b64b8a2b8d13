import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The feed's function bundles by asset folder name, with their entry module under dist/runtime. */
export const FEED_BUNDLES = { routes: 'routes-lambda', 'fan-out': 'fan-out-lambda' } as const;
export type FeedBundle = keyof typeof FEED_BUNDLES;

/** Handler of every feed bundle. */
export const FEED_HANDLER = 'index.handler';

/**
 * The asset folder of one bundle (`dist/lambda/<bundle>/`, found from src/ in tests and dist/ when built);
 * throws when the package has not been built.
 */
export function feedBundleDir(bundle: FeedBundle): string {
  const dir = fileURLToPath(new URL(`../dist/lambda/${bundle}/`, import.meta.url));
  if (!existsSync(`${dir}index.mjs`)) {
    throw new Error(
      `the live feed's ${bundle} bundle is missing (${dir}index.mjs): run \`npm run build\` at the repository root first`,
    );
  }
  return dir;
}
