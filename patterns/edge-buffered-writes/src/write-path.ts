/**
 * The write half of `edge-buffered-writes`: `POST /<svc>`, `PATCH /<svc>/{id}` and `DELETE /<svc>/{id}`
 * put one record on the stream through an API Gateway `AWS` integration (Kinesis PutRecord, no Lambda)
 * and answer 202 with the write id; the record is the `WriteRecord` the write consumer applies.
 */
import type { ServiceSpec } from '@pik/cdk-constructs';
import { WRITES_SEGMENT, type WriteOp } from '@pik/service-kit/writes';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import type * as iam from 'aws-cdk-lib/aws-iam';
import type * as kinesis from 'aws-cdk-lib/aws-kinesis';

/** The path segment under each service for write statuses (the service kit's, where the consumer lives). */
export { WRITES_SEGMENT };

/** What the caller gets when the stream refuses or fails; Kinesis's own message stays behind the API. */
export const WRITE_ERROR_BODIES = {
  /** Kinesis answers 400 to a throttled put (ProvisionedThroughputExceededException): try again. */
  refused: '{"message":"The write buffer is busy; retry with backoff"}',
  failed: '{"message":"Internal server error"}',
} as const;

/** The 202's body: the write id (API Gateway's request id) and where to ask about it. */
export function acceptedTemplate(spec: ServiceSpec): string {
  return `{"writeId": "$context.requestId", "status": "pending", "statusPath": "${spec.basePath}/${WRITES_SEGMENT}/$context.requestId"}`;
}

/**
 * PutRecord's request template for one service and operation. The record (JSON, base64 as Data) is built
 * from quoted pieces: `$q` is a double quote, since Velocity string literals have no escape for it.
 * Partition key: the item id, so one item's writes stay on one shard, in order; a create has no id yet
 * and uses its write id.
 */
export function writeRecordTemplate(stream: kinesis.IStream, spec: ServiceSpec, op: WriteOp): string {
  const field = (name: string, value: string) => `\${q}${name}\${q}:${value}`;
  const quoted = (value: string) => `\${q}${value}\${q}`;
  const itemId = "$util.escapeJavaScript($input.params('proxy'))";
  const parts = [
    field('writeId', quoted('$context.requestId')),
    field('service', quoted(spec.name)),
    field('op', quoted(op)),
    field('acceptedAt', '$context.requestTimeEpoch'),
    ...(op === 'create' ? [] : [field('itemId', quoted(itemId))]),
    ...(op === 'delete'
      ? [field('version', quoted("$util.escapeJavaScript($input.params('version'))"))]
      : [field('body', "$input.json('$')")]),
  ];
  return [
    `#set($q = '"')`,
    `#set($record = "{${parts.join(',')}}")`,
    '{',
    `  "StreamName": "${stream.streamName}",`,
    `  "PartitionKey": "${op === 'create' ? '$context.requestId' : itemId}",`,
    '  "Data": "$util.base64Encode($record)"',
    '}',
  ].join('\n');
}

export function writeIntegration(
  stream: kinesis.IStream,
  role: iam.IRole,
  spec: ServiceSpec,
  op: WriteOp,
): apigw.AwsIntegration {
  return new apigw.AwsIntegration({
    service: 'kinesis',
    action: 'PutRecord',
    integrationHttpMethod: 'POST',
    options: {
      credentialsRole: role,
      // Only JSON bodies are turned into records; any other content type is refused with 415.
      passthroughBehavior: apigw.PassthroughBehavior.NEVER,
      requestTemplates: { 'application/json': writeRecordTemplate(stream, spec, op) },
      integrationResponses: [
        { statusCode: '202', responseTemplates: { 'application/json': acceptedTemplate(spec) } },
        {
          statusCode: '503',
          selectionPattern: '4\\d{2}',
          responseTemplates: { 'application/json': WRITE_ERROR_BODIES.refused },
        },
        {
          statusCode: '500',
          selectionPattern: '5\\d{2}',
          responseTemplates: { 'application/json': WRITE_ERROR_BODIES.failed },
        },
      ],
    },
  });
}

/** The method responses the write integrations answer with. */
export const WRITE_METHOD_RESPONSES: apigw.MethodResponse[] = ['202', '503', '500'].map((statusCode) => ({
  statusCode,
}));
