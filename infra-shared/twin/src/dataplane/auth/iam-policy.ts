/**
 * IAM policy evaluation for `execute-api:Invoke` requests: what a Lambda authorizer's `policyDocument` or a
 * REST API's resource policy decides for one method ARN, for an anonymous caller.
 *
 * Semantics (IAM User Guide "Policy evaluation logic", "IAM JSON policy elements: Action / NotAction /
 * Resource / NotResource / Principal / Condition"):
 * - a statement applies when its action, resource, principal and condition all match; an explicit `Deny`
 *   that applies wins over any `Allow`; otherwise an applying `Allow` allows; else the request is
 *   implicitly denied;
 * - `*` matches any run of characters (none included, `/` included), `?` exactly one; resources compare
 *   case-sensitively, actions case-insensitively; `NotAction` / `NotResource` match everything they do not
 *   list;
 * - the caller is anonymous (no SigV4): `Principal: "*"` or `{"AWS": "*"}` names it, a named principal
 *   does not; `NotPrincipal` names it unless it lists `*`; a statement with neither (an authorizer's
 *   identity policy) applies to it;
 * - `Condition` is decided by `iam-conditions.ts` against the request's condition keys.
 */
import { type ConditionBlock, type ConditionContext, conditionHolds } from './iam-conditions.js';
import { wildcardMatches } from './wildcard.js';

type OneOrMany = string | readonly string[];
type PrincipalValue = '*' | Readonly<Record<string, OneOrMany>>;

export interface PolicyStatement {
  readonly Effect: string;
  readonly Action?: OneOrMany;
  readonly NotAction?: OneOrMany;
  readonly Resource?: OneOrMany;
  readonly NotResource?: OneOrMany;
  readonly Principal?: PrincipalValue;
  readonly NotPrincipal?: PrincipalValue;
  readonly Condition?: ConditionBlock;
}

export interface PolicyDocument {
  readonly Version?: string;
  readonly Statement: PolicyStatement | readonly PolicyStatement[];
}

export type PolicyDecision = 'allow' | 'explicitDeny' | 'implicitDeny';

/**
 * The Region and account in the ARNs the twin's gateways name (the template resolver's pseudo parameters
 * `AWS::Region` / `AWS::AccountId` are the same values).
 */
export const TWIN_ARN_SCOPE = { region: 'us-east-1', accountId: '000000000000' } as const;

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

function list(value: OneOrMany | undefined): readonly string[] {
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : value;
}

/** `Action` lists a match, or `NotAction` lists none (`NotX` present means "all but these"). */
function listed(
  positive: OneOrMany | undefined,
  negative: OneOrMany | undefined,
  value: string,
  caseInsensitive: boolean,
): boolean {
  if (negative !== undefined) return !list(negative).some((p) => wildcardMatches(p, value, caseInsensitive));
  return list(positive).some((p) => wildcardMatches(p, value, caseInsensitive));
}

/** Whether a principal element names everyone (`"*"`, `{"AWS": "*"}`). */
function namesEveryone(principal: PrincipalValue): boolean {
  if (principal === '*') return true;
  return Object.values(principal).some((v) => list(v).includes('*'));
}

function appliesToAnonymous(statement: PolicyStatement): boolean {
  if (statement.Principal !== undefined) return namesEveryone(statement.Principal);
  if (statement.NotPrincipal !== undefined) return !namesEveryone(statement.NotPrincipal);
  return true;
}

function statementMatches(
  statement: PolicyStatement,
  action: string,
  resource: string,
  context: ConditionContext,
): boolean {
  return (
    listed(statement.Action, statement.NotAction, action, true) &&
    listed(statement.Resource, statement.NotResource, resource, false) &&
    appliesToAnonymous(statement) &&
    (statement.Condition === undefined || conditionHolds(statement.Condition, context))
  );
}

const NO_KEYS: ConditionContext = new Map();

/** The statements of `document` (IAM allows one statement object in place of the list). */
export function statementsOf(document: PolicyDocument): readonly PolicyStatement[] {
  return Array.isArray(document.Statement) ? document.Statement : [document.Statement as PolicyStatement];
}

/**
 * What `document` decides for `action` on `resource` with the request's condition keys `context`: an
 * explicit deny wins, then any allow.
 */
export function evaluatePolicy(
  document: PolicyDocument,
  action: string,
  resource: string,
  context: ConditionContext = NO_KEYS,
): PolicyDecision {
  let allowed = false;
  for (const statement of statementsOf(document)) {
    if (!statementMatches(statement, action, resource, context)) continue;
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
