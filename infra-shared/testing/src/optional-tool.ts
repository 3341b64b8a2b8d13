/**
 * The rule for suites that need a tool `npm ci` does not bring (Java + DynamoDB Local, k6, cfn-lint,
 * Chromium): on a developer's machine they skip and say why; under CI (env `CI` set) a missing tool is an
 * error, so CI can never pass by skipping.
 */
export interface OptionalTool {
  /** True when the tool is there and the suite should run. */
  readonly available: boolean;
  /** Why the suite is skipped (empty when available). */
  readonly reason: string;
}

export function isCi(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = env.CI;
  return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';
}

/**
 * @param name what is missing, as a user would install it ("k6", "cfn-lint")
 * @param found whether it was found
 * @param install the command or step that provides it
 */
export function optionalTool(
  name: string,
  found: boolean,
  install: string,
  env: NodeJS.ProcessEnv = process.env,
): OptionalTool {
  if (found) return { available: true, reason: '' };
  const reason = `${name} not found; install it with: ${install}`;
  if (isCi(env)) {
    throw new Error(`${reason} (CI is set, so suites that need ${name} must run, not skip)`);
  }
  process.stderr.write(`[pik] skipping suites that need ${name}: ${reason}\n`);
  return { available: false, reason };
}
