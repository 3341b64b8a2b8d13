import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export interface DynamoClientOptions {
  /** Endpoint URL of a local store (dynalite, DynamoDB Local); omitted for AWS. */
  readonly endpoint?: string | undefined;
  /** Region; defaults to `AWS_REGION`, then `us-east-1`. */
  readonly region?: string | undefined;
}

/**
 * One document client per process. Local endpoints get static placeholder credentials when none are
 * configured, so the SDK never walks the credential chain (or probes instance metadata) for a store on
 * 127.0.0.1 that ignores them.
 */
export function createDocumentClient(options: DynamoClientOptions = {}): DynamoDBDocumentClient {
  const region = options.region ?? process.env.AWS_REGION ?? 'us-east-1';
  const localCredentials =
    options.endpoint && !process.env.AWS_ACCESS_KEY_ID
      ? { accessKeyId: 'local', secretAccessKey: 'local' }
      : undefined;
  const client = new DynamoDBClient({
    region,
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    ...(localCredentials ? { credentials: localCredentials } : {}),
    maxAttempts: 3,
  });
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
}
