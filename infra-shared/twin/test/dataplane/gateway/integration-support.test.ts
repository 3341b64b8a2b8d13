import { describe, expect, it } from 'vitest';
import { integrationProblem } from '../../../src/dataplane/gateway/integration-support.js';

describe('which integrations the twin runs', () => {
  it('REST: proxies, MOCKs, HTTP (non-proxy) with templates and AWS Kinesis actions run; SQS and uncompilable mappings are named', () => {
    expect(integrationProblem('rest', { type: 'HTTP_PROXY' })).toBeUndefined();
    expect(integrationProblem('rest', { type: 'AWS_PROXY' })).toBeUndefined();
    expect(
      integrationProblem('rest', { type: 'MOCK', mock: { requestTemplates: { 'a/b': '{}' } } }),
    ).toBeUndefined();
    const vtl = { requestTemplates: { 'application/json': '{"id": "$input.params(\'id\')"}' } };
    expect(integrationProblem('rest', { type: 'MOCK', mock: vtl })).toBeUndefined();
    expect(integrationProblem('rest', { type: 'HTTP' })).toBeUndefined();
    expect(integrationProblem('rest', { type: 'HTTP', mapping: vtl })).toBeUndefined();
    expect(
      integrationProblem('rest', {
        type: 'AWS',
        uri: 'arn:aws:apigateway:us-east-1:kinesis:action/PutRecord',
      }),
    ).toBeUndefined();
    expect(
      integrationProblem('rest', { type: 'AWS', uri: 'arn:aws:apigateway:us-east-1:sqs:path/1/jobs' }),
    ).toBe('sqs:path: SQS is not emulated (no maintained SQS emulator on npm runs on Node.js 20)');
    expect(
      integrationProblem('rest', {
        type: 'MOCK',
        mock: { requestTemplates: { 'application/json': '#if($a' } },
      }),
    ).toMatch(/^MOCK integration not evaluated: request template application\/json: not a Velocity template/);
    expect(
      integrationProblem('rest', {
        type: 'HTTP',
        requestParameters: { 'integration.request.header.x': 'method.request.cookie.y' },
      }),
    ).toMatch(
      /^HTTP \(non-proxy\) integration not evaluated: request parameter integration.request.header.x:/,
    );
  });

  it('HTTP API: HTTP_PROXY and Lambda proxy run; AWS service subtypes and WebSocket-only types are named', () => {
    expect(integrationProblem('http', { type: 'HTTP_PROXY' })).toBeUndefined();
    expect(integrationProblem('http', { type: 'AWS_PROXY' })).toBeUndefined();
    expect(integrationProblem('http', { type: 'AWS_PROXY', subtype: 'SQS-SendMessage' })).toBe(
      'AWS service integration SQS-SendMessage is not emulated',
    );
    expect(integrationProblem('http', { type: 'MOCK' })).toBe(
      'MOCK integrations exist on WebSocket APIs only, not on HTTP APIs',
    );
  });
});
