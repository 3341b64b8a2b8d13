import type { Throttle } from '@pik/contracts';
import { QUOTAS } from '@pik/limits';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import type * as logs from 'aws-cdk-lib/aws-logs';
import { Aws, Duration, RemovalPolicy } from 'aws-cdk-lib/core';
import { Construct } from 'constructs';
import { REST_ACCESS_LOG_FORMAT } from './access-log.js';
import {
  describeStreamIntegration,
  KINESIS_METHOD_RESPONSES,
  putRecordIntegration,
} from './kinesis-integrations.js';
import { DEFAULT_LOG_RETENTION, retainedLogGroup } from './logs.js';
import { acknowledge } from './nag.js';
import { REST_STAGE_NAME } from './rest-api.js';
import { StageWebAcl } from './waf.js';

export interface RestApiToKinesisProps {
  /** Name shown in the console. @default the construct path */
  readonly apiName?: string;
  /** The stage throttle (every method). */
  readonly throttle: Throttle;
  /** The body field whose value is the record's partition key. @default 'id' */
  readonly partitionKeyField?: string;
  /** Provisioned shards: each takes 1,000 records/s or 1 MB/s of writes. @default 1 */
  readonly shardCount?: number;
  /** How long records stay in the stream. @default 24 hours */
  readonly retentionPeriod?: Duration;
  /** Associate a WAF web ACL with AWS managed rule groups. @default true */
  readonly waf?: boolean;
  /** @default one month */
  readonly logRetention?: logs.RetentionDays;
}

/** A field name the request template can read as `$.field` (it is written into the template as it is). */
const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function validateIngestProps(field: string, shardCount: number | undefined): void {
  if (!FIELD_NAME.test(field)) {
    throw new Error(
      `RestApiToKinesis: partitionKeyField '${field}' must be a plain field name (${FIELD_NAME})`,
    );
  }
  if (shardCount !== undefined && (!Number.isInteger(shardCount) || shardCount < 1)) {
    throw new Error(`RestApiToKinesis: shardCount must be a whole number of at least 1, got ${shardCount}`);
  }
}

/**
 * An ingest API with no Lambda in the path: `POST /events` puts the JSON body as one record on a Kinesis
 * stream (partition key from the body) through an API Gateway `AWS` integration, and `GET /events` answers
 * the stream's state (DescribeStreamSummary). The stream is encrypted with KMS (Kinesis's own key);
 * each method calls Kinesis under a role allowed only its own action on this stream; callers sign with
 * IAM (SigV4); bodies are validated against a model before the stream sees them; access logs are JSON.
 */
export class RestApiToKinesis extends Construct {
  readonly api: apigw.RestApi;
  readonly stream: kinesis.Stream;
  readonly accessLogs: logs.LogGroup;
  /** The role `POST /events` calls PutRecord with. */
  readonly putRecordRole: iam.Role;

