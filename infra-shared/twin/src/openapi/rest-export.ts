/**
 * A REST API of a synthesized template as the OpenAPI 3.0 document `aws apigateway get-export
 * --export-type oas30 --parameters extensions=apigateway` gives for one of its stages: the resource tree as
 * paths, models as schemas, authorizers as security schemes, request validators and gateway responses.
 */
import type { CfnTemplate } from '../template/cdk-out.js';
import { cfnJson, referencedLogicalId, textOf } from './cfn-text.js';
import {
  childrenOf,
  compact,
  executeApiServer,
  type Json,
  OPENAPI_VERSION,
  type OpenApiDocument,
  operationKey,
  resourceOf,
} from './document.js';
import { type RestNames, restOperation } from './rest-operation.js';

/** A stage of the API by name, or its first one; the error lists the stages there are. */
export function restStage(mine: ReturnType<typeof childrenOf>, apiId: string, name?: string): [string, Json] {
  const stages = mine('AWS::ApiGateway::Stage');
  const found = name ? stages.find(([, p]) => p.StageName === name) : stages[0];
  if (!found) {
    const names = stages.map(([, p]) => String(p.StageName)).join(', ') || 'none';
    throw new Error(`--stage: ${apiId} has no stage ${name ? `'${name}'` : ''} (stages: ${names})`);
  }
  return found;
}

/** Resource logical id -> path, following `ParentId` up to the root (`Fn::GetAtt [api, RootResourceId]`). */
function resourcePaths(mine: ReturnType<typeof childrenOf>): (ref: unknown) => string {
  const resources = new Map(mine('AWS::ApiGateway::Resource'));
  const pathOf = (ref: unknown): string => {
    const id = referencedLogicalId(ref);
    const resource = id ? resources.get(id) : undefined;
    if (!resource) return '/';
    const parent = pathOf(resource.ParentId);
    return `${parent === '/' ? '' : parent}/${String(resource.PathPart)}`;
  };
  return pathOf;
}

const isNullType = (s: unknown): boolean =>
  typeof s === 'object' && s !== null && (s as Json).type === 'null' && Object.keys(s).length === 1;

/**
 * JSON Schema's null where OpenAPI 3.0 wants `nullable`: OpenAPI 3.0 has no `null` type, so a `{type:
 * 'null'}` alternative of `anyOf`/`oneOf` and `null` in a type list become `nullable: true` (what API
 * Gateway's own export writes for such models).
 */
function nullableOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(nullableOf);
  if (typeof value !== 'object' || value === null) return value;
  const out: Json = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, nullableOf(v)]));
  for (const key of ['anyOf', 'oneOf'] as const) {
    const options = out[key];
    if (!Array.isArray(options) || !options.some(isNullType)) continue;
    const rest = options.filter((o) => !isNullType(o));
    delete out[key];
    if (rest.length === 1) Object.assign(out, rest[0] as Json);
    else out[key] = rest;
    out.nullable = true;
  }
  if (Array.isArray(out.type) && out.type.includes('null')) {
    const types = (out.type as string[]).filter((t) => t !== 'null');
    out.type = types.length === 1 ? types[0] : types;
    out.nullable = true;
  }
  return out;
}

/** Draft-4 model schema as an OpenAPI schema object (OpenAPI 3.0 has no `$schema` / `id` keywords, no null type). */
function schemaOf(schema: unknown): Json {
  const parsed = (typeof schema === 'string' ? JSON.parse(schema) : (schema ?? {})) as Json;
  const { $schema: _schema, id: _id, ...rest } = parsed;
  return nullableOf(rest) as Json;
}

/** Security schemes of the API's authorizers, plus `api_key` / `sigv4` when a method needs them. */
function securitySchemes(
  mine: ReturnType<typeof childrenOf>,
  names: Map<string, string>,
): Record<string, Json> {
  const schemes: Record<string, Json> = {};
  for (const [id, p] of mine('AWS::ApiGateway::Authorizer')) {
    const name = textOf(p.Name) ?? id;
    names.set(id, name);
    const type = String(p.Type ?? 'TOKEN');
    const source = textOf(p.IdentitySource) ?? 'method.request.header.Authorization';
    const header = /^method\.request\.header\.([^,\s]+)$/.exec(source)?.[1];
    schemes[name] = {
      type: 'apiKey',
      name: header ?? 'Unused',
      in: 'header',
      'x-amazon-apigateway-authtype': type === 'COGNITO_USER_POOLS' ? 'cognito_user_pools' : 'custom',
      'x-amazon-apigateway-authorizer': compact({
        type: type.toLowerCase(),
        providerARNs: Array.isArray(p.ProviderARNs) ? cfnJson(p.ProviderARNs) : undefined,
        authorizerUri: textOf(p.AuthorizerUri),
        authorizerCredentials: textOf(p.AuthorizerCredentials),
        identitySource: type === 'REQUEST' ? source : undefined,
        identityValidationExpression: textOf(p.IdentityValidationExpression),
        authorizerResultTtlInSeconds:
          p.AuthorizerResultTtlInSeconds === undefined ? undefined : Number(p.AuthorizerResultTtlInSeconds),
      }),
    };
  }
  const methods = mine('AWS::ApiGateway::Method').map(([, p]) => p);
  if (methods.some((m) => m.ApiKeyRequired === true)) {
    schemes.api_key = { type: 'apiKey', name: 'x-api-key', in: 'header' };
  }
  if (methods.some((m) => m.AuthorizationType === 'AWS_IAM')) {
    schemes.sigv4 = {
      type: 'apiKey',
      name: 'Authorization',
      in: 'header',
      'x-amazon-apigateway-authtype': 'awsSigv4',
    };
  }
  return schemes;
}

