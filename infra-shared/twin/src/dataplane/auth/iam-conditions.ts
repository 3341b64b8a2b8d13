/**
 * IAM `Condition` blocks decided against a request context (IAM User Guide, "IAM JSON policy elements:
 * Condition operators" and "Conditions with multiple context keys or values"):
 * - operators are ANDed, keys under one operator are ANDed, values for one key are ORed; a negated operator
 *   (`StringNotEquals`, `StringNotLike`, `NotIpAddress`, `ArnNotEquals`, `ArnNotLike`) holds when the
 *   request value matches none of them (NOR);
 * - a key absent from the request context makes a condition false, except a negated operator (true) and any
 *   `...IfExists` operator (true); `Null` tests presence;
 * - condition key names compare case-insensitively, values case-sensitively (`StringEqualsIgnoreCase` apart);
 *   `StringLike` / `ArnLike` take `*` and `?`; an ARN compares component by component.
 * Policy variables (`${aws:username}`) and the `ForAllValues:` / `ForAnyValue:` set qualifiers are not read:
 * {@link conditionProblem} names them so a policy using them is refused at start, not misread.
 */
import { BlockList, isIP } from 'node:net';
import { wildcardMatches } from './wildcard.js';

/** The request's condition keys, names lower-cased (`aws:sourcevpce`); an absent key is not in the map. */
export type ConditionContext = ReadonlyMap<string, string>;

export type ConditionBlock = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

type Test = (expected: string, actual: string) => boolean;

interface Operator {
  readonly test: Test;
  /** Holds when the request value matches none of the policy's values (and when the key is absent). */
  readonly negated: boolean;
}

const stringEquals: Test = (e, a) => e === a;
const stringEqualsIgnoreCase: Test = (e, a) => e.toLowerCase() === a.toLowerCase();
const stringLike: Test = (e, a) => wildcardMatches(e, a);

/** An ARN matches when each of its six `:`-separated components matches (the resource keeps its colons). */
const arnLike: Test = (e, a) => {
  const want = e.split(':');
  const got = a.split(':');
  if (want.length < 6 || got.length < 6) return false;
  const component = (parts: string[], i: number) => (i < 5 ? parts[i] : parts.slice(5).join(':')) ?? '';
  for (let i = 0; i < 6; i++) if (!wildcardMatches(component(want, i), component(got, i))) return false;
  return true;
};

const ipInRange: Test = (cidr, address) => {
  const range = parseCidr(cidr);
  const ip = plainAddress(address);
  const family = isIP(ip);
  if (!range || family === 0) return false;
  const list = new BlockList();
  list.addSubnet(range.network, range.prefix, range.family);
  return list.check(ip, family === 6 ? 'ipv6' : 'ipv4');
};

const OPERATORS: ReadonlyMap<string, Operator> = new Map([
  ['stringequals', { test: stringEquals, negated: false }],
  ['stringnotequals', { test: stringEquals, negated: true }],
  ['stringequalsignorecase', { test: stringEqualsIgnoreCase, negated: false }],
  ['stringnotequalsignorecase', { test: stringEqualsIgnoreCase, negated: true }],
  ['stringlike', { test: stringLike, negated: false }],
  ['stringnotlike', { test: stringLike, negated: true }],
  ['arnequals', { test: arnLike, negated: false }],
  ['arnlike', { test: arnLike, negated: false }],
  ['arnnotequals', { test: arnLike, negated: true }],
  ['arnnotlike', { test: arnLike, negated: true }],
  ['ipaddress', { test: ipInRange, negated: false }],
  ['notipaddress', { test: ipInRange, negated: true }],
]);

/** `::ffff:10.0.0.1` (how Node reports IPv4 peers on a dual-stack socket) as `10.0.0.1`. */
function plainAddress(address: string): string {
  return address.startsWith('::ffff:') && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
}

/** `192.0.2.0/24`, `2001:db8::/32`, or a bare address (all its bits). */
function parseCidr(value: string): { network: string; prefix: number; family: 'ipv4' | 'ipv6' } | undefined {
  const [network = '', bits] = value.split('/');
  const family = isIP(network);
  if (family === 0) return undefined;
  const max = family === 4 ? 32 : 128;
  const prefix = bits === undefined ? max : Number(bits);
  if (!Number.isInteger(prefix) || prefix < 0 || prefix > max) return undefined;
  return { network, prefix, family: family === 4 ? 'ipv4' : 'ipv6' };
}

function values(value: unknown): string[] {
  const all = Array.isArray(value) ? value : [value];
  return all.map((v) => String(v));
}

function operatorOf(name: string): { operator: Operator | 'null'; ifExists: boolean } | undefined {
  const lower = name.toLowerCase();
  const ifExists = lower.endsWith('ifexists');
  const base = ifExists ? lower.slice(0, -'ifexists'.length) : lower;
  if (base === 'null' && !ifExists) return { operator: 'null', ifExists };
  const operator = OPERATORS.get(base);
  return operator ? { operator, ifExists } : undefined;
}

function keyHolds(op: Operator | 'null', ifExists: boolean, expected: string[], actual?: string): boolean {
  if (op === 'null') return expected.some((e) => (e === 'true') === (actual === undefined));
  if (actual === undefined) return ifExists || op.negated;
  const matched = expected.some((e) => op.test(e, actual));
  return op.negated ? !matched : matched;
}

/** Whether every operator and key of `block` holds for `context`. Call {@link conditionProblem} first. */
export function conditionHolds(block: ConditionBlock, context: ConditionContext): boolean {
  for (const [name, keys] of Object.entries(block)) {
    const found = operatorOf(name);
    if (!found) return false;
    for (const [key, expected] of Object.entries(keys)) {
      if (!keyHolds(found.operator, found.ifExists, values(expected), context.get(key.toLowerCase()))) {
        return false;
      }
    }
  }
  return true;
}

/** What in `block` the evaluator cannot decide (an unknown operator, a set qualifier, a policy variable). */
export function conditionProblem(block: unknown): string | undefined {
  if (typeof block !== 'object' || block === null || Array.isArray(block)) {
    return 'Condition must be an object of operators';
  }
  for (const [name, keys] of Object.entries(block)) {
    if (name.includes(':')) return `Condition operator '${name}': set qualifiers are not evaluated`;
    if (!operatorOf(name)) return `Condition operator '${name}' is not evaluated`;
    if (typeof keys !== 'object' || keys === null) return `Condition '${name}' must map keys to values`;
    for (const [key, expected] of Object.entries(keys)) {
      if (values(expected).some((v) => v.includes('${'))) {
        return `Condition '${name}' on '${key}': policy variables are not evaluated`;
      }
    }
  }
  return undefined;
}
