/**
 * The services of a stack that is not one of the kit's patterns, derived from its routes (and, behind a
 * catch-all route, its ALB path rules): the literal start of each is a service's base path
 * (`/orders/{id}` -> `/orders`; `/`, `$default` and `/{proxy+}` -> the root), named after the compute that
 * answers a GET there (its `pik:service` tag, else its logical id), so `pik bench` can aim its scenarios
 * at a CDK app it knows nothing about.
 */
import type { TargetService } from '@pik/contracts';
import type { PatternTopology } from '../template/topology.js';
import type { Chain } from './chain.js';

/**
 * The base path of a route (or ALB path pattern): its literal segments before the first parameter or
 * wildcard: `/orders/{id}` -> `/orders`, `/admin/stats` -> `/admin/stats`, `/{proxy+}` and `$default` -> ``.
 */
export function basePathOfRoute(path: string): string {
  if (path === '$default') return '';
  const literal: string[] = [];
  for (const segment of path.split('/').filter(Boolean)) {
    if (segment.startsWith('{') || /[*?]/.test(segment)) break;
    literal.push(segment);
  }
  return literal.map((s) => `/${s}`).join('');
}

/**
 * Client paths worth probing, each with the base path it stands for: every route's path (parameters
 * filled in) and every ALB path rule's prefix.
 */
function probes(topology: PatternTopology): [basePath: string, probe: string][] {
  const fromRoutes = topology.api.routes.map((r): [string, string] => [
    basePathOfRoute(r.path),
    r.path === '$default' ? '/' : r.path.replace(/\{[^}]+\}/g, 'probe'),
  ]);
  const fromRules = topology.loadBalancers.flatMap((lb) =>
    lb.listeners.flatMap((l) =>
      l.rules.flatMap((rule) =>
        rule.conditions
          .filter((c) => c.field === 'path-pattern')
          .flatMap((c) =>
            c.values.map((v): [string, string] => [basePathOfRoute(v), v.replace(/[*?].*$/, 'probe')]),
          ),
      ),
    ),
  );
  return [...fromRoutes, ...fromRules];
}

export function servicesFromRoutes(
  topology: PatternTopology,
  chainForPath: (topology: PatternTopology, method: string, path: string) => Chain | undefined,
): TargetService[] {
  const out = new Map<string, TargetService>();
  for (const [basePath, probe] of probes(topology)) {
    const final = chainForPath(topology, 'GET', probe)?.final;
    if (out.has(basePath) || !final || (final.kind !== 'lambda' && final.kind !== 'container')) continue;
    const fn =
      final.kind === 'lambda' ? topology.functions.find((f) => f.id === final.functionId) : undefined;
    out.set(basePath, {
      name: final.service,
      // The root is `/`, so request URLs built as `<path>?query` stay valid.
      path: basePath || '/',
      compute: final.kind === 'lambda' ? 'lambda' : 'fargate',
      ...(fn ? { functionName: fn.functionName, logGroup: `/aws/lambda/${fn.functionName}` } : {}),
    });
  }
  return [...out.values()];
}
