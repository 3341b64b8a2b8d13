import type { Clock } from '../clock.js';
import {
  evaluatePolicy,
  INVOKE_ACTION,
  isPolicyDocument,
  methodArn,
  type PolicyDocument,
  TWIN_ARN_SCOPE,
} from './iam-policy.js';
import { authorizerEvent } from './lambda-authorizer-events.js';
import type { AuthorizerRequest, LambdaAuthorizerConfig, LambdaAuthorizerDeps } from './types.js';

export type { AuthorizerRequest, LambdaAuthorizerDeps } from './types.js';

/**
 * REST Lambda authorizers (apigateway-use-lambda-authorizer, api-gateway-lambda-authorizer-input,
 * api-gateway-lambda-authorizer-output):
 * - identity sources are read first; a missing one, or a TOKEN not matching `IdentityValidationExpression`,
 *   is refused with 401 without invoking the function;
 * - the function gets the TOKEN event (`type`, `authorizationToken`, `methodArn`) or the REQUEST event
 *   (method ARN, resource, path, headers, query, path parameters, request context);
 * - it answers `principalId`, `policyDocument` and an optional flat `context`; the policy is evaluated for
 *   `execute-api:Invoke` on the request's method ARN (`iam-policy.ts`): allow goes on, an explicit deny is
 *   403 "... with an explicit deny", no matching allow 403; a function error whose message is
 *   `Unauthorized` is 401; any other error, or an answer without a policy or with a non-flat context, 500;
 * - the answer is cached by identity-source values for `AuthorizerResultTtlInSeconds` (default 300) and the
 *   cached policy is evaluated again for each request's method ARN, as AWS does.
 */
export type AuthorizerContextValue = string | number | boolean;

export type LambdaAuthOutcome =
  | {
      readonly ok: true;
      readonly principalId: string;
      readonly context: Readonly<Record<string, AuthorizerContextValue>>;
    }
  | {
      readonly ok: false;
      readonly error: 'unauthorized' | 'accessDenied' | 'explicitDeny' | 'authorizerFailure';
    };

export interface LambdaAuthorizer {
  readonly id: string;
  authorize(request: AuthorizerRequest): Promise<LambdaAuthOutcome>;
}

/** What the function decided: an IAM policy, or (HTTP API simple responses) `isAuthorized`. */
interface AuthorizerAnswer {
  readonly principalId: string;
  readonly policy: PolicyDocument | boolean;
  readonly context: Readonly<Record<string, AuthorizerContextValue>>;
}

const DEFAULT_TTL_SECONDS = 300;
const MAX_TTL_SECONDS = 3600;
const CACHE_LIMIT = 1024;
const UNAUTHORIZED: LambdaAuthOutcome = { ok: false, error: 'unauthorized' };
const FAILURE: LambdaAuthOutcome = { ok: false, error: 'authorizerFailure' };

/** Where REST (`method.request.*`) and HTTP API (`$request.*`) identity sources read their value. */
const SOURCE_PREFIXES = [
  ['method.request.header.', 'header'],
  ['method.request.querystring.', 'query'],
  ['$request.header.', 'header'],
  ['$request.querystring.', 'query'],
] as const;

/** The value of one identity source (a header or query string parameter). */
function identityValue(source: string, request: AuthorizerRequest): string | undefined {
  const [prefix, where] = SOURCE_PREFIXES.find(([p]) => source.startsWith(p)) ?? ['', 'header'];
  const name = source.slice(prefix.length);
  const value =
    where === 'header'
      ? request.headers[name.toLowerCase()]
      : (new URLSearchParams(request.rawQueryString).get(name) ?? undefined);
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined || first === '' ? undefined : first;
}

/** Checks the config once at start: sources the twin reads, a TOKEN with one header, a TTL in range. */
function checkConfig(config: LambdaAuthorizerConfig): void {
  const where = `Lambda authorizer '${config.id}'`;
  for (const source of config.identitySources) {
    if (!/^(method\.request|\$request)\.(header|querystring)\.[^.]+$/.test(source)) {
      throw new Error(`${where}: identity source '${source}' is not a request header or query string`);
    }
  }
  if (
    config.type === 'TOKEN' &&
    !(config.identitySources.length === 1 && config.identitySources[0]?.startsWith('method.request.header.'))
  ) {
    throw new Error(`${where}: a TOKEN authorizer reads exactly one method.request.header identity source`);
  }
  const ttl = config.resultTtlSeconds ?? DEFAULT_TTL_SECONDS;
  if (!Number.isInteger(ttl) || ttl < 0 || ttl > MAX_TTL_SECONDS) {
    throw new Error(`${where}: AuthorizerResultTtlInSeconds must be an integer from 0 to ${MAX_TTL_SECONDS}`);
  }
}

