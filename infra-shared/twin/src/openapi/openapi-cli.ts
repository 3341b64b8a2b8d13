/**
 * `pik openapi export <stack> [--stage s] [--extensions apigateway|none] [--out file] [--cdk-out dir]
 * [--api logicalId]`: writes one API of a synthesized stack as OpenAPI 3.0 (JSON) to the file or stdout.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PATTERNS } from '@pik/contracts';
import { loadCloudAssembly } from '../template/cdk-out.js';
import { exportOpenApi } from './export.js';

export const OPENAPI_USAGE = `usage: pik openapi export <stack> [--stage s] [--extensions apigateway|none] [--out file]
                          [--cdk-out dir] [--api logicalId]
  writes the stack's REST or HTTP API as OpenAPI 3.0 JSON, as API Gateway's export would for that stage
  <stack>       a stack name of the assembly or one of the kit's pattern ids
  --stage       the stage the servers entry names (default: the API's first stage)
  --extensions  apigateway (default): with the x-amazon-apigateway-* blocks; none: plain OpenAPI
  --out         the file to write (default: stdout)
  --cdk-out     the cloud assembly (default: ./cdk.out)
  --api         the API's logical id, when the stack has several`;

class UsageError extends Error {}

const OPTIONS = {
  stage: { type: 'string' },
  extensions: { type: 'string' },
  out: { type: 'string' },
  'cdk-out': { type: 'string' },
  api: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function stackOf(cdkOut: string, name: string) {
  const stackName = PATTERNS.find((p) => p.id === name)?.stackName ?? name;
  const stacks = loadCloudAssembly(cdkOut);
  const stack = stacks.find((s) => s.stackName === stackName);
  if (!stack) {
    const listed = stacks.map((s) => s.stackName).join(', ') || 'none';
    throw new UsageError(
      `<stack>: no stack '${name}' in ${cdkOut} (stacks: ${listed}); run \`npm run synth\`?`,
    );
  }
  return stack;
}

function exportCommand(
  values: Record<string, string | boolean | undefined>,
  stackName: string | undefined,
): number {
  if (!stackName) throw new UsageError('<stack>: give the stack name or pattern id to export');
  const extensions = (values.extensions as string | undefined) ?? 'apigateway';
  if (extensions !== 'apigateway' && extensions !== 'none')
    throw new UsageError(`--extensions: '${extensions}' is not apigateway or none`);
  const cdkOut = resolve((values['cdk-out'] as string | undefined) ?? 'cdk.out');
  const stack = stackOf(cdkOut, stackName);
  let exported: ReturnType<typeof exportOpenApi>;
  try {
    exported = exportOpenApi(stack.template, {
      apiId: values.api as string | undefined,
      stage: values.stage as string | undefined,
      extensions,
    });
  } catch (error) {
    throw new UsageError(`${stack.stackName}: ${(error as Error).message}`);
  }
  for (const line of exported.skipped) process.stderr.write(`pik openapi: left out ${line}\n`);
  const json = `${JSON.stringify(exported.document, null, 2)}\n`;
  if (values.out) {
    writeFileSync(resolve(values.out as string), json);
    process.stderr.write(
      `pik openapi: ${stack.stackName} ${exported.apiId} (${exported.flavour}) -> ${values.out}\n`,
    );
  } else {
    process.stdout.write(json);
  }
  return 0;
}

/** Runs `pik openapi ...`; returns the exit code (2 for bad input, with the field named on stderr). */
export async function runOpenApiCli(argv: readonly string[]): Promise<number> {
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true });
    if (values.help) {
      process.stdout.write(`${OPENAPI_USAGE}\n`);
      return 0;
    }
    const [command, stack, ...extra] = positionals;
    if (command !== 'export')
      throw new UsageError(`'${command ?? ''}' is not a command of pik openapi (export)`);
    if (extra.length) throw new UsageError(`unexpected arguments: ${extra.join(' ')}`);
    return exportCommand(values, stack);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`pik openapi: ${(error as Error).message}\n${OPENAPI_USAGE}\n`);
      return 2;
    }
    throw error;
  }
}
