import { describe, expect, it } from 'vitest';
import { awsIntegrationProblem } from '../../../src/dataplane/aws-services/aws-integration-problem.js';
import { serviceActionOf } from '../../../src/dataplane/aws-services/service-action.js';

describe('AWS integration URIs', () => {
  it('reads the service and action of an action URI', () => {
    expect(serviceActionOf('arn:aws:apigateway:eu-west-1:kinesis:action/PutRecord')).toEqual({
      service: 'kinesis',
      action: 'PutRecord',
    });
    expect(serviceActionOf('arn:aws:apigateway:eu-west-1:s3:path/bucket/key')).toBeUndefined();
  });

  it('runs the Kinesis and DynamoDB actions the twin emulates', () => {
    for (const action of ['kinesis:action/PutRecord', 'kinesis:action/PutRecords', 'dynamodb:action/Query']) {
      expect(awsIntegrationProblem({ uri: `arn:aws:apigateway:us-east-1:${action}` })).toBeUndefined();
    }
  });

  it('names SQS as not emulated, and any other action or URI form with what is emulated', () => {
    expect(awsIntegrationProblem({ uri: 'arn:aws:apigateway:us-east-1:sqs:action/SendMessage' })).toBe(
      'sqs:SendMessage: SQS is not emulated (no maintained SQS emulator on npm runs on Node.js 20)',
    );
    expect(awsIntegrationProblem({ uri: 'arn:aws:apigateway:us-east-1:dynamodb:action/Scan' })).toBe(
      'AWS service action dynamodb:Scan is not emulated (emulated: kinesis PutRecord/PutRecords/DescribeStreamSummary, dynamodb PutItem/GetItem/Query)',
    );
    // LambdaIntegration({ proxy: false }): named as what it is, not as an unknown URI form.
    const lambda =
      'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:000000000000:function:Orders/invocations';
    expect(awsIntegrationProblem({ uri: lambda })).toBe(
      "lambda:path: Lambda non-proxy (custom) integrations are not emulated; Lambda proxy integrations (AWS_PROXY, the default of CDK's LambdaIntegration) are",
    );
    expect(awsIntegrationProblem({ uri: 'arn:aws:apigateway:us-east-1:s3:path/b/k' })).toMatch(
      /is not an action URI .* path-style URIs are not emulated$/,
    );
  });

  it('runs VTL response templates; names at start-up a template Velocity cannot read or a pattern that is no regex', () => {
    const uri = 'arn:aws:apigateway:us-east-1:kinesis:action/PutRecord';
    const responses = (template: string, selectionPattern?: string) => ({
      integrationResponses: [
        { statusCode: '200', selectionPattern, responseTemplates: { 'application/json': template } },
      ],
    });
    expect(awsIntegrationProblem({ uri, mapping: responses('{"ok":true}') })).toBeUndefined();
    expect(awsIntegrationProblem({ uri, mapping: responses("$input.path('$.ShardId')") })).toBeUndefined();
    expect(awsIntegrationProblem({ uri, mapping: responses('#if($x') })).toMatch(
      /^AWS integration not evaluated: integration response 200: response template application\/json: not a Velocity template: /,
    );
    expect(awsIntegrationProblem({ uri, mapping: responses('{}', '(4\\d{2}') })).toBe(
      'AWS integration not evaluated: integration response 200: selection pattern (4\\d{2} is not a regular expression the twin can read',
    );
  });
});
