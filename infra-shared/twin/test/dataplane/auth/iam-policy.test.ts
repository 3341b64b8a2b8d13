import { describe, expect, it } from 'vitest';
import { evaluatePolicy, INVOKE_ACTION, methodArn } from '../../../src/dataplane/auth/iam-policy.js';

const where = { region: 'us-east-1', accountId: '123456789012', apiId: 'abc123', stage: 'prod' };
const getOrder = methodArn(where, 'GET', '/orders/42');
const allow = (Resource: string | string[], Action: string | string[] = INVOKE_ACTION) => ({
  Effect: 'Allow',
  Action,
  Resource,
});

describe('IAM policy evaluation for execute-api:Invoke', () => {
  it('names the request as API Gateway does: apiId/stage/METHOD/path', () => {
    expect(getOrder).toBe('arn:aws:execute-api:us-east-1:123456789012:abc123/prod/GET/orders/42');
  });

  it('allows only what an Allow statement names, with * spanning path segments and ? one character', () => {
    const decide = (resource: string) =>
      evaluatePolicy({ Statement: [allow(resource)] }, INVOKE_ACTION, getOrder);
    expect(decide(getOrder)).toBe('allow');
    expect(decide('arn:aws:execute-api:us-east-1:123456789012:abc123/*')).toBe('allow');
    expect(decide('arn:aws:execute-api:*:*:abc123/prod/GET/orders/*')).toBe('allow');
    expect(decide('arn:aws:execute-api:us-east-1:123456789012:abc123/prod/GET/orders/4?')).toBe('allow');
    expect(decide('*')).toBe('allow');
    expect(decide('arn:aws:execute-api:us-east-1:123456789012:abc123/prod/POST/*')).toBe('implicitDeny');
    expect(decide('arn:aws:execute-api:us-east-1:123456789012:abc123/prod/get/orders/42')).toBe(
      'implicitDeny',
    );
    expect(decide('arn:aws:execute-api:us-east-1:123456789012:abc123/prod/GET/orders/4')).toBe(
      'implicitDeny',
    );
  });

  it('an explicit Deny wins over any Allow, in whichever order they come', () => {
    const deny = { Effect: 'Deny', Action: 'execute-api:*', Resource: `${getOrder.slice(0, -2)}*` };
    const all = allow('*');
    expect(evaluatePolicy({ Statement: [all, deny] }, INVOKE_ACTION, getOrder)).toBe('explicitDeny');
    expect(evaluatePolicy({ Statement: [deny, all] }, INVOKE_ACTION, getOrder)).toBe('explicitDeny');
  });

  it('matches actions case-insensitively and by wildcard, and ignores statements for other actions', () => {
    expect(evaluatePolicy({ Statement: allow('*', 'EXECUTE-API:invoke') }, INVOKE_ACTION, getOrder)).toBe(
      'allow',
    );
    expect(
      evaluatePolicy({ Statement: allow('*', ['s3:*', 'execute-api:*']) }, INVOKE_ACTION, getOrder),
    ).toBe('allow');
    expect(evaluatePolicy({ Statement: allow('*', 's3:GetObject') }, INVOKE_ACTION, getOrder)).toBe(
      'implicitDeny',
    );
  });

  it('an empty policy, or one whose statements carry conditions it cannot read, denies implicitly', () => {
    expect(evaluatePolicy({ Statement: [] }, INVOKE_ACTION, getOrder)).toBe('implicitDeny');
    const conditional = { ...allow('*'), Condition: { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } } };
    expect(evaluatePolicy({ Statement: [conditional] }, INVOKE_ACTION, getOrder)).toBe('implicitDeny');
  });
});
