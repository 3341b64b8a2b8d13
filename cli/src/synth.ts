import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CDK_APP_ENTRY, REPO_ROOT } from './paths.js';

export interface SynthOptions {
  /** Cloud assembly directory. @default `<root>/cdk.out` */
  readonly outdir?: string;
  /** CDK context values, as `cdk synth -c key=value` would pass them. */
  readonly context?: Readonly<Record<string, string>>;
  readonly signal?: AbortSignal;
}

/**
 * Synthesizes every pattern stack by running the CDK app, the same program `npm run synth` and
 * `npx cdk synth` run. No AWS credentials or lookups are involved.
 */
export async function synthesizeStacks(
  log: (line: string) => void,
  options: SynthOptions = {},
): Promise<void> {
  if (!existsSync(CDK_APP_ENTRY)) {
    throw new Error(`the CDK app is not built (${CDK_APP_ENTRY} is missing); run: npm run build`);
  }
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [CDK_APP_ENTRY], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        ...(options.outdir ? { CDK_OUTDIR: options.outdir } : {}),
        ...(options.context ? { CDK_CONTEXT_JSON: JSON.stringify(options.context) } : {}),
      },
      ...(options.signal ? { signal: options.signal } : {}),
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
