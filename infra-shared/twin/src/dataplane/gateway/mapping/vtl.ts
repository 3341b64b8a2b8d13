/**
 * Velocity (VTL) templates as API Gateway runs them, on velocityjs (a maintained JavaScript Velocity
 * engine): parsed once, rendered per request over the variables `variables.ts` builds.
 *
 * One departure from plain Velocity: API Gateway renders a reference that resolves to nothing (`$missing`,
 * `$input.path('$').absent`, a JSON `null`) as an empty string, not as its own source text (reported in
 * public tests of the service, e.g. github.com/ToQoz/api-gateway-mapping-template issue 5). Every
 * reference is therefore compiled as the quiet form `$!ref`, and a `null` renders as nothing.
 */
import { Compile, parse } from 'velocityjs';
import { JAVA_METHOD_HANDLERS } from './java-methods.js';
import { TWIN_METHOD_HANDLER } from './variables.js';

export interface VtlTemplate {
  /** The template text as the integration declares it. */
  readonly source: string;
  /** Renders over `variables`; `#set($context.responseOverride...)` writes into the objects passed. */
  render(variables: Record<string, unknown>): string;
}

/** Parses `source`; throws an `Error` naming the problem when it is not a template Velocity can read. */
export function compileTemplate(source: string): VtlTemplate {
  let asts: ReturnType<typeof parse>;
  try {
    asts = parse(source);
  } catch (error) {
    throw new Error(`not a Velocity template: ${firstLine(error)}`);
  }
  quietReferences(asts);
  const compiled = new AwsVelocity(asts, {
    escape: false,
    customMethodHandlers: [TWIN_METHOD_HANDLER, ...JAVA_METHOD_HANDLERS],
  });
  // One macros object per template: velocityjs binds its `#eval` helper into it once instead of per render.
  const macros = {};
  return {
    source,
    render: (variables) => compiled.render(variables, macros),
  };
}

type Ast = ReturnType<typeof parse>[number];

/**
 * velocityjs renders a `null` value as `null`; Java Velocity's quiet reference renders nothing. It also
 * keeps `#stop` / `#break` state between renders of one compiled template: each render starts afresh here.
 */
class AwsVelocity extends Compile {
  override render(...args: Parameters<Compile['render']>): string {
    this.runState = { stop: false, break: false };
    return super.render(...args);
  }

  protected override getReferences(ast: Ast, isVal?: boolean): string {
    const value = super.getReferences(ast, isVal);
    return isVal && value === null ? '' : value;
  }
}

/** Sets every reference node's leader to `$!` (render nothing for null), walking the whole tree once. */
function quietReferences(node: unknown): void {
  if (Array.isArray(node)) {
    for (const child of node) quietReferences(child);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  if (record.type === 'references') record.leader = '$!';
  for (const key in record) {
    const value = record[key];
    if (value !== null && typeof value === 'object') quietReferences(value);
  }
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}
