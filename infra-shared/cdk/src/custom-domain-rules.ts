/**
 * What a custom domain and its routing rules may contain, checked at synth so a bad value fails before
 * `cdk deploy` instead of in CloudFormation. Each rule cites its page.
 */
import { QUOTAS } from '@pik/limits';

/** A routing rule of a REST custom domain (rest-api-routing-rules.html). */
export interface DomainRoutingRule {
  /** Evaluation order, 1 (first) to 1,000,000; unique within the domain. */
  readonly priority: number;
  /**
   * Up to two headers that must all match: name (case-insensitive) to a case-sensitive glob of the whole
   * value, with `*` only as `*suffix`, `prefix*` or `*infix*`. @default no header condition
   */
  readonly headers?: Readonly<Record<string, string>>;
  /** Base paths (case-sensitive, no leading slash), any of which matches. @default no base path condition */
  readonly basePaths?: readonly string[];
  /** Stage of the API the rule invokes. @default the API's deployment stage */
  readonly stage?: string;
  /** Remove the matched base path before the API sees the request. @default false */
  readonly stripBasePath?: boolean;
}

/** A Regional custom domain name in a Route 53 public hosted zone. */
export interface CustomDomain {
  /** The domain clients call, e.g. `api.example.com`; in `zoneName`. */
  readonly name: string;
  readonly hostedZoneId: string;
  /** e.g. `example.com` */
  readonly zoneName: string;
  /** REST only: routing rules evaluated before the stage mapping. @default none (mappings only) */
  readonly routingRules?: readonly DomainRoutingRule[];
}

// CloudFormation's MatchHeaderValue: names under 40, globs under 128 characters, of these characters.
const HEADER_CHARS = /^[A-Za-z0-9*?!#$%&'.^_`|~-]+$/;
const MAX_HEADER_NAME = 40;
const MAX_VALUE_GLOB = 128;
const BASE_PATH = /^[A-Za-z0-9._~-]+(\/[A-Za-z0-9._~-]+)*$/;

/** `*suffix`, `prefix*`, `*infix*` or a literal: the wildcard forms routing rules accept. */
export function isSupportedGlob(glob: string): boolean {
  const inner = glob.replace(/^\*/, '').replace(/\*$/, '');
  return inner.length > 0 && !inner.includes('*');
}

function checkRule(where: string, rule: DomainRoutingRule): void {
  const at = `${where}: routing rule ${rule.priority}`;
  if (
    !Number.isInteger(rule.priority) ||
    rule.priority < 1 ||
    rule.priority > QUOTAS.routingRulePriorityMax.value
  ) {
    throw new Error(`${at}: priority must be an integer from 1 to ${QUOTAS.routingRulePriorityMax.value}`);
  }
  const headers = Object.entries(rule.headers ?? {});
  if (headers.length > QUOTAS.routingRuleHeaderConditions.value) {
    throw new Error(
      `${at}: headers has ${headers.length} conditions, at most ${QUOTAS.routingRuleHeaderConditions.value}`,
    );
  }
  for (const [name, glob] of headers) {
    if (!HEADER_CHARS.test(name) || name.length >= MAX_HEADER_NAME) {
      throw new Error(`${at}: header name '${name}' must be under ${MAX_HEADER_NAME} token characters`);
    }
    if (!HEADER_CHARS.test(glob) || glob.length >= MAX_VALUE_GLOB || !isSupportedGlob(glob)) {
      throw new Error(
        `${at}: headers.${name} '${glob}' must be under ${MAX_VALUE_GLOB} characters with '*' only as *suffix, prefix* or *infix*`,
      );
    }
  }
  for (const path of rule.basePaths ?? []) {
    if (!BASE_PATH.test(path)) {
      throw new Error(`${at}: basePaths '${path}' must be path segments without leading or trailing '/'`);
    }
  }
}

/** Throws naming the field when the domain or a rule is not what API Gateway accepts. */
export function validateCustomDomain(domain: CustomDomain, api: 'rest' | 'http'): void {
  const where = `domain ${domain.name}`;
  const name = domain.name.toLowerCase();
  const zone = domain.zoneName.toLowerCase().replace(/\.$/, '');
  if (name !== zone && !name.endsWith(`.${zone}`)) {
    throw new Error(`${where}: name must be in zoneName ${domain.zoneName}`);
  }
  const rules = domain.routingRules ?? [];
  if (rules.length === 0) return;
  if (api !== 'rest') {
    throw new Error(
      `${where}: routingRules are for REST APIs only (rest-api-routing-mode.html); this is an HTTP API`,
    );
  }
  if (rules.length > QUOTAS.routingRulesPerDomain.value) {
    throw new Error(
      `${where}: ${rules.length} routing rules, the quota is ${QUOTAS.routingRulesPerDomain.value} per domain`,
    );
  }
  const seen = new Set<number>();
  for (const rule of rules) {
    checkRule(where, rule);
    if (seen.has(rule.priority))
      throw new Error(`${where}: two routing rules have priority ${rule.priority}`);
    seen.add(rule.priority);
  }
}
