/**
 * Shared lookups for the topology builders: resolved properties per resource, and the way back from a
 * resolved string (an ARN, a DNS name, a URI) to the resource it names.
 */
import type { AssemblyStack, CfnResource } from './cdk-out.js';
import { createResolver, isUnresolved, type TemplateResolver } from './intrinsics.js';
import { expandOpenApiBodies } from './openapi-body.js';

export type Props = Record<string, unknown>;

export interface TemplateContext {
  readonly stack: AssemblyStack;
  readonly resolver: TemplateResolver;
  /** Resources that exist (conditions true), by logical id. */
  readonly resources: ReadonlyMap<string, CfnResource>;
  /** Resolved properties of a resource. */
  props(logicalId: string): Props;
  /** Logical ids and resolved properties of every resource of a type. */
  ofType(type: string): [string, Props][];
  /** The resource a resolved value names: exact stand-in first, then any stand-in it contains. */
  referencedId(value: unknown, type?: string): string | undefined;
  /** A resource's `Metadata[key]`, else the value of tag `key` (list or map form). */
  tag(logicalId: string, key: string): string | undefined;
  /** Logical ids the builders consumed (everything else is reported as not emulated). */
  readonly consumed: Set<string>;
}

export function createTemplateContext(stack: AssemblyStack): TemplateContext {
  // A REST API defined by an OpenAPI Body (SpecRestApi) is read as the resources its import creates.
  const template = expandOpenApiBodies(stack.template);
  const resolver = createResolver(template, { stackName: stack.stackName });
  const resources = new Map<string, CfnResource>();
  for (const [id, resource] of Object.entries(template.Resources ?? {})) {
    if (!resolver.excluded.has(id)) resources.set(id, resource);
  }
  const cache = new Map<string, Props>();
  const props = (logicalId: string): Props => {
    let resolved = cache.get(logicalId);
    if (!resolved) {
      const raw = resources.get(logicalId)?.Properties ?? {};
      resolved = resolver.resolve(raw) as Props;
      cache.set(logicalId, resolved);
    }
    return resolved;
  };
  // Resolve everything once so every stand-in value is known before reverse lookups.
  for (const id of resources.keys()) props(id);

  const typeOf = (id: string) => resources.get(id)?.Type;
  const referencedId = (value: unknown, type?: string): string | undefined => {
    if (typeof value !== 'string' || isUnresolved(value)) return undefined;
    const exact = resolver.originOf(value);
    if (exact && (!type || typeOf(exact.logicalId) === type)) return exact.logicalId;
    // Longest contained stand-in wins (an ARN contains the shorter logical id, for example).
    let best: { id: string; length: number } | undefined;
    for (const id of resources.keys()) {
      if (type && typeOf(id) !== type) continue;
      for (const candidate of standIns(id)) {
        if (candidate.length > 0 && value.includes(candidate) && (!best || candidate.length > best.length)) {
          best = { id, length: candidate.length };
        }
      }
    }
    return best?.id;
  };
  const standIns = (id: string): string[] => {
    const values: string[] = [];
    const ref = resolver.ref(id);
    if (typeof ref === 'string') values.push(ref);
    const type = typeOf(id);
    if (type === 'AWS::ElasticLoadBalancingV2::LoadBalancer')
      values.push(String(resolver.getAtt(id, 'DNSName')));
    if (type === 'AWS::Lambda::Function') values.push(String(resolver.getAtt(id, 'Arn')));
    return values;
  };
  const tag = (logicalId: string, key: string): string | undefined => {
    // Resource-level Metadata first (what the pik stacks write), then CloudFormation Tags.
    const meta = resources.get(logicalId)?.Metadata?.[key];
    if (typeof meta === 'string') return meta;
    const tags = props(logicalId).Tags;
    if (Array.isArray(tags)) {
      const found = tags.find((t) => (t as Props)?.Key === key) as Props | undefined;
      return typeof found?.Value === 'string' ? found.Value : undefined;
    }
    if (tags && typeof tags === 'object') {
      const value = (tags as Props)[key];
      return typeof value === 'string' ? value : undefined;
    }
    return undefined;
  };
  return {
    stack,
    resolver,
    resources,
    props,
    ofType: (type) => [...resources].filter(([, r]) => r.Type === type).map(([id]) => [id, props(id)]),
    referencedId,
    tag,
    consumed: new Set<string>(),
  };
}

export function num(value: unknown, fallback: number): number;
export function num(value: unknown, fallback?: number): number | undefined;
export function num(value: unknown, fallback?: number): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value))) return Number(value);
  return fallback;
}

export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function strList(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  if (typeof value === 'string') return [value];
  return [];
}
