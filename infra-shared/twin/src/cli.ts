/**
 * The twin's command line (`pik twin ...` calls `runTwinCli`; without a command it runs `up`):
 *   up [--app dir] [--cdk-out dir] [--patterns a,b] [--container id=command]... [--ddb-endpoint url]
 *      [--targets-file path] [--logs file|inherit|discard] [--health-check-scale n] [--lambda-idle-seconds n]
 *      [--root dir]
 *   cold-start <pattern> [--function <service|name>]
 *   replica <pattern> <service> <n> <stop|kill|pause|resume|restart>
 *   token <pattern> [--scope "a b"]
 * The control commands find the running twin through the targets file's `controlUrl`.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PATTERN_IDS, type TargetsFile } from '@pik/contracts';
import { twinUp } from './orchestrator/twin-up.js';

const USAGE = `usage: pik twin [command] (default: up)
  up [--app dir] [--cdk-out dir] [--patterns ids] [--container id=command]... [--ddb-endpoint url]
     [--targets-file path] [--logs file|inherit|discard] [--health-check-scale n] [--lambda-idle-seconds n]
     [--root dir]
                      stand every API Gateway API of the assembly up on 127.0.0.1 until interrupted;
                      --app synthesizes a CDK app folder (its cdk.json) into --cdk-out (default <app>/cdk.out)
                      first; --cdk-out alone reads an assembly;
                      --container runs a local command in place of an ECS service's image
  cold-start <pattern> [--function <service|name>]
                      kill Lambda execution environments (next request is a cold start)
  replica <pattern> <service> <n> <stop|kill|pause|resume|restart>
                      control one container replica
  token <pattern> [--scope "a b"]
                      print an access token for the pattern's client
<pattern> is a stack name (a stack with several APIs: <stack>.<api logical id>), or one of the kit's
pattern ids: ${PATTERN_IDS.join(', ')}`;

class UsageError extends Error {}

const OPTIONS = {
  patterns: { type: 'string' },
  'ddb-endpoint': { type: 'string' },
  'cdk-out': { type: 'string' },
  app: { type: 'string' },
  container: { type: 'string', multiple: true },
  'targets-file': { type: 'string' },
  logs: { type: 'string' },
  'health-check-scale': { type: 'string' },
  'lambda-idle-seconds': { type: 'string' },
  root: { type: 'string' },
  function: { type: 'string' },
  scope: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Stack names, `<stack>.<api>` ids or pattern ids; whether they exist is checked against the assembly. */
function parsePatterns(value: string | undefined): string[] | undefined {
  if (!value) return undefined;
  const ids = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const bad = ids.filter((id) => !STACK_ID.test(id));
  if (bad.length) throw new UsageError(`--patterns: '${bad.join("', '")}' is not a stack name or pattern id`);
  return ids;
}

/** CloudFormation stack names: letters, digits and hyphens, starting with a letter (plus `.` for an API). */
const STACK_ID = /^[A-Za-z][A-Za-z0-9.-]*$/;

/** `--container <ECS service logical id>=<command>`, repeatable. */
function parseContainers(values: readonly string[] | undefined): Record<string, string> | undefined {
  if (!values?.length) return undefined;
  const out: Record<string, string> = {};
  for (const value of values) {
    const at = value.indexOf('=');
    const id = value.slice(0, at).trim();
    const command = value.slice(at + 1).trim();
    if (at < 1 || !/^[A-Za-z0-9]+$/.test(id) || !command) {
      throw new UsageError(`--container: '${value}' is not <ECS service logical id>=<command>`);
    }
    out[id] = command;
  }
  return out;
}

function parseUrl(flag: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('scheme');
    return value;
  } catch {
    throw new UsageError(`--${flag}: '${value}' is not an http(s) URL`);
  }
}

