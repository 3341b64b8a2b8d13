import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BuildOptions, build, type Plugin } from 'esbuild';
import { BUNDLE_PATHS } from '../catalogue.js';
import {
  buildSeparateCompiler,
  importsSeparateCompiler,
  separateCompilerImport,
} from './separate-compiler.js';

/** This package's folder: bundled modules the kit imports resolve from here, as the kit's own do. */
const KIT_DIR = path.dirname(fileURLToPath(import.meta.url));

/**
 * CommonJS dependencies bundled into ESM call `require()` for Node built-ins; ESM has no `require`, so
 * the bundle defines one from `import.meta.url`. Without it the bundle fails at load in plain Node.
 */
const REQUIRE_BANNER =
  "import { createRequire as __pikCreateRequire } from 'node:module'; const require = __pikCreateRequire(import.meta.url);";

export interface BundleResult {
  readonly kind: 'lambda' | 'server';
  readonly file: string;
  readonly bytes: number;
}

/**
 * Fastify's default schema compilers (Ajv and fast-json-stringify, about 250 KB minified) are only
 * required when no compiler factory is given; the kit always gives both, so bundles carry a stub that
 * fails loudly should they ever be required.
 */
const UNUSED_COMPILERS = /^@fastify\/(ajv-compiler|fast-json-stringify-compiler)$/;
const stubUnusedCompilers: Plugin = {
  name: 'pik-stub-unused-compilers',
  setup(builder) {
    builder.onResolve({ filter: UNUSED_COMPILERS }, (args) => ({ path: args.path, namespace: 'pik-stub' }));
    builder.onLoad({ filter: /.*/, namespace: 'pik-stub' }, (args) => ({
      contents: `module.exports = function () { throw new Error(${JSON.stringify(
        `${args.path} is not bundled: the service kit provides its own schema compilers`,
      )}); };`,
      loader: 'js',
    }));
  },
};

/**
 * Lambda bundles only: small stand-ins for two modules Fastify requires at load but the Lambda path
 * barely touches (each saves its parse and load-time work on every cold start).
 * - `semver` (30 KB, ~100 regular expressions built at load): Fastify checks a plugin's `fastify` range
 *   with it; the kit's plugins declare `N.x` ranges, which the stand-in checks exactly. Any other range
 *   fails at init, loudly.
 * - `pino` (55 KB with sonic-boom, thread-stream and redaction): with a logger instance (Powertools),
 *   Fastify only reads pino's serializer symbol and its error serializer; pino itself never runs.
 */
const LAMBDA_STAND_INS: Record<string, string> = {
  semver: `
const fail = (what) => { throw new Error('the Lambda bundle checks plugin ranges of the form N.x only, not ' + what); };
exports.satisfies = (version, range) => {
  const match = /^(\\d+)\\.x$/.exec(String(range).trim());
  if (!match) fail(range);
  return String(version).split('.')[0] === match[1];
};
exports.gt = (a, b) => fail(a + ' > ' + b);
exports.coerce = (v) => fail(v);`,
  pino: `
const { err } = require('pino-std-serializers');
function pino() { throw new Error('pino is not in the Lambda bundle: Fastify gets a logger instance there'); }
pino.symbols = { serializersSym: Symbol('pino.serializers') };
pino.stdSerializers = { err };
pino.destination = pino;
module.exports = pino;`,
};
/**
 * Modules that Fastify and its dependencies require at load but that no Lambda event needs before it is
 * used for real; in Lambda bundles each loads on first use instead (its code stays in the bundle, only
 * its evaluation moves). Keyed by specifier, with the one importer whose require is deferred.
 * - `node:http2`, `node:dns`: Fastify's server module, for `listen()` and HTTP/2 servers (~3 ms).
 * - `@fastify/proxy-addr` (with ipaddr.js, which builds its tables at load): only with `trustProxy`.
 * - `set-cookie-parser`: light-my-request parses the Set-Cookie headers of a response with it, lazily.
 */
const DEFERRED_MODULES: ReadonlyArray<{ specifier: string; importer: RegExp }> = [
  { specifier: 'node:http2', importer: /[\\/]fastify[\\/]lib[\\/]server\.js$/ },
  { specifier: 'node:dns', importer: /[\\/]fastify[\\/]lib[\\/]server\.js$/ },
  { specifier: '@fastify/proxy-addr', importer: /[\\/]fastify[\\/]lib[\\/]request\.js$/ },
  { specifier: 'set-cookie-parser', importer: /[\\/]light-my-request[\\/]lib[\\/]response\.js$/ },
];
const DEFERRED_FILTER = new RegExp(
  `^(${DEFERRED_MODULES.map((m) => m.specifier.replace(/[/.]/g, '\\$&')).join('|')})$`,
);

