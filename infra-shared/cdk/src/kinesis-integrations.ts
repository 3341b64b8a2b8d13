/**
 * The API Gateway `AWS` integrations of `RestApiToKinesis`: PutRecord with the event as the record's data
 * and its partition key read from the body, and DescribeStreamSummary for the stream's state. Each runs
 * under its own role allowed exactly its one action on the one stream.
 */
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import type * as iam from 'aws-cdk-lib/aws-iam';
import type * as kinesis from 'aws-cdk-lib/aws-kinesis';

/** What the client gets when the stream refuses (4xx) or fails (5xx); the service's message is not passed on. */
export const KINESIS_ERROR_BODIES = {
  rejected: '{"message":"The stream rejected the event"}',
  failed: '{"message":"Internal server error"}',
} as const;

/**
 * PutRecord's 200 body: the record's sequence number and shard, read from the service's answer by a
 * response template, so the service's other fields (`EncryptionType`) stay behind the API.
 */
export const PUT_RECORD_ANSWER_TEMPLATE =
  '{"sequenceNumber": "$input.path(\'$.SequenceNumber\')", "shardId": "$input.path(\'$.ShardId\')"}';

/**
 * The service's 4xx and 5xx mapped to 400 and 500 with bodies of their own. Kinesis answers a throttled
 * write (`ProvisionedThroughputExceededException`) with 400, so an over-quota producer sees 400 too.
 */
const ERROR_RESPONSES: apigw.IntegrationResponse[] = [
  {
    statusCode: '400',
    selectionPattern: '4\\d{2}',
    responseTemplates: { 'application/json': KINESIS_ERROR_BODIES.rejected },
  },
  {
    statusCode: '500',
    selectionPattern: '5\\d{2}',
    responseTemplates: { 'application/json': KINESIS_ERROR_BODIES.failed },
  },
];

/** The method responses the integration responses answer with. */
export const KINESIS_METHOD_RESPONSES: apigw.MethodResponse[] = ['200', '400', '500'].map((statusCode) => ({
  statusCode,
}));

/**
 * PutRecord's request template: the body, base64-encoded, is the record's data; `partitionKeyField` of
 * the body its partition key. Only `application/json` is accepted (passthrough `NEVER`: other types 415).
 */
export function putRecordTemplate(streamName: string, partitionKeyField: string): string {
  return [
    '{',
    `  "StreamName": "${streamName}",`,
    '  "Data": "$util.base64Encode($input.body)",',
    `  "PartitionKey": "$util.escapeJavaScript($input.path('$.${partitionKeyField}'))"`,
    '}',
  ].join('\n');
}

export function putRecordIntegration(
  stream: kinesis.IStream,
  role: iam.IRole,
  partitionKeyField: string,
): apigw.AwsIntegration {
  return new apigw.AwsIntegration({
    service: 'kinesis',
    action: 'PutRecord',
    integrationHttpMethod: 'POST',
    options: {
      credentialsRole: role,
      passthroughBehavior: apigw.PassthroughBehavior.NEVER,
      requestTemplates: { 'application/json': putRecordTemplate(stream.streamName, partitionKeyField) },
      integrationResponses: [
        { statusCode: '200', responseTemplates: { 'application/json': PUT_RECORD_ANSWER_TEMPLATE } },
        ...ERROR_RESPONSES,
      ],
    },
  });
}

export function describeStreamIntegration(stream: kinesis.IStream, role: iam.IRole): apigw.AwsIntegration {
  return new apigw.AwsIntegration({
    service: 'kinesis',
    action: 'DescribeStreamSummary',
    integrationHttpMethod: 'POST',
    options: {
      credentialsRole: role,
      passthroughBehavior: apigw.PassthroughBehavior.NEVER,
      requestTemplates: { 'application/json': `{"StreamName": "${stream.streamName}"}` },
      // The stream's state is the service's answer, passed through.
      integrationResponses: [{ statusCode: '200' }, ...ERROR_RESPONSES],
    },
  });
}
