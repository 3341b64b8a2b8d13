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

  it('an empty policy denies implicitly; a condition that does not hold keeps its statement out', () => {
    expect(evaluatePolicy({ Statement: [] }, INVOKE_ACTION, getOrder)).toBe('implicitDeny');
    const conditional = { ...allow('*'), Condition: { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } } };
    const from = (ip: string) => new Map([['aws:sourceip', ip]]);
    expect(evaluatePolicy({ Statement: [conditional] }, INVOKE_ACTION, getOrder)).toBe('implicitDeny');
    expect(evaluatePolicy({ Statement: [conditional] }, INVOKE_ACTION, getOrder, from('192.0.2.1'))).toBe(
      'implicitDeny',
    );
    expect(evaluatePolicy({ Statement: [conditional] }, INVOKE_ACTION, getOrder, from('10.1.2.3'))).toBe(
      'allow',
    );
  });

  // IAM User Guide, "IAM JSON policy elements: NotResource" / "NotAction": the statement matches
  // everything except what it lists.
  it('NotResource and NotAction match everything they do not list', () => {
    const denyAllBut = { Effect: 'Deny', Action: INVOKE_ACTION, NotResource: `${getOrder.slice(0, -3)}/*` };
    const statements = [allow('*'), denyAllBut];
    expect(evaluatePolicy({ Statement: statements }, INVOKE_ACTION, getOrder)).toBe('allow');
    const health = methodArn(where, 'GET', '/health');
    expect(evaluatePolicy({ Statement: statements }, INVOKE_ACTION, health)).toBe('explicitDeny');
    const notS3 = { Effect: 'Allow', NotAction: 's3:*', Resource: '*' };
    expect(evaluatePolicy({ Statement: notS3 }, INVOKE_ACTION, getOrder)).toBe('allow');
    expect(
      evaluatePolicy({ Statement: { ...notS3, NotAction: 'execute-api:*' } }, INVOKE_ACTION, getOrder),
    ).toBe('implicitDeny');
  });

  // IAM User Guide, "AWS JSON policy elements: Principal" (anonymous access: "Principal": "*" or
  // {"AWS": "*"}); API Gateway resource policy examples grant named roles with {"AWS": [role ARNs]}.
  it('an anonymous caller is named by Principal "*" or {"AWS": "*"}, never by a named role', () => {
    const withPrincipal = (Principal: unknown) => ({ ...allow('*'), Principal }) as never;
    const decide = (Principal: unknown) =>
      evaluatePolicy({ Statement: [withPrincipal(Principal)] }, INVOKE_ACTION, getOrder);
    expect(decide('*')).toBe('allow');
    expect(decide({ AWS: '*' })).toBe('allow');
    expect(
      decide({ AWS: ['arn:aws:iam::111122223333:role/developer', 'arn:aws:iam::111122223333:role/Admin'] }),
    ).toBe('implicitDeny');
    const notPrincipal = { ...allow('*'), NotPrincipal: { AWS: 'arn:aws:iam::111122223333:role/Admin' } };
    expect(evaluatePolicy({ Statement: [notPrincipal] }, INVOKE_ACTION, getOrder)).toBe('allow');
  });
});
