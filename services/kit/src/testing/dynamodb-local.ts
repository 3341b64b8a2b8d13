import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { createDocumentClient } from '../dynamo/client.js';

export interface LaunchedDynamoLocal {
  readonly endpoint: string;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * Starts DynamoDB Local (in memory, 127.0.0.1 only) from the folder `.ci/install-dynamodb-local.sh`
 * prints (`PIK_DYNAMODB_LOCAL_DIR`: `lib/` with the jars, and the loopback launcher class), waits until it
 * answers, and stops it on close.
 */
export async function launchDynamoLocal(dir: string, timeoutMs = 60_000): Promise<LaunchedDynamoLocal> {
  const port = await freePort();
  const lib = path.join(dir, 'lib');
  const child = spawn(
    'java',
    [
      `-Djava.library.path=${lib}`,
      '-cp',
      `${lib}/*${path.delimiter}${dir}`,
      'LoopbackDynamoDbLocal',
      String(port),
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const endpoint = `http://127.0.0.1:${port}`;
  const doc = createDocumentClient({ endpoint, region: 'us-east-1' });
  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`DynamoDB Local exited: ${output}`);
      try {
        await doc.send(new ListTablesCommand({}));
        break;
      } catch {
        if (Date.now() > deadline)
          throw new Error(`DynamoDB Local did not answer within ${timeoutMs} ms: ${output}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  } finally {
    doc.destroy();
  }
  return {
    endpoint,
    close: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
