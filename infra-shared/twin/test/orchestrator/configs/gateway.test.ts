import { QUOTAS } from '@pik/limits';
import { describe, expect, it } from 'vitest';
import {
  accountThrottle,
  apiGatewayConfig,
  apiKeyConfigs,
  integrationTargets,
  routeConfig,
} from '../../../src/orchestrator/configs/gateway.js';
import { listenerKey } from '../../../src/orchestrator/configs/target-groups.js';
import { realAssembly } from '../../e2e/assembly.js';
import { fixtureTopology } from '../../fixtures.js';

const rest = fixtureTopology('FixtureRestNlbToAlb');
const http = fixtureTopology('FixtureHttpAlbs');

describe('API Gateway config from the template', () => {
  it('REST: routes keep method, path, throttle, authorization and API key; the account throttle is not per API', () => {
    const config = apiGatewayConfig(rest.api, [], []);
    expect(config).toMatchObject({
      apiId: 'Api49610EDF',
      kind: 'rest',
      stageName: 'prod',
      traceSegment: 'gateway:rest',
    });
    expect(config.throttle).toEqual({ stageDefault: { rateLimit: 100, burstLimit: 50 } });
    expect(accountThrottle()).toEqual({
      rateLimit: QUOTAS.accountThrottleRate.value,
      burstLimit: QUOTAS.accountThrottleBurst.value,
    });
    const orders = config.routes.find((r) => r.routeKey === 'ANY /orders/{proxy+}');
    expect(orders).toMatchObject({
      throttle: { rateLimit: 10, burstLimit: 5 },
      authorization: { authorizerId: 'ApiCognitoAuthorizer1A2B3C4D', scopes: ['pik/read'] },
      apiKeyRequired: true,
      integration: {
        type: 'HTTP_PROXY',
        connectionType: 'VPC_LINK',
        connectionId: 'ApiVpcLinkF1E2D3C4',
        vpcLinkVersion: 'v1',
        uri: 'http://nlb3a4b5c6d.fixturerestnlbtoalb.elb.local:8083/orders/{proxy}',
        timeoutMs: 10_000,
        requestParameters: { 'integration.request.path.proxy': 'method.request.path.proxy' },
      },
    });
    expect(config.usagePlans).toEqual([
      {
        id: 'ApiUsagePlan1A2B3C4D',
        throttle: { rateLimit: 40, burstLimit: 20 },
        quota: { limit: 100_000, period: 'DAY' },
        apiStages: [
          {
            apiId: 'Api49610EDF',
            stage: 'prod',
            methodThrottle: { '/orders/{proxy+}/GET': { rateLimit: 6, burstLimit: 3 } },
          },
        ],
        apiKeyIds: ['ApiKey1A2B3C4D'],
      },
    ]);
  });

  it('HTTP API: a Lambda proxy route names its function; an unauthorized route has no authorization', () => {
    const ping = http.api.routes.find((r) => r.path === '/ping');
    if (!ping) throw new Error('fixture route /ping missing');
    expect(routeConfig(ping)).toMatchObject({
      routeKey: 'ANY /ping',
      authorization: undefined,
      integration: {
        type: 'AWS_PROXY',
        connectionType: 'INTERNET',
        functionId: 'OrdersFn8A9B0C1D',
        payloadFormatVersion: '2.0',
      },
    });
    expect(routeConfig({ ...ping, path: '$default' }).routeKey).toBe('$default');
  });

  it('keeps the template integration type, subtype and MOCK templates (no type is turned into another)', () => {
    const ping = http.api.routes.find((r) => r.path === '/ping');
    if (!ping) throw new Error('fixture route /ping missing');
    const mock = {
      requestTemplates: { 'application/json': '{"statusCode": 200}' },
      integrationResponses: [],
    };
    const asMock = routeConfig({ ...ping, integration: { ...ping.integration, type: 'MOCK', mock } });
    expect(asMock.integration).toMatchObject({ type: 'MOCK', mock });
    const asHttp = routeConfig({ ...ping, integration: { ...ping.integration, type: 'HTTP' } });
    expect(asHttp.integration.type).toBe('HTTP');
    const sqs = { ...ping.integration, subtype: 'SQS-SendMessage' };
    expect(routeConfig({ ...ping, integration: sqs }).integration).toMatchObject({
      type: 'AWS_PROXY',
      subtype: 'SQS-SendMessage',
    });
  });

  it('API keys keep the template value and get a made one otherwise', () => {
    const made = apiKeyConfigs(rest.api, () => 'made-value');
    expect(made).toEqual([{ id: 'ApiKey1A2B3C4D', value: 'made-value', enabled: true }]);
    const given = apiKeyConfigs(
      { ...rest.api, apiKeys: [{ id: 'k', name: 'k', value: 'v', enabled: false }] },
      () => 'x',
    );
    expect(given).toEqual([{ id: 'k', value: 'v', enabled: false }]);
  });
});

describe('integration targets', () => {
  it("a VPC-link integration goes to its load balancer listener's local port, naming the link and NLB hops", () => {
    const ports = new Map([[listenerKey('Nlb3A4B5C6D', 8083), 43083]]);
    const targets = integrationTargets(rest, ports);
    expect(targets.get('ApiordersproxyANY1A2B3C4D')).toEqual({
      host: '127.0.0.1',
      port: 43083,
      hops: ['vpclink:v1', 'nlb:8083'],
    });
    expect(integrationTargets(rest, new Map()).size).toBe(0);
  });

  const assembly = realAssembly();
  const shared = assembly.topologies.find((t) => t.patternId === 'rest-vpclink-shared-nlb');
  it.skipIf(!shared)('an NLB reaching containers directly: the containers are named for it (cdk.out)', () => {
    if (!shared) return;
    const ports = new Map(
      shared.loadBalancers.flatMap((lb) =>
        lb.listeners.map((l) => [listenerKey(lb.id, l.port), 40000 + l.port] as const),
      ),
    );
    const hops = [...integrationTargets(shared, ports).values()].map((t) => t.hops.join(' > '));
    expect(hops.length).toBeGreaterThan(0);
    for (const h of hops) expect(h).toMatch(/^vpclink:v1 > nlb:\d+ > container:[a-z]+$/);
  });
});
