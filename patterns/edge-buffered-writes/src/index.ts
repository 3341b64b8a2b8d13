import {
  findRepoRoot,
  PikPatternStack,
  type PikRestApi,
  REST_STAGE_NAME,
  type RequestSchemas,
  type ServiceSpec,
  type StageWebAcl,
  serviceRequestModels,
} from '@pik/cdk-constructs';
import { EDGE_REGION_CONTEXT_KEY, OUTPUT_KEYS } from '@pik/contracts';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sns from 'aws-cdk-lib/aws-sns';
import { CfnOutput, Duration, RemovalPolicy } from 'aws-cdk-lib/core';
import type { Construct } from 'constructs';
import { DURABLE_COPY_PREFIXES, DurableCopy } from './durable-copy.js';
import { EdgeDistribution } from './edge-distribution.js';
import { CLOUDFRONT_WAF_REGION, EdgeWafStack } from './edge-waf-stack.js';
import { OriginLock } from './origin-lock.js';
import { EDGE_DEFAULTS, type EdgeBufferedWritesProps, validateEdgeProps } from './props.js';
import { WriteAlarms } from './write-alarms.js';
import { WriteConsumer } from './write-consumer.js';
import { WRITE_METHOD_RESPONSES, WRITES_SEGMENT, writeIntegration } from './write-path.js';

export { DURABLE_COPY_PREFIXES, DurableCopy } from './durable-copy.js';
export { EdgeDistribution, FORWARDED_HEADERS } from './edge-distribution.js';
export { CLOUDFRONT_WAF_REGION, EdgeWafStack } from './edge-waf-stack.js';
export { OriginLock } from './origin-lock.js';
export { EDGE_DEFAULTS, type EdgeBufferedWritesProps } from './props.js';
export { WriteConsumer, writeConsumerBundleDir } from './write-consumer.js';
export { acceptedTemplate, WRITE_ERROR_BODIES, WRITES_SEGMENT, writeRecordTemplate } from './write-path.js';

/** Outputs this pattern adds to the standard ones (see the README). */
export const EDGE_OUTPUT_KEYS = {
  distributionId: 'DistributionId',
  originUrl: OUTPUT_KEYS.originInvokeUrl,
  streamName: 'WriteStreamName',
  onFailureQueueUrl: OUTPUT_KEYS.writeOnFailureQueueUrl,
  durableCopyBucket: OUTPUT_KEYS.durableCopyBucketName,
  durableCopyPrefix: OUTPUT_KEYS.durableCopyPrefix,
  consumerFunction: OUTPUT_KEYS.writeConsumerFunctionName,
} as const;

/**
 * Option 9 (issue 15): CloudFront and a WAF at the edge, a regional REST API with the API cache for
 * reads (the services' Lambda functions), writes put on a Kinesis stream by an `AWS` integration and
 * applied by a consumer Lambda, Firehose keeping every accepted write in S3.
 */
export class EdgeBufferedWritesStack extends PikPatternStack {
  readonly api: PikRestApi;
  readonly stream: kinesis.Stream;
  readonly edge: EdgeDistribution;
  readonly edgeWaf: EdgeWafStack;
  readonly consumer: WriteConsumer;
  readonly durableCopy: DurableCopy;
  readonly alarms: WriteAlarms;

