import {
  nagFindings,
  patternSynthesizer,
  resourcesOfType,
  securityProblems,
} from '@pik/cdk-constructs/testing';
import { CHANGE_BUS_ENV, CHANGE_DETAIL_TYPE, FEED_ROUTE_KEYS, OUTPUT_KEYS } from '@pik/contracts';
import { SERVICES } from '@pik/service-kit/catalogue';
import { describe, expect, it } from 'vitest';
import { WebSocketLiveFeedStack } from './index.js';
import { DEFAULT_PUBLISH_THROTTLE, FEED_STAGE_NAME } from './live-feed.js';

const synth = patternSynthesizer(WebSocketLiveFeedStack);
type Props = Record<string, unknown> & { id: string };
const propsOf = (json: ReturnType<typeof synth>['json'], type: string): Props[] =>
  Object.entries(resourcesOfType(json, type)).map(([id, r]) => ({ id, ...(r.Properties ?? {}) }));

describe('pattern 8: WebSocket live feed', () => {
  const { stack, json } = synth({ throttle: { rateLimit: 200, burstLimit: 100 } });
  const [api] = propsOf(json, 'AWS::ApiGatewayV2::Api').filter((a) => a.ProtocolType === 'WEBSOCKET');
  const routes = propsOf(json, 'AWS::ApiGatewayV2::Route').filter((r) =>
    JSON.stringify(r.ApiId).includes(api?.id ?? '-'),
  );
  const route = (key: string) => routes.find((r) => r.RouteKey === key);

  it('is a WebSocket API selecting routes on the body action, beside the HTTP API of the services', () => {
    expect(api).toMatchObject({
      ProtocolType: 'WEBSOCKET',
      RouteSelectionExpression: '$request.body.action',
    });
    const http = propsOf(json, 'AWS::ApiGatewayV2::Api').filter((a) => a.ProtocolType === 'HTTP');
    expect(http).toHaveLength(1);
  });

  it('has exactly the six routes, all on one Lambda integration', () => {
    expect(routes.map((r) => r.RouteKey).sort()).toEqual([...FEED_ROUTE_KEYS].sort());
    const integrations = new Set(routes.map((r) => JSON.stringify(r.Target)));
    expect(integrations.size).toBe(1);
    const [integration] = propsOf(json, 'AWS::ApiGatewayV2::Integration').filter((i) =>
      JSON.stringify(i.ApiId).includes(api?.id ?? '-'),
    );
    expect(integration).toMatchObject({ IntegrationType: 'AWS_PROXY' });
  });

  it('authorizes $connect with a Lambda REQUEST authorizer on the token query parameter, and nothing else', () => {
    const [authorizer] = propsOf(json, 'AWS::ApiGatewayV2::Authorizer').filter((a) =>
      JSON.stringify(a.ApiId).includes(api?.id ?? '-'),
    );
    expect(authorizer).toMatchObject({
      AuthorizerType: 'REQUEST',
      IdentitySource: ['route.request.querystring.token'],
    });
    expect(route('$connect')).toMatchObject({
      AuthorizationType: 'CUSTOM',
      AuthorizerId: { Ref: authorizer?.id },
    });
    for (const key of FEED_ROUTE_KEYS.filter((k) => k !== '$connect')) {
      expect(route(key)?.AuthorizationType ?? 'NONE', key).toBe('NONE');
    }
  });

  it('answers the client on $default and the three actions (route responses), not on connect or disconnect', () => {
    const answered = propsOf(json, 'AWS::ApiGatewayV2::RouteResponse').map((rr) => {
      const routeId = (rr.RouteId as { Ref: string }).Ref;
      return routes.find((r) => r.id === routeId)?.RouteKey;
    });
    expect(answered.sort()).toEqual(['$default', 'publish', 'subscribe', 'unsubscribe']);
  });

  it('keeps connections in an encrypted table keyed pk/sk with TTL', () => {
    const connections = propsOf(json, 'AWS::DynamoDB::Table').find((t) => t.id.startsWith('LiveFeed'));
    expect(connections).toMatchObject({
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
      TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
      SSESpecification: { SSEEnabled: true },
      BillingMode: 'PAY_PER_REQUEST',
    });
  });

  it('throttles the stage as the stack says and publish on its own, both values written, with JSON access logs', () => {
    const stage = propsOf(json, 'AWS::ApiGatewayV2::Stage').find((s) => s.StageName === FEED_STAGE_NAME);
    expect(stage).toMatchObject({
      DefaultRouteSettings: { ThrottlingRateLimit: 200, ThrottlingBurstLimit: 100 },
      RouteSettings: {
        publish: {
          ThrottlingRateLimit: DEFAULT_PUBLISH_THROTTLE.rateLimit,
          ThrottlingBurstLimit: DEFAULT_PUBLISH_THROTTLE.burstLimit,
        },
      },
    });
    const format = JSON.parse(
      ((stage?.AccessLogSettings ?? {}) as { Format?: string }).Format ?? '{}',
    ) as Record<string, string>;
    expect(format).toMatchObject({ connectionId: '$context.connectionId', eventType: '$context.eventType' });
  });

  it('sends every service change on the bus to the fan-out, with retries and a dead-letter queue', () => {
    const [bus] = propsOf(json, 'AWS::Events::EventBus');
    const [rule] = propsOf(json, 'AWS::Events::Rule');
    expect(rule).toMatchObject({
      EventBusName: { Ref: bus?.id },
      EventPattern: { source: [{ prefix: 'pik.' }], 'detail-type': [CHANGE_DETAIL_TYPE] },
    });
    const [target] = (rule?.Targets ?? []) as Record<string, unknown>[];
    expect(target).toMatchObject({
      RetryPolicy: { MaximumRetryAttempts: 2 },
      DeadLetterConfig: expect.any(Object),
    });
    for (const s of SERVICES) {
      const variables = (f: Props) =>
        ((f.Environment ?? { Variables: {} }) as { Variables: Record<string, unknown> }).Variables;
      const fn = propsOf(json, 'AWS::Lambda::Function').find((f) => variables(f).SERVICE_NAME === s.name);
      expect(fn && variables(fn)[CHANGE_BUS_ENV]).toEqual({
        Ref: bus?.id,
      });
    }
  });

  it('lets the fan-out manage connections of its own stage only', () => {
    const statements = propsOf(json, 'AWS::IAM::Policy').flatMap(
      (p) => (p.PolicyDocument as { Statement: { Action: unknown; Resource: unknown }[] }).Statement,
    );
    const manage = statements.filter((s) => s.Action === 'execute-api:ManageConnections');
    expect(manage).toHaveLength(1);
    expect(JSON.stringify(manage[0]?.Resource)).toContain(`/${FEED_STAGE_NAME}/POST/@connections/*`);
    expect(JSON.stringify(manage[0]?.Resource)).toContain(api?.id);
  });

  it('publishes the feed URL', () => {
    expect(Object.keys((json as { Outputs?: object }).Outputs ?? {})).toContain(OUTPUT_KEYS.feedUrl);
  });

  it('has no unacknowledged cdk-nag findings and no security problems', () => {
    expect(nagFindings(stack)).toEqual([]);
    expect(securityProblems(json, [])).toEqual([]);
  });

  it("opens the handshake only with auth: 'none', acknowledged", () => {
    const open = synth({ auth: 'none' });
    expect(propsOf(open.json, 'AWS::ApiGatewayV2::Authorizer')).toEqual([]);
    const connect = propsOf(open.json, 'AWS::ApiGatewayV2::Route').find((r) => r.RouteKey === '$connect');
    expect(connect?.AuthorizationType ?? 'NONE').toBe('NONE');
    expect(nagFindings(open.stack)).toEqual([]);
  });

  it('refuses Fargate, naming the patterns that take containers', () => {
    expect(() => synth({ compute: 'fargate' })).toThrow(/cannot run on fargate.*http-vpclink-albs/);
  });
});
