import {
  createFixtureRepo,
  nagFindings,
  resourcesOfType,
  roleActionsOf,
  type TemplateJson,
} from '@pik/cdk-constructs/testing';
import { OUTPUT_KEYS } from '@pik/contracts';
import { PIK_HEADERS } from '@pik/contracts/headers';
import { SERVICE_NAMES } from '@pik/service-kit/catalogue';
import { Match, Template } from 'aws-cdk-lib/assertions';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import { App, Duration, Size } from 'aws-cdk-lib/core';
import { describe, expect, it } from 'vitest';
import { CLOUDFRONT_WAF_REGION, type EdgeBufferedWritesProps, EdgeBufferedWritesStack } from './index.js';

const repoRoot = createFixtureRepo();
const SCHEMAS = Object.fromEntries(
  SERVICE_NAMES.map((name) => [
    name,
    {
      create: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } },
      update: { type: 'object', required: ['version'], properties: { version: { type: 'integer' } } },
    },
  ]),
);

function synth(props: Partial<EdgeBufferedWritesProps> = {}) {
  const app = new App();
  const stack = new EdgeBufferedWritesStack(app, { repoRoot, writeSchemas: SCHEMAS, ...props });
  const template = Template.fromStack(stack);
  return {
    stack,
    template,
    json: template.toJSON() as TemplateJson,
    waf: Template.fromStack(stack.edgeWaf),
  };
}

type Resource = { Properties: Record<string, unknown> };
const only = (json: TemplateJson, type: string): Resource => {
  const all = Object.values(resourcesOfType(json, type));
  expect(all, type).toHaveLength(1);
  return all[0] as Resource;
};
const methods = (json: TemplateJson) =>
  Object.values(resourcesOfType(json, 'AWS::ApiGateway::Method')) as unknown as Resource[];