/**
 * How a stand-in, loaded with the real module's folder as its resolve folder, requires that module: by a
 * relative path, so the bundle and its source map do not depend on where the repository is checked out
 * (the asset hash CDK deploys by stays the same on every machine).
 */
const besideStandIn = (realModule: string): string =>
  path.isAbsolute(realModule) ? `./${path.basename(realModule)}` : realModule;

/** A stand-in that requires the real module on first property access, call or construction. */
function deferredModule(target: string): string {
  return `let loaded; const load = () => (loaded ??= require(${JSON.stringify(besideStandIn(target))}));
module.exports = new Proxy(function () {}, {
  get: (_, key) => load()[key],
  has: (_, key) => key in load(),
  apply: (_, self, args) => Reflect.apply(load(), self, args),
  construct: (_, args) => Reflect.construct(load(), args),
});`;
}

/**
 * find-my-way checks three regular expressions of its own with `safe-regex2` (and `ret`) every time it
 * loads. Lambda bundles run that check once, at build time, and carry its verdict: the stand-in answers
 * for exactly those expressions and requires the real module for any other (a route's own regex).
 */
const FIND_MY_WAY_CONSTANTS = [/(\/:[^/()]*?)\?(\/?)/, /[.*+?^${}()|[\]\\]/g, /\/\/+/g];
const FIND_MY_WAY_IMPORTER = /[\\/]find-my-way[\\/]index\.js$/;

function verifiedSafeRegex(realModule: string): string {
  const isRegexSafe = createRequire(import.meta.url)(realModule) as (regex: RegExp) => boolean;
  const verified = FIND_MY_WAY_CONSTANTS.filter((regex) => isRegexSafe(regex)).map(
    (regex) => `${regex.source}/${regex.flags}`,
  );
  return `const verified = new Set(${JSON.stringify(verified)});
let real;
module.exports = (regex, options) =>
  (options === undefined && regex instanceof RegExp && verified.has(regex.source + '/' + regex.flags)) ||
  (real ??= require(${JSON.stringify(besideStandIn(realModule))}))(regex, options);`;
}

const lambdaStandIns: Plugin = {
  name: 'pik-lambda-stand-ins',
  setup(builder) {
    builder.onResolve({ filter: DEFERRED_FILTER }, async (args) => {
      const deferred = DEFERRED_MODULES.some(
        (m) => m.specifier === args.path && m.importer.test(args.importer),
      );
      if (!deferred || args.pluginData === 'pik-deferred-target') return undefined;
      if (args.path.startsWith('node:'))
        return { path: args.path, namespace: 'pik-deferred', pluginData: args.path };
      // The real module, resolved as esbuild would, is what the stand-in requires on first use.
      const real = await builder.resolve(args.path, {
        importer: args.importer,
        resolveDir: args.resolveDir,
        kind: args.kind,
        pluginData: 'pik-deferred-target',
      });
      if (real.errors.length > 0) return { errors: real.errors };
      return { path: args.path, namespace: 'pik-deferred', pluginData: real.path };
    });
    builder.onResolve({ filter: /^safe-regex2$/ }, async (args) => {
      if (!FIND_MY_WAY_IMPORTER.test(args.importer) || args.pluginData === 'pik-deferred-target')
        return undefined;
      const real = await builder.resolve(args.path, {
        importer: args.importer,
        resolveDir: args.resolveDir,
        kind: args.kind,
        pluginData: 'pik-deferred-target',
      });
      if (real.errors.length > 0) return { errors: real.errors };
      return { path: args.path, namespace: 'pik-verified-regex', pluginData: real.path };
    });
    builder.onLoad({ filter: /.*/, namespace: 'pik-verified-regex' }, (args) => ({
      contents: verifiedSafeRegex(args.pluginData as string),
      loader: 'js',
      resolveDir: path.dirname(args.pluginData as string),
    }));
    builder.onLoad({ filter: /.*/, namespace: 'pik-deferred' }, (args) => {
      const target = args.pluginData as string;
      return {
        contents: deferredModule(target),
        loader: 'js',
        ...(path.isAbsolute(target) ? { resolveDir: path.dirname(target) } : {}),
      };
    });
    builder.onResolve({ filter: /^(semver|pino)$/ }, (args) => ({
      path: args.path,
      namespace: 'pik-lambda-stand-in',
      pluginData: args.resolveDir,
    }));
    builder.onLoad({ filter: /.*/, namespace: 'pik-lambda-stand-in' }, (args) => ({
      contents: LAMBDA_STAND_INS[args.path] ?? '',
      resolveDir: args.pluginData as string,
      loader: 'js',
    }));
  },
};

