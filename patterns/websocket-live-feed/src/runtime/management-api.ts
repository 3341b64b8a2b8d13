import {
  ApiGatewayManagementApiClient,
  GoneException,
  PostToConnectionCommand,
} from '@aws-sdk/client-apigatewaymanagementapi';
import type { PostOutcome } from './fan-out.js';

/**
 * `post` for the fan-out through the SDK's `ApiGatewayManagementApiClient` on the stage's `@connections`
 * endpoint (the twin's, when it overrides the endpoint). A 410 is `GoneException`: the client left.
 */
export function managementApiPoster(
  endpoint: string,
): (connectionId: string, data: string) => Promise<PostOutcome> {
  const local = endpoint.startsWith('http://') && !process.env.AWS_ACCESS_KEY_ID;
  const client = new ApiGatewayManagementApiClient({
    endpoint,
    // Lambda sets AWS_REGION; a local endpoint ignores the region but the SDK still needs one to sign.
    region: process.env.AWS_REGION ?? 'us-east-1',
    maxAttempts: 2,
    ...(local ? { credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
  });
  const encoder = new TextEncoder();
  return async (connectionId, data) => {
    try {
      await client.send(
        new PostToConnectionCommand({ ConnectionId: connectionId, Data: encoder.encode(data) }),
      );
      return 'sent';
    } catch (error) {
      if (
        error instanceof GoneException ||
        (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 410
      ) {
        return 'gone';
      }
      throw error;
    }
  };
}
