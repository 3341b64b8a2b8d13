import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { LogSink } from '../../src/runtime/logs.js';
import type { LambdaFunctionSpec } from '../../src/template/topology.js';

const made: string[] = [];

/** A function's code folder with `files` (relative path -> content), removed by `removeCodeDirs`. */
export function codeDir(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'pik-lambda-test-'));
  made.push(root);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

export function removeCodeDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function functionSpec(
  id: string,
  spec: Partial<LambdaFunctionSpec> & Pick<LambdaFunctionSpec, 'codeDir'>,
): LambdaFunctionSpec {
  return {
    id,
    functionName: `stack-${id}`,
    handler: 'index.handler',
    runtime: `nodejs${process.versions.node.split('.')[0]}.x`,
    memoryMb: 128,
    timeoutSeconds: 10,
    environment: {},
    ...spec,
  };
}

/** A log sink that keeps every line in memory, as the twin log would show it (`[name] line`). */
export function memoryLogs(): LogSink & { text(): string; waitFor(pattern: RegExp): Promise<string> } {
  const lines: string[] = [];
  const write = (name: string, line: string) => lines.push(`[${name}] ${line}`);
  const text = () => lines.join('\n');
  return {
    attach(name: string, child: ChildProcess) {
      for (const source of [child.stdout, child.stderr]) {
        if (source) createInterface({ input: source }).on('line', (line) => write(name, line));
      }
    },
    write,
    tail: () => lines.slice(-20),
    close: async () => {},
    text,
    // Output arrives on its own pipe, possibly after the invocation's answer.
    async waitFor(pattern) {
      for (let waited = 0; waited < 3_000 && !pattern.test(text()); waited += 25) {
        await new Promise((r) => setTimeout(r, 25));
      }
      return text();
    },
  };
}
