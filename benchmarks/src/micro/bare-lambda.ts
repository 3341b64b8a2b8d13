/**
 * The baseline of bench:cold: the least a Lambda handler on this stack does. It creates the same
 * DynamoDB document client as the services at module scope and answers every event with a small JSON
 * body. Bundled by the bench exactly like a service.
 */
import { doc } from './bench-dynamo-client.js';

interface AnyEvent {
  rawPath?: string;
  path?: string;
}

export const handler = async (event: AnyEvent) => ({
  statusCode: 200,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ status: 'ok', path: event.rawPath ?? event.path, client: typeof doc.send }),
});
