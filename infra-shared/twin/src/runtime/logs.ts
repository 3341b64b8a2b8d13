/**
 * Where the output of the twin's child processes goes: one file per pattern (default), the twin's own
 * output with a prefix per process, or nowhere. The last lines of each process are kept in memory so a
 * crash can be explained at the moment it happens.
 */
import type { ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';

export interface LogSink {
  attach(name: string, child: ChildProcess): void;
  /** A line the twin itself writes about process `name` (a timeout, a refused invocation). */
  write(name: string, line: string): void;
  /** The most recent lines a process wrote (for error reports). */
  tail(name: string): readonly string[];
  close(): Promise<void>;
}

const TAIL_LINES = 20;

export function createLogSink(target: { file: string } | 'inherit' | 'discard'): LogSink {
  let stream: WriteStream | undefined;
  if (typeof target === 'object') {
    mkdirSync(dirname(target.file), { recursive: true });
    stream = createWriteStream(target.file, { flags: 'a' });
  }
  const tails = new Map<string, string[]>();
  const write = (name: string, line: string) => {
    const tail = tails.get(name) ?? [];
    tail.push(line);
    if (tail.length > TAIL_LINES) tail.shift();
    tails.set(name, tail);
    if (stream) stream.write(`[${name}] ${line}\n`);
    else if (target === 'inherit') process.stdout.write(`[${name}] ${line}\n`);
  };
  return {
    attach(name, child) {
      for (const source of [child.stdout, child.stderr]) {
        if (!source) continue;
        createInterface({ input: source }).on('line', (line) => write(name, line));
      }
    },
    write,
    tail: (name) => tails.get(name) ?? [],
    close: () => new Promise<void>((resolve) => (stream ? stream.end(() => resolve()) : resolve())),
  };
}
