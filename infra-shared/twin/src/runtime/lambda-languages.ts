/**
 * Which `AWS::Lambda::Function` runtimes the twin runs, and on what: Node.js 18.x-24.x on the host's `node`,
 * Python 3.x on the host's `python3` (or `PIK_TWIN_PYTHON`). Everything else, and container-image functions,
 * is refused by name at start-up: nothing is ever silently run as something else.
 */
import { spawnSync } from 'node:child_process';

export type LambdaLanguage = 'nodejs' | 'python';

/** The language a runtime the twin runs is written in (`python3.12` -> python, `nodejs22.x` -> nodejs). */
export function languageOf(runtime: string): LambdaLanguage {
  return runtime.startsWith('python') ? 'python' : 'nodejs';
}

/** What a request that reaches a refused function gets: the gateway's answer to a failed invoke. */
export const REFUSED_FUNCTION_ANSWER =
  'a request reaching it gets the failed-invoke answer (REST API 502, HTTP API 500, ALB 502)';

/** The interpreter Python functions run on: `PIK_TWIN_PYTHON`, else `python3` on the PATH. */
export function pythonCommand(env: NodeJS.ProcessEnv = process.env): string {
  return env.PIK_TWIN_PYTHON || 'python3';
}

const pythonVersions = new Map<string, string | undefined>();

/** `3.11.7` for the interpreter `command`, or undefined when it cannot be started. Cached per command. */
export function hostPythonVersion(command: string): string | undefined {
  if (!pythonVersions.has(command)) {
    const probe = spawnSync(command, ['-c', 'import sys; print("%d.%d.%d" % sys.version_info[:3])'], {
      encoding: 'utf8',
      timeout: 5_000,
    });
    pythonVersions.set(command, probe.status === 0 ? probe.stdout.trim() : undefined);
  }
  return pythonVersions.get(command);
}

export interface LambdaLanguageSupport {
  readonly language?: LambdaLanguage;
  /** Why the twin does not run the function (set exactly when `language` is not). */
  readonly refusal?: string;
  /** A difference from AWS the start-up report states (host interpreter version). */
  readonly hostDifference?: string;
}

export interface FunctionPackage {
  readonly runtime: string | undefined;
  readonly packageType: string | undefined;
}

const NODE_RUNTIME = /^nodejs(\d+)\.x$/;
const PYTHON_RUNTIME = /^python3\.(\d+)$/;
/** The Node.js majors AWS offers that the twin accepts (the host's `node` runs them). */
const NODE_MAJORS = { min: 18, max: 24 } as const;

/** Decides how (or whether) a function runs, from its template properties and the host's interpreters. */
export function lambdaLanguageOf(
  fn: FunctionPackage,
  env: NodeJS.ProcessEnv = process.env,
): LambdaLanguageSupport {
  if (fn.packageType === 'Image') {
    return { refusal: 'container-image function (PackageType Image): the twin runs zip functions only' };
  }
  const runtime = fn.runtime ?? '';
  const node = NODE_RUNTIME.exec(runtime);
  if (node) {
    const major = Number(node[1]);
    if (major < NODE_MAJORS.min || major > NODE_MAJORS.max) {
      return { refusal: `runtime ${runtime}: the twin runs nodejs18.x-nodejs24.x and python3.x` };
    }
    const hostMajor = Number(process.versions.node.split('.')[0]);
    return {
      language: 'nodejs',
      hostDifference:
        hostMajor === major
          ? undefined
          : `${runtime} runs on this machine's Node.js ${process.versions.node}`,
    };
  }
  if (PYTHON_RUNTIME.test(runtime)) {
    const command = pythonCommand(env);
    const version = hostPythonVersion(command);
    if (!version) {
      return {
        refusal: `runtime ${runtime}: no Python interpreter (\`${command}\` did not start; install python3 or set PIK_TWIN_PYTHON)`,
      };
    }
    const sameMinor = version.startsWith(`${runtime.slice('python'.length)}.`);
    return {
      language: 'python',
      hostDifference: sameMinor ? undefined : `${runtime} runs on this machine's Python ${version}`,
    };
  }
  return {
    refusal: `runtime ${runtime || '(none)'}: the twin runs nodejs18.x-nodejs24.x and python3.x`,
  };
}
