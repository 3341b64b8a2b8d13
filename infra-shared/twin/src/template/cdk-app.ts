/**
 * `--app <dir>`: synthesizes a CDK app folder the documented way, by running the `app` command of its
 * own `cdk.json` with `CDK_OUTDIR` set (what `cdk synth -o <dir>` does), so the app uses its own
 * aws-cdk-lib and context. The assembly goes to `<dir>/cdk.out` unless an output folder is given.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface SynthOptions {
  /** Where the cloud assembly goes. @default `<appDir>/cdk.out` */
  readonly outDir?: string;
  /** Extra context values (`-c key=value`), passed as CDK_CONTEXT_JSON. */
  readonly context?: Readonly<Record<string, string>>;
  /** @default 300000 */
  readonly timeoutMs?: number;
}

/** The `app` command of `<appDir>/cdk.json`, or an error saying what is missing. */
export function appCommandOf(appDir: string): string {
  const file = join(appDir, 'cdk.json');
  if (!existsSync(file)) throw new Error(`--app: no cdk.json in ${appDir}`);
  let config: { app?: unknown; context?: unknown };
  try {
    config = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`--app: ${file} is not JSON: ${(error as Error).message}`);
  }
  if (typeof config.app !== 'string' || !config.app.trim()) {
    throw new Error(`--app: ${file} has no "app" command`);
  }
  return config.app;
}

/**
 * The context the CDK CLI would pass: `cdk.json`'s, then `cdk.context.json` (cached lookups, which let an
 * app with lookups synthesize offline), then the caller's values.
 */
function contextOf(appDir: string, extra: Readonly<Record<string, string>> | undefined): string {
  const config = JSON.parse(readFileSync(join(appDir, 'cdk.json'), 'utf8')) as { context?: object };
  const cachedFile = join(appDir, 'cdk.context.json');
  const cached = existsSync(cachedFile) ? (JSON.parse(readFileSync(cachedFile, 'utf8')) as object) : {};
  return JSON.stringify({ ...(config.context ?? {}), ...cached, ...extra });
}

/** Runs the app's synth command; resolves with the assembly folder, rejects with the app's own output. */
export async function synthesizeApp(appDir: string, options: SynthOptions = {}): Promise<string> {
  const dir = resolve(appDir);
  const command = appCommandOf(dir);
  const outDir = resolve(options.outDir ?? join(dir, 'cdk.out'));
  const child = spawn(command, {
    cwd: dir,
    shell: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, CDK_OUTDIR: outDir, CDK_CONTEXT_JSON: contextOf(dir, options.context) },
  });
  const output: string[] = [];
  child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const timeoutMs = options.timeoutMs ?? 300_000;
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const code = await new Promise<number | null>((done) => {
    child.once('error', () => done(-1));
    child.once('exit', (exitCode) => done(exitCode));
  });
  clearTimeout(timer);
  if (code !== 0 || !existsSync(join(outDir, 'manifest.json'))) {
    const tail = output.join('').trim().split('\n').slice(-20).join('\n');
    throw new Error(
      `--app: \`${command}\` in ${dir} ${code === null ? `did not finish in ${timeoutMs / 1000}s` : `exited with code ${code}`}${tail ? `:\n${tail}` : ''}`,
    );
  }
  return outDir;
}
