import { describe, expect, it } from 'vitest';
import { buildTopologies, PrivateApiError } from '../../src/template/build-topology.js';
import type { AssemblyStack } from '../../src/template/cdk-out.js';

/** A stack of one REST API with the given properties (no methods: the twin reads what the API says). */
function stackWith(apiProperties: Record<string, unknown>): AssemblyStack {
  return {
    stackName: 'PolicyStack',
    templatePath: '/nowhere/PolicyStack.template.json',
    template: {
      Resources: {
        Api: { Type: 'AWS::ApiGateway::RestApi', Properties: { Name: 'api', ...apiProperties } },
        Stage: { Type: 'AWS::ApiGateway::Stage', Properties: { RestApiId: { Ref: 'Api' }, StageName: 'v1' } },
      },
    },
    patternId: undefined,
    declaredServices: [],
    assets: { files: new Map(), images: new Map() },
  };
}

describe('REST API resource policy and endpoint type from a template', () => {
  it("reads a regional API's Policy, resolved, for the gateway to evaluate", () => {
    const policy = {
      Statement: [
        {
          Effect: 'Allow',
          Principal: '*',
          Action: 'execute-api:Invoke',
          Resource: {
            'Fn::Join': ['', ['arn:aws:execute-api:', { Ref: 'AWS::Region' }, ':*:', { Ref: 'Api' }, '/*']],
          },
        },
      ],
    };
    const [topology] = buildTopologies(
      stackWith({ Policy: policy, EndpointConfiguration: { Types: ['REGIONAL'] } }),
    );
    expect(topology?.api.resourcePolicy).toEqual({
      Statement: [{ ...policy.Statement[0], Resource: 'arn:aws:execute-api:us-east-1:*:Api/*' }],
    });
    expect(buildTopologies(stackWith({}))[0]?.api.resourcePolicy).toBeUndefined();
  });

  it('refuses to run a private API rather than serve it on a port AWS would never answer on', () => {
    const build = () => buildTopologies(stackWith({ EndpointConfiguration: { Types: ['PRIVATE'] } }));
    expect(build).toThrow(PrivateApiError);
    expect(build).toThrow(/private REST API Api \(endpoint type PRIVATE\).*execute-api VPC endpoint/);
  });
});
