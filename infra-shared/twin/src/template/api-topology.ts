import type { LambdaAuthorizerConfig } from '../dataplane/auth/types.js';
import { num, type Props, str, strList, type TemplateContext } from './context.js';
import { FUNCTION, integrationOf } from './integration-topology.js';
import { restStageVariant } from './rest-stage-topology.js';
import { gatewayResponsesOf, REST_VALIDATION_TYPES } from './rest-validation-topology.js';
import { accessLogOf, routeAccess, settingsThrottle } from './stage-settings-topology.js';
import type {
  ApiSpec,
  JwtAuthorizerSpec,
  LoadBalancerSpec,
  RouteSpec,
  StageVariantSpec,
} from './topology.js';
import { apiKeysOf, usagePlansOf } from './usage-plan-topology.js';

/**
 * The resources of one API's `type`, found by the property that refers to the API (`ApiId` on HTTP APIs,
 * `RestApiId` on REST APIs).
 */
function childrenOf(ctx: TemplateContext, apiId: string, apiType: string, apiRef: 'ApiId' | 'RestApiId') {
  return (type: string) => ctx.ofType(type).filter(([, p]) => ctx.referencedId(p[apiRef], apiType) === apiId);
}

/** Marks the API and its resources of `types` as read, so they are not reported as not emulated. */
function consumeApi(
  ctx: TemplateContext,
  apiId: string,
  mine: ReturnType<typeof childrenOf>,
  types: readonly string[],
): void {
  for (const type of types) {
    for (const [id] of mine(type)) ctx.consumed.add(id);
  }
  ctx.consumed.add(apiId);
}

const isLambdaAuthorizer = (p: Props) => p.Type === 'TOKEN' || p.Type === 'REQUEST';

/** A REST `TOKEN` / `REQUEST` authorizer whose `AuthorizerUri` names a function of the template. */
function lambdaAuthorizerOf(ctx: TemplateContext, id: string, p: Props): LambdaAuthorizerConfig[] {
  if (!isLambdaAuthorizer(p)) return [];
  const functionId = ctx.referencedId(p.AuthorizerUri, FUNCTION);
  if (!functionId) return [];
  const type = p.Type === 'TOKEN' ? 'TOKEN' : 'REQUEST';
  const sources = (str(p.IdentitySource) ?? (type === 'TOKEN' ? 'method.request.header.Authorization' : ''))
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const ttl = num(p.AuthorizerResultTtlInSeconds);
  const expression = str(p.IdentityValidationExpression);
  return [
    {
      id,
      type,
      functionId,
      identitySources: sources,
      ...(expression ? { identityValidationExpression: expression } : {}),
      ...(ttl !== undefined ? { resultTtlSeconds: ttl } : {}),
    },
  ];
}

const isHttpLambdaAuthorizer = (p: Props) =>
  p.AuthorizerType === 'REQUEST' && str(p.AuthorizerPayloadFormatVersion) === '2.0';

/**
 * An HTTP API `REQUEST` authorizer with payload format 2.0 whose `AuthorizerUri` names a function of the
 * template. No TTL in the template is read as 0 (caching off; CloudFormation documents no default).
 */
function httpLambdaAuthorizerOf(ctx: TemplateContext, id: string, p: Props): LambdaAuthorizerConfig[] {
  if (!isHttpLambdaAuthorizer(p)) return [];
  const functionId = ctx.referencedId(p.AuthorizerUri, FUNCTION);
  if (!functionId) return [];
  return [
    {
      id,
      type: 'REQUEST',
      functionId,
      identitySources: strList(p.IdentitySource),
      simpleResponses: p.EnableSimpleResponses === true,
      resultTtlSeconds: num(p.AuthorizerResultTtlInSeconds) ?? 0,
    },
  ];
}

/** An HTTP API stage's settings: its default route throttle and access log. */
function httpStageOf(id: string, stage: Props): ApiSpec['stage'] {
  return {
    id,
    name: str(stage.StageName) ?? '$default',
    throttle: settingsThrottle((stage.DefaultRouteSettings ?? {}) as Props),
    accessLog: accessLogOf(stage.AccessLogSettings),
    tracingEnabled: false,
  };
}

