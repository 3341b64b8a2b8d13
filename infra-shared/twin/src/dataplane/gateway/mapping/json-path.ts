/**
 * JSONPath as `$input.path` / `$input.json` and `integration.response.body.<path>` read it, on jsonpath-plus
 * (a maintained implementation of Goessner's JSONPath, which the developer guide cites). As in the Jayway
 * library API Gateway's Java runtime uses, a definite path (`$.a.b[0]`) yields the one value it names and an
 * indefinite one (wildcard, deep scan, filter, union, slice) yields the list of matches. Filter scripts run
 * in jsonpath-plus's `safe` evaluator, never in `eval`.
 */
import { JSONPath } from 'jsonpath-plus';

const INDEFINITE = /\*|\.\.|\?\(|,|:/;

/** The value at `path` in `document`; `undefined` when a definite path names nothing. */
export function readJsonPath(document: unknown, path: string): unknown {
  const expression = path.trim();
  if (expression === '$' || expression === '') return document;
  if (document === null || typeof document !== 'object') return undefined;
  const matches = JSONPath({ path: expression, json: document, wrap: true, eval: 'safe' }) as unknown[];
  return INDEFINITE.test(expression) ? matches : matches[0];
}
