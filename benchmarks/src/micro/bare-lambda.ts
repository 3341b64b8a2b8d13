/**
 * The baseline of bench:cold: the least a Lambda handler on this stack does. It creates the same
 * DynamoDB document client as the services at module scope and answers a GET with JSON: the liveness
 * path without I/O, an item path with one GetItem. Bundled by the bench exactly like a service.
 */
import { answerGet } from './bench-dynamo-client.js';

interface AnyEvent {
  rawPath?: string;
  path?: string;
}

export const handler = async (event: AnyEvent) => {
  const body = await answerGet(event.rawPath ?? event.path ?? '/');
  return {
    statusCode: body ? 200 : 404,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body ?? { message: 'not found' }),
  };
};
