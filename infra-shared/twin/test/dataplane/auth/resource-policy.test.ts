import { describe, expect, it } from 'vitest';
import type { ConditionContext } from '../../../src/dataplane/auth/iam-conditions.js';
import { evaluatePolicy, INVOKE_ACTION, methodArn } from '../../../src/dataplane/auth/iam-policy.js';
import {
  compileResourcePolicy,
  expandApiResource,
  resourcePolicyDenial,
} from '../../../src/dataplane/auth/resource-policy.js';

const where = { region: 'us-east-2', accountId: '123456789012', apiId: 'aabbccddee', stage: 'prod' };
const getPets = methodArn(where, 'GET', '/pets');
const keys = (k: Record<string, string> = {}): ConditionContext =>
  new Map(Object.entries(k).map(([name, v]) => [name.toLowerCase(), v]));
const decide = (policy: unknown, context: ConditionContext) =>
  evaluatePolicy(compileResourcePolicy(policy, where), INVOKE_ACTION, getPets, context);

const everyone = {
  Effect: 'Allow',
  Principal: '*',
  Action: 'execute-api:Invoke',
  Resource: 'execute-api:/*',
};

describe('API Gateway resource policies', () => {
  // apigateway-resource-policies-examples: "you can specify the resource execute-api:/stage-name/GET/pets
  // ... API Gateway converts the resource to arn:aws:execute-api:us-east-2:123456789012:aabbccddee/
  // stage-name/GET/pets when you save the resource policy".
  it('expands the execute-api:/ shorthand with the Region, account and API id', () => {
    expect(expandApiResource('execute-api:/stage-name/GET/pets', where)).toBe(
      'arn:aws:execute-api:us-east-2:123456789012:aabbccddee/stage-name/GET/pets',
    );
    expect(expandApiResource('arn:aws:execute-api:*:*:other/*', where)).toBe(
      'arn:aws:execute-api:*:*:other/*',
    );
    expect(decide({ Statement: [everyone] }, keys())).toBe('allow');
    const onlyPost = { ...everyone, Resource: 'execute-api:/prod/POST/*' };
    expect(decide({ Statement: [onlyPost] }, keys())).toBe('implicitDeny');
  });

  // apigateway-resource-policies-examples, "Deny API traffic based on source IP address or range": an
  // Allow for everyone and a Deny for 192.0.2.0/24 and 198.51.100.0/24.
  it('the documented source-IP deny refuses those ranges and allows the rest', () => {
    const policy = {
      Version: '2012-10-17',
      Statement: [
        everyone,
        {
          ...everyone,
          Effect: 'Deny',
          Resource: ['execute-api:/*'],
          Condition: { IpAddress: { 'aws:SourceIp': ['192.0.2.0/24', '198.51.100.0/24'] } },
        },
      ],
    };
    expect(decide(policy, keys({ 'aws:SourceIp': '198.51.100.7' }))).toBe('explicitDeny');
    expect(decide(policy, keys({ 'aws:SourceIp': '203.0.113.9' }))).toBe('allow');
  });

  // apigateway-authorization-flow, "API Gateway resource policy only": an Allow conditioned on the source
  // IP; "an implicit denial or any explicit denial results in denying the caller".
  it('an Allow conditioned on the source IP leaves every other caller implicitly denied', () => {
    const policy = {
      Statement: {
        ...everyone,
        Condition: { IpAddress: { 'aws:SourceIp': ['192.0.2.0/24', '198.51.100.0/24'] } },
      },
    };
    expect(decide(policy, keys({ 'aws:SourceIp': '192.0.2.1' }))).toBe('allow');
    expect(decide(policy, keys({ 'aws:SourceIp': '203.0.113.9' }))).toBe('implicitDeny');
  });

  // apigateway-resource-policies-examples, "Allow private API traffic based on source VPC or VPC endpoint":
  // a Deny when aws:sourceVpc (or aws:SourceVpce) is not the given one, and an Allow.
  it('the documented private-API policies admit only their VPC or endpoint', () => {
    const byVpc = {
      Statement: [
        { ...everyone, Effect: 'Deny', Condition: { StringNotEquals: { 'aws:sourceVpc': 'vpc-1a2b3c4d' } } },
        everyone,
      ],
    };
    expect(decide(byVpc, keys({ 'aws:SourceVpc': 'vpc-1a2b3c4d', 'aws:SourceVpce': 'vpce-x' }))).toBe(
      'allow',
    );
    expect(decide(byVpc, keys({ 'aws:SourceVpc': 'vpc-other', 'aws:SourceVpce': 'vpce-x' }))).toBe(
      'explicitDeny',
    );
    expect(decide(byVpc, keys({ 'aws:SourceIp': '203.0.113.9' }))).toBe('explicitDeny');
    const byEndpoint = {
      Statement: [
        {
          ...everyone,
          Effect: 'Deny',
          Condition: { StringNotEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } },
        },
        everyone,
      ],
    };
    expect(decide(byEndpoint, keys({ 'aws:SourceVpce': 'vpce-1a2b3c4d' }))).toBe('allow');
    expect(decide(byEndpoint, keys({ 'aws:SourceVpce': 'vpce-someone-elses' }))).toBe('explicitDeny');
  });

  // The seed architecture's sample policy, as written: `Allow` with `StringNotEquals` on the misspelled key
  // `aws:aws:SourceVpce`. No request carries that key, and a negated operator on an absent key holds (IAM
  // User Guide, "Condition operators"), so the Allow applies to every caller: a request from the internet,
  // outside any endpoint, is allowed. The kit's policy (an explicit Deny unless aws:SourceVpce is the
  // endpoint, plus an Allow) denies that same request.
  it("the seed's policy allows a request from outside the endpoint; the kit's policy denies it", () => {
    const seed = {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: '*',
          Action: 'execute-api:Invoke',
          Resource: `arn:aws:execute-api:${where.region}:${where.accountId}:${where.apiId}/*`,
          Condition: { StringNotEquals: { 'aws:aws:SourceVpce': 'vpce-0123456789abcdef0' } },
        },
      ],
    };
    const kit = {
      Statement: [
        {
          ...everyone,
          Effect: 'Deny',
          Condition: { StringNotEquals: { 'aws:SourceVpce': 'vpce-0123456789abcdef0' } },
        },
        everyone,
      ],
    };
    const fromInternet = keys({ 'aws:SourceIp': '203.0.113.9' });
    const throughEndpoint = keys({ 'aws:SourceVpce': 'vpce-0123456789abcdef0', 'aws:SourceVpc': 'vpc-1' });
    expect(decide(seed, fromInternet)).toBe('allow');
    expect(decide(kit, fromInternet)).toBe('explicitDeny');
    expect(decide(kit, throughEndpoint)).toBe('allow');
    // Even with the key spelled right, the seed's Allow + StringNotEquals would admit every other endpoint
    // and refuse its own: the condition is inverted as well as misspelled.
    const spelled = JSON.parse(JSON.stringify(seed).replace('aws:aws:SourceVpce', 'aws:SourceVpce'));
    expect(decide(spelled, throughEndpoint)).toBe('implicitDeny');
  });

  it('refuses at start a policy it would misread, naming the statement and field', () => {
    const compile = (policy: unknown) => () => compileResourcePolicy(policy, where);
    expect(compile({})).toThrow(/Statement is required/);
    expect(compile({ Statement: [{ ...everyone, Effect: 'Permit' }] })).toThrow(/Statement\[0\]: Effect/);
    expect(compile({ Statement: [everyone, { ...everyone, Principal: undefined }] })).toThrow(
      /Statement\[1\]: Principal is required/,
    );
    expect(compile({ Statement: [{ ...everyone, NotResource: 'x' }] })).toThrow(/Resource and NotResource/);
    expect(
      compile({ Statement: [{ ...everyone, Condition: { DateLessThan: { 'aws:CurrentTime': 'x' } } }] }),
    ).toThrow(/DateLessThan/);
    expect(compile('{not json')).toThrow(/not valid JSON/);
    expect(compileResourcePolicy(JSON.stringify({ Statement: everyone }), where).Statement).toHaveLength(1);
  });

  // AWS knowledge center, api-gateway-403-error-lambda-authorizer: the messages for a resource policy that
  // implicitly / explicitly denies the caller.
  it("words a refusal as API Gateway does, with ' with an explicit deny' for a Deny", () => {
    expect(resourcePolicyDenial(getPets, 'implicitDeny')).toBe(
      `User: anonymous is not authorized to perform: execute-api:Invoke on resource: ${getPets}`,
    );
    expect(resourcePolicyDenial(getPets, 'explicitDeny')).toBe(
      `User: anonymous is not authorized to perform: execute-api:Invoke on resource: ${getPets} with an explicit deny`,
    );
  });
});
