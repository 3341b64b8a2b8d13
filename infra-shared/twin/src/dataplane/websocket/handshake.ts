/**
 * The `$connect` of one handshake: the REQUEST authorizer (401 without the identity source or when the
 * function throws `Unauthorized`, 403 on a Deny, 500 on any other failure), then the route's integration
 * (a non-2xx answer refuses the connection with its status).
 */
import type { IncomingMessage } from 'node:http';
import type { WebSocketApiSpec } from '../../template/websocket-topology.js';
import type { InvokeLambda } from '../lambda-invoke.js';
import { type ApiFacts, authorizerEvent, type ConnectionFacts, connectEvent } from './events.js';

export type HandshakeVerdict =
  | { readonly accepted: true; readonly authorizer?: Readonly<Record<string, unknown>> }
  | { readonly accepted: false; readonly status: number; readonly message: string };

const refuse = (status: number, message: string): HandshakeVerdict => ({ accepted: false, status, message });

function headersOf(req: IncomingMessage): Record<string, string> {
  return Object.fromEntries(
    Object.entries(req.headers).flatMap(([k, v]) =>
      v === undefined ? [] : [[k, Array.isArray(v) ? v.join(',') : v]],
    ),
  );
}

async function authorize(
  api: WebSocketApiSpec,
  facts: ApiFacts,
  connection: ConnectionFacts,
  authorizerId: string,
  request: { headers: Record<string, string>; query: Record<string, string> },
  invoke: InvokeLambda,
): Promise<HandshakeVerdict> {
  const authorizer = api.authorizers.find((a) => a.id === authorizerId);
  if (!authorizer) return refuse(500, 'Internal server error');
  if (authorizer.queryParameter && !request.query[authorizer.queryParameter])
    return refuse(401, 'Unauthorized');
  const result = await invoke(
    authorizer.functionId,
    authorizerEvent(facts, connection, request.headers, request.query),
  );
  if (result.functionError) {
    const message = (result.payload as { errorMessage?: string } | null)?.errorMessage;
    return message === 'Unauthorized' ? refuse(401, 'Unauthorized') : refuse(500, 'Internal server error');
  }
  const policy = result.payload as {
    principalId?: string;
    policyDocument?: { Statement?: { Effect?: string }[] };
    context?: Record<string, unknown>;
  } | null;
  const statements = policy?.policyDocument?.Statement ?? [];
  if (statements.length === 0 || statements.some((s) => s.Effect !== 'Allow'))
    return refuse(403, 'Forbidden');
  return { accepted: true, authorizer: { principalId: policy?.principalId, ...policy?.context } };
}

export async function connectHandshake(
  api: WebSocketApiSpec,
  facts: ApiFacts,
  connection: ConnectionFacts,
  req: IncomingMessage,
  invoke: InvokeLambda,
): Promise<HandshakeVerdict> {
  const headers = headersOf(req);
  const query = Object.fromEntries(new URL(req.url ?? '/', 'http://localhost').searchParams);
  const route = api.routes.find((r) => r.routeKey === '$connect');
  let authorizer: Readonly<Record<string, unknown>> | undefined;
  if (route?.authorizerId) {
    const verdict = await authorize(api, facts, connection, route.authorizerId, { headers, query }, invoke);
    if (!verdict.accepted) return verdict;
    authorizer = verdict.authorizer;
  }
  if (route?.functionId) {
    const withAuth = authorizer ? { ...connection, authorizer } : connection;
    const result = await invoke(route.functionId, connectEvent(facts, withAuth, headers, query));
    const status = (result.payload as { statusCode?: number } | null)?.statusCode ?? 200;
    if (result.functionError) return refuse(500, 'Internal server error');
    if (status < 200 || status > 299) return refuse(status, 'Forbidden');
  }
  return { accepted: true, ...(authorizer ? { authorizer } : {}) };
}
