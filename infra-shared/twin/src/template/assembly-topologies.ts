/**
 * Every runnable API of a cloud assembly, whoever wrote the CDK app: each stack with an API Gateway API
 * becomes one topology per API, named by the kit's pattern id when the stack is one of the kit's patterns
 * (template metadata, else its stack name) and by its stack name otherwise. Stacks that cannot run are
 * returned with the reason, for the start-up listing.
 */
import { PATTERNS } from '@pik/contracts';
import { type BuildOptions, buildTopologies, NoApiError, PrivateApiError } from './build-topology.js';
import { type AssemblyStack, loadCloudAssembly } from './cdk-out.js';
import type { PatternTopology } from './topology.js';

export interface SkippedStack {
  readonly stackName: string;
  readonly reason: string;
}

export interface AssemblyTopologies {
  readonly topologies: PatternTopology[];
  readonly skipped: SkippedStack[];
}

export interface SelectOptions extends BuildOptions {
  /** Ids to run: a pattern id, a stack name (all its APIs) or `<stack>.<api logical id>`. @default all */
  readonly only?: readonly string[];
}

/** The kit's pattern id for one of its stacks, else the stack name. */
function idOf(stack: AssemblyStack): string {
  return stack.patternId ?? PATTERNS.find((p) => p.stackName === stack.stackName)?.id ?? stack.stackName;
}

function selects(only: readonly string[], topology: PatternTopology): boolean {
  return only.some(
    (id) => id === topology.patternId || id === topology.stackName || topology.patternId.startsWith(`${id}.`),
  );
}

function checkContainerIds(stacks: readonly AssemblyStack[], options: BuildOptions): void {
  const ids = Object.keys(options.containerCommands ?? {});
  const services = stacks.flatMap((s) =>
    Object.entries(s.template.Resources ?? {}).flatMap(([id, r]) =>
      r.Type === 'AWS::ECS::Service' ? [id] : [],
    ),
  );
  const unknown = ids.filter((id) => !services.includes(id));
  if (unknown.length) {
    throw new Error(
      `--container: no ECS service ${unknown.join(', ')} in the assembly; its ECS services: ${services.join(', ') || 'none'}`,
    );
  }
}

export function assemblyTopologies(cdkOut: string, options: SelectOptions = {}): AssemblyTopologies {
  const stacks = loadCloudAssembly(cdkOut).map((stack) => ({ ...stack, patternId: idOf(stack) }));
  checkContainerIds(stacks, options);
  const topologies: PatternTopology[] = [];
  const skipped: SkippedStack[] = [];
  for (const stack of stacks) {
    try {
      topologies.push(...buildTopologies(stack, options));
    } catch (error) {
      // A stack the twin cannot read does not keep the others from running; it is listed with the reason.
      const reason =
        error instanceof NoApiError
          ? 'no API Gateway API (HTTP, REST or WebSocket): nothing to front'
          : error instanceof PrivateApiError
            ? error.message
            : `the twin cannot read it: ${(error as Error).message}`;
      skipped.push({ stackName: stack.stackName, reason });
    }
  }
  const only = options.only ?? [];
  if (only.length === 0) return { topologies, skipped };
  const known = [
    ...new Set([
      ...topologies.flatMap((t) => [t.patternId, t.stackName]),
      ...skipped.map((s) => s.stackName),
    ]),
  ];
  const missing = only.filter((id) => !topologies.some((t) => selects([id], t)));
  if (missing.length) {
    const why = missing.map((id) => {
      const skip = skipped.find((s) => s.stackName === id);
      return skip ? `${id} (${skip.reason})` : id;
    });
    throw new Error(
      `no runnable API for ${why.join(', ')} in ${cdkOut}; found: ${known.join(', ') || 'none'}`,
    );
  }
  return { topologies: topologies.filter((t) => selects(only, t)), skipped };
}

/** Start-up lines: the stacks that do not run and why, and what stands in for each non-kit container image. */
export function assemblyReport(result: AssemblyTopologies): string[] {
  const lines = result.skipped.map((s) => `stack ${s.stackName} not run: ${s.reason}`);
  const seen = new Set<string>();
  for (const t of result.topologies) {
    for (const c of t.containerServices) {
      const key = `${t.stackName}/${c.id}`;
      if (!c.launch || seen.has(key)) continue;
      seen.add(key);
      lines.push(`container ${key}: ${c.launch.source} (container port ${c.containerPort})`);
    }
  }
  return lines;
}
