import type { ApiKind, RouteConfig } from './types.js';

/**
 * Route selection as API Gateway does it.
 *
 * Paths are compared segment by segment: a literal segment beats a `{param}`, which beats a greedy
 * `{proxy+}` (which must be last and matches one or more segments). Among equally specific paths an explicit
 * method beats `ANY`.
 * - HTTP API: the most specific route whose method matches; otherwise `$default`; otherwise 404.
 * - REST API: the most specific *resource* is chosen first, then its method (explicit, then `ANY`); a
 *   resource without the method does not fall back to a less specific resource (answers 403 "Missing
 *   Authentication Token", like an unknown path) -- inferred from REST's resource-tree model.
 */

const LITERAL = 0;
const PARAM = 1;
const GREEDY = 2;

interface Segment {
  readonly kind: 0 | 1 | 2;
  /** Literal text or parameter name. */
  readonly text: string;
}

export interface CompiledRoute {
  readonly index: number;
  readonly config: RouteConfig;
  readonly routeKey: string;
  /** `GET`, `ANY`, or `$default`. */
  readonly method: string;
  /** `/orders/{proxy+}`, or `$default`. */
  readonly resourcePath: string;
  readonly segments: readonly Segment[];
}

export interface RouteMatch {
  readonly route: CompiledRoute;
  readonly pathParameters: Readonly<Record<string, string>>;
}

export function parseRouteKey(routeKey: string): { method: string; resourcePath: string } {
  if (routeKey === '$default') return { method: '$default', resourcePath: '$default' };
  const space = routeKey.indexOf(' ');
  if (space <= 0) throw new Error(`route key '${routeKey}' is not 'METHOD /path' or '$default'`);
  const method = routeKey.slice(0, space).toUpperCase();
  const resourcePath = routeKey.slice(space + 1).trim();
  if (!resourcePath.startsWith('/')) throw new Error(`route key '${routeKey}': path must start with '/'`);
  return { method, resourcePath };
}

function compileSegments(resourcePath: string, routeKey: string): Segment[] {
  const parts = splitPath(resourcePath);
  return parts.map((part, i) => {
    if (part.startsWith('{') && part.endsWith('}')) {
      const inner = part.slice(1, -1);
      if (inner.endsWith('+')) {
        if (i !== parts.length - 1) throw new Error(`route '${routeKey}': greedy variable must be last`);
        return { kind: GREEDY, text: inner.slice(0, -1) };
      }
      return { kind: PARAM, text: inner };
    }
    return { kind: LITERAL, text: part };
  });
}

/** '/a/b/' -> ['a','b']; '/' -> []. A single trailing slash is ignored. */
export function splitPath(path: string): string[] {
  const trimmed = path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
  if (trimmed === '/' || trimmed === '') return [];
  return trimmed.slice(1).split('/');
}

/** Negative when `a` is more specific than `b` (segment kinds compared left to right, then length). */
function comparePaths(a: readonly Segment[], b: readonly Segment[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = (a[i] as Segment).kind - (b[i] as Segment).kind;
    if (d !== 0) return d;
  }
  return b.length - a.length;
}

function matchPath(
  segments: readonly Segment[],
  parts: readonly string[],
): Record<string, string> | undefined {
  let params: Record<string, string> | undefined;
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i] as Segment;
    if (seg.kind === GREEDY) {
      if (i >= parts.length) return undefined;
      params ??= {};
      params[seg.text] = parts.slice(i).join('/');
      return params;
    }
    const part = parts[i];
    if (part === undefined) return undefined;
    if (seg.kind === LITERAL) {
      if (part !== seg.text) return undefined;
    } else {
      if (part === '') return undefined;
      params ??= {};
      params[seg.text] = part;
    }
  }
  if (parts.length !== segments.length) return undefined;
  return params ?? EMPTY;
}

interface RestResource {
  readonly segments: readonly Segment[];
  readonly methods: Map<string, CompiledRoute>;
}

const EMPTY: Readonly<Record<string, string>> = Object.freeze({});

export class RouteTable {
  private readonly routes: CompiledRoute[];
  private readonly defaultRoute: CompiledRoute | undefined;
  /** REST resources, most specific first (insertion order follows the sorted routes). */
  private readonly resources: RestResource[];

  constructor(
    private readonly kind: ApiKind,
    configs: readonly RouteConfig[],
  ) {
    const compiled: CompiledRoute[] = [];
    let fallback: CompiledRoute | undefined;
    configs.forEach((config, index) => {
      const { method, resourcePath } = parseRouteKey(config.routeKey);
      if (method === '$default') {
        if (kind === 'rest') throw new Error(`REST APIs have no '$default' route`);
        fallback = { index, config, routeKey: '$default', method, resourcePath, segments: [] };
        return;
      }
      const segments = compileSegments(resourcePath, config.routeKey);
      compiled.push({ index, config, routeKey: `${method} ${resourcePath}`, method, resourcePath, segments });
    });
    // Most specific first, explicit methods before ANY: the first hit of a linear scan is the answer.
    compiled.sort(
      (a, b) =>
        comparePaths(a.segments, b.segments) ||
        Number(a.method === 'ANY') - Number(b.method === 'ANY') ||
        a.index - b.index,
    );
    this.routes = compiled;
    this.defaultRoute = fallback;
    const byPath = new Map<string, RestResource>();
    for (const route of compiled) {
      let resource = byPath.get(route.resourcePath);
      if (!resource) {
        resource = { segments: route.segments, methods: new Map() };
        byPath.set(route.resourcePath, resource);
      }
      if (resource.methods.has(route.method)) throw new Error(`duplicate route '${route.routeKey}'`);
      resource.methods.set(route.method, route);
    }
    this.resources = [...byPath.values()];
  }

  get all(): readonly CompiledRoute[] {
    return this.defaultRoute ? [...this.routes, this.defaultRoute] : this.routes;
  }

  /** The route for a request, or undefined (HTTP API: 404; REST: 403 Missing Authentication Token). */
  match(method: string, path: string): RouteMatch | undefined {
    const parts = splitPath(path);
    if (this.kind === 'http') {
      for (const route of this.routes) {
        if (route.method !== method && route.method !== 'ANY') continue;
        const params = matchPath(route.segments, parts);
        if (params) return { route, pathParameters: params };
      }
      return this.defaultRoute ? { route: this.defaultRoute, pathParameters: EMPTY } : undefined;
    }
    // REST: the most specific resource that matches decides; then the method on it.
    for (const resource of this.resources) {
      const params = matchPath(resource.segments, parts);
      if (!params) continue;
      const route = resource.methods.get(method) ?? resource.methods.get('ANY');
      return route ? { route, pathParameters: params } : undefined;
    }
    return undefined;
  }
}
