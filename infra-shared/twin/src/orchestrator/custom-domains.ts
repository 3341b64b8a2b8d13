/**
 * The public custom domain names of the running stacks, started after every API's gateway: one listener
 * per domain, which routes by `Host` and by routing rules and base paths to the mapped API's gateway.
 * Mappings to an API the twin does not run (not selected, or another stack's) are left out and said so.
 */
import {
  type CustomDomainConfig,
  createCustomDomain,
  type DomainApiTarget,
} from '../dataplane/gateway/custom-domain.js';
import type { RunningComponent } from '../dataplane/http-util.js';
import type { CustomDomainSpec } from '../template/topology.js';
import type { RunningPattern } from './stand-up.js';

export interface RunningCustomDomain {
  readonly domainName: string;
  /** `http://127.0.0.1:<port>`: send the domain in `Host`. */
  readonly url: string;
  readonly component: RunningComponent;
}

interface StackDomain {
  readonly stackName: string;
  readonly spec: CustomDomainSpec;
}

/** Each stack's domains once (every API topology of a stack carries the same list). */
function stackDomains(running: Iterable<RunningPattern>): StackDomain[] {
  const seen = new Map<string, StackDomain>();
  for (const { topology } of running) {
    for (const spec of topology.customDomains ?? []) {
      seen.set(`${topology.stackName}/${spec.id}`, { stackName: topology.stackName, spec });
    }
  }
  return [...seen.values()];
}

/** The running gateway of an API of the stack, and the path segment of the stage. */
function targetOf(
  patterns: readonly RunningPattern[],
  stackName: string,
  ref: { readonly apiId: string; readonly stage: string },
): DomainApiTarget | undefined {
  const pattern = patterns.find((p) => p.topology.stackName === stackName && p.topology.api.id === ref.apiId);
  if (!pattern) return undefined;
  const httpDefault = pattern.topology.api.flavour === 'http' && ref.stage === '$default';
  return { port: pattern.gateway.port, stagePath: httpDefault ? '' : ref.stage };
}

/** The listener's configuration; `missing` names the mappings and rules whose API does not run. */
export function customDomainConfig(
  patterns: readonly RunningPattern[],
  domain: StackDomain,
): { readonly config: CustomDomainConfig; readonly missing: readonly string[] } {
  const missing: string[] = [];
  const resolve = <T extends { id: string; apiId: string; stage: string }>(item: T) => {
    const target = targetOf(patterns, domain.stackName, item);
    if (!target) missing.push(`${item.id} (API ${item.apiId} not running)`);
    return target ? [{ item, target }] : [];
  };
  const config: CustomDomainConfig = {
    domainName: domain.spec.domainName,
    rules: domain.spec.rules.flatMap(resolve).map(({ item, target }) => ({
      priority: item.priority,
      headers: item.headers,
      basePaths: item.basePaths,
      stripBasePath: item.stripBasePath,
      target,
    })),
    mappings: domain.spec.mappings.flatMap(resolve).map(({ item, target }) => ({
      basePath: item.basePath,
      target,
    })),
  };
  return { config, missing };
}

/** What the domain's routing mode leaves unused: AWS keeps such rules or mappings and does not route by them. */
function unusedLine(spec: CustomDomainSpec): string {
  const what = spec.routingMode === 'mappings-only' ? 'routing rules' : 'mappings';
  return `  unused (routing mode ${spec.routingMode}, as on AWS): ${what} ${spec.unused.join(', ')}`;
}

/** Starts every domain's listener; `print` gets one line per domain (and what it leaves out). */
export async function startCustomDomains(
  running: Iterable<RunningPattern>,
  print: (line: string) => void,
): Promise<RunningCustomDomain[]> {
  const patterns = [...running];
  const started: RunningCustomDomain[] = [];
  try {
    for (const domain of stackDomains(patterns)) {
      const { config, missing } = customDomainConfig(patterns, domain);
      const component = await createCustomDomain(config);
      const url = `http://${component.host}:${component.port}`;
      started.push({ domainName: config.domainName, url, component });
      const routes = `${config.rules.length} routing rules, ${config.mappings.length} mappings`;
      print(`custom domain ${config.domainName}: ${url} (send Host: ${config.domainName}; ${routes})`);
      if (missing.length) print(`  left out: ${missing.join(', ')}`);
      if (domain.spec.unused.length) print(unusedLine(domain.spec));
    }
  } catch (error) {
    await Promise.all(started.map((d) => d.component.close()));
    throw error;
  }
  return started;
}
