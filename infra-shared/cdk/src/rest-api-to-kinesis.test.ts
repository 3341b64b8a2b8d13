import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { App, Stack } from 'aws-cdk-lib/core';
import { describe, expect, it } from 'vitest';
import {
  KINESIS_ERROR_BODIES,
  PUT_RECORD_ANSWER_TEMPLATE,
  putRecordTemplate,
} from './kinesis-integrations.js';
import { RestApiToKinesis, type RestApiToKinesisProps } from './rest-api-to-kinesis.js';
import { nagFindings, resourcesOfType, type TemplateJson } from './testing.js';

function synth(props: Partial<RestApiToKinesisProps> = {}) {
  const stack = new Stack(new App(), 'Ingest', { env: { account: '111111111111', region: 'eu-west-1' } });
  const ingest = new RestApiToKinesis(stack, 'Ingest', {
    throttle: { rateLimit: 100, burstLimit: 50 },
    ...props,
  });
  const template = Template.fromStack(stack);
  return { stack, ingest, template, json: template.toJSON() as TemplateJson };
}

const { stack, template, json } = synth();
const ref = (type: string) => ({ Ref: Object.keys(resourcesOfType(json, type))[0] });
const arnOf = (type: string) => ({ 'Fn::GetAtt': [Object.keys(resourcesOfType(json, type))[0], 'Arn'] });

function method(httpMethod: string) {
  const found = Object.values(resourcesOfType(json, 'AWS::ApiGateway::Method')).find(
    (m) => m.Properties.HttpMethod === httpMethod,
  );
  if (!found) throw new Error(`no ${httpMethod} method`);
  return found.Properties;
}

/** The statements of the role whose policy is attached to `roleLogicalIdPrefix`. */
function roleStatements(rolePrefix: string): unknown[] {
  const policies = Object.values(resourcesOfType(json, 'AWS::IAM::Policy')).filter((p) =>
    JSON.stringify(p.Properties.Roles).includes(rolePrefix),
  );
  return policies.flatMap((p) => (p.Properties.PolicyDocument as { Statement: unknown[] }).Statement);
}

