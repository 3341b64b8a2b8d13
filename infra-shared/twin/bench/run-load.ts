/** Runs one load plan in a child process (never in the twin's process) and reads its JSON answer. */
import { fork, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type {
  ClosedModelPlan,
  ClosedModelResult,
  LoadTarget,
  OpenModelPlan,
  OpenModelResult,
} from './load/protocol.js';

const LOAD_MAIN = fileURLToPath(new URL('./load/main.js', import.meta.url));
const REFERENCE_PROXY = fileURLToPath(new URL('./reference-proxy.js', import.meta.url));

/** Starts the bare TCP proxy process (reference-proxy.ts) in front of `direct`'s first replica. */
export async function startReferenceProxy(
  direct: LoadTarget,
): Promise<{ target: LoadTarget; stop: () => void }> {
  const port = Number(new URL(direct.origins[0] as string).port);
  const child = fork(REFERENCE_PROXY, [String(port)], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const proxyPort = await new Promise<number>((resolve, reject) => {
    child.once('message', (m: { port: number }) => resolve(m.port));
    child.once('exit', (code) => reject(new Error(`reference proxy exited (code ${code})`)));
  });
  return {
    target: {
      name: 'reference: bare TCP proxy process',
      origins: [`http://127.0.0.1:${proxyPort}`],
      path: direct.path,
      headers: direct.headers,
    },
    stop: () => {
      child.removeAllListeners('exit');
      child.kill();
    },
  };
}

export interface LoadRun<T> {
  readonly result: T;
  /** The generator's own pid, so its CPU can be told apart from the twin's. */
  readonly pid: number;
}

export function runLoad(plan: OpenModelPlan, timeoutMs: number): Promise<LoadRun<OpenModelResult>>;
export function runLoad(plan: ClosedModelPlan, timeoutMs: number): Promise<LoadRun<ClosedModelResult>>;
export function runLoad(
  plan: OpenModelPlan | ClosedModelPlan,
  timeoutMs: number,
): Promise<LoadRun<OpenModelResult | ClosedModelResult>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [LOAD_MAIN, JSON.stringify(plan)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
    });
    child.stderr.on('data', (c: Buffer) => {
      err += c.toString();
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      const line = out.trim().split('\n').pop() ?? '';
      if (code !== 0 || line === '') {
        reject(new Error(`load generator failed (${signal ?? `exit ${code}`}): ${err.trim().slice(-2000)}`));
        return;
      }
      resolve({ result: JSON.parse(line), pid: child.pid ?? 0 });
    });
  });
}