  constructor(scope: Construct, id: string, props: RestApiToKinesisProps) {
    super(scope, id);
    const field = props.partitionKeyField ?? 'id';
    validateIngestProps(field, props.shardCount);
    this.stream = new kinesis.Stream(this, 'Stream', {
      streamMode: kinesis.StreamMode.PROVISIONED,
      shardCount: props.shardCount ?? 1,
      retentionPeriod: props.retentionPeriod ?? Duration.hours(24),
      // Kinesis's own KMS key (alias/aws/kinesis): producers need no KMS permission of their own.
      encryption: kinesis.StreamEncryption.MANAGED,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.accessLogs = retainedLogGroup(this, 'AccessLogs', props.logRetention ?? DEFAULT_LOG_RETENTION);
    this.api = this.restApi(props);
    this.putRecordRole = this.streamRole('PutRecordRole', 'kinesis:PutRecord');
    const describeRole = this.streamRole('DescribeStreamRole', 'kinesis:DescribeStreamSummary');
    const requestValidator = this.api.addRequestValidator('Validator', {
      validateRequestBody: true,
      validateRequestParameters: true,
    });
    const events = this.api.root.addResource('events');
    events.addMethod('POST', putRecordIntegration(this.stream, this.putRecordRole, field), {
      authorizationType: apigw.AuthorizationType.IAM,
      requestValidator,
      requestModels: { 'application/json': this.eventModel(field) },
      methodResponses: KINESIS_METHOD_RESPONSES,
    });
    events.addMethod('GET', describeStreamIntegration(this.stream, describeRole), {
      authorizationType: apigw.AuthorizationType.IAM,
      requestValidator,
      methodResponses: KINESIS_METHOD_RESPONSES,
    });
    this.secure(props.waf ?? true, props.apiName ?? this.node.path);
  }

  /** Invoke URL of the stage, without a trailing slash. */
  get invokeUrl(): string {
    return `https://${this.api.restApiId}.execute-api.${Aws.REGION}.${Aws.URL_SUFFIX}/${REST_STAGE_NAME}`;
  }

  private restApi(props: RestApiToKinesisProps): apigw.RestApi {
    return new apigw.RestApi(this, 'Api', {
      restApiName: props.apiName,
      endpointTypes: [apigw.EndpointType.REGIONAL],
      cloudWatchRole: true,
      deployOptions: {
        stageName: REST_STAGE_NAME,
        throttlingRateLimit: props.throttle.rateLimit,
        throttlingBurstLimit: props.throttle.burstLimit,
        accessLogDestination: new apigw.LogGroupLogDestination(this.accessLogs),
        accessLogFormat: apigw.AccessLogFormat.custom(REST_ACCESS_LOG_FORMAT),
        loggingLevel: apigw.MethodLoggingLevel.ERROR,
        tracingEnabled: true,
      },
    });
  }

  /** A role API Gateway assumes, allowed exactly `action` on this stream. */
  private streamRole(id: string, action: string): iam.Role {
    const role = new iam.Role(this, id, {
      assumedBy: new iam.ServicePrincipal('apigateway.amazonaws.com'),
      description: `API Gateway calls ${action} on the ingest stream`,
    });
    role.addToPolicy(new iam.PolicyStatement({ actions: [action], resources: [this.stream.streamArn] }));
    return role;
  }

  /** The body `POST /events` accepts: a JSON object whose partition key field is a non-empty string. */
  private eventModel(field: string): apigw.Model {
    return this.api.addModel('EventModel', {
      contentType: 'application/json',
      modelName: 'IngestEvent',
      schema: {
        schema: apigw.JsonSchemaVersion.DRAFT4,
        type: apigw.JsonSchemaType.OBJECT,
        required: [field],
        properties: {
          [field]: {
            type: apigw.JsonSchemaType.STRING,
            minLength: 1,
            maxLength: QUOTAS.kinesisPartitionKeyChars.value,
          },
        },
      },
    });
  }

  private secure(waf: boolean, name: string): void {
    if (waf) {
      const acl = new StageWebAcl(this, 'Waf', {
        stageArn: `arn:${Aws.PARTITION}:apigateway:${Aws.REGION}::/restapis/${this.api.restApiId}/stages/${REST_STAGE_NAME}`,
        metricPrefix: name.replace(/[^A-Za-z0-9-]/g, '-'),
      });
      acl.node.addDependency(this.api.deploymentStage);
    } else {
      acknowledge(this.api.deploymentStage, 'AwsSolutions-APIG3', 'WAF turned off explicitly (waf: false).');
    }
    acknowledge(
      this.api,
      'AwsSolutions-COG4',
      'Producers are AWS principals signing with SigV4 (IAM authorization), not Cognito users.',
    );
    acknowledge(
      this.api,
      'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs]',
      'The account-level role API Gateway needs to write access and execution logs; AWS maintains its policy.',
    );
  }
}