describe('RestApiToKinesis', () => {
  it("encrypts a provisioned stream with KMS (Kinesis's own key)", () => {
    template.hasResourceProperties('AWS::Kinesis::Stream', {
      ShardCount: 1,
      RetentionPeriodHours: 24,
      StreamModeDetails: { StreamMode: 'PROVISIONED' },
      StreamEncryption: { EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' },
    });
    synth({ shardCount: 3 }).template.hasResourceProperties('AWS::Kinesis::Stream', { ShardCount: 3 });
  });

  it('POST /events puts the body on the stream with the partition key from the body, IAM-signed and validated', () => {
    const post = method('POST');
    expect(post.AuthorizationType).toBe('AWS_IAM');
    const integration = post.Integration as Record<string, unknown>;
    expect(integration).toMatchObject({
      Type: 'AWS',
      IntegrationHttpMethod: 'POST',
      PassthroughBehavior: 'NEVER',
      Credentials: { 'Fn::GetAtt': [expect.stringMatching(/^IngestPutRecordRole/), 'Arn'] },
      Uri: {
        'Fn::Join': [
          '',
          ['arn:', { Ref: 'AWS::Partition' }, ':apigateway:eu-west-1:kinesis:action/PutRecord'],
        ],
      },
    });
    const requestTemplate = JSON.stringify(
      (integration.RequestTemplates as Record<string, unknown>)['application/json'],
    );
    expect(requestTemplate).toContain('$util.base64Encode($input.body)');
    expect(requestTemplate).toContain("$util.escapeJavaScript($input.path('$.id'))");
    expect(requestTemplate).toContain(JSON.stringify(ref('AWS::Kinesis::Stream')));
    const validator = ref('AWS::ApiGateway::RequestValidator');
    expect([post.RequestValidatorId, method('GET').RequestValidatorId]).toEqual([validator, validator]);
    template.hasResourceProperties('AWS::ApiGateway::RequestValidator', {
      ValidateRequestBody: true,
      ValidateRequestParameters: true,
    });
    template.hasResourceProperties('AWS::ApiGateway::Model', {
      ContentType: 'application/json',
      Schema: {
        $schema: 'http://json-schema.org/draft-04/schema#',
        type: 'object',
        required: ['id'],
        properties: { id: { type: 'string', minLength: 1, maxLength: 256 } },
      },
    });
  });

  it('reads the partition key from the field the props name', () => {
    expect(putRecordTemplate('s', 'deviceId')).toContain("$input.path('$.deviceId')");
    synth({ partitionKeyField: 'deviceId' }).template.hasResourceProperties('AWS::ApiGateway::Model', {
      Schema: Match.objectLike({ required: ['deviceId'] }),
    });
  });

  it('refuses at synth a partition key field the template cannot read, and a shard count below 1', () => {
    expect(() => synth({ partitionKeyField: "id')" })).toThrow(
      /partitionKeyField 'id'\)' must be a plain field name/,
    );
    expect(() => synth({ shardCount: 0 })).toThrow(
      'RestApiToKinesis: shardCount must be a whole number of at least 1, got 0',
    );
  });

  it("maps the service's 4xx and 5xx to 400 and 500 with bodies of their own; PUT's 200 keeps sequence number and shard, GET's passes the answer through", () => {
    const ok = {
      POST: {
        StatusCode: '200',
        ResponseTemplates: {
          'application/json':
            '{"sequenceNumber": "$input.path(\'$.SequenceNumber\')", "shardId": "$input.path(\'$.ShardId\')"}',
        },
      },
      GET: { StatusCode: '200' },
    };
    expect(ok.POST.ResponseTemplates['application/json']).toBe(PUT_RECORD_ANSWER_TEMPLATE);
    for (const httpMethod of ['POST', 'GET'] as const) {
      const m = method(httpMethod);
      expect((m.Integration as { IntegrationResponses: unknown }).IntegrationResponses).toEqual([
        ok[httpMethod],
        {
          StatusCode: '400',
          SelectionPattern: '4\\d{2}',
          ResponseTemplates: { 'application/json': KINESIS_ERROR_BODIES.rejected },
        },
        {
          StatusCode: '500',
          SelectionPattern: '5\\d{2}',
          ResponseTemplates: { 'application/json': KINESIS_ERROR_BODIES.failed },
        },
      ]);
      expect(m.MethodResponses).toEqual([
        { StatusCode: '200' },
        { StatusCode: '400' },
        { StatusCode: '500' },
      ]);
    }
  });

  it('GET /events answers DescribeStreamSummary of the stream, IAM-signed', () => {
    const get = method('GET');
    expect(get.AuthorizationType).toBe('AWS_IAM');
    const integration = get.Integration as Record<string, unknown>;
    expect(JSON.stringify(integration.Uri)).toContain(':kinesis:action/DescribeStreamSummary');
    expect(JSON.stringify(integration.Credentials)).toMatch(/IngestDescribeStreamRole/);
    expect(integration.RequestTemplates).toEqual({
      'application/json': { 'Fn::Join': ['', ['{"StreamName": "', ref('AWS::Kinesis::Stream'), '"}']] },
    });
  });

  it('gives each method a role allowed only its own action on this stream', () => {
    expect(roleStatements('IngestPutRecordRole')).toEqual([
      { Action: 'kinesis:PutRecord', Effect: 'Allow', Resource: arnOf('AWS::Kinesis::Stream') },
    ]);
    expect(roleStatements('IngestDescribeStreamRole')).toEqual([
      { Action: 'kinesis:DescribeStreamSummary', Effect: 'Allow', Resource: arnOf('AWS::Kinesis::Stream') },
    ]);
    for (const id of ['PutRecordRole', 'DescribeStreamRole']) {
      const role = Object.entries(resourcesOfType(json, 'AWS::IAM::Role')).find(([k]) => k.includes(id));
      expect(role?.[1].Properties.AssumeRolePolicyDocument).toMatchObject({
        Statement: [{ Action: 'sts:AssumeRole', Principal: { Service: 'apigateway.amazonaws.com' } }],
      });
    }
  });

  it('throttles the stage, writes JSON access logs, traces, and puts a WAF web ACL on the stage', () => {
    template.hasResourceProperties('AWS::ApiGateway::Stage', {
      StageName: 'v1',
      TracingEnabled: true,
      AccessLogSetting: {
        DestinationArn: arnOf('AWS::Logs::LogGroup'),
        Format: Match.stringLikeRegexp('"requestId"'),
      },
      MethodSettings: [
        Match.objectLike({ ThrottlingRateLimit: 100, ThrottlingBurstLimit: 50, LoggingLevel: 'ERROR' }),
      ],
    });
    template.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 30 });
    template.resourceCountIs('AWS::WAFv2::WebACLAssociation', 1);
    template.resourceCountIs('AWS::KMS::Key', 0);
    expect(resourcesOfType(synth({ waf: false }).json, 'AWS::WAFv2::WebACLAssociation')).toEqual({});
  });

  it('is cdk-nag clean (AwsSolutions and Serverless), with or without WAF', () => {
    expect(nagFindings(stack)).toEqual([]);
    expect(nagFindings(synth({ waf: false }).stack)).toEqual([]);
  });

  it('passes cfn-lint with zero errors', () => {
    const probe = spawnSync('cfn-lint', ['--version'], { encoding: 'utf8' });
    if (probe.error || probe.status !== 0) {
      if (process.env.CI) throw new Error('cfn-lint is required in CI (bash .ci/install-cfn-lint.sh)');
      console.warn('skipping cfn-lint check: cfn-lint is not on PATH (bash .ci/install-cfn-lint.sh)');
      return;
    }
    const file = join(mkdtempSync(join(tmpdir(), 'pik-kinesis-')), 'ingest.template.json');
    writeFileSync(file, JSON.stringify(json));
    const run = spawnSync('cfn-lint', ['--format', 'parseable', file], { encoding: 'utf8' });
    expect(run.stdout.split('\n').filter((line) => /:E\d{4}:/.test(line))).toEqual([]);
    expect((run.status ?? 0) & 2, run.stdout + run.stderr).toBe(0);
  });
});
