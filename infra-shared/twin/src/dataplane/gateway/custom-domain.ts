/**
 * A custom domain name's endpoint on 127.0.0.1: it answers requests whose `Host` names the domain and
 * picks the API and stage the way API Gateway does. Routing rules first, in priority order, when the
 * domain's routing mode has them (rest-api-routing-rules.html: every condition must match; header names
 * case-insensitive, glob values case-sensitive over the whole value; base paths case-sensitive), then the
 * mappings, the longest matching base path winning (rest-api-mappings.html, multi-level base paths).
 * Anything else gets API Gateway's 403 `{"message":"Forbidden"}`.
 */
import { createServer, type IncomingMessage } from 'node:http';
import { closeServer, listen, type RunningComponent } from '../http-util.js';
import { appendTrace, incomingTrace } from '../trace.js';
import { answerForbidden, forwardToGateway, type GatewayTarget } from './forward-to-gateway.js';

/** Where a mapping or rule sends a request: a running gateway and the stage's path segment. */
export interface DomainApiTarget {
  readonly port: number;
  /** '' when the path's first segment names the stage, or for an HTTP API's `$default` stage. */
  readonly stagePath: string;
}

export interface DomainMappingConfig {
  readonly basePath: string;
  readonly target: DomainApiTarget;
}

export interface DomainRuleConfig {
  readonly priority: number;
  readonly headers: readonly { readonly name: string; readonly valueGlob: string }[];
  readonly basePaths: readonly string[];
  readonly stripBasePath: boolean;
  readonly target: DomainApiTarget;
}

export interface CustomDomainConfig {
  readonly domainName: string;
  /** Evaluated in this order (sorted by priority). */
  readonly rules: readonly DomainRuleConfig[];
  readonly mappings: readonly DomainMappingConfig[];
  /** @default `domain:<domainName>` */
  readonly traceSegment?: string;
}

/** Whole-value glob with `*` at either end only (`*suffix`, `prefix*`, `*infix*`), case-sensitive. */
export function globMatches(glob: string, value: string): boolean {
  const starts = glob.startsWith('*');
  const ends = glob.length > 1 && glob.endsWith('*');
  const core = glob.slice(starts ? 1 : 0, ends ? -1 : undefined);
  if (starts && ends) return value.includes(core);
  if (starts) return value.endsWith(core);
  if (ends) return value.startsWith(core);
  return value === core;
}

/** The rest of `path` after `basePath` when it is a whole-segment prefix, else undefined. */
function afterBasePath(path: string, basePath: string): string | undefined {
  if (basePath === '') return path;
  const prefix = `/${basePath}`;
  if (path === prefix) return '';
  return path.startsWith(`${prefix}/`) ? path.slice(prefix.length) : undefined;
}

function headerValue(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(',') : value;
}

function ruleTarget(rule: DomainRuleConfig, req: IncomingMessage, path: string): string | undefined {
  for (const h of rule.headers) {
    const value = headerValue(req, h.name);
    if (value === undefined || !globMatches(h.valueGlob, value)) return undefined;
  }
  if (rule.basePaths.length === 0) return path;
  for (const basePath of rule.basePaths) {
    const rest = afterBasePath(path, basePath);
    if (rest !== undefined) return rule.stripBasePath ? rest : path;
  }
  return undefined;
}

/** The gateway, and the path it receives (stage segment first), for a request; undefined = 403. */
export function resolveDomainRequest(
  config: CustomDomainConfig,
  req: IncomingMessage,
): GatewayTarget | undefined {
  const url = req.url ?? '/';
  const q = url.indexOf('?');
  const path = q < 0 ? url : url.slice(0, q);
  const query = q < 0 ? '' : url.slice(q);
  const to = (target: DomainApiTarget, rest: string): GatewayTarget => ({
    port: target.port,
    path: `${target.stagePath ? `/${target.stagePath}` : ''}${rest === '' ? '/' : rest}${query}`,
  });
  for (const rule of config.rules) {
    const rest = ruleTarget(rule, req, path);
    if (rest !== undefined) return to(rule.target, rest);
  }
  let best: { mapping: DomainMappingConfig; rest: string } | undefined;
  for (const mapping of config.mappings) {
    const rest = afterBasePath(path, mapping.basePath);
    if (rest !== undefined && (!best || mapping.basePath.length > best.mapping.basePath.length))
      best = { mapping, rest };
  }
  return best ? to(best.mapping.target, best.rest) : undefined;
}

export async function createCustomDomain(
  config: CustomDomainConfig,
  options: { readonly host?: string; readonly port?: number } = {},
): Promise<RunningComponent> {
  const segment = config.traceSegment ?? `domain:${config.domainName}`;
  const domainName = config.domainName.toLowerCase();
  const server = createServer((req, res) => {
    const trace = appendTrace(incomingTrace(req.headers), segment);
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const target = host === domainName ? resolveDomainRequest(config, req) : undefined;
    if (!target) {
      answerForbidden(res, trace);
      return;
    }
    forwardToGateway(req, res, target, { trace });
  });
  const host = options.host ?? '127.0.0.1';
  const port = await listen(server, host, options.port ?? 0);
  return { host, port, close: () => closeServer(server) };
}
