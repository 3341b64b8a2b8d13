/**
 * Where a function's code runs from. Asset code runs from its staged folder in `cdk.out`; inline code
 * (`Code.ZipFile`) is written, as CloudFormation does, to a file named `index` with the runtime's extension:
 * `index.js` for Node.js, so Node.js treats it as CommonJS ("AWS::Lambda::Function Code", CloudFormation
 * Template Reference), and `index.py` for Python. The folder is named by a hash of the code, like CDK's
 * `asset.<hash>` folders, so every twin writes the same code to the same place.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function inlineCodeFile(runtime: string): string {
  return runtime.startsWith('python') ? 'index.py' : 'index.js';
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
