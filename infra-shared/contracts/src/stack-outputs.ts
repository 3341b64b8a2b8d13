/**
 * Stack output names of every pattern stack: written by the CDK constructs, read back from
 * `cdk deploy --outputs-file` by the benchmarks and the CLI. Pure, so readers never load aws-cdk-lib.
 */
export const OUTPUT_KEYS = {
  patternId: 'PatternId',
  invokeUrl: 'InvokeUrl',
  stage: 'Stage',
  accessLogGroup: 'ApiAccessLogGroup',
  throttleRateLimit: 'StageThrottleRateLimit',
  throttleBurstLimit: 'StageThrottleBurstLimit',
  /** `jwt` or `none`. */
  authKind: 'AuthKind',
  userPoolId: 'UserPoolId',
  userPoolClientId: 'UserPoolClientId',
  tokenUrl: 'TokenUrl',
  authScope: 'AuthScope',
  /** Present only where an API key is required. */
  apiKeyId: 'ApiKeyId',
  /** Comma-separated service names, in deployment order. */
  serviceNames: 'ServiceNames',
  /** Present only with a custom domain: `https://<domain>` plus the mapped base path. */
  customDomainUrl: 'CustomDomainUrl',
  /**
   * Comma-separated CloudWatch `LoadBalancer` dimension values (`app/<name>/<id>`) of the stack's ALBs,
   * for their TargetResponseTime. Present only where the stack has an ALB.
   */
  albDimensions: 'AlbDimensions',
  /** Present only on the live feed (pattern 8): its WebSocket URL, `wss://<api id>.execute-api.<region>.amazonaws.com/<stage>`. */
  feedUrl: 'FeedUrl',
  /** Present only behind CloudFront (pattern 9): the regional API's invoke URL (it answers CloudFront only). */
  originInvokeUrl: 'OriginInvokeUrl',
  /** Pattern 9: the bucket of Firehose's copy of every accepted write. */
  durableCopyBucketName: 'DurableCopyBucketName',
  /** Pattern 9: Firehose's prefix for delivered writes in that bucket, with its `!{timestamp:...}` expression. */
  durableCopyPrefix: 'DurableCopyPrefix',
  /** Pattern 9: the SQS queue the write consumer's event source mapping sends given-up batches to. */
  writeOnFailureQueueUrl: 'WriteOnFailureQueueUrl',
  /** Pattern 9: the write consumer Lambda function. */
  writeConsumerFunctionName: 'WriteConsumerFunctionName',
} as const;

export type ServiceOutputField = 'Path' | 'Compute' | 'FunctionName' | 'LogGroup' | 'TableName';

/** `orders` -> `Orders`, `syn001` -> `Syn001`: a service's part of logical ids and output keys. */
export function pascalName(name: string): string {
  return name
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => (part[0]?.toUpperCase() ?? '') + part.slice(1))
    .join('');
}

/** `Service<Name><Field>`, e.g. `ServiceOrdersFunctionName`. FunctionName exists for Lambda services only. */
export function serviceOutputKey(service: string, field: ServiceOutputField): string {
  return `Service${pascalName(service)}${field}`;
}
