/**
 * The environment variables of a function's execution environments, as Lambda sets them: the reserved
 * ones (AWS_REGION, AWS_LAMBDA_FUNCTION_NAME, LAMBDA_TASK_ROOT, _HANDLER, ...), the template's
 * `Environment.Variables` (intrinsics already resolved to the twin's table names and ARNs), then what the
 * twin adds for its local emulators (`AWS_ENDPOINT_URL_DYNAMODB`, which the SDKs read themselves) and
 * placeholder credentials so the SDK signs requests without looking for real ones. Nothing from the twin's
 * own environment leaks in except PATH.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOCAL_PSEUDO } from '../template/intrinsics.js';
import type { LambdaFunctionSpec } from '../template/topology.js';
import { languageOf } from './lambda-languages.js';
import { providedSdk } from './lambda-sdk.js';

const RUNTIME_DIR = dirname(fileURLToPath(import.meta.url));

/** Placeholder credentials, as Lambda hands a function its role's credentials. Local stores ignore them. */
const LOCAL_CREDENTIALS = {
  AWS_ACCESS_KEY_ID: 'local',
  AWS_SECRET_ACCESS_KEY: 'local',
  AWS_SESSION_TOKEN: 'local',
} as const;

function languageVariables(spec: LambdaFunctionSpec): Record<string, string> {
  if (languageOf(spec.runtime) === 'python') return { PYTHONUNBUFFERED: '1' };
  const sdk = providedSdk();
  return {
    // Lambda's Node.js runtimes put their SDK on NODE_PATH, after the function's own node_modules.
    NODE_PATH: `${sdk.nodeModules}:${spec.codeDir}`,
    PIK_LAMBDA_SDK_NODE_MODULES: sdk.nodeModules,
    PIK_LAMBDA_SDK_PACKAGES: `${sdk.packages.join(', ')} ${sdk.version}`,
  };
}

export function functionEnvironment(
  spec: LambdaFunctionSpec,
  extraEnv: Readonly<Record<string, string>> = {},
): { arn: string; variables: Record<string, string> } {
  const { region, accountId } = LOCAL_PSEUDO;
  return {
    arn: `arn:aws:lambda:${region}:${accountId}:function:${spec.functionName}`,
    variables: {
      PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
      LANG: 'en_US.UTF-8',
      TZ: ':UTC',
      AWS_REGION: region,
      AWS_DEFAULT_REGION: region,
      AWS_EXECUTION_ENV: `AWS_Lambda_${spec.runtime}`,
      AWS_LAMBDA_FUNCTION_NAME: spec.functionName,
      AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
      AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(spec.memoryMb),
      AWS_LAMBDA_LOG_GROUP_NAME: `/aws/lambda/${spec.functionName}`,
      AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
      LAMBDA_TASK_ROOT: spec.codeDir,
      LAMBDA_RUNTIME_DIR: RUNTIME_DIR,
      _HANDLER: spec.handler,
      ...LOCAL_CREDENTIALS,
      ...(spec.refusal ? {} : languageVariables(spec)),
      ...spec.environment,
      ...extraEnv,
    },
  };
}
