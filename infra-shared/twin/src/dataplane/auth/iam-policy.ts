/**
 * IAM policy evaluation for `execute-api:Invoke` requests: what a Lambda authorizer's `policyDocument`
 * (and, later, a REST API resource policy) decides for one method ARN.
 *
 * Semantics (IAM "policy evaluation logic" and "IAM JSON policy elements: Resource / Action"):
 * - an explicit `Deny` whose action and resource match wins over any `Allow`;
 * - otherwise a matching `Allow` allows; with no matching statement the request is implicitly denied;
 * - `*` matches any run of characters (none included, `/` included), `?` exactly one; resources compare
 *   case-sensitively, actions case-insensitively; `NotAction` / `NotResource` / `Condition` are not read,
 *   and a statement using one of them is treated as not matching (documented in `docs/twin-fidelity.md`).
 */

export interface PolicyStatement {
  readonly Effect: string;
  readonly Action?: string | readonly string[];
  readonly Resource?: string | readonly string[];
}

export interface PolicyDocument {
  readonly Version?: string;
  readonly Statement: PolicyStatement | readonly PolicyStatement[];
}

export type PolicyDecision = 'allow' | 'explicitDeny' | 'implicitDeny';

/** The action API Gateway checks for every request. */
export const INVOKE_ACTION = 'execute-api:Invoke';

/**
 * The ARN API Gateway gives a request: `arn:aws:execute-api:<region>:<account>:<apiId>/<stage>/<METHOD>/<path>`
 * (the path as requested, without its leading slash).
 */
export function methodArn(
  where: {
    readonly region: string;
    readonly accountId: string;
    readonly apiId: string;
    readonly stage: string;
  },
  method: string,
  path: string,
): string {
  const resource = path.startsWith('/') ? path.slice(1) : path;
  return `arn:aws:execute-api:${where.region}:${where.accountId}:${where.apiId}/${where.stage}/${method}/${resource}`;
}

const patterns = new Map<string, RegExp>();

/** IAM's `*` / `?` wildcards as an anchored regular expression (cached: policies repeat their patterns). */
function wildcardPattern(pattern: string, flags: string): RegExp {
  const key = `${flags}:${pattern}`;
  let found = patterns.get(key);
  if (!found) {
    const body = pattern
      .split('')
      .map((ch) => (ch === '*' ? '.*' : ch === '?' ? '.' : ch.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
      .join('');
    found = new RegExp(`^${body}$`, `s${flags}`);
    if (patterns.size > 4096) patterns.clear();
    patterns.set(key, found);
  }
  return found;
}

export function wildcardMatches(pattern: string, value: string, caseInsensitive = false): boolean {
  return wildcardPattern(pattern, caseInsensitive ? 'i' : '').test(value);
}

function list(value: string | readonly string[] | undefined): readonly string[] {
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : value;
}

function statementMatches(statement: PolicyStatement, action: string, resource: string): boolean {
  if ('NotAction' in statement || 'NotResource' in statement || 'Condition' in statement) return false;
  return (
    list(statement.Action).some((a) => wildcardMatches(a, action, true)) &&
    list(statement.Resource).some((r) => wildcardMatches(r, resource))
  );
}

/** What `document` decides for `action` on `resource`: an explicit deny wins, then any allow. */
export function evaluatePolicy(document: PolicyDocument, action: string, resource: string): PolicyDecision {
  let allowed = false;
  const statements: readonly PolicyStatement[] = Array.isArray(document.Statement)
    ? document.Statement
    : [document.Statement as PolicyStatement];
  for (const statement of statements) {
    if (!statementMatches(statement, action, resource)) continue;
    const effect = statement.Effect.toLowerCase();
    if (effect === 'deny') return 'explicitDeny';
    if (effect === 'allow') allowed = true;
  }
  return allowed ? 'allow' : 'implicitDeny';
}

/** Whether `value` has a policy document's shape (an object with `Statement`), checked before evaluating. */
export function isPolicyDocument(value: unknown): value is PolicyDocument {
  if (typeof value !== 'object' || value === null) return false;
  const statement = (value as { Statement?: unknown }).Statement;
  const statements = Array.isArray(statement) ? statement : [statement];
  return statements.every(
    (s) => typeof s === 'object' && s !== null && typeof (s as { Effect?: unknown }).Effect === 'string',
  );
}
