import type { IncomingMessage } from 'node:http';
import type { AlbActionConfig, AlbConditionConfig, AlbListenerConfig, AlbRuleConfig } from './types.js';

/**
 * Listener rule conditions as ALB evaluates them: rules in priority order (lowest first), all conditions of a
 * rule must hold, any value of one condition may match. Wildcards: `*` any run of characters, `?` one.
 * Path patterns are case-sensitive and see the path without the query string; host headers, header values and
 * query strings compare case-insensitively. The host is compared without its port (inferred).
 */
/** The condition fields `compileCondition` evaluates; a rule with any other never matches in the twin. */
export const EMULATED_CONDITIONS: ReadonlySet<string> = new Set([
  'path-pattern',
  'host-header',
  'http-request-method',
  'http-header',
  'query-string',
]);

type Predicate = (req: IncomingMessage, path: string, query: string) => boolean;

export interface CompiledRule {
  readonly priority: number;
  readonly rule: AlbRuleConfig;
  readonly matches: Predicate;
  /** The rule's `url-rewrite` transform, regexes compiled once. */
  readonly rewrites: readonly CompiledRewrite[];
}

interface CompiledRewrite {
  readonly regex: RegExp;
  readonly replace: string;
}

export function wildcard(pattern: string, caseInsensitive: boolean): RegExp {
  const body = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${body}$`, caseInsensitive ? 'i' : '');
}

function compileCondition(condition: AlbConditionConfig): Predicate {
  switch (condition.field) {
    case 'path-pattern': {
      const res = condition.values.map((v) => wildcard(v, false));
      return (_req, path) => res.some((re) => re.test(path));
    }
    case 'host-header': {
      const res = condition.values.map((v) => wildcard(v, true));
      return (req) => {
        const hostHeader = req.headers.host ?? '';
        const colon = hostHeader.lastIndexOf(':');
        const hostname = colon > 0 && !hostHeader.endsWith(']') ? hostHeader.slice(0, colon) : hostHeader;
        return res.some((re) => re.test(hostname));
      };
    }
    case 'http-request-method': {
      const methods = new Set(condition.values);
      return (req) => methods.has(req.method ?? '');
    }
    case 'http-header': {
      const name = condition.headerName.toLowerCase();
      const res = condition.values.map((v) => wildcard(v, true));
      return (req) => {
        const value = req.headers[name];
        const values = value === undefined ? [] : Array.isArray(value) ? value : [value];
        return values.some((v) => res.some((re) => re.test(v)));
      };
    }
    case 'query-string': {
      const pairs = condition.values.map((p) => ({
        key: p.key === undefined ? undefined : wildcard(p.key, true),
        value: wildcard(p.value, true),
      }));
      return (_req, _path, query) => {
        if (query === '') return false;
        const params = new URLSearchParams(query);
        for (const [k, v] of params) {
          if (pairs.some((p) => (p.key === undefined || p.key.test(k)) && p.value.test(v))) return true;
        }
        return false;
      };
    }
  }
}

export function compileRules(rules: readonly AlbRuleConfig[]): CompiledRule[] {
  return [...rules]
    .sort((a, b) => a.priority - b.priority)
    .map((rule) => {
      const predicates = rule.conditions.map(compileCondition);
      return {
        priority: rule.priority,
        rule,
        matches: (req, path, query) => predicates.every((p) => p(req, path, query)),
        rewrites: (rule.urlRewrites ?? []).map((r) => ({ regex: new RegExp(r.regex), replace: r.replace })),
      };
    });
}

/** A listener's rules compiled once, evaluated per request. */
export interface ListenerRules {
  /** The action of the first rule (by priority) whose conditions all hold, else the default action. */
  actionFor(req: IncomingMessage, path: string, query: string): AlbActionConfig;
  /**
   * As `actionFor` on `req.url`; when the chosen rule has `url-rewrite` transforms, `req.url` is rewritten
   * (after the routing decision, as ALB does) so the target sees the new URL.
   */
  route(req: IncomingMessage): AlbActionConfig;
}

export function listenerRules(listener: AlbListenerConfig): ListenerRules {
  const rules = compileRules(listener.rules ?? []);
  const defaultAction = listener.defaultAction;
  const first = (req: IncomingMessage, path: string, query: string) =>
    rules.find((rule) => rule.matches(req, path, query));
  return {
    actionFor(req, path, query) {
      return first(req, path, query)?.rule.action ?? defaultAction;
    },
    route(req) {
      const url = req.url ?? '/';
      const q = url.indexOf('?');
      const path = q < 0 ? url : url.slice(0, q);
      const query = q < 0 ? '' : url.slice(q + 1);
      const match = first(req, path, query);
      if (match?.rewrites.length) req.url = rewriteUrl(match.rewrites, path, query);
      return match?.rule.action ?? defaultAction;
    },
  };
}

/** The path part of {@link rewriteUrl}; regexes may be given as template strings (`ListenerRuleSpec`). */
export function rewritePath(
  rewrites: readonly { readonly regex: RegExp | string; readonly replace: string }[],
  path: string,
): string {
  let rewritten = path;
  for (const r of rewrites) {
    rewritten = rewritten.replace(typeof r.regex === 'string' ? new RegExp(r.regex) : r.regex, r.replace);
  }
  return rewritten;
}

/**
 * ALB `url-rewrite` transforms: each regex is applied to the path in turn and the match replaced (`$1`
 * refers to a capture group); no match leaves the path as it was. The query string is kept, joined to one
 * the replacement adds (inferred: the ELB guide shows path rewrites, not how a query is carried).
 */
function rewriteUrl(rewrites: readonly CompiledRewrite[], path: string, query: string): string {
  const rewritten = rewritePath(rewrites, path);
  if (query === '') return rewritten;
  return `${rewritten}${rewritten.includes('?') ? '&' : '?'}${query}`;
}
