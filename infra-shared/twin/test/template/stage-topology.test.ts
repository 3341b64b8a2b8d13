// biome-ignore-all lint/suspicious/noTemplateCurlyInString: stage variable references use ${} syntax on purpose
/**
 * Stages read from a template: an HTTP API named stage beside `$default` with its own throttles, and a REST
 * stage whose integration URI and VPC link id are stage variables, resolved with each stage's variables and
 * its canary's overrides.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTopology } from '../../src/template/build-topology.js';
import { type AssemblyStack, loadCloudAssembly } from '../../src/template/cdk-out.js';

const CDK_OUT = join(import.meta.dirname, '..', 'fixtures', 'cloud-assembly');
const fixture = (name: string): AssemblyStack => {
  const stack = loadCloudAssembly(CDK_OUT).find((s) => s.stackName === name);
  if (!stack) throw new Error(`fixture stack ${name} missing`);
  return stack;
};
type Resources = Record<string, { Type: string; Properties?: Record<string, unknown> }>;
const withResources = (stack: AssemblyStack, extra: Resources): AssemblyStack => ({
  ...stack,
  template: { ...stack.template, Resources: { ...stack.template.Resources, ...extra } },
});

describe('stages from a template', () => {
  it('HTTP API: a named stage beside $default, each with its own default and route throttles', () => {
    const stack = fixture('FixtureHttpAlbs');
    const api = buildTopology(
      withResources(stack, {
        TestStage: {
          Type: 'AWS::ApiGatewayV2::Stage',
          Properties: {
            ApiId: { Ref: 'HttpApiF5A9A8A7' },
            StageName: 'test',
            DefaultRouteSettings: { ThrottlingRateLimit: 5, ThrottlingBurstLimit: 2 },
          },
        },
      }),
    ).api;
    expect(api.stage).toMatchObject({ name: '$default', throttle: { rateLimit: 100, burstLimit: 200 } });
    expect(api.moreStages?.map((v) => [v.stage.name, v.stage.throttle])).toEqual([
      ['test', { rateLimit: 5, burstLimit: 2 }],
    ]);
    const routeThrottle = (routes: readonly { path: string; throttle?: unknown }[]) =>
      routes.find((r) => r.path === '/orders/{proxy+}')?.throttle;
    expect(routeThrottle(api.routes)).toEqual({ rateLimit: 20, burstLimit: 10 });
    expect(routeThrottle(api.moreStages?.[0]?.routes ?? [])).toBeUndefined();
  });

  it('REST: ${stageVariables.x} in the URI and VPC link id resolved per stage and per canary', () => {
    const stack = fixture('FixtureRestNlbToAlb');
    const template = stack.template.Resources as Resources;
    const [methodId, method] = Object.entries(template).find(
      ([, r]) => r.Type === 'AWS::ApiGateway::Method',
    ) as [string, { Properties: Record<string, unknown> }];
    const [stageId, stage] = Object.entries(template).find(
      ([, r]) => r.Type === 'AWS::ApiGateway::Stage',
    ) as [string, { Properties: Record<string, unknown> }];
    const integration = method.Properties.Integration as Record<string, unknown>;
    const linkId = Object.keys(template).find(
      (id) => template[id]?.Type === 'AWS::ApiGateway::VpcLink',
    ) as string;
    const uri = String(integration.Uri);
    const host = /^http:\/\/([^:/]+)/.exec(uri)?.[1];
    const api = buildTopology(
      withResources(stack, {
        [methodId]: {
          ...method,
          Type: 'AWS::ApiGateway::Method',
          Properties: {
            ...method.Properties,
            Integration: {
              ...integration,
              ConnectionId: '${stageVariables.vpcLinkId}',
              Uri:
                typeof integration.Uri === 'string'
                  ? uri.replace(String(host), '${stageVariables.host}')
                  : integration.Uri,
            },
          },
        },
        [stageId]: {
          Type: 'AWS::ApiGateway::Stage',
          Properties: {
            ...stage.Properties,
            Variables: { vpcLinkId: { Ref: linkId }, host: host ?? '' },
            CanarySetting: { PercentTraffic: 10, StageVariableOverrides: { vpcLinkId: 'retired' } },
          },
        },
      }),
    ).api;
    const route = api.routes.find((r) => r.id === methodId);
    expect(route?.integration.target).toMatchObject({ kind: 'vpc-link', vpcLinkId: linkId });
    expect(api.stage.canary?.percentTraffic).toBe(10);
    const canaryRoute = api.stage.canary?.routes.find((r) => r.id === methodId);
    expect(canaryRoute?.integration.target.kind).toBe('http');
    expect(canaryRoute?.integration.id).toBe(`${methodId}@${api.stage.name}(canary)`);
  });
});
