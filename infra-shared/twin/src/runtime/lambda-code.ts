/**
 * Where a function's code runs from. Asset code runs from its staged folder in `cdk.out` (or a copy, see
 * `nodeTaskRoot`); inline code
 * (`Code.ZipFile`) is written, as CloudFormation does, to a file named `index` with the runtime's extension:
 * `index.js` for Node.js, so Node.js treats it as CommonJS ("AWS::Lambda::Function Code", CloudFormation
 * Template Reference), and `index.py` for Python. The folder is named by a hash of the code, like CDK's
 * `asset.<hash>` folders, so every twin writes the same code to the same place.
 */
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { languageOf } from './lambda-languages.js';

export function inlineCodeFile(runtime: string): string {
  return languageOf(runtime) === 'python' ? 'index.py' : 'index.js';
}

/** The folder inline code of `runtime` is written to. */
export function inlineCodeDir(source: string, runtime: string): string {
  const hash = createHash('sha256').update(inlineCodeFile(runtime)).update('\0').update(source).digest('hex');
  return join(tmpdir(), 'pik-twin-inline', `code.${hash.slice(0, 16)}`);
}

/** Writes inline code to `dir` unless it is already there; written atomically (other twins may race). */
export function writeInlineCode(dir: string, source: string, runtime: string): void {
  const file = join(dir, inlineCodeFile(runtime));
  if (existsSync(file) && readFileSync(file, 'utf8') === source) return;
  mkdirSync(dir, { recursive: true });
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, source);
  renameSync(partial, file);
}

/** The nearest package.json at or above `dir`. */
function nearestManifest(dir: string): string | undefined {
  for (let at = dir; ; at = dirname(at)) {
    if (existsSync(join(at, 'package.json'))) return join(at, 'package.json');
    if (dirname(at) === at) return undefined;
  }
}

function declaresModule(manifest: string): boolean {
  try {
    return (JSON.parse(readFileSync(manifest, 'utf8')) as { type?: unknown }).type === 'module';
  } catch {
    return false;
  }
}

/** A hash of every file's path, size and modification time: changes when the folder's content does. */
function folderStamp(dir: string): string {
  const hash = createHash('sha256');
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    const stat = statSync(path, { throwIfNoEntry: false });
    if (stat?.isFile()) hash.update(`${relative(dir, path)}\0${stat.size}\0${stat.mtimeMs}\n`);
  }
  return hash.digest('hex').slice(0, 16);
}

/** A copy no twin has started from for this long is removed when a twin makes a new one. */
export const UNUSED_COPY_MS = 7 * 24 * 3600 * 1000;

/**
 * Every rebuild of a function's code makes a new copy (its name follows the content), so without pruning
 * they pile up in the temporary folder. A twin still running touches nothing after start, so the bound is
 * days, far above any run.
 */
function pruneUnusedCopies(copies: string, now = Date.now()): void {
  if (!existsSync(copies)) return;
  for (const name of readdirSync(copies)) {
    const path = join(copies, name);
    const stat = statSync(path, { throwIfNoEntry: false });
    if (stat && now - stat.mtimeMs > UNUSED_COPY_MS) rmSync(path, { recursive: true, force: true });
  }
}

/**
 * The folder a Node.js function runs from. On Lambda the code is all of `/var/task`: no package.json
 * above it decides whether its `.js` files are ES modules. A folder inside a project whose package.json
 * says `"type": "module"` (this repository's `cdk.out`) would turn a CommonJS bundle's `index.js` into an
 * ES module, so such code runs from a copy outside any project, named by its content; other code in place.
 */
export function nodeTaskRoot(codeDir: string): string {
  const manifest = nearestManifest(codeDir);
  if (!manifest || dirname(manifest) === codeDir || !declaresModule(manifest)) return codeDir;
  const copies = join(tmpdir(), 'pik-twin-code');
  const copy = join(copies, `${basename(codeDir)}.${folderStamp(codeDir)}`);
  if (existsSync(copy)) {
    const now = new Date();
    utimesSync(copy, now, now); // in use: kept by pruneUnusedCopies
    return copy;
  }
  pruneUnusedCopies(copies);
  const partial = `${copy}.${process.pid}.tmp`;
  rmSync(partial, { recursive: true, force: true });
  cpSync(codeDir, partial, { recursive: true });
  try {
    renameSync(partial, copy);
  } catch {
    // Another twin made the same copy first.
    rmSync(partial, { recursive: true, force: true });
  }
  return copy;
}