async function up(values: Record<string, string | string[] | boolean | undefined>): Promise<number> {
  const logs = values.logs as string | undefined;
  if (logs !== undefined && !['file', 'inherit', 'discard'].includes(logs)) {
    throw new UsageError('--logs: must be file, inherit or discard');
  }
  const scaleText = values['health-check-scale'] as string | undefined;
  const scale = scaleText === undefined ? undefined : Number(scaleText);
  if (scale !== undefined && !(scale > 0 && scale <= 1))
    throw new UsageError('--health-check-scale: must be in (0, 1]');
  const idleText = values['lambda-idle-seconds'] as string | undefined;
  const idleSeconds = idleText === undefined ? undefined : Number(idleText);
  if (idleSeconds !== undefined && !(Number.isFinite(idleSeconds) && idleSeconds > 0)) {
    throw new UsageError('--lambda-idle-seconds: must be a positive number');
  }
  const twin = await twinUp({
    root: values.root as string | undefined,
    // Paths given on the command line are relative to the working directory.
    cdkOut: values['cdk-out'] === undefined ? undefined : resolve(values['cdk-out'] as string),
    app: values.app === undefined ? undefined : resolve(values.app as string),
    containerCommands: parseContainers(values.container as string[] | undefined),
    patterns: parsePatterns(values.patterns as string | undefined),
    ddbEndpoint: parseUrl('ddb-endpoint', values['ddb-endpoint'] as string | undefined),
    targetsFile: values['targets-file'] === undefined ? undefined : resolve(values['targets-file'] as string),
    logs: logs as 'file' | 'inherit' | 'discard' | undefined,
    healthCheckScale: scale,
    lambdaIdleTimeoutMs: idleSeconds === undefined ? undefined : idleSeconds * 1000,
  });
  console.log('twin is up; Ctrl-C stops it');
  return new Promise<number>((done) => {
    const shutdown = (code: number) => () => {
      console.log('stopping the twin...');
      twin.stop().then(
        () => done(code),
        (error: unknown) => {
          console.error(error);
          done(1);
        },
      );
    };
    process.once('SIGINT', shutdown(0));
    process.once('SIGTERM', shutdown(0));
    process.once('uncaughtException', (error) => {
      console.error('twin failed:', error);
      shutdown(1)();
    });
    process.once('unhandledRejection', (error) => {
      console.error('twin failed:', error);
      shutdown(1)();
    });
  });
}

function controlUrlOf(values: Record<string, unknown>, pattern: string | undefined): string {
  if (!pattern || !STACK_ID.test(pattern))
    throw new UsageError('give the pattern id or stack name the twin runs (see the targets file)');
  const path = resolve(
    (values['targets-file'] as string | undefined) ??
      join((values.root as string | undefined) ?? '.', '.pik', 'targets.json'),
  );
  let file: TargetsFile;
  try {
    file = JSON.parse(readFileSync(path, 'utf8')) as TargetsFile;
  } catch {
    throw new UsageError(`no targets file at ${path}: is the twin up?`);
  }
  const url = file.patterns.find((p) => p.id === pattern)?.controlUrl;
  if (!url) {
    const running = file.patterns.map((p) => p.id).join(', ') || 'none';
    throw new UsageError(`${pattern} is not running in the twin (${path}); running: ${running}`);
  }
  return url;
}

async function control(url: string): Promise<number> {
  const response = await fetch(url, { method: 'POST' }).catch(() => undefined);
  if (!response) {
    console.error(`the twin does not answer at ${url}: is it still up?`);
    return 1;
  }
  const body = await response.text();
  console.log(body);
  return response.ok ? 0 : 1;
}

export async function runTwinCli(argv: readonly string[]): Promise<number> {
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true });
    // Without a command the twin comes up: `pik twin up` may hand over only the flags after `up`.
    const [command = 'up', ...rest] = positionals;
    if (values.help) {
      console.log(USAGE);
      return 0;
    }
    switch (command) {
      case 'up':
        return await up(values);
      case 'cold-start': {
        const url = new URL(`${controlUrlOf(values, rest[0])}/cold-start`);
        if (values.function) url.searchParams.set('function', values.function);
        return await control(url.href);
      }
      case 'replica': {
        const [pattern, service, index, action] = rest;
        if (!service || !index || !action)
          throw new UsageError('replica <pattern> <service> <n> <stop|kill|pause|resume|restart>');
        return await control(
          `${controlUrlOf(values, pattern)}/services/${service}/replicas/${index}/${action}`,
        );
      }
      case 'token': {
        const url = new URL(`${controlUrlOf(values, rest[0])}/token`);
        if (values.scope) url.searchParams.set('scope', values.scope);
        return await control(url.href);
      }
      default:
        throw new UsageError(`unknown command '${command}'`);
    }
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`${(error as Error).message}\n\n${USAGE}`);
      return 2;
    }
    console.error(`twin: ${(error as Error).message}`);
    return 1;
  }
}
