import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CDK_APP_ENTRY, REPO_ROOT } from './paths.js';

/**
 * Synthesizes every pattern stack into `<root>/cdk.out` by running the CDK app, the same program
 * `npm run synth` and `npx cdk synth` run. No AWS credentials or lookups are involved.
 */
export async function synthesizeStacks(log: (line: string) => void, signal?: AbortSignal): Promise<void> {
  if (!existsSync(CDK_APP_ENTRY)) {
    throw new Error(`the CDK app is not built (${CDK_APP_ENTRY} is missing); run: npm run build`);
  }
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [CDK_APP_ENTRY], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(signal ? { signal } : {}),
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code === 0) {
        for (const line of output.trim().split('\n').filter(Boolean).slice(-8)) log(line);
        resolve();
      } else reject(new Error(`synthesis failed (exit ${code}):\n${output}`));
    });
  });
}