  constructor(scope: Construct, props: EdgeBufferedWritesProps) {
    const { requestSchemas: _ignored, ...rest } = props;
    const settings = validateEdgeProps(props);
    const region =
      props.env?.region ?? scope.node.tryGetContext(EDGE_REGION_CONTEXT_KEY) ?? CLOUDFRONT_WAF_REGION;
    super(
      scope,
      'edge-buffered-writes',
      {
        ...rest,
        env: { ...props.env, region },
        cacheTtl: props.cacheTtl ?? EDGE_DEFAULTS.apiCacheTtl,
        crossRegionReferences: true,
      },
      {
        defaultCompute: 'lambda',
        allowedCompute: ['lambda'],
        computeReason:
          'reads go to each service’s Lambda function as in the baseline; for containers pick rest-vpclinkv2-alb',
        needsVpc: false,
      },
    );
    const repoRoot = props.repoRoot ?? findRepoRoot();
    this.stream = new kinesis.Stream(this, 'WriteStream', {
      streamMode: kinesis.StreamMode.PROVISIONED,
      shardCount: settings.shardCount,
      retentionPeriod: settings.streamRetention,
      encryption: kinesis.StreamEncryption.MANAGED,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.api = this.createRestApi();
    const originLock = new OriginLock(this, 'OriginLock');
    originLock.lockStage(this.api.node.findChild('Waf') as StageWebAcl, this.pattern.stackName);
    this.consumer = new WriteConsumer(this, 'WriteConsumer', {
      stream: this.stream,
      services: this.fleet.services,
      repoRoot,
      logRetention: this.logRetention,
      ...settings.consumer,
    });
    this.addRoutes(props.writeSchemas);
    const accessLogs = this.accessLogBucket();
    this.durableCopy = new DurableCopy(this, 'DurableCopy', {
      stream: this.stream,
      bufferingSize: settings.firehoseBufferingSize,
      bufferingInterval: settings.firehoseBufferingInterval,
      accessLogs,
    });
    this.edgeWaf = new EdgeWafStack(scope, `${this.pattern.stackName}EdgeWaf`, {
      ...(props.env ? { env: props.env } : {}),
      description: `pik option ${this.pattern.option}: the edge web ACL of ${this.pattern.stackName} (us-east-1)`,
      metricPrefix: this.pattern.stackName,
      requestsPerFiveMinutesPerIp: settings.edgeRateLimitPerFiveMinutes,
    });
    this.edge = new EdgeDistribution(this, 'Edge', {
      api: this.api.api,
      cacheTtl: settings.edgeCacheTtl,
      originHeaders: originLock.originHeaders,
      webAclArn: this.edgeWaf.webAcl.attrArn,
      accessLogs,
    });
    this.alarms = new WriteAlarms(this, 'WriteAlarms', {
      stream: this.stream,
      consumer: this.consumer.consumer,
      onFailureQueue: this.consumer.onFailureQueue,
      iteratorAgeThreshold: settings.iteratorAgeThreshold,
      ...(props.alarmTopicArn
        ? { alarmTopic: sns.Topic.fromTopicArn(this, 'WriteAlarmTopic', props.alarmTopicArn) }
        : {}),
    });
    this.publish({
      invokeUrl: `https://${this.edge.distribution.distributionDomainName}`,
      stage: REST_STAGE_NAME,
      accessLogs: this.api.accessLogs,
    });
    this.publishEdgeOutputs();
  }

  /** Reads (the services' Lambda functions, API cache on), writes (Kinesis) and write statuses per service. */
  private addRoutes(schemas: RequestSchemas): void {
    const putRole = new iam.Role(this, 'WritePutRecordRole', {
      assumedBy: new iam.ServicePrincipal('apigateway.amazonaws.com'),
      description: 'API Gateway puts buffered writes on the write stream',
    });
    putRole.addToPolicy(
      new iam.PolicyStatement({ actions: ['kinesis:PutRecord'], resources: [this.stream.streamArn] }),
    );
    for (const service of this.fleet.services) {
      const fn = service.lambda?.function;
      if (!fn) throw new Error(`service ${service.spec.name} has no function`);
      this.api.addService(service.spec, () => this.api.lambdaIntegration(service.spec, fn));
      this.addWriteMethods(service.spec, schemas, putRole);
    }
  }

  private addWriteMethods(spec: ServiceSpec, schemas: RequestSchemas, putRole: iam.IRole): void {
    const serviceSchemas = schemas[spec.name];
    if (!serviceSchemas)
      throw new Error(`${this.pattern.stackName}: writeSchemas has no entry for ${spec.name}`);
    const resource = this.api.api.root.getResource(spec.basePath.slice(1)) as apigw.Resource;
    const item = resource.getResource('{proxy+}') as apigw.Resource;
    const models = serviceRequestModels(this.api, this.api.api, spec.name, serviceSchemas);
    const write = (
      on: apigw.Resource,
      httpMethod: string,
      op: 'create' | 'update' | 'delete',
      extra: apigw.MethodOptions,
    ) => {
      const options = this.api.methodOptions(on === item);
      return on.addMethod(httpMethod, writeIntegration(this.stream, putRole, spec, op), {
        ...options,
        ...extra,
        requestParameters: { ...options.requestParameters, ...extra.requestParameters },
        methodResponses: WRITE_METHOD_RESPONSES,
      });
    };
    const methods = [
      write(resource, 'POST', 'create', { requestModels: { 'application/json': models.create } }),
      write(item, 'PATCH', 'update', { requestModels: { 'application/json': models.update } }),
      write(item, 'DELETE', 'delete', { requestParameters: { 'method.request.querystring.version': true } }),
      resource
        .addResource(WRITES_SEGMENT)
        .addResource('{writeId}')
        .addMethod('GET', new apigw.LambdaIntegration(this.consumer.status), {
          ...this.api.methodOptions(false),
          requestParameters: { 'method.request.path.writeId': true },
        }),
    ];
    for (const method of methods) this.api.adopt(method, spec.name);
  }

  /** CloudFront's standard logs and the copy bucket's server access logs (ACLs on: CloudFront needs them). */
  private accessLogBucket(): s3.Bucket {
    const bucket = new s3.Bucket(this, 'AccessLogs', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [{ expiration: Duration.days(90) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    return bucket;
  }

  private publishEdgeOutputs(): void {
    const out = (key: string, value: string, description: string) =>
      new CfnOutput(this, key, { value, description });
    out(EDGE_OUTPUT_KEYS.distributionId, this.edge.distribution.distributionId, 'CloudFront distribution id');
    out(EDGE_OUTPUT_KEYS.originUrl, this.api.invokeUrl, 'Regional API (answers CloudFront only)');
    out(EDGE_OUTPUT_KEYS.streamName, this.stream.streamName, 'Kinesis stream the writes are buffered on');
    out(EDGE_OUTPUT_KEYS.onFailureQueueUrl, this.consumer.onFailureQueue.queueUrl, 'Batches given up on');
    out(EDGE_OUTPUT_KEYS.durableCopyBucket, this.durableCopy.bucket.bucketName, 'Every accepted write, GZIP');
    out(
      EDGE_OUTPUT_KEYS.durableCopyPrefix,
      DURABLE_COPY_PREFIXES.data,
      'Where Firehose puts them, by hour (UTC)',
    );
    out(EDGE_OUTPUT_KEYS.consumerFunction, this.consumer.consumer.functionName, 'The write consumer');
  }
}
