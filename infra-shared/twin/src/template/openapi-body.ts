/**
 * A REST API defined by an OpenAPI `Body` (CDK's `SpecRestApi`, an imported export) read as the resources
 * API Gateway's import creates from it: `AWS::ApiGateway::Resource` per path segment, `Method` per operation
 * with its `x-amazon-apigateway-integration`, `Model` per schema, `RequestValidator`, `Authorizer` and
 * `GatewayResponse` per extension block. The rest of the twin then reads them like any CDK-built API.
 * Values inside the Body keep their intrinsics (`Fn::Sub`), so the resolver resolves them as usual.
 */
import type { CfnResource, CfnTemplate } from './cdk-out.js';

type Json = Record<string, unknown>;

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'];
const ANY = 'x-amazon-apigateway-any-method';

/** The `Body` of a REST API, when it is an OpenAPI document written inline (not an S3 location). */
function bodyOf(resource: CfnResource): Json | undefined {
  const body = resource.Properties?.Body as Json | undefined;
  return body && typeof body === 'object' && body.paths && typeof body.paths === 'object' ? body : undefined;
}

const upper = (value: unknown) => (typeof value === 'string' ? value.toUpperCase() : value);

/** OpenAPI `#/components/schemas/Name` (or Swagger's `#/definitions/Name`) -> `Name`. */
const refName = (ref: unknown) =>
  typeof ref === 'string' ? ref.replace(/^#\/(components\/schemas|definitions)\//, '') : undefined;

function integrationOf(x: Json | undefined): Json | undefined {
  if (!x) return undefined;
  const responses = Object.entries((x.responses ?? {}) as Record<string, Json>).map(([pattern, r]) => ({
    StatusCode: r.statusCode,
    ...(pattern === 'default' ? {} : { SelectionPattern: pattern }),
    ResponseParameters: r.responseParameters,
    ResponseTemplates: r.responseTemplates,
  }));
  return {
    Type: upper(x.type),
    IntegrationHttpMethod: x.httpMethod,
    Uri: x.uri,
    ConnectionType: upper(x.connectionType),
    ConnectionId: x.connectionId,
    IntegrationTarget: x.integrationTarget,
    Credentials: x.credentials,
    RequestParameters: x.requestParameters,
    RequestTemplates: x.requestTemplates,
    PassthroughBehavior: upper(x.passthroughBehavior),
    TimeoutInMillis: x.timeoutInMillis,
    CacheKeyParameters: x.cacheKeyParameters,
    ...(responses.length ? { IntegrationResponses: responses } : {}),
  };
}

interface Ids {
  readonly api: string;
  readonly validators: Map<string, string>;
  readonly authorizers: Map<string, { id: string; type: string }>;
  next(kind: string): string;
}

/** A method's properties from an operation: parameters, body models, security, validator, integration. */
function methodOf(ids: Ids, resourceRef: unknown, method: string, op: Json, docValidator: unknown): Json {
  const requestParameters: Json = {};
  for (const p of (op.parameters ?? []) as Json[]) {
    const where = p.in === 'query' ? 'querystring' : p.in;
    if (where === 'querystring' || where === 'header' || where === 'path')
      requestParameters[`method.request.${where}.${String(p.name).replace(/\+$/, '')}`] = p.required === true;
  }
  const contentTypes = ((op.requestBody as Json | undefined)?.content ?? {}) as Record<string, Json>;
  const requestModels = Object.fromEntries(
    Object.entries(contentTypes).flatMap(([type, c]) => {
      const name = refName((c.schema as Json | undefined)?.$ref);
      return name ? [[type, name]] : [];
    }),
  );
  const requirement = ((op.security ?? []) as Json[])[0] ?? {};
  const scheme = Object.keys(requirement).find((name) => ids.authorizers.has(name));
  const authorizer = scheme ? ids.authorizers.get(scheme) : undefined;
  const scopes = scheme ? (requirement[scheme] as unknown[] | undefined) : undefined;
  const validatorName = op['x-amazon-apigateway-request-validator'] ?? docValidator;
  const validatorId = typeof validatorName === 'string' ? ids.validators.get(validatorName) : undefined;
  return {
    RestApiId: { Ref: ids.api },
    ResourceId: resourceRef,
    HttpMethod: method,
    AuthorizationType: authorizer?.type ?? ('sigv4' in requirement ? 'AWS_IAM' : 'NONE'),
    ...(authorizer ? { AuthorizerId: { Ref: authorizer.id } } : {}),
    ...(scopes?.length ? { AuthorizationScopes: scopes } : {}),
    ApiKeyRequired: 'api_key' in requirement,
    RequestParameters: requestParameters,
    ...(Object.keys(requestModels).length ? { RequestModels: requestModels } : {}),
    ...(validatorId ? { RequestValidatorId: { Ref: validatorId } } : {}),
    Integration: integrationOf(op['x-amazon-apigateway-integration'] as Json | undefined),
  };
}

/** `x-amazon-apigateway-authorizer` blocks of the security schemes as `AWS::ApiGateway::Authorizer`s. */
function authorizersOf(ids: Ids, schemes: Record<string, Json>, out: Record<string, CfnResource>): void {
  for (const [name, scheme] of Object.entries(schemes)) {
    const a = scheme['x-amazon-apigateway-authorizer'] as Json | undefined;
    if (!a) continue;
    const id = ids.next('Authorizer');
    const type = String(a.type ?? 'token').toUpperCase();
    ids.authorizers.set(name, { id, type: type === 'COGNITO_USER_POOLS' ? 'COGNITO_USER_POOLS' : 'CUSTOM' });
    out[id] = {
      Type: 'AWS::ApiGateway::Authorizer',
      Properties: {
        RestApiId: { Ref: ids.api },
        Name: name,
        Type: type,
        ProviderARNs: a.providerARNs,
        AuthorizerUri: a.authorizerUri,
        AuthorizerResultTtlInSeconds: a.authorizerResultTtlInSeconds,
        IdentityValidationExpression: a.identityValidationExpression,
        IdentitySource: a.identitySource ?? `method.request.header.${String(scheme.name ?? 'Authorization')}`,
      },
    };
  }
}

/** Models, request validators and gateway responses of the document. */
function apiWideOf(ids: Ids, body: Json, out: Record<string, CfnResource>): void {
  const api = { Ref: ids.api };
  const schemas = ((body.components as Json | undefined)?.schemas ?? body.definitions ?? {}) as Record<
    string,
    Json
  >;
  for (const [name, schema] of Object.entries(schemas)) {
    out[ids.next('Model')] = {
      Type: 'AWS::ApiGateway::Model',
      Properties: { RestApiId: api, Name: name, ContentType: 'application/json', Schema: schema },
    };
  }
  for (const [name, v] of Object.entries(
    (body['x-amazon-apigateway-request-validators'] ?? {}) as Record<string, Json>,
  )) {
    const id = ids.next('Validator');
    ids.validators.set(name, id);
    out[id] = {
      Type: 'AWS::ApiGateway::RequestValidator',
      Properties: {
        RestApiId: api,
        Name: name,
        ValidateRequestBody: v.validateRequestBody === true,
        ValidateRequestParameters: v.validateRequestParameters === true,
      },
    };
  }
  for (const [type, r] of Object.entries(
    (body['x-amazon-apigateway-gateway-responses'] ?? {}) as Record<string, Json>,
  )) {
    out[ids.next('GatewayResponse')] = {
      Type: 'AWS::ApiGateway::GatewayResponse',
      Properties: {
        RestApiId: api,
        ResponseType: type,
        StatusCode: r.statusCode,
        ResponseParameters: r.responseParameters,
        ResponseTemplates: r.responseTemplates,
      },
    };
  }
}

/** One `Resource` per path segment (shared prefixes once) and one `Method` per operation. */
function pathsOf(ids: Ids, body: Json, out: Record<string, CfnResource>): void {
  const root = { 'Fn::GetAtt': [ids.api, 'RootResourceId'] };
  const byPath = new Map<string, unknown>([['', root]]);
  const resourceFor = (path: string): unknown => {
    const trimmed = path.replace(/\/+$/, '');
    const known = byPath.get(trimmed);
    if (known) return known;
    const cut = trimmed.lastIndexOf('/');
    const parent = resourceFor(trimmed.slice(0, cut));
    const id = ids.next('Resource');
    out[id] = {
      Type: 'AWS::ApiGateway::Resource',
      Properties: { RestApiId: { Ref: ids.api }, ParentId: parent, PathPart: trimmed.slice(cut + 1) },
    };
    byPath.set(trimmed, { Ref: id });
    return { Ref: id };
  };
  const docValidator = body['x-amazon-apigateway-request-validator'];
  for (const [path, item] of Object.entries(body.paths as Record<string, Json>)) {
    const resource = resourceFor(path);
    for (const [key, op] of Object.entries(item)) {
      const method = key === ANY ? 'ANY' : METHODS.includes(key) ? key.toUpperCase() : undefined;
      if (!method) continue;
      out[ids.next('Method')] = {
        Type: 'AWS::ApiGateway::Method',
        Properties: methodOf(ids, resource, method, op as Json, docValidator),
      };
    }
  }
}

/** The template with each inline-`Body` REST API's definition added as the resources it stands for. */
export function expandOpenApiBodies(template: CfnTemplate): CfnTemplate {
  const added: Record<string, CfnResource> = {};
  for (const [api, resource] of Object.entries(template.Resources ?? {})) {
    if (resource.Type !== 'AWS::ApiGateway::RestApi') continue;
    const body = bodyOf(resource);
    if (!body) continue;
    let n = 0;
    const ids: Ids = {
      api,
      validators: new Map(),
      authorizers: new Map(),
      next: (kind) => `${api}Body${kind}${++n}`,
    };
    authorizersOf(
      ids,
      ((body.components as Json | undefined)?.securitySchemes ?? {}) as Record<string, Json>,
      added,
    );
    apiWideOf(ids, body, added);
    pathsOf(ids, body, added);
  }
  if (Object.keys(added).length === 0) return template;
  return { ...template, Resources: { ...template.Resources, ...added } };
}
