/**
 * The AWS SDK for JavaScript v3 as Lambda's Node.js runtimes provide it: on the module path of every
 * function, behind the function's own `node_modules` (a bundled copy wins). The twin provides the clients
 * this package installs, at the repository's pinned version, from a folder holding only links to them, so
 * a function sees the SDK and nothing else of the twin's dependencies. `require` finds the folder through
 * `NODE_PATH` (as on Lambda); ESM `import` through the resolve hook `lambda-sdk-resolve.mjs`, since ESM
 * ignores `NODE_PATH` (Node.js docs, "Modules: ECMAScript modules", No NODE_PATH).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** The SDK packages a function can import without bundling them. */
export const PROVIDED_SDK_PACKAGES = [
  '@aws-sdk/client-dynamodb',
  '@aws-sdk/lib-dynamodb',
  '@aws-sdk/util-dynamodb',
  '@aws-sdk/client-s3',
  '@aws-sdk/client-sqs',
  '@aws-sdk/client-sns',
  '@aws-sdk/client-eventbridge',
] as const;

export interface ProvidedSdk {
  /** A `node_modules` folder with a link per provided package. */
  readonly nodeModules: string;
  /** The version of `@aws-sdk/client-dynamodb` (every provided client is pinned to the same one). */
  readonly version: string;
  readonly packages: readonly string[];
}

let provided: ProvidedSdk | undefined;

function packageDirs(): Map<string, string> {
  const require = createRequire(import.meta.url);
  const dirs = new Map<string, string>();
  for (const name of PROVIDED_SDK_PACKAGES) {
    try {
      dirs.set(name, dirname(require.resolve(`${name}/package.json`)));
    } catch {
      // Not installed: a function importing it gets Node's own "Cannot find module" naming it.
    }
  }
  return dirs;
}

/** Builds the link folder once per set of package locations; atomic, so concurrent twins agree. */
function linkFolder(dirs: ReadonlyMap<string, string>): string {
  const key = createHash('sha256')
    .update([...dirs.values()].join('\n'))
    .digest('hex')
    .slice(0, 16);
  const root = join(tmpdir(), 'pik-twin-sdk', `sdk.${key}`);
  if (existsSync(root)) return join(root, 'node_modules');
  const partial = `${root}.${process.pid}.tmp`;
  rmSync(partial, { recursive: true, force: true });
  for (const [name, dir] of dirs) {
    const link = join(partial, 'node_modules', name);
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(dir, link, 'dir');
  }
  try {
    renameSync(partial, root);
  } catch {
    // Another twin finished the same folder first.
    rmSync(partial, { recursive: true, force: true });
  }
  return join(root, 'node_modules');
}

export function providedSdk(): ProvidedSdk {
  if (!provided) {
    const dirs = packageDirs();
    const dynamodb = dirs.get('@aws-sdk/client-dynamodb');
    const version = dynamodb
      ? (JSON.parse(readFileSync(join(dynamodb, 'package.json'), 'utf8')) as { version: string }).version
      : 'none';
    provided = { nodeModules: linkFolder(dirs), version, packages: [...dirs.keys()] };
  }
  return provided;
}
