/**
 * Starts the process of one execution environment and gives it one message channel, whatever the
 * language: Node.js functions run `lambda-bootstrap.mjs` under the host's `node` over Node's IPC channel;
 * Python functions run `lambda-bootstrap.py` under the host's Python, with the same messages as JSON lines
 * on file descriptor 3 (Node's IPC channel is only supported between Node.js processes).
 */
import { type ChildProcess, fork, spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import type { Socket } from 'node:net';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { type LambdaLanguage, pythonCommand } from './lambda-languages.js';

const NODE_BOOTSTRAP = fileURLToPath(new URL('./lambda-bootstrap.mjs', import.meta.url));
const PYTHON_BOOTSTRAP = fileURLToPath(new URL('./lambda-bootstrap.py', import.meta.url));

/** What a bootstrap sends: `ready` / `init-error` once, then `result` / `error` per invocation id. */
export interface BootstrapMessage {
  readonly type: string;
  readonly id?: string;
  readonly initMs?: number;
  readonly payload?: unknown;
  /** `chunk` only: bytes a streaming invocation wrote, base64. */
  readonly data?: string;
  readonly error?: { readonly errorType?: string; readonly errorMessage?: string };
  /** `init-error` only: the environment needs the SDK resolve hook registered before the handler loads. */
  readonly sdkHook?: 'eager';
}

export interface EnvironmentProcess {
  readonly child: ChildProcess;
  /** Emits `message` with each `BootstrapMessage`. */
  readonly messages: EventEmitter;
  send(message: Record<string, unknown>): void;
}

export interface EnvironmentProcessOptions {
  readonly language: LambdaLanguage;
  readonly codeDir: string;
  readonly env: Record<string, string>;
  readonly memoryMb: number;
}

function startNode(options: EnvironmentProcessOptions): EnvironmentProcess {
  const heap = Math.max(64, Math.floor(options.memoryMb * 0.85));
  const child = fork(NODE_BOOTSTRAP, [], {
    cwd: options.codeDir,
    env: options.env,
    execArgv: [`--max-old-space-size=${heap}`],
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    serialization: 'json',
    // Its own process group: a reset kills the environment and anything its code started.
    detached: true,
  });
  return {
    child,
    messages: child,
    send: (message) => {
      if (child.connected) child.send(message);
    },
  };
}

function startPython(options: EnvironmentProcessOptions): EnvironmentProcess {
  const child = spawn(pythonCommand(), ['-u', PYTHON_BOOTSTRAP], {
    cwd: options.codeDir,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
    detached: true,
  });
  const channel = child.stdio[3] as Socket | null;
  const messages = new EventEmitter();
  // No channel: the interpreter did not start; the child's `error` event reports it.
  if (!channel) return { child, messages, send: () => {} };
  createInterface({ input: channel }).on('line', (line) => {
    try {
      messages.emit('message', JSON.parse(line) as BootstrapMessage);
    } catch {
      // Not a protocol line; the bootstrap writes nothing else there.
    }
  });
  channel.on('error', () => {});
  return {
    child,
    messages,
    send: (message) => {
      if (!channel.destroyed) channel.write(`${JSON.stringify(message)}\n`);
    },
  };
}

export function startEnvironmentProcess(options: EnvironmentProcessOptions): EnvironmentProcess {
  return options.language === 'python' ? startPython(options) : startNode(options);
}