function isFlatContext(value: unknown): value is Record<string, AuthorizerContextValue> | undefined {
  if (value === undefined) return true;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every((v) => ['string', 'number', 'boolean'].includes(typeof v));
}

/** The function's answer, `'unauthorized'` for its `Unauthorized` error, `'failure'` for anything else. */
function readAnswer(
  payload: unknown,
  functionError: string | undefined,
  simpleResponses: boolean,
): AuthorizerAnswer | 'unauthorized' | 'failure' {
  if (functionError) {
    const message = (payload as { errorMessage?: unknown } | null)?.errorMessage;
    return message === 'Unauthorized' ? 'unauthorized' : 'failure';
  }
  const answer = payload as {
    principalId?: unknown;
    policyDocument?: unknown;
    isAuthorized?: unknown;
    context?: unknown;
  } | null;
  if (!answer || !isFlatContext(answer.context)) return 'failure';
  const policy = simpleResponses ? answer.isAuthorized : answer.policyDocument;
  if (simpleResponses ? typeof policy !== 'boolean' : !isPolicyDocument(policy)) return 'failure';
  return {
    principalId:
      typeof answer.principalId === 'string' ? answer.principalId : String(answer.principalId ?? ''),
    policy: policy as PolicyDocument | boolean,
    context: answer.context ?? {},
  };
}

/** Answers by identity-source values, each kept `ttlMs` (bounded; cleared whole when full). */
class AnswerCache {
  private readonly entries = new Map<string, { answer: AuthorizerAnswer; expiresAt: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly clock: Clock,
  ) {}

  get(key: string): AuthorizerAnswer | undefined {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    if (this.clock() >= hit.expiresAt) {
      this.entries.delete(key);
      return undefined;
    }
    return hit.answer;
  }

  set(key: string, answer: AuthorizerAnswer): void {
    if (this.ttlMs === 0) return;
    if (this.entries.size >= CACHE_LIMIT) this.entries.clear();
    this.entries.set(key, { answer, expiresAt: this.clock() + this.ttlMs });
  }
}

/** The answer's policy for `arn`; its conditions see the caller's address as `aws:SourceIp`. */
function decide(answer: AuthorizerAnswer, arn: string, sourceIp: string): LambdaAuthOutcome {
  const policy = answer.policy;
  const decision =
    typeof policy === 'boolean'
      ? policy
        ? 'allow'
        : 'implicitDeny'
      : evaluatePolicy(policy, INVOKE_ACTION, arn, new Map([['aws:sourceip', sourceIp]]));
  if (decision === 'explicitDeny') return { ok: false, error: 'explicitDeny' };
  if (decision === 'implicitDeny') return { ok: false, error: 'accessDenied' };
  return { ok: true, principalId: answer.principalId, context: answer.context };
}

export function createLambdaAuthorizer(
  config: LambdaAuthorizerConfig,
  deps: LambdaAuthorizerDeps,
): LambdaAuthorizer {
  checkConfig(config);
  const validation =
    config.identityValidationExpression === undefined
      ? undefined
      : new RegExp(`^(?:${config.identityValidationExpression})$`);
  const cache = new AnswerCache((config.resultTtlSeconds ?? DEFAULT_TTL_SECONDS) * 1000, deps.clock);
  const where = {
    region: deps.region ?? TWIN_ARN_SCOPE.region,
    accountId: deps.accountId ?? TWIN_ARN_SCOPE.accountId,
    apiId: deps.apiId,
    stage: deps.stage,
  };

  async function ask(
    request: AuthorizerRequest,
    arn: string,
    identities: readonly string[],
  ): Promise<AuthorizerAnswer | 'unauthorized' | 'failure'> {
    const event = authorizerEvent(config, deps, request, arn, identities);
    try {
      const result = await deps.invoke(config.functionId, event);
      return readAnswer(result.payload, result.functionError, config.simpleResponses === true);
    } catch {
      return 'failure';
    }
  }

  return {
    id: config.id,
    async authorize(request) {
      const values: string[] = [];
      for (const source of config.identitySources) {
        const value = identityValue(source, request);
        if (value === undefined) return UNAUTHORIZED;
        values.push(value);
      }
      if (validation && !validation.test(values[0] ?? '')) return UNAUTHORIZED;
      const arn = methodArn(where, request.method, request.path);
      const key = values.join('\u0000');
      let answer = values.length > 0 ? cache.get(key) : undefined;
      if (!answer) {
        const asked = await ask(request, arn, values);
        if (asked === 'unauthorized') return UNAUTHORIZED;
        if (asked === 'failure') return FAILURE;
        answer = asked;
        if (values.length > 0) cache.set(key, answer);
      }
      return decide(answer, arn, request.sourceIp);
    },
  };
}