describe('option 9: CloudFront and WAF in front, writes buffered through Kinesis', () => {
  const { stack, template, json, waf } = synth({
    env: { region: 'eu-west-1' },
    edgeCacheTtl: Duration.seconds(45),
    consumerBatchSize: 50,
    consumerBatchingWindow: Duration.seconds(2),
    consumerRetryAttempts: 4,
    firehoseBufferingSize: Size.mebibytes(8),
    firehoseBufferingInterval: Duration.seconds(120),
  });
  const distribution = only(json, 'AWS::CloudFront::Distribution').Properties.DistributionConfig as Record<
    string,
    unknown
  >;

  it('serves HTTPS only, caches GETs per caller for the TTL given, keyed like the API cache', () => {
    const behaviour = distribution.DefaultCacheBehavior as Record<string, unknown>;
    expect(behaviour).toMatchObject({
      ViewerProtocolPolicy: 'https-only',
      AllowedMethods: expect.arrayContaining(['GET', 'HEAD', 'POST', 'PATCH', 'DELETE']),
      CachedMethods: ['GET', 'HEAD'],
    });
    template.hasResourceProperties('AWS::CloudFront::CachePolicy', {
      CachePolicyConfig: Match.objectLike({
        DefaultTTL: 45,
        MaxTTL: 45,
        MinTTL: 0,
        ParametersInCacheKeyAndForwardedToOrigin: Match.objectLike({
          HeadersConfig: { HeaderBehavior: 'whitelist', Headers: ['Authorization'] },
          QueryStringsConfig: { QueryStringBehavior: 'whitelist', QueryStrings: ['limit', 'cursor'] },
          CookiesConfig: { CookieBehavior: 'none' },
        }),
      }),
    });
    template.hasResourceProperties('AWS::CloudFront::OriginRequestPolicy', {
      OriginRequestPolicyConfig: Match.objectLike({
        HeadersConfig: {
          HeaderBehavior: 'whitelist',
          Headers: Match.arrayWith(['Content-Type', 'Idempotency-Key']),
        },
      }),
    });
    const statuses = (distribution.CacheBehaviors as Record<string, unknown>[]).find(
      (b) => b.PathPattern === '/*/writes/*',
    );
    expect(statuses).toMatchObject({ ViewerProtocolPolicy: 'https-only' });
    template.hasResourceProperties('AWS::CloudFront::CachePolicy', {
      CachePolicyConfig: Match.objectLike({ DefaultTTL: 0, MinTTL: 0 }),
    });
  });

  it('sends the API a secret header from Secrets Manager, and the stage web ACL blocks requests without it', () => {
    const origin = (distribution.Origins as Record<string, unknown>[])[0] as Record<string, unknown>;
    expect(JSON.stringify(origin.OriginPath)).toContain('RestApiDeploymentStagev1');
    const header = (origin.OriginCustomHeaders as { HeaderName: string; HeaderValue: unknown }[])[0];
    expect(header?.HeaderName).toBe(PIK_HEADERS.originVerify);
    expect(JSON.stringify(header?.HeaderValue)).toContain('resolve:secretsmanager');
    const acl = Object.values(resourcesOfType(json, 'AWS::WAFv2::WebACL'))[0] as Resource;
    const rules = acl.Properties.Rules as Record<string, unknown>[];
    expect(rules[0]).toMatchObject({
      Name: 'OnlyFromCloudFront',
      Priority: 0,
      Action: { Block: {} },
      Statement: {
        NotStatement: {
          Statement: {
            ByteMatchStatement: {
              FieldToMatch: { SingleHeader: { Name: PIK_HEADERS.originVerify } },
              PositionalConstraint: 'EXACTLY',
            },
          },
        },
      },
    });
    expect(JSON.stringify(rules[0])).toContain('resolve:secretsmanager');
    expect(new Set(rules.map((r) => r.Priority)).size).toBe(rules.length);
  });

  it('puts the CloudFront web ACL in a us-east-1 stack, read across Regions, and logs to an encrypted bucket', () => {
    expect(stack.edgeWaf.region).toBe(CLOUDFRONT_WAF_REGION);
    waf.hasResourceProperties('AWS::WAFv2::WebACL', {
      Scope: 'CLOUDFRONT',
      Rules: Match.arrayWith([Match.objectLike({ Name: 'RatePerClientAddress', Action: { Block: {} } })]),
    });
    expect(JSON.stringify(distribution.WebACLId)).toMatch(/CrossRegion|Fn::GetAtt/);
    expect(distribution.Logging).toMatchObject({ Prefix: 'cloudfront/' });
  });

  it('routes GETs to the services with the API cache on, and writes to Kinesis PutRecord with validated bodies', () => {
    const stage = only(json, 'AWS::ApiGateway::Stage').Properties;
    expect(stage.CacheClusterEnabled).toBe(true);
    const cached = (stage.MethodSettings as Record<string, unknown>[]).filter((s) => s.CachingEnabled);
    expect(cached).toHaveLength(2 * SERVICE_NAMES.length);
    const writes = methods(json).filter((m) =>
      JSON.stringify(m.Properties.Integration ?? {}).includes('kinesis:action/PutRecord'),
    );
    expect(writes.map((m) => m.Properties.HttpMethod).sort()).toEqual(
      SERVICE_NAMES.flatMap(() => ['DELETE', 'PATCH', 'POST']).sort(),
    );
    for (const write of writes) {
      const integration = write.Properties.Integration as Record<string, unknown>;
      expect(integration.Type).toBe('AWS');
      expect(integration.PassthroughBehavior).toBe('NEVER');
      const template = JSON.stringify(integration.RequestTemplates);
      expect(template).toContain('$context.requestId');
      if (write.Properties.HttpMethod === 'DELETE') {
        expect(write.Properties.RequestParameters).toMatchObject({
          'method.request.querystring.version': true,
        });
      } else {
        expect(write.Properties.RequestModels).toBeDefined();
      }
      expect(JSON.stringify(integration.IntegrationResponses)).toContain('"StatusCode":"202"');
    }
    const patch = writes.find((m) => m.Properties.HttpMethod === 'PATCH') as Resource;
    expect(JSON.stringify(patch.Properties.Integration)).toContain(
      `PartitionKey\\": \\"$util.escapeJavaScript($input.params('proxy'))`,
    );
  });

  it('reads the stream with a consumer that batches, bisects, retries and sends failures to an encrypted queue', () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      BatchSize: 50,
      MaximumBatchingWindowInSeconds: 2,
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: 4,
      ParallelizationFactor: 1,
      StartingPosition: 'TRIM_HORIZON',
      DestinationConfig: { OnFailure: { Destination: Match.anyValue() } },
    });
    template.hasResourceProperties('AWS::SQS::Queue', { SqsManagedSseEnabled: true });
    const statusRoutes = Object.values(resourcesOfType(json, 'AWS::ApiGateway::Resource')).filter(
      (r) => (r as Resource).Properties.PathPart === '{writeId}',
    );
    expect(statusRoutes).toHaveLength(SERVICE_NAMES.length);
  });

  it('lets the consumer write the service tables and the status route only read them', () => {
    const idOf = (fn: lambda.Function) => stack.getLogicalId(fn.node.defaultChild as lambda.CfnFunction);
    expect(roleActionsOf(json, idOf(stack.consumer.consumer), 'dynamodb:')).toEqual(
      expect.arrayContaining(['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem']),
    );
    expect(roleActionsOf(json, idOf(stack.consumer.status), 'dynamodb:')).toEqual([
      'dynamodb:BatchGetItem',
      'dynamodb:GetItem',
      'dynamodb:Query',
    ]);
  });

  it('copies the stream to an encrypted bucket through Firehose: GZIP, date prefixes, an error prefix, buffering from props', () => {
    template.hasResourceProperties('AWS::KinesisFirehose::DeliveryStream', {
      DeliveryStreamType: 'KinesisStreamAsSource',
      ExtendedS3DestinationConfiguration: Match.objectLike({
        CompressionFormat: 'GZIP',
        Prefix: Match.stringLikeRegexp('timestamp:yyyy/MM/dd'),
        ErrorOutputPrefix: Match.stringLikeRegexp('firehose:error-output-type'),
        BufferingHints: { IntervalInSeconds: 120, SizeInMBs: 8 },
      }),
    });
    const buckets = Object.values(resourcesOfType(json, 'AWS::S3::Bucket')) as Resource[];
    for (const bucket of buckets) expect(bucket.Properties.BucketEncryption).toBeDefined();
  });

  it('alarms on iterator age, consumer errors and the on-failure queue, and publishes the CloudFront URL', () => {
    for (const metric of [
      'GetRecords.IteratorAgeMilliseconds',
      'Errors',
      'ApproximateNumberOfMessagesVisible',
    ]) {
      template.hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: metric });
    }
    const outputs = (template.toJSON() as { Outputs: Record<string, unknown> }).Outputs;
    const invokeUrl = JSON.stringify(outputs[OUTPUT_KEYS.invokeUrl]);
    expect(invokeUrl).toContain('DomainName');
    // The prefix Firehose writes under, as the delivery stream has it: a benchmark lists only its hours.
    template.hasResourceProperties('AWS::KinesisFirehose::DeliveryStream', {
      ExtendedS3DestinationConfiguration: Match.objectLike({
        Prefix: (outputs[OUTPUT_KEYS.durableCopyPrefix] as { Value: string }).Value,
      }),
    });
  });

  it('has no unacknowledged cdk-nag findings in either stack', () => {
    expect(nagFindings(stack)).toEqual([]);
    expect(nagFindings(stack.edgeWaf)).toEqual([]);
  });
});

