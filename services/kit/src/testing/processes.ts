import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const driver = fileURLToPath(new URL('./lambda-driver.js', import.meta.url));
const MARKER = '--- pik lambda results ---';

export interface BundleRun {
  readonly results: { statusCode: number; headers: Record<string, string>; body: string }[];
  /** Everything the bundle printed before the results (Powertools logs and EMF metrics). */
  readonly output: string;
  readonly stderr: string;
}

/** Runs a Lambda bundle in a fresh `node` process (no loader, no require), one event after another. */
export function runLambdaBundle(
  bundle: string,
  events: readonly unknown[],
  env: NodeJS.ProcessEnv,
  timeoutMs = 20_000,
): Promise<BundleRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [driver, bundle], {
      env: { PATH: process.env.PATH, ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`lambda bundle run timed out; stderr: ${stderr}`));
    }, timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      const at = stdout.lastIndexOf(MARKER);
      if (code !== 0 || at < 0) {
        reject(new Error(`lambda bundle exited ${code}; stderr: ${stderr}; stdout: ${stdout.slice(-2000)}`));
        return;
      }
      resolve({
        results: JSON.parse(stdout.slice(at + MARKER.length)),
        output: stdout.slice(0, at),
        stderr,
      });
    });
    child.stdin.end(JSON.stringify(events));
  });
}

export interface RunningServer {
  readonly url: string;
  readonly pid: number;
  readonly output: () => string;
  /** Resolves with the exit code and the milliseconds from `kill` to exit. */
  stop(signal?: NodeJS.Signals): Promise<{ code: number | null; ms: number }>;
  readonly exited: Promise<number | null>;
}

/** Starts a server bundle on 127.0.0.1 at a free port and waits until /healthz answers. */
export async function startServerBundle(bundle: string, env: NodeJS.ProcessEnv): Promise<RunningServer> {
  const { createServer } = await import('node:net');
  const port = await new Promise<number>((resolve) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
  const child = spawn(process.execPath, [bundle], {
    env: { PATH: process.env.PATH, ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null) throw new Error(`server exited early: ${output}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server did not become healthy: ${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url,
    pid: child.pid ?? 0,
    output: () => output,
    exited,
    stop: async (signal = 'SIGTERM') => {
      const started = Date.now();
      if (child.exitCode === null) child.kill(signal);
      const code = await exited;
      return { code, ms: Date.now() - started };
    },
  };
}
