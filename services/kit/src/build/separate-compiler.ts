import path from 'node:path';
import { type BuildOptions, build, type OutputFile, type Plugin } from 'esbuild';

/**
 * TypeBox's schema compiler in a Lambda bundle is a module of its own beside index.mjs, built by a
 * separate esbuild run, instead of a code-split chunk of the same build.
 *
 * Why: esbuild splits shared code by whole files. The compiler and the schema builders (`Type.Object`,
 * `Type.String`...) share TypeBox's type system, so with one build every file of it the compiler uses
 * (type engine, script parser, guards, locale: ~58 KB) lands in a chunk that index.mjs imports
 * statically, and every cold start parses and evaluates it although the builders need ~8 KB of it. With
 * a build of its own, index.mjs carries only what the builders use, and the compiler module carries its
 * own copy of the rest, loaded with it on the first validated request. Both copies read a schema the
 * same way: TypeBox marks its kinds with a plain `~kind` property, not with identities of one copy.
 */
export const SEPARATE_COMPILER = { specifier: 'typebox/compile', file: 'typebox-compile.mjs' } as const;

/** In the Lambda build: the compiler's dynamic import names the separate module, which stays external. */
export const separateCompilerImport: Plugin = {
  name: 'pik-separate-typebox-compiler',
  setup(builder) {
    builder.onResolve({ filter: /^typebox\/compile$/ }, (args) =>
      args.kind === 'dynamic-import' ? { path: `./${SEPARATE_COMPILER.file}`, external: true } : undefined,
    );
  },
};

/** True when the Lambda build left the compiler's import external, i.e. the bundle needs the module. */
export function importsSeparateCompiler(metafile: {
  outputs: Record<string, { imports: { path: string }[] }>;
}) {
  return Object.values(metafile.outputs).some((output) =>
    output.imports.some((entry) => entry.path === `./${SEPARATE_COMPILER.file}`),
  );
}

/**
 * Builds the compiler module into `outdir` with the given options (the Lambda bundle's own, minus
 * splitting), resolved from `resolveDir` as the kit's import resolves it. Returns the files, unwritten.
 */
export async function buildSeparateCompiler(
  options: BuildOptions,
  outdir: string,
  resolveDir: string,
): Promise<OutputFile[]> {
  const result = await build({
    ...options,
    stdin: { contents: `export * from '${SEPARATE_COMPILER.specifier}';`, resolveDir, loader: 'js' },
    outfile: path.join(outdir, SEPARATE_COMPILER.file),
    splitting: false,
    metafile: false,
    write: false,
  });
  return result.outputFiles;
}