describe('option 9 props', () => {
  it('refuses waf: false (the stage web ACL is the origin lock) and out-of-range consumer settings, naming them', () => {
    expect(() => synth({ waf: false })).toThrow(/waf cannot be false/);
    expect(() => synth({ consumerBatchSize: 0 })).toThrow(/consumerBatchSize/);
    expect(() => synth({ firehoseBufferingSize: Size.mebibytes(200) })).toThrow(/firehoseBufferingSize/);
  });

  it('synthesizes without an explicit Region: both stacks then sit in us-east-1', () => {
    const { stack } = synth();
    expect(stack.region).toBe(CLOUDFRONT_WAF_REGION);
  });

  it('with stages, its reads invoke the alias each stage names (the same construct as option 7)', () => {
    const { json } = synth({ services: ['orders'], stages: [{ name: 'v1' }, { name: 'test' }] });
    const aliases = Object.values(resourcesOfType(json, 'AWS::Lambda::Alias')).map((a) => a.Properties.Name);
    expect(aliases.sort()).toEqual(['test', 'v1']);
    const reads = Object.values(resourcesOfType(json, 'AWS::ApiGateway::Method'))
      .map((m) => JSON.stringify((m.Properties.Integration as { Uri?: unknown } | undefined)?.Uri ?? ''))
      .filter((uri) => uri.includes('ordersAlias'));
    expect(reads.length).toBeGreaterThanOrEqual(2);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: API Gateway's stage variable syntax
    for (const uri of reads) expect(uri).toContain(':${stageVariables.ordersAlias}/invocations');
  });
});
