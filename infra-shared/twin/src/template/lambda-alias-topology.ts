/**
 * Lambda versions and aliases from a template (`AWS::Lambda::Version`, `AWS::Lambda::Alias`), and the
 * qualifier a Lambda proxy integration's URI invokes (`...:function:<name>:<alias>/invocations`, the alias
 * often a stage variable the stage has resolved). A template holds one code per function, so every version
 * it publishes runs that code: the twin numbers a function's versions in template order (1, 2, ...) and
 * runs each alias on the function's one pool of environments (`docs/twin-fidelity.md`, "Lambda versions
 * and aliases").
 */
import { type Props, str, type TemplateContext } from './context.js';

const FUNCTION = 'AWS::Lambda::Function';
const VERSION = 'AWS::Lambda::Version';

/** A function's aliases: alias name to the version number it points at. Consumes its versions and aliases. */
export function functionAliases(ctx: TemplateContext, functionId: string): Record<string, string> {
  const versions = new Map<string, string>();
  for (const [id, p] of ctx.ofType(VERSION)) {
    if (ctx.referencedId(p.FunctionName, FUNCTION) !== functionId) continue;
    versions.set(id, String(versions.size + 1));
    ctx.consumed.add(id);
  }
  const aliases: Record<string, string> = {};
  for (const [id, p] of ctx.ofType('AWS::Lambda::Alias')) {
    if (ctx.referencedId(p.FunctionName, FUNCTION) !== functionId) continue;
    const name = str(p.Name);
    if (!name) continue;
    const version = versionOf(ctx, p, versions);
    if (version === undefined) continue;
    aliases[name] = version;
    ctx.consumed.add(id);
  }
  return aliases;
}

/** The version number an alias points at: a Version of the template, `$LATEST` or a literal number. */
function versionOf(ctx: TemplateContext, alias: Props, versions: ReadonlyMap<string, string>) {
  const versionId = ctx.referencedId(alias.FunctionVersion, VERSION);
  if (versionId) return versions.get(versionId);
  const literal = str(alias.FunctionVersion);
  return literal === '$LATEST' || (literal && /^\d+$/.test(literal)) ? literal : undefined;
}

/**
 * The qualifier after the function's ARN in a Lambda invocation URI (`...:function:<name>:<qualifier>/...`),
 * or undefined for the unqualified function.
 */
export function invocationQualifier(
  ctx: TemplateContext,
  functionId: string,
  uri: string,
): string | undefined {
  const arn = String(ctx.resolver.getAtt(functionId, 'Arn'));
  const at = uri.indexOf(`${arn}:`);
  if (at < 0) return undefined;
  const rest = uri.slice(at + arn.length + 1);
  const end = rest.indexOf('/');
  const qualifier = end < 0 ? rest : rest.slice(0, end);
  return qualifier === '' ? undefined : qualifier;
}
