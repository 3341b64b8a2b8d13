/**
 * An HTTP API of a synthesized template as the OpenAPI 3.0 document `aws apigatewayv2 export-api
 * --specification OAS30 --include-extensions` gives: routes as paths, JWT and Lambda authorizers as
 * security schemes, `x-amazon-apigateway-integration` with the payload format (developer guide, "Working
 * with OpenAPI definitions for HTTP APIs").
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
  parameter,
  pathParameterNames,
  resourceOf,
} from './document.js';

/** HTTP API's integration timeout when the template sets none (30 s, the fixed maximum). */
const HTTP_DEFAULT_TIMEOUT_MS = 30_000;

function authorizerSchemes(
  mine: ReturnType<typeof childrenOf>,
  names: Map<string, string>,
): Record<string, Json> {
  const schemes: Record<string, Json> = {};
  for (const [id, p] of mine('AWS::ApiGatewayV2::Authorizer')) {
    const name = textOf(p.Name) ?? id;
    names.set(id, name);
    const sources = Array.isArray(p.IdentitySource) ? p.IdentitySource.map((s) => textOf(s) ?? '') : [];
    if (p.AuthorizerType === 'JWT') {
      const jwt = (p.JwtConfiguration ?? {}) as Json;
      const issuer = textOf(jwt.Issuer);
      // OpenAPI 3.0 forbids an `oauth2` scheme without a flow; the issuer's discovery document is where
      // API Gateway's JWT authorizer itself finds the keys.
      schemes[name] = {
        type: 'openIdConnect',
        openIdConnectUrl: `${issuer ?? ''}/.well-known/openid-configuration`,
        'x-amazon-apigateway-authorizer': {
          type: 'jwt',
          identitySource: sources.join(', ') || '$request.header.Authorization',
          jwtConfiguration: compact({ issuer, audience: cfnJson(jwt.Audience ?? []) }),
        },
      };
      continue;
    }
    schemes[name] = {
      type: 'apiKey',
      name: /^\$request\.header\.(.+)$/.exec(sources[0] ?? '')?.[1] ?? 'Authorization',
      in: 'header',
      'x-amazon-apigateway-authorizer': compact({
        type: 'request',
        identitySource: sources.join(', ') || undefined,
        authorizerUri: textOf(p.AuthorizerUri),
        authorizerPayloadFormatVersion: textOf(p.AuthorizerPayloadFormatVersion),
        enableSimpleResponses: p.EnableSimpleResponses === true ? true : undefined,
        authorizerResultTtlInSeconds:
          p.AuthorizerResultTtlInSeconds === undefined ? undefined : Number(p.AuthorizerResultTtlInSeconds),
      }),
    };
  }
  return schemes;
}

function httpIntegration(p: Json): Json {
  const type = String(p.IntegrationType ?? 'HTTP_PROXY');
  return compact({
    type: type.toLowerCase(),
    httpMethod: textOf(p.IntegrationMethod) ?? (type === 'AWS_PROXY' ? 'POST' : 'ANY'),
    uri: textOf(p.IntegrationUri),
    connectionType: textOf(p.ConnectionType),
    connectionId: textOf(p.ConnectionId),
    credentials: textOf(p.CredentialsArn),
    payloadFormatVersion: textOf(p.PayloadFormatVersion) ?? (type === 'AWS_PROXY' ? '2.0' : '1.0'),
    requestParameters: p.RequestParameters ? cfnJson(p.RequestParameters) : undefined,
    tlsConfig: p.TlsConfig ? cfnJson(p.TlsConfig) : undefined,
    timeoutInMillis: Number(p.TimeoutInMillis ?? HTTP_DEFAULT_TIMEOUT_MS),
  });
}

/** `CorsConfiguration` (`AllowOrigins`, ...) as the extension writes it (`allowOrigins`, ...). */
function corsOf(cors: Json): Json {
  return Object.fromEntries(
    Object.entries(cors).map(([k, v]) => [`${k.charAt(0).toLowerCase()}${k.slice(1)}`, cfnJson(v)]),
  );
}

/** The stage to export, by name or the first one; the error lists the stages there are. */
function httpStage(mine: ReturnType<typeof childrenOf>, apiId: string, name?: string): [string, Json] {
  const stages = mine('AWS::ApiGatewayV2::Stage');
  const found = name ? stages.find(([, p]) => p.StageName === name) : stages[0];
  if (!found) {
    const names = stages.map(([, p]) => String(p.StageName)).join(', ') || 'none';
    throw new Error(`--stage: ${apiId} has no stage ${name ? `'${name}'` : ''} (stages: ${names})`);
  }
  return found;
}

/** What `export` leaves out of an HTTP API (a `$default` route has no OpenAPI path), for the caller to say. */
export interface HttpExport {
  readonly document: OpenApiDocument;
  readonly skipped: readonly string[];
}

export function exportHttpApi(template: CfnTemplate, apiId: string, stageName?: string): HttpExport {
  const api = (resourceOf(template, apiId).Properties ?? {}) as Json;
  const mine = childrenOf(template, apiId, 'ApiId');
  const [, stage] = httpStage(mine, apiId, stageName);
  const authorizers = new Map<string, string>();
  const schemes = authorizerSchemes(mine, authorizers);
  const integrations = new Map(mine('AWS::ApiGatewayV2::Integration'));
  const paths: OpenApiDocument['paths'] = {};
  const skipped: string[] = [];
  for (const [id, route] of mine('AWS::ApiGatewayV2::Route')) {
    const key = String(route.RouteKey);
    const integrationId = /integrations\/\$\{([^}]+)\}/.exec(textOf(route.Target) ?? '')?.[1];
    const integration = integrationId ? integrations.get(integrationId) : undefined;
    const [method, path] = key.split(' ', 2);
    if (!method || !path?.startsWith('/') || !integration) {
      skipped.push(
        `${id} (${key}): ${integration ? 'no OpenAPI path for this route key' : 'no integration'}`,
      );
      continue;
    }
    const authorizer = authorizers.get(referencedLogicalId(route.AuthorizerId) ?? '');
    const parameters = pathParameterNames(path).map((name) => parameter(name, 'path', true));
    paths[path] ??= {};
    (paths[path] as Record<string, Json>)[operationKey(method)] = compact({
      parameters: parameters.length ? parameters : undefined,
      responses: { default: { description: `Default response for ${key}` } },
      security: authorizer
        ? [{ [authorizer]: (route.AuthorizationScopes as string[] | undefined) ?? [] }]
        : undefined,
      'x-amazon-apigateway-integration': httpIntegration(integration),
    });
  }
  const exportedStage = String(stage.StageName);
  const document: OpenApiDocument = {
    openapi: OPENAPI_VERSION,
    info: { title: textOf(api.Name) ?? apiId, version: textOf(api.Version) ?? '1' },
    servers: [executeApiServer(apiId, exportedStage === '$default' ? '' : exportedStage)],
    paths: Object.fromEntries(Object.entries(paths).sort(([a], [b]) => a.localeCompare(b))),
    components: compact({ securitySchemes: Object.keys(schemes).length ? schemes : undefined }),
    'x-amazon-apigateway-importexport-version': '1.0',
    ...(api.CorsConfiguration ? { 'x-amazon-apigateway-cors': corsOf(api.CorsConfiguration as Json) } : {}),
  };
  return { document, skipped };
}
