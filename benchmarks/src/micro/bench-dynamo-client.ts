/**
 * The DynamoDB document client every bench:cold handler creates at module scope: the same packages,
 * region, retries and marshalling as the services' client (`@pik/service-kit`'s createDocumentClient).
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export const doc = DynamoDBDocumentClient.from(
  new DynamoDBClient({ region: process.env.AWS_REGION ?? 'us-east-1', maxAttempts: 3 }),
  { marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false } },
);