function namesOf(mine: ReturnType<typeof childrenOf>, type: string): Map<string, string> {
  return new Map(mine(type).map(([id, p]) => [id, textOf(p.Name) ?? id]));
}

/** Top-level extensions: validators, gateway responses, API key source, binary types, resource policy. */
function topLevelExtensions(
  api: Json,
  mine: ReturnType<typeof childrenOf>,
  validators: ReadonlyMap<string, string>,
): Json {
  const validatorBlocks = Object.fromEntries(
    mine('AWS::ApiGateway::RequestValidator').map(([id, p]) => [
      validators.get(id) ?? id,
      {
        validateRequestBody: p.ValidateRequestBody === true,
        validateRequestParameters: p.ValidateRequestParameters === true,
      },
    ]),
  );
  const responses = Object.fromEntries(
    mine('AWS::ApiGateway::GatewayResponse').map(([, p]) => [
      String(p.ResponseType),
      compact({
        statusCode: p.StatusCode === undefined ? undefined : String(p.StatusCode),
        responseParameters: p.ResponseParameters ? cfnJson(p.ResponseParameters) : undefined,
        responseTemplates: p.ResponseTemplates ? cfnJson(p.ResponseTemplates) : undefined,
      }),
    ]),
  );
  return compact({
    'x-amazon-apigateway-request-validators': Object.keys(validatorBlocks).length
      ? validatorBlocks
      : undefined,
    'x-amazon-apigateway-gateway-responses': Object.keys(responses).length ? responses : undefined,
    'x-amazon-apigateway-api-key-source': textOf(api.ApiKeySourceType),
    'x-amazon-apigateway-binary-media-types': Array.isArray(api.BinaryMediaTypes)
      ? cfnJson(api.BinaryMediaTypes)
      : undefined,
    'x-amazon-apigateway-policy': api.Policy === undefined ? undefined : cfnJson(api.Policy),
  });
}

export function exportRestApi(template: CfnTemplate, apiId: string, stageName?: string): OpenApiDocument {
  const api = (resourceOf(template, apiId).Properties ?? {}) as Json;
  const mine = childrenOf(template, apiId, 'RestApiId');
  const [, stage] = restStage(mine, apiId, stageName);
  const authorizers = new Map<string, string>();
  const schemes = securitySchemes(mine, authorizers);
  const names: RestNames = {
    models: namesOf(mine, 'AWS::ApiGateway::Model'),
    validators: namesOf(mine, 'AWS::ApiGateway::RequestValidator'),
    authorizers,
  };
  const pathOf = resourcePaths(mine);
  const paths: OpenApiDocument['paths'] = {};
  for (const [, method] of mine('AWS::ApiGateway::Method')) {
    const path = pathOf(method.ResourceId);
    paths[path] ??= {};
    (paths[path] as Record<string, Json>)[operationKey(String(method.HttpMethod))] = restOperation(
      path,
      method,
      names,
    );
  }
  const schemas = Object.fromEntries(
    mine('AWS::ApiGateway::Model').map(([id, p]) => [names.models.get(id) ?? id, schemaOf(p.Schema)]),
  );
  return {
    openapi: OPENAPI_VERSION,
    info: { title: textOf(api.Name) ?? apiId, version: referencedLogicalId(stage.DeploymentId) ?? '1' },
    servers: [executeApiServer(apiId, String(stage.StageName))],
    paths: Object.fromEntries(Object.entries(paths).sort(([a], [b]) => a.localeCompare(b))),
    components: compact({
      schemas: Object.keys(schemas).length ? schemas : undefined,
      securitySchemes: Object.keys(schemes).length ? schemes : undefined,
    }),
    ...topLevelExtensions(api, mine, names.validators),
  };
}