function buildHttpApi(
  ctx: TemplateContext,
  apiId: string,
  loadBalancers: readonly LoadBalancerSpec[],
): ApiSpec {
  const api = ctx.props(apiId);
  const mine = childrenOf(ctx, apiId, 'AWS::ApiGatewayV2::Api', 'ApiId');
  // `$default` first when there is one: the stage a named one sits beside.
  const stages = mine('AWS::ApiGatewayV2::Stage').sort(([, a], [, b]) =>
    a.StageName === '$default' ? -1 : b.StageName === '$default' ? 1 : 0,
  );
  const [stageId, stage] = stages[0] ?? ['', {} as Props];
  const integrations = new Map(
    mine('AWS::ApiGatewayV2::Integration').map(([id, p]) => [
      id,
      integrationOf(ctx, loadBalancers, id, p, 'http'),
    ]),
  );
  const httpAuthorizers = mine('AWS::ApiGatewayV2::Authorizer');
  const lambdaAuthorizers = httpAuthorizers.flatMap(([id, p]) => httpLambdaAuthorizerOf(ctx, id, p));
  // One whose function is not in the template stays a JWT authorizer with nothing to trust, as before (401).
  const jwtAuthorizers = httpAuthorizers.filter(([id]) => !lambdaAuthorizers.some((a) => a.id === id));
  const authorizers = jwtAuthorizers.map(([id, p]): JwtAuthorizerSpec => {
    const jwt = (p.JwtConfiguration ?? {}) as Props;
    const source = strList(p.IdentitySource)[0] ?? '$request.header.Authorization';
    return {
      id,
      name: str(p.Name) ?? id,
      kind: 'jwt',
      issuer: String(jwt.Issuer ?? ''),
      audience: strList(jwt.Audience),
      identityHeader: source.replace(/^\$request\.header\./, ''),
      userPoolId: ctx.referencedId(jwt.Issuer, 'AWS::Cognito::UserPool'),
    };
  });
  const routesOf = (stageProps: Props) => {
    const routeSettings = (stageProps.RouteSettings ?? {}) as Record<string, Props>;
    return mine('AWS::ApiGatewayV2::Route').flatMap(([id, p]): RouteSpec[] => {
      const routeKey = String(p.RouteKey ?? '');
      const targetRef = String(p.Target ?? '').replace(/^integrations\//, '');
      const integrationId = ctx.referencedId(targetRef, 'AWS::ApiGatewayV2::Integration');
      const integration = integrationId ? integrations.get(integrationId) : undefined;
      if (!integration) return [];
      const [method, path] = routeKey === '$default' ? ['ANY', '$default'] : routeKey.split(' ', 2);
      return [
        {
          id,
          method: method ?? 'ANY',
          path: path ?? '/',
          integration,
          ...routeAccess(ctx, p, 'AWS::ApiGatewayV2::Authorizer', routeSettings[routeKey]),
        },
      ];
    });
  };
  const routes = routesOf(stage);
  consumeApi(ctx, apiId, mine, [
    'AWS::ApiGatewayV2::Stage',
    'AWS::ApiGatewayV2::Integration',
    'AWS::ApiGatewayV2::Authorizer',
    'AWS::ApiGatewayV2::Route',
  ]);
  return {
    id: apiId,
    name: str(api.Name) ?? apiId,
    flavour: 'http',
    stage: httpStageOf(stageId, stage),
    routes,
    ...(stages.length > 1
      ? { moreStages: stages.slice(1).map(([id, p]) => ({ stage: httpStageOf(id, p), routes: routesOf(p) })) }
      : {}),
    authorizers,
    ...(lambdaAuthorizers.length > 0 ? { lambdaAuthorizers } : {}),
    usagePlans: [],
    apiKeys: [],
  };
}

/** The path of a REST resource (`/orders/{id}`) from its `ParentId` chain, cached per resource. */
function resourcePaths(
  ctx: TemplateContext,
  apiId: string,
  mine: ReturnType<typeof childrenOf>,
): (resourceRef: unknown) => string {
  const rootId = String(ctx.resolver.getAtt(apiId, 'RootResourceId'));
  const resources = new Map(mine('AWS::ApiGateway::Resource'));
  const pathCache = new Map<string, string>();
  const pathOf = (resourceRef: unknown): string => {
    if (resourceRef === rootId) return '/';
    const id = ctx.referencedId(resourceRef, 'AWS::ApiGateway::Resource');
    if (!id) return '/';
    const cached = pathCache.get(id);
    if (cached) return cached;
    const p = resources.get(id) ?? {};
    const parent = pathOf(p.ParentId);
    const path = `${parent === '/' ? '' : parent}/${String(p.PathPart ?? '')}`;
    pathCache.set(id, path);
    return path;
  };
  return pathOf;
}

/** A REST API's authorizers: Lambda ones whose function is in the template, the rest Cognito ones. */
function restAuthorizersOf(
  ctx: TemplateContext,
  mine: ReturnType<typeof childrenOf>,
): { authorizers: JwtAuthorizerSpec[]; lambdaAuthorizers: LambdaAuthorizerConfig[] } {
  const restAuthorizers = mine('AWS::ApiGateway::Authorizer');
  const lambdaAuthorizers = restAuthorizers.flatMap(([id, p]) => lambdaAuthorizerOf(ctx, id, p));
  // One whose function is not in the template stays a Cognito authorizer with no pool, as before (401).
  const cognitoAuthorizers = restAuthorizers.filter(([id]) => !lambdaAuthorizers.some((a) => a.id === id));
  const authorizers = cognitoAuthorizers.map(([id, p]): JwtAuthorizerSpec => {
    const providerArn = strList(p.ProviderARNs)[0];
    const userPoolId = ctx.referencedId(providerArn, 'AWS::Cognito::UserPool');
    return {
      id,
      name: str(p.Name) ?? id,
      kind: 'cognito',
      issuer: userPoolId ? String(ctx.resolver.getAtt(userPoolId, 'ProviderURL')) : '',
      audience: [],
      identityHeader: String(p.IdentitySource ?? 'method.request.header.Authorization').replace(
        /^method\.request\.header\./,
        '',
      ),
      userPoolId,
    };
  });
  return { authorizers, lambdaAuthorizers };
}

function buildRestApi(
  ctx: TemplateContext,
  apiId: string,
  loadBalancers: readonly LoadBalancerSpec[],
): ApiSpec {
  const api = ctx.props(apiId);
  const mine = childrenOf(ctx, apiId, 'AWS::ApiGateway::RestApi', 'RestApiId');
  const pathOf = resourcePaths(ctx, apiId, mine);
  const { authorizers, lambdaAuthorizers } = restAuthorizersOf(ctx, mine);
  const methods = mine('AWS::ApiGateway::Method');
  const stages = mine('AWS::ApiGateway::Stage');
  const variants = (stages.length > 0 ? stages : [['', {} as Props] as [string, Props]]).map(
    ([id, stage], i) => restStageVariant({ ctx, loadBalancers, mine, methods, pathOf }, id, stage, i === 0),
  );
  const [primary, ...others] = variants as [StageVariantSpec, ...StageVariantSpec[]];
  const usagePlans = usagePlansOf(ctx, apiId);
  const apiKeys = apiKeysOf(ctx, usagePlans);

  consumeApi(ctx, apiId, mine, [
    'AWS::ApiGateway::Resource',
    'AWS::ApiGateway::Method',
    'AWS::ApiGateway::Stage',
    'AWS::ApiGateway::Authorizer',
    'AWS::ApiGateway::Deployment',
    ...REST_VALIDATION_TYPES,
  ]);
  return {
    id: apiId,
    name: str(api.Name) ?? apiId,
    flavour: 'rest',
    stage: primary.stage,
    routes: primary.routes,
    ...(others.length > 0 ? { moreStages: others } : {}),
    authorizers,
    ...(lambdaAuthorizers.length > 0 ? { lambdaAuthorizers } : {}),
    usagePlans,
    apiKeys,
    gatewayResponses: gatewayResponsesOf(mine),
    ...(api.Policy !== undefined ? { resourcePolicy: api.Policy } : {}),
  };
}

/** Every API Gateway API (HTTP APIs and REST APIs) the stack declares, by logical id. */
export function apiIdsOf(ctx: TemplateContext): { flavour: 'http' | 'rest'; id: string }[] {
  const http = ctx.ofType('AWS::ApiGatewayV2::Api').filter(([, p]) => (p.ProtocolType ?? 'HTTP') === 'HTTP');
  const rest = ctx.ofType('AWS::ApiGateway::RestApi');
  return [
    ...http.map(([id]) => ({ flavour: 'http' as const, id })),
    ...rest.map(([id]) => ({ flavour: 'rest' as const, id })),
  ];
}

/** One API of the stack, by logical id (see `apiIdsOf`). */
export function buildApiById(
  ctx: TemplateContext,
  api: { flavour: 'http' | 'rest'; id: string },
  loadBalancers: readonly LoadBalancerSpec[],
): ApiSpec {
  return api.flavour === 'http'
    ? buildHttpApi(ctx, api.id, loadBalancers)
    : buildRestApi(ctx, api.id, loadBalancers);
}

/** The stack's one API (a pattern has exactly one front door). */
export function buildApi(ctx: TemplateContext, loadBalancers: readonly LoadBalancerSpec[]): ApiSpec {
  const all = apiIdsOf(ctx);
  if (all.length !== 1) {
    throw new Error(
      `${ctx.stack.stackName}: expected exactly one API Gateway API, found ${all.length} (${all.map((a) => a.id).join(', ') || 'none'})`,
    );
  }
  return buildApiById(ctx, all[0] as (typeof all)[number], loadBalancers);
}
