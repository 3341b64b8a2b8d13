/**
 * Where the built function is, for the CDK construct that deploys it. Dependency-free: importing it loads
 * neither jose nor the handler.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export { AUTHORIZER_ENV, WEBSOCKET_TOKEN_QUERY_PARAMETER } from './env.js';

/** Lambda handler of the bundle. */
export const AUTHORIZER_HANDLER = 'index.handler';

/** The asset folder (dist/lambda with index.mjs); throws when the package has not been built. */
export function authorizerBundleDir(): string {
  const dir = fileURLToPath(new URL('./lambda/', import.meta.url));
  if (!existsSync(`${dir}index.mjs`)) {
    throw new Error(
      `the Lambda authorizer bundle is missing (${dir}index.mjs): run \`npm run build\` at the repository root first`,
    );
  }
  return dir;
}
