/**
 * One `AWS::ApiGateway::Method` as an OpenAPI operation with API Gateway's extensions: parameters, request
 * body models, method responses, security and `x-amazon-apigateway-integration`, the way `get-export` writes
 * them (developer guide, "OpenAPI extensions to API Gateway": x-amazon-apigateway-integration object).
 */
import { cfnJson, referencedLogicalId, textOf } from './cfn-text.js';
import { compact, type Json, parameter, pathParameterNames } from './document.js';

/** Names the exported document gives to what a method refers to by logical id. */
export interface RestNames {
  readonly models: ReadonlyMap<string, string>;
  readonly validators: ReadonlyMap<string, string>;
  readonly authorizers: ReadonlyMap<string, string>;
}

/** REST's integration timeout when the template sets none (API Gateway's default, 29 s). */
const REST_DEFAULT_TIMEOUT_MS = 29_000;

const SCHEMA_REF = '#/components/schemas/';

/** The name a `RequestModels` / `ResponseModels` value refers to: a `Ref` to a model, or the model's name. */
function modelName(value: unknown, names: RestNames): string {
  const id = referencedLogicalId(value);
  return (id && names.models.get(id)) ?? textOf(value) ?? 'Empty';
}

function content(models: unknown, names: RestNames): Json | undefined {
  const entries = Object.entries((models ?? {}) as Json);
  if (entries.length === 0) return undefined;
  return Object.fromEntries(
    entries.map(([type, model]) => [type, { schema: { $ref: `${SCHEMA_REF}${modelName(model, names)}` } }]),
  );
}

/** Path parameters of the resource path, then the method's declared query strings and headers. */
function parametersOf(path: string, method: Json): Json[] {
  const out = pathParameterNames(path).map((name) => parameter(name, 'path', true));
  for (const [key, required] of Object.entries((method.RequestParameters ?? {}) as Json)) {
    const match = /^method\.request\.(querystring|header)\.(.+)$/.exec(key);
    if (!match) continue;
    const where = match[1] === 'querystring' ? 'query' : 'header';
    out.push(parameter(match[2] as string, where, required === true || required === 'true'));
  }
  return out;
}

/** Method responses; a method without any (a proxy integration answers for itself) gets `default`. */
function responsesOf(method: Json, names: RestNames): Json {
  const declared = (Array.isArray(method.MethodResponses) ? method.MethodResponses : []) as Json[];
  if (declared.length === 0) {
    return {
      default: { description: 'The integration answers (proxy): status, headers and body are its own' },
    };
  }
  return Object.fromEntries(
    declared.map((r) => {
      const code = String(r.StatusCode);
      const headers = Object.keys((r.ResponseParameters ?? {}) as Json)
        .map((k) => /^method\.response\.header\.(.+)$/.exec(k)?.[1])
        .filter((h): h is string => !!h);
      return [
        code,
        compact({
          description: `${code} response`,
          headers: headers.length
            ? Object.fromEntries(headers.map((h) => [h, { schema: { type: 'string' } }]))
            : undefined,
          content: content(r.ResponseModels, names),
        }),
      ];
    }),
  );
}

/** `security`: the authorizer (with its scopes), SigV4 for AWS_IAM, and the API key when required. */
function securityOf(method: Json, names: RestNames): Json[] | undefined {
  const requirement: Json = {};
  const type = String(method.AuthorizationType ?? 'NONE');
  const authorizerId = referencedLogicalId(method.AuthorizerId);
  const authorizer = authorizerId ? names.authorizers.get(authorizerId) : undefined;
  if (authorizer) requirement[authorizer] = (method.AuthorizationScopes as string[] | undefined) ?? [];
  if (type === 'AWS_IAM') requirement.sigv4 = [];
  if (method.ApiKeyRequired === true) requirement.api_key = [];
  return Object.keys(requirement).length ? [requirement] : undefined;
}

function stringMap(value: unknown): Json | undefined {
  const entries = Object.entries((value ?? {}) as Json);
  return entries.length
    ? Object.fromEntries(entries.map(([k, v]) => [k, textOf(v) ?? String(v)]))
    : undefined;
}

/** Integration responses keyed by selection pattern (`default` for the one without), as exports write them. */
function integrationResponses(integration: Json): Json | undefined {
  const list = (
    Array.isArray(integration.IntegrationResponses) ? integration.IntegrationResponses : []
  ) as Json[];
  if (list.length === 0) return undefined;
  return Object.fromEntries(
    list.map((r) => [
      typeof r.SelectionPattern === 'string' && r.SelectionPattern !== '' ? r.SelectionPattern : 'default',
      compact({
        statusCode: String(r.StatusCode),
        responseParameters: stringMap(r.ResponseParameters),
        responseTemplates: stringMap(r.ResponseTemplates),
        contentHandling: r.ContentHandling,
      }),
    ]),
  );
}

/** `x-amazon-apigateway-integration` of a method's `Integration`. */
export function restIntegration(integration: Json, cacheKeys: unknown): Json {
  const type = String(integration.Type ?? 'MOCK');
  return compact({
    type: type.toLowerCase(),
    httpMethod: textOf(integration.IntegrationHttpMethod),
    uri: textOf(integration.Uri),
    connectionType: textOf(integration.ConnectionType),
    connectionId: textOf(integration.ConnectionId),
    integrationTarget: textOf(integration.IntegrationTarget),
    credentials: textOf(integration.Credentials),
    requestParameters: stringMap(integration.RequestParameters),
    requestTemplates: stringMap(integration.RequestTemplates),
    responses: integrationResponses(integration),
    passthroughBehavior: String(integration.PassthroughBehavior ?? 'WHEN_NO_MATCH').toLowerCase(),
    contentHandling: textOf(integration.ContentHandling),
    cacheNamespace: textOf(integration.CacheNamespace),
    cacheKeyParameters: Array.isArray(cacheKeys) && cacheKeys.length ? cfnJson(cacheKeys) : undefined,
    timeoutInMillis: Number(integration.TimeoutInMillis ?? REST_DEFAULT_TIMEOUT_MS),
  });
}

/** The operation for one method on the resource at `path`. */
export function restOperation(path: string, method: Json, names: RestNames): Json {
  const integration = (method.Integration ?? { Type: 'MOCK' }) as Json;
  const parameters = parametersOf(path, method);
  const validatorId = referencedLogicalId(method.RequestValidatorId);
  const body = content(method.RequestModels, names);
  return compact({
    operationId: textOf(method.OperationName),
    parameters: parameters.length ? parameters : undefined,
    requestBody: body ? { content: body, required: true } : undefined,
    responses: responsesOf(method, names),
    security: securityOf(method, names),
    'x-amazon-apigateway-request-validator': validatorId ? names.validators.get(validatorId) : undefined,
    'x-amazon-apigateway-integration': restIntegration(integration, integration.CacheKeyParameters),
  });
}
