import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { type OptionalTool, optionalTool } from './optional-tool.js';

/** The DynamoDB Local version `.ci/install-dynamodb-local.sh` installs (pinned in .ci/dynamodb-local/pom.xml). */
export const DYNAMODB_LOCAL_VERSION = '2.6.1';
const INSTALL_HINT = 'bash .ci/install-dynamodb-local.sh (needs Java 17+ and Maven)';
const START_TIMEOUT_MS = 30_000;

/** Where the installer puts DynamoDB Local: `PIK_DYNAMODB_LOCAL_DIR`, else the per-user cache. */
export function dynamoDbLocalDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.PIK_DYNAMODB_LOCAL_DIR) return env.PIK_DYNAMODB_LOCAL_DIR;
  const cache = env.PIK_CACHE_DIR ?? join(homedir(), '.cache', 'pik');
  return join(cache, 'dynamodb-local', DYNAMODB_LOCAL_VERSION);
}

function installed(dir: string): boolean {
  if (!existsSync(join(dir, 'LoopbackDynamoDbLocal.class'))) return false;
  const lib = join(dir, 'lib');
  return existsSync(lib) && readdirSync(lib).some((f) => f.startsWith('DynamoDBLocal-'));
}

function javaFound(): boolean {
  return spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0;
}

/** Whether DynamoDB Local can be started here; throws under CI when it cannot. */
export function dynamoDbLocalTool(env: NodeJS.ProcessEnv = process.env): OptionalTool {
  if (env.PIK_DYNAMODB_LOCAL_ENDPOINT) return { available: true, reason: '' };
  return optionalTool('DynamoDB Local', javaFound() && installed(dynamoDbLocalDir(env)), INSTALL_HINT, env);
}

export interface RunningDynamoDbLocal {
  readonly endpoint: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Starts DynamoDB Local in memory on 127.0.0.1 (a fresh random port), or reuses the one named by
 * `PIK_DYNAMODB_LOCAL_ENDPOINT`. The process is stopped by `stop()` and, failing that, when this process exits.
 */
export async function startDynamoDbLocal(
  env: NodeJS.ProcessEnv = process.env,
): Promise<RunningDynamoDbLocal> {
  if (env.PIK_DYNAMODB_LOCAL_ENDPOINT) {
    return { endpoint: env.PIK_DYNAMODB_LOCAL_ENDPOINT, stop: async () => {} };
  }
  const dir = dynamoDbLocalDir(env);
  if (!installed(dir)) throw new Error(`DynamoDB Local is not installed in ${dir}; run ${INSTALL_HINT}`);
  const port = await freePort();
  const lib = join(dir, 'lib');
  const child = spawn(
    'java',
    [
      '-Xmx512m',
      `-Djava.library.path=${lib}`,
      '-cp',
      `${lib}/*:${dir}`,
      'LoopbackDynamoDbLocal',
      String(port),
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  await new Promise<void>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`DynamoDB Local did not start within ${START_TIMEOUT_MS} ms:\n${output}`));
    }, START_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`listening on 127.0.0.1:${port}`)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`DynamoDB Local exited with code ${code}:\n${output}`));
    });
  });
  return {
    endpoint: `http://127.0.0.1:${port}`,
    stop: async () => {
      process.off('exit', killOnExit);
      await stopChild(child);
    },
  };
}
