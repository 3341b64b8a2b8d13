/**
 * The alias or version an invocation names (`function:<name>:<qualifier>`), as Lambda resolves it: an
 * alias of the template to its version, a version number the template publishes, `$LATEST`; anything else
 * is not found (Lambda's 404 `ResourceNotFoundException`, API Gateway's 500). Every version runs the
 * function's one code from the template, on its one pool of environments.
 */
import type { LambdaFunctionSpec } from '../template/topology.js';

export interface ResolvedQualifier {
  /** `context.invokedFunctionArn`: the ARN as invoked, qualifier included. */
  readonly invokedArn: string;
  /** `context.functionVersion`: the version that runs. */
  readonly version: string;
}

/** Resolves `qualifier` on the function, or undefined when the function has no such alias or version. */
export function resolveQualifier(
  spec: LambdaFunctionSpec,
  arn: string,
  qualifier: string | undefined,
): ResolvedQualifier | undefined {
  if (qualifier === undefined || qualifier === '$LATEST') return { invokedArn: arn, version: '$LATEST' };
  const aliases = spec.aliases ?? {};
  const version = aliases[qualifier] ?? (Object.values(aliases).includes(qualifier) ? qualifier : undefined);
  return version === undefined ? undefined : { invokedArn: `${arn}:${qualifier}`, version };
}
