import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLE_PATHS, type ServiceName } from '@pik/service-kit/catalogue';

/** The repository root: the nearest ancestor whose package.json is the `pik` workspace root. */
export function findRepoRoot(start: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = start;
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && readPackageName(manifest) === 'pik') return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no pik repository root above ${start}; pass repoRoot explicitly`);
    dir = parent;
  }
}

function readPackageName(manifest: string): string | undefined {
  try {
    return (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name;
  } catch {
    return undefined;
  }
}

const LAMBDA_ENTRY_FILES = ['index.mjs', 'index.js', 'index.cjs'];

/** Directory of a service's Lambda bundle; throws at synth when it has not been built. */
export function lambdaBundleDir(repoRoot: string, service: ServiceName): string {
  const dir = join(repoRoot, 'services', service, BUNDLE_PATHS.lambdaDir);
  if (!LAMBDA_ENTRY_FILES.some((file) => existsSync(join(dir, file)))) {
    throw new Error(
      `Lambda bundle of service '${service}' is missing (${dir}/index.mjs): run \`npm run build\` at the repository root first`,
    );
  }
  return dir;
}

/** Docker build context of a service (its folder, with Dockerfile and server bundle); throws when incomplete. */
export function containerContextDir(repoRoot: string, service: ServiceName): string {
  const dir = join(repoRoot, 'services', service);
  if (!existsSync(join(dir, 'Dockerfile'))) {
    throw new Error(`Dockerfile of service '${service}' is missing (${dir}/Dockerfile)`);
  }
  if (!existsSync(join(dir, BUNDLE_PATHS.serverEntry))) {
    throw new Error(
      `server bundle of service '${service}' is missing (${join(dir, BUNDLE_PATHS.serverEntry)}): run \`npm run build\` at the repository root first`,
    );
  }
  return dir;
}
