/**
 * Which route of the topology answers a client path, and the path the load balancers then see. Used to
 * describe a running pattern (services and their compute) and to predict its traces, from the template
 * alone.
 */
import type { PatternTopology, RouteSpec } from '../template/topology.js';

/** Path parameters when `template` (`/orders/{id}`, `/orders/{proxy+}`) matches `path`, else undefined. */
export function matchPathTemplate(template: string, path: string): Record<string, string> | undefined {
  const want = template.split('/').filter(Boolean);
  const have = path.split('/').filter(Boolean);
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const part = want[i] as string;
    const greedy = /^\{(.+)\+\}$/.exec(part);
    if (greedy) {
      if (have.length <= i) return undefined;
      params[greedy[1] as string] = have.slice(i).join('/');
      return params;
    }
    const value = have[i];
    if (value === undefined) return undefined;
    const variable = /^\{(.+)\}$/.exec(part);
    if (variable) params[variable[1] as string] = value;
    else if (part !== value) return undefined;
  }
  return have.length === want.length ? params : undefined;
}

/** The route API Gateway picks: exact and parameter routes before greedy ones, `$default` last. */
export function routeFor(
  topology: PatternTopology,
  method: string,
  path: string,
): { route: RouteSpec; params: Record<string, string> } | undefined {
  const candidates = topology.api.routes
    .filter((r) => r.path !== '$default' && (r.method === method || r.method === 'ANY'))
    .map((route) => ({ route, params: matchPathTemplate(route.path, path) }))
    .filter((c): c is { route: RouteSpec; params: Record<string, string> } => c.params !== undefined)
    .sort((a, b) => {
      const greedy = (r: RouteSpec) => (r.path.includes('+}') ? 1 : 0);
      return (
        greedy(a.route) - greedy(b.route) ||
        b.route.path.split('/').length - a.route.path.split('/').length ||
        (a.route.method === 'ANY' ? 1 : 0) - (b.route.method === 'ANY' ? 1 : 0)
      );
    });
  if (candidates[0]) return candidates[0];
  const fallback = topology.api.routes.find((r) => r.path === '$default');
  return fallback ? { route: fallback, params: {} } : undefined;
}

/** The path the first load balancer sees for a client `path` (below the stage) on `route`. */
export function backendPathFor(
  topology: PatternTopology,
  route: RouteSpec,
  path: string,
  params: Record<string, string>,
): string {
  const integration = route.integration;
  if (topology.api.flavour === 'rest') {
    const uriPath = /^https?:\/\/[^/]+(\/[^?]*)?/.exec(integration.uri)?.[1] ?? '/';
    const filled = uriPath.replace(/\{([^}+]+)\+?\}/g, (_, name: string) => params[name] ?? '');
    // REST_V2_STAGE_PATH in the forwarder: a VPC link V2 integration gets the stage in front.
    const v2 = integration.target.kind === 'vpc-link' && integration.target.linkVersion === 'v2';
    return v2 ? `/${topology.api.stage.name}${filled}` : filled;
  }
  const overwrite = integration.requestParameters['overwrite:path'];
  if (overwrite === '$request.path') return path;
  const stage = topology.api.stage.name;
  return stage === '$default' ? path : `/${stage}${path}`;
}
