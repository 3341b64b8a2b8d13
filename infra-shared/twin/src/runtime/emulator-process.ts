/**
 * An embedded AWS service emulator (dynalite, kinesalite) in a child process of its own, so its work stays
 * off the event loop that runs the gateway and load balancers. The script answers `{ port }` over IPC once
 * it listens on 127.0.0.1 (or `{ error }`), and exits when the channel closes, so it never outlives the twin.
 */
import { fork } from 'node:child_process';
import { LOOPBACK } from './ports.js';

export interface EmulatorProcess {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  close(): Promise<void>;
}

export async function startEmulatorProcess(script: string, name: string): Promise<EmulatorProcess> {
  const child = fork(script, [], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'], execArgv: [] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-2000);
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (message: { port?: number; error?: string }) =>
      message.port ? resolve(message.port) : reject(new Error(`${name} failed: ${message.error}`)),
    );
    child.once('exit', (code) => reject(new Error(`${name} exited during start (code ${code}): ${stderr}`)));
    child.once('error', reject);
  });
  return {
    url: `http://${LOOPBACK}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
