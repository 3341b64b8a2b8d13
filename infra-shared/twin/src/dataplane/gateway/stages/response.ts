import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { PIK_HEADERS } from '@pik/contracts/headers';
import { HOP_BY_HOP } from '../../http-util.js';
import type { Refusal, SyncGatewayStage } from '../context.js';
import { gatewayResponseRenderer, type RenderRefusal } from '../gateway-response-overrides.js';
import { httpRequestId, requestIdHeader } from '../request-id.js';
import { AWS_STREAM_LIMITS, relayStream, type StreamLimits } from '../stream-relay.js';
import type { ApiKind, IntegrationResponse } from '../types.js';

/**
 * Last stage: writes the integration's answer to the client without hop-by-hop headers, with the request
 * id (REST also `x-amz-apigw-id`), the trace (unless the answer brought one from further down) and the
 * body's length; a streamed answer (`stream`) goes on chunk by chunk, within `streamLimits`.
 */
export function responseStage(
  kind: ApiKind,
  streamLimits: StreamLimits = AWS_STREAM_LIMITS,
): SyncGatewayStage {
  const idHeader = requestIdHeader(kind);
  return {
    name: 'response',
    run(context) {
      const result = context.result;
      if (result?.stream) {
        const head = responseHead(result, kind, idHeader, context.requestId, context.trace);
        context.res.writeHead(result.statusCode, head);
        relayStream(context.res, result.stream, streamLimits);
      } else if (result) {
        writeIntegrationResponse(context.res, result, kind, idHeader, context.requestId, context.trace);
      }
      return undefined;
    },
  };
}

function writeIntegrationResponse(
  res: ServerResponse,
  result: IntegrationResponse,
  kind: ApiKind,
  idHeader: string,
  requestId: string,
  trace: string,
): void {
  const out = responseHead(result, kind, idHeader, requestId, trace);
  out.push('content-length', String(Buffer.byteLength(result.body)));
  res.writeHead(result.statusCode, out);
  res.end(result.body);
}

/** The answer's headers (name, value pairs) without hop-by-hop ones, plus request ids and the trace. */
function responseHead(
  result: IntegrationResponse,
  kind: ApiKind,
  idHeader: string,
  requestId: string,
  trace: string,
): string[] {
  const out: string[] = [];
  const headers: OutgoingHttpHeaders = result.headers;
  let traced = false;
  for (const name in headers) {
    const value = headers[name];
    if (value === undefined) continue;
    const lower = name.toLowerCase();
    if (HOP_BY_HOP.has(lower)) continue;
    if (lower === PIK_HEADERS.trace) traced = true;
    if (Array.isArray(value)) for (const v of value) out.push(name, v);
    else out.push(name, String(value));
  }
  if (!traced) out.push(PIK_HEADERS.trace, trace);
  out.push(idHeader, requestId);
  // REST answers also carry the extended request id.
  if (kind === 'rest') out.push('x-amz-apigw-id', httpRequestId());
  return out;
}

/**
 * Writes the gateway's own answer for a refusal: the JSON body of its kind, the request id (REST also
 * `x-amz-apigw-id` and `x-amzn-ErrorType`), the trace, the refusal's extra headers; a 413 closes the
 * connection (the rest of the body is not read).
 */
export function sendGatewayError(
  res: ServerResponse,
  kind: ApiKind,
  refused: Refusal,
  requestId: string,
  trace: string,
  render: RenderRefusal = gatewayResponseRenderer(kind, []),
): void {
  const shape = render(refused, requestId);
  const headers: string[] = [
    'content-type',
    'application/json',
    'content-length',
    String(Buffer.byteLength(shape.body)),
    requestIdHeader(kind),
    requestId,
    PIK_HEADERS.trace,
    trace,
  ];
  if (shape.errorType) headers.push('x-amzn-ErrorType', shape.errorType);
  if (kind === 'rest') headers.push('x-amz-apigw-id', httpRequestId());
  if (refused.headers) headers.push(...refused.headers);
  headers.push(...shape.headers);
  if (refused.error === 'payloadTooLarge') headers.push('connection', 'close');
  res.writeHead(shape.status, headers);
  res.end(shape.body);
}
