/**
 * A stack's WebSocket API (`ProtocolType: WEBSOCKET`) and its EventBridge rules to Lambda, as the template
 * declares them: what the twin's WebSocket gateway and event bus run (`dataplane/websocket/`).
 */
import type { Throttle } from '@pik/contracts';
import type { Props, TemplateContext } from './context.js';
import { num, str, strList } from './context.js';

const API = 'AWS::ApiGatewayV2::Api';
const FUNCTION = 'AWS::Lambda::Function';

export interface WebSocketRouteSpec {
  readonly id: string;
  readonly routeKey: string;
  /** The Lambda function of its `AWS_PROXY` integration; absent: the route has no integration the twin runs. */
  readonly functionId?: string;
  /** A route response (`$default` key) exists: the integration's `body` goes back to the client. */
  readonly returnsResponse: boolean;
  readonly authorizerId?: string;
  /** The stage's `RouteSettings` for this route key. */
  readonly throttle?: Throttle;
}

export interface WebSocketApiSpec {
  readonly id: string;
  readonly name: string;
  /** `$request.body.<field>`: the field of a JSON message that names its route. */
  readonly selectionField: string;
  readonly stage: { readonly id: string; readonly name: string; readonly throttle?: Throttle };
  readonly routes: readonly WebSocketRouteSpec[];
  /** REQUEST authorizers: their function and the query parameter (`route.request.querystring.<name>`). */
  readonly authorizers: readonly {
    readonly id: string;
    readonly functionId: string;
    readonly queryParameter?: string;
  }[];
}

/** An EventBridge rule on a bus: its pattern and the Lambda functions it targets. */
export interface EventRuleSpec {
  readonly id: string;
  /** The bus's name as resolved (what `PutEvents` names); `default` when the rule names none. */
  readonly busName: string;
  readonly pattern: Readonly<Record<string, unknown>>;
  readonly functionIds: readonly string[];
}

function throttleOf(settings: Props | undefined): Throttle | undefined {
  const rateLimit = num(settings?.ThrottlingRateLimit);
  const burstLimit = num(settings?.ThrottlingBurstLimit);
  return rateLimit === undefined || burstLimit === undefined ? undefined : { rateLimit, burstLimit };
}

function childrenOf(ctx: TemplateContext, apiId: string, type: string): [string, Props][] {
  return ctx.ofType(type).filter(([, p]) => ctx.referencedId(p.ApiId, API) === apiId);
}

function buildWebSocketApi(ctx: TemplateContext, apiId: string): WebSocketApiSpec {
  const api = ctx.props(apiId);
  const [stageId, stage] = childrenOf(ctx, apiId, 'AWS::ApiGatewayV2::Stage')[0] ?? ['', {} as Props];
  const routeSettings = (stage.RouteSettings ?? {}) as Record<string, Props>;
  const integrations = new Map(
    childrenOf(ctx, apiId, 'AWS::ApiGatewayV2::Integration').map(([id, p]) => [
      id,
      ctx.referencedId(p.IntegrationUri, FUNCTION),
    ]),
  );
  // The gateway sends a route's integration answer back where a route response exists: emulated, not listed.
  const responses = new Set(
    childrenOf(ctx, apiId, 'AWS::ApiGatewayV2::RouteResponse').map(([id, p]) => {
      ctx.consumed.add(id);
      return ctx.referencedId(p.RouteId, 'AWS::ApiGatewayV2::Route');
    }),
  );
  const routes = childrenOf(ctx, apiId, 'AWS::ApiGatewayV2::Route').map(([id, p]): WebSocketRouteSpec => {
    const routeKey = String(p.RouteKey ?? '');
    const integrationId = ctx.referencedId(
      String(p.Target ?? '').replace(/^integrations\//, ''),
      'AWS::ApiGatewayV2::Integration',
    );
    const functionId = integrationId ? integrations.get(integrationId) : undefined;
    const authorizerId = ctx.referencedId(p.AuthorizerId, 'AWS::ApiGatewayV2::Authorizer');
    const throttle = throttleOf(routeSettings[routeKey]);
    for (const used of [id, integrationId]) if (used) ctx.consumed.add(used);
    return {
      id,
      routeKey,
      ...(functionId ? { functionId } : {}),
      returnsResponse: responses.has(id),
      ...(authorizerId && p.AuthorizationType === 'CUSTOM' ? { authorizerId } : {}),
      ...(throttle ? { throttle } : {}),
    };
  });
  const authorizers = childrenOf(ctx, apiId, 'AWS::ApiGatewayV2::Authorizer').flatMap(([id, p]) => {
    const functionId = ctx.referencedId(p.AuthorizerUri, FUNCTION);
    if (!functionId || p.AuthorizerType !== 'REQUEST') return [];
    const source = strList(p.IdentitySource).find((s) => s.startsWith('route.request.querystring.'));
    ctx.consumed.add(id);
    return [
      {
        id,
        functionId,
        ...(source ? { queryParameter: source.slice('route.request.querystring.'.length) } : {}),
      },
    ];
  });
  for (const used of [apiId, stageId]) if (used) ctx.consumed.add(used);
  const stageThrottle = throttleOf((stage.DefaultRouteSettings ?? {}) as Props);
  return {
    id: apiId,
    name: str(api.Name) ?? apiId,
    selectionField: String(api.RouteSelectionExpression ?? '$request.body.action').replace(
      /^\$request\.body\./,
      '',
    ),
    stage: {
      id: stageId,
      name: str(stage.StageName) ?? 'production',
      ...(stageThrottle ? { throttle: stageThrottle } : {}),
    },
    routes,
    authorizers,
  };
}

/** Every WebSocket API of the stack (the live feed has one). */
export function buildWebSocketApis(ctx: TemplateContext): WebSocketApiSpec[] {
  return ctx
    .ofType(API)
    .filter(([, p]) => p.ProtocolType === 'WEBSOCKET')
    .map(([id]) => buildWebSocketApi(ctx, id));
}

/** Every EventBridge rule with Lambda targets, with its bus. */
export function buildEventRules(ctx: TemplateContext): EventRuleSpec[] {
  return ctx.ofType('AWS::Events::Rule').flatMap(([id, p]) => {
    const functionIds = ((p.Targets ?? []) as Props[]).flatMap((t) => {
      const fn = ctx.referencedId(t.Arn, FUNCTION);
      return fn ? [fn] : [];
    });
    if (functionIds.length === 0 || !p.EventPattern) return [];
    ctx.consumed.add(id);
    const busId = ctx.referencedId(p.EventBusName, 'AWS::Events::EventBus');
    if (busId) ctx.consumed.add(busId);
    return [
      {
        id,
        busName: str(p.EventBusName) ?? 'default',
        pattern: p.EventPattern as Record<string, unknown>,
        functionIds,
      },
    ];
  });
}
