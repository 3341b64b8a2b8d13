import { describe, expect, it } from 'vitest';
import { buildTopologies } from '../../src/template/build-topology.js';
import { loadCloudAssembly } from '../../src/template/cdk-out.js';
import { INTEGRATIONS_CDK_OUT } from '../fixtures.js';

const [stack] = loadCloudAssembly(INTEGRATIONS_CDK_OUT);
if (!stack) throw new Error('fixture stack missing');
const topologies = buildTopologies(stack);
const topology = (api: string) => {
  const found = topologies.find((t) => t.api.id === api);
  if (!found) throw new Error(`${api} missing`);
  return found;
};

describe('integrations from the template', () => {
  it('reads a MOCK method: request templates, passthrough default, integration responses as written', () => {
    const options = topology('MockApiA1B2C3D4').api.routes.find((r) => r.id === 'MockApiStatusOPTIONS1A2B');
    expect(options?.integration).toMatchObject({
      type: 'MOCK',
      mock: {
        requestTemplates: { 'application/json': '{ statusCode: 200 }' },
        passthroughBehavior: 'WHEN_NO_MATCH',
        integrationResponses: [
          {
            statusCode: '204',
            selectionPattern: undefined,
            responseParameters: { 'method.response.header.Vary': "'Origin'" },
            responseTemplates: {},
          },
        ],
      },
    });
  });

  it('reads an HTTP API integration subtype', () => {
    const jobs = topology('HttpApi9C0D1E2F').api.routes[0];
    expect(jobs?.integration).toMatchObject({ type: 'AWS_PROXY', subtype: 'SQS-SendMessage' });
  });

  it('lists every route it does not run, by logical id; emulated MOCKs and mapped HTTP are not listed', () => {
    const listed = (api: string) => topology(api).notEmulated.map((n) => n.logicalId);
    expect(listed('MockApiA1B2C3D4')).toEqual(expect.arrayContaining(['MockApiQueuePOST1A2B']));
    // VTL MOCKs and HTTP (non-proxy) integrations run on the mapping engine.
    expect(listed('MockApiA1B2C3D4')).not.toContain('MockApiVtlGET1A2B');
    expect(listed('MockApiA1B2C3D4')).not.toContain('MockApiLegacyGET1A2B');
    expect(listed('MockApiA1B2C3D4')).not.toContain('MockApiStatusGET1A2B');
    expect(listed('MockApiA1B2C3D4')).not.toContain('MockApiStatusOPTIONS1A2B');
    expect(listed('HttpApi9C0D1E2F')).toContain('HttpApiPOSTjobs1A2B');
  });

  it('leaves an ALB rule with a condition it cannot evaluate out of its listener, and lists it', () => {
    const t = topology('SecondApiE5F6A7B8');
    const rules = t.loadBalancers[0]?.listeners[0]?.rules.map((r) => r.id);
    expect(rules).toEqual(['AlbPathRule1A2B']);
    expect(t.notEmulated).toContainEqual({
      logicalId: 'AlbSourceIpRule1A2B',
      type: 'AWS::ElasticLoadBalancingV2::ListenerRule',
      reason:
        'AlbSourceIpRule1A2B (priority 1 on AlbListener80A1B2): condition source-ip is not evaluated; the rule never matches (requests go to the next rule or the default action)',
    });
  });
});
