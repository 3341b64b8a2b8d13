/** The OpenAPI 3.0 shapes the exporters write, and what REST and HTTP API exports share. */
import type { CfnResource, CfnTemplate } from '../template/cdk-out.js';
import { referencedLogicalId } from './cfn-text.js';

export type Json = Record<string, unknown>;

export interface OpenApiDocument {
  readonly openapi: '3.0.1';
  readonly info: { readonly title: string; readonly version: string; readonly description?: string };
  readonly servers: readonly Json[];
  readonly paths: Record<string, Record<string, Json>>;
  readonly components: { schemas?: Record<string, Json>; securitySchemes?: Record<string, Json> };
  readonly [extension: `x-${string}`]: unknown;
}

/** Which `x-amazon-apigateway-*` blocks the document carries (`get-export --parameters extensions=...`). */
export type ExportExtensions = 'apigateway' | 'none';

/** The version string the exports use for OpenAPI 3.0 (what API Gateway's `oas30` export writes). */
export const OPENAPI_VERSION = '3.0.1';

/** The operation key of a method: `get`, ..., and API Gateway's `x-amazon-apigateway-any-method` for ANY. */
export function operationKey(method: string): string {
  return method.toUpperCase() === 'ANY' ? 'x-amazon-apigateway-any-method' : method.toLowerCase();
}

/**
 * The path parameters a path template declares, named as written: `{id}` is `id`, a greedy `{proxy+}` is
 * `proxy+` (OpenAPI requires the name to match the template; API Gateway's import reads `proxy+` as the
 * greedy variable `proxy`).
 */
export function pathParameterNames(path: string): string[] {
  return [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] as string);
}

/** A path, query string or header parameter as OpenAPI writes it. */
export function parameter(name: string, where: 'path' | 'query' | 'header', required: boolean): Json {
  return { name, in: where, required: where === 'path' ? true : required, schema: { type: 'string' } };
}

/** The resources of a template that belong to an API: `ApiId` / `RestApiId` is a `Ref` to it. */
export function childrenOf(
  template: CfnTemplate,
  apiId: string,
  apiRef: 'ApiId' | 'RestApiId',
): (type: string) => [string, Json][] {
  const resources = Object.entries(template.Resources ?? {});
  return (type) =>
    resources
      .filter(([, r]) => r.Type === type && referencedLogicalId(r.Properties?.[apiRef]) === apiId)
      .map(([id, r]) => [id, (r.Properties ?? {}) as Json]);
}

/** The template's resource of that id, or an error naming what is missing. */
export function resourceOf(template: CfnTemplate, id: string): CfnResource {
  const resource = template.Resources?.[id];
  if (!resource) throw new Error(`resource ${id} is not in the template`);
  return resource;
}

/** The document without any `x-amazon-apigateway-*` key, at any depth (`--extensions none`). */
export function withoutApiGatewayExtensions<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutApiGatewayExtensions) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Json)
        .filter(([k]) => !k.startsWith('x-amazon-apigateway-'))
        .map(([k, v]) => [k, withoutApiGatewayExtensions(v)]),
    ) as T;
  }
  return value;
}

/** Drops `undefined` members so the written JSON holds only what the template says. */
export function compact(value: Json): Json {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}

/**
 * The invoke URL as a server: API Gateway writes the API's id and Region; before deploy the id is unknown,
 * so the variable's default is the API's logical id (the Region a deploy-time reference).
 */
export function executeApiServer(apiId: string, basePath: string): Json {
  return {
    url: 'https://{apiId}.execute-api.{region}.amazonaws.com/{basePath}',
    variables: {
      apiId: { default: apiId, description: `the id API Gateway gives ${apiId} when it is deployed` },
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a deploy-time reference in Fn::Sub syntax
      region: { default: '${AWS::Region}' },
      basePath: { default: basePath },
    },
  };
}