/** The esbuild options of a service bundle (also used by bench:cold to build its bare handler alike). */
export function bundleOptions(serviceDir: string, kind: BundleResult['kind']): BuildOptions {
  const options = commonOptions(serviceDir);
  if (kind === 'lambda')
    options.plugins = [...(options.plugins ?? []), lambdaStandIns, separateCompilerImport];
  return options;
}

function commonOptions(serviceDir: string): BuildOptions {
  return {
    absWorkingDir: serviceDir,
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'esm',
    minify: true,
    sourcemap: true,
    legalComments: 'none',
    banner: { js: REQUIRE_BANNER },
    // Prefer ESM builds of dual packages: smaller, and tree-shakable.
    mainFields: ['module', 'main'],
    conditions: ['module', 'import', 'node'],
    logLevel: 'warning',
    // `dynalite` is only loaded for the embedded store, by a computed import that stays out of bundles.
    // The EventBridge client is loaded only when a service publishes changes (PIK_CHANGE_BUS, the live
    // feed's Lambda functions), from the SDK Lambda's Node.js runtimes provide (and the twin provides).
    external: ['dynalite', '@aws-sdk/client-eventbridge'],
    metafile: true,
    plugins: [stubUnusedCompilers],
  };
}

/**
 * Where and how a Lambda bundle is written: `outfile` is the entry (index.mjs), and code behind a dynamic
 * import (the SDK's credential providers) goes to ESM chunks beside it, loaded on first use instead of
 * with the handler; TypeBox's compiler is a module of its own beside them (./separate-compiler.ts). The
 * asset folder ships them together.
 */
export function lambdaOutputOptions(entry: string, outfile: string): BuildOptions {
  return {
    entryPoints: { [path.basename(outfile, '.mjs')]: entry },
    outdir: path.dirname(outfile),
    splitting: true,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunk-[hash]',
  };
}

/**
 * Bundles `src/lambda.ts` to dist/lambda/index.mjs and `src/server.ts` to dist/server/index.mjs.
 * The AWS SDK is bundled (a pinned, minified copy) instead of the runtime-provided one: the Lambda loads
 * one file instead of resolving hundreds of runtime modules, and behaves the same everywhere.
 */
export async function bundleService(serviceDir: string): Promise<BundleResult[]> {
  const results: BundleResult[] = [];
  const targets = [
    {
      kind: 'lambda' as const,
      entry: 'src/lambda.ts',
      outfile: path.join(BUNDLE_PATHS.lambdaDir, 'index.mjs'),
    },
    { kind: 'server' as const, entry: 'src/server.ts', outfile: BUNDLE_PATHS.serverEntry },
  ];
  for (const target of targets) {
    const outfile = path.join(serviceDir, target.outfile);
    const outdir = path.dirname(outfile);
    await mkdir(outdir, { recursive: true });
    const result = await build({
      ...bundleOptions(serviceDir, target.kind),
      ...(target.kind === 'lambda'
        ? lambdaOutputOptions(target.entry, outfile)
        : { entryPoints: [target.entry], outfile }),
      write: false,
    });
    const outputs = [...(result.outputFiles ?? [])];
    if (target.kind === 'lambda' && result.metafile && importsSeparateCompiler(result.metafile))
      outputs.push(...(await buildSeparateCompiler(bundleOptions(serviceDir, 'lambda'), outdir, KIT_DIR)));
    const written = new Set<string>();
    // Write beside, then rename: a process loading the bundle while it is rebuilt never sees half a file.
    for (const file of outputs) {
      const temporary = `${file.path}.${process.pid}.tmp`;
      await writeFile(temporary, file.contents);
      await rename(temporary, file.path);
      written.add(path.basename(file.path));
    }
    // Modules of earlier builds (chunk names carry a content hash) would otherwise ship in the asset.
    for (const name of await readdir(outdir)) {
      const isModule = /^(chunk-.*|typebox-compile)\.mjs(\.map)?$/.test(name);
      if (isModule && !written.has(name)) await rm(path.join(outdir, name), { force: true });
    }
    if (result.metafile) {
      // Outside the asset folders: what went into each bundle, for size work (esbuild analyze format).
      const metaDir = path.join(serviceDir, 'dist', 'bundle-meta');
      await mkdir(metaDir, { recursive: true });
      await writeFile(path.join(metaDir, `${target.kind}.json`), JSON.stringify(result.metafile));
    }
    results.push({ kind: target.kind, file: outfile, bytes: await moduleBytes(outdir) });
  }
  return results;
}

/** Bytes of every module file (`.mjs`) of a bundle folder: the entry and its chunks. */
export async function moduleBytes(dir: string): Promise<number> {
  let total = 0;
  for (const name of await readdir(dir)) {
    if (name.endsWith('.mjs')) total += (await stat(path.join(dir, name))).size;
  }
  return total;
}
