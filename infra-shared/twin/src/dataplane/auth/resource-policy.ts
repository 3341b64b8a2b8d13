/**
 * A REST API's resource policy (`AWS::ApiGateway::RestApi` `Policy`) made ready to evaluate: the policy is
 * checked once at start (a policy the evaluator would misread is refused, naming the statement and field)
 * and its `execute-api:/...` shorthand is expanded as API Gateway does when it saves the policy
 * (apigateway-resource-policies-examples: "API Gateway converts the abbreviated syntax to the full ARN when
 * you save the policy", with the current Region, account id and API id).
 */
import { conditionProblem } from './iam-conditions.js';
import {
  INVOKE_ACTION,
  type PolicyDecision,
  type PolicyDocument,
  type PolicyStatement,
} from './iam-policy.js';

export interface ApiArnScope {
  readonly region: string;
  readonly accountId: string;
  readonly apiId: string;
}

const SHORTHAND = 'execute-api:/';

/** `execute-api:/prod/GET/pets` -> `arn:aws:execute-api:<region>:<account>:<apiId>/prod/GET/pets`. */
export function expandApiResource(resource: string, where: ApiArnScope): string {
  if (!resource.startsWith(SHORTHAND)) return resource;
  return `arn:aws:execute-api:${where.region}:${where.accountId}:${where.apiId}/${resource.slice(SHORTHAND.length)}`;
}

function expandAll(value: string | readonly string[] | undefined, where: ApiArnScope) {
  if (value === undefined) return undefined;
  return typeof value === 'string'
    ? expandApiResource(value, where)
    : value.map((r) => expandApiResource(r, where));
}

function isStrings(value: unknown): boolean {
  return typeof value === 'string' || (Array.isArray(value) && value.every((v) => typeof v === 'string'));
}

/** What in statement `s` the evaluator cannot read, naming the field. */
function statementProblem(s: Record<string, unknown>): string | undefined {
  if (s.Effect !== 'Allow' && s.Effect !== 'Deny') return `Effect must be 'Allow' or 'Deny'`;
  for (const [one, other] of [
    ['Action', 'NotAction'],
    ['Resource', 'NotResource'],
  ] as const) {
    const present = [one, other].filter((k) => s[k] !== undefined);
    if (present.length !== 1) return `exactly one of ${one} and ${other} is required`;
    if (!isStrings(s[present[0] as string])) return `${present[0]} must be a string or a list of strings`;
  }
  if (s.Principal === undefined && s.NotPrincipal === undefined) {
    return 'Principal is required in a resource policy';
  }
  return s.Condition === undefined ? undefined : conditionProblem(s.Condition);
}

/**
 * `policy` checked and expanded for the API at `where`. Throws an error naming the statement and field the
 * twin cannot evaluate as written (API Gateway would reject most of them when the policy is saved).
 */
export function compileResourcePolicy(policy: unknown, where: ApiArnScope): PolicyDocument {
  const parsed = typeof policy === 'string' ? parseJson(policy, where) : policy;
  const raw = (parsed as { Statement?: unknown } | null)?.Statement;
  if (raw === undefined) throw new Error(`resource policy of API '${where.apiId}': Statement is required`);
  const statements = (Array.isArray(raw) ? raw : [raw]) as unknown[];
  const expanded = statements.map((s, i): PolicyStatement => {
    const problem =
      typeof s === 'object' && s !== null
        ? statementProblem(s as Record<string, unknown>)
        : 'a statement must be an object';
    if (problem) throw new Error(`resource policy of API '${where.apiId}', Statement[${i}]: ${problem}`);
    const statement = s as PolicyStatement;
    return {
      ...statement,
      Resource: expandAll(statement.Resource, where),
      NotResource: expandAll(statement.NotResource, where),
    };
  });
  return { Statement: expanded };
}

function parseJson(text: string, where: ApiArnScope): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`resource policy of API '${where.apiId}' is not valid JSON`);
  }
}

/**
 * API Gateway's message for a request its resource policy does not allow (AWS knowledge center,
 * api-gateway-403-error-lambda-authorizer: "User: anonymous is not authorized to perform:
 * execute-api:Invoke on resource: <api-resource-arn>", plus " with an explicit deny" for a Deny).
 */
export function resourcePolicyDenial(arn: string, decision: Exclude<PolicyDecision, 'allow'>): string {
  const suffix = decision === 'explicitDeny' ? ' with an explicit deny' : '';
  return `User: anonymous is not authorized to perform: ${INVOKE_ACTION} on resource: ${arn}${suffix}`;
}
