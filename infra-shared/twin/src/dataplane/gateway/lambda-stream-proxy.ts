/**
 * REST Lambda proxy integration with response streaming (API Gateway developer guide,
 * response-transfer-mode-lambda): an `AWS_PROXY` integration whose URI is the
 * `.../2021-11-15/functions/<arn>/response-streaming-invocations` action invokes the function for a
 * response stream (InvokeWithResponseStream). The function writes a JSON prelude (`statusCode`, `headers`,
 * `cookies`), eight NUL bytes, then the body; the gateway answers with the prelude's status and headers as
 * soon as the delimiter arrives and relays the body as the function writes it (the response stage relays
 * `stream` within the stream time limits). The event is the one a buffered Lambda proxy integration sends.
 * A function that fails, or ends, before a valid prelude gets REST's 502; one that fails after it has its
 * stream cut. The runtime's cold-start headers are not added to streamed answers (they are known only once
 * the invocation ends).
 */
import type { OutgoingHttpHeaders } from 'node:http';
import { PassThrough } from 'node:stream';
import { PIK_HEADERS } from '@pik/contracts/headers';
import type { InvokeLambda } from '../lambda-invoke.js';
import { type LambdaProxyOptions, lambdaCall, lambdaProxyFailure, payloadV1Event } from './lambda-proxy.js';
import type { Forward, IntegrationConfig, IntegrationResponse } from './types.js';

const STREAMING_ACTION = /\/2021-11-15\/functions\/.+\/response-streaming-invocations$/;
/** What separates the prelude from the body. */
const DELIMITER = Buffer.alloc(8);
const EMPTY = Buffer.alloc(0);

/** True for a Lambda proxy integration that invokes for a response stream. */
export function isStreamingInvocation(integration: Pick<IntegrationConfig, 'type' | 'uri'>): boolean {
  return integration.type === 'AWS_PROXY' && STREAMING_ACTION.test(integration.uri ?? '');
}

interface Prelude {
  readonly statusCode: number;
  readonly headers: OutgoingHttpHeaders;
}

/** The prelude's status and headers (cookies as `set-cookie`), or undefined when it is not one. */
function readPrelude(bytes: Buffer): Prelude | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.toString('utf8'));
  } catch {
    return undefined;
  }
  if (!parsed || typeof parsed !== 'object') return undefined;
  const p = parsed as { statusCode?: unknown; headers?: unknown; cookies?: unknown };
  const status = p.statusCode ?? 200;
  if (typeof status !== 'number' || !Number.isInteger(status) || status < 100 || status > 599)
    return undefined;
  const headers: OutgoingHttpHeaders = {};
  for (const [k, v] of Object.entries((p.headers ?? {}) as Record<string, unknown>)) {
    headers[k.toLowerCase()] = String(v);
  }
  if (Array.isArray(p.cookies)) headers['set-cookie'] = p.cookies.map(String);
  return { statusCode: status, headers };
}

/** Streaming Lambda proxy integrations (REST, payload format 1.0) through the runtime's streaming invoke. */
export function createLambdaStreamForward(invoke: InvokeLambda, options: LambdaProxyOptions = {}): Forward {
  return (request, integration) =>
    new Promise<IntegrationResponse>((resolve, reject) => {
      const { functionId, qualifier, trace } = lambdaCall(request, integration, options);
      const body = new PassThrough();
      let head: Buffer = EMPTY;
      let answered = false;
      const answer = (response: IntegrationResponse) => {
        answered = true;
        resolve(response);
      };
      const onChunk = (chunk: Buffer) => {
        // After the client went away (the relay destroyed the body) the rest is dropped.
        if (answered) return void (body.destroyed || body.write(chunk));
        head = Buffer.concat([head, chunk]);
        const at = head.indexOf(DELIMITER);
        if (at < 0) return;
        const prelude = readPrelude(head.subarray(0, at));
        if (!prelude) return answer(lambdaProxyFailure(true, trace));
        prelude.headers[PIK_HEADERS.trace] ??= trace;
        answer({ statusCode: prelude.statusCode, headers: prelude.headers, body: EMPTY, stream: body });
        const rest = head.subarray(at + DELIMITER.length);
        if (rest.length > 0) body.write(rest);
      };
      invoke(functionId, payloadV1Event(request), { ...(qualifier ? { qualifier } : {}), onChunk }).then(
        (result) => {
          if (!answered) return answer(lambdaProxyFailure(true, trace));
          // A failure after the prelude cuts the stream (the relay closes the client connection).
          if (result.functionError) body.destroy(new Error(`function ${functionId} failed mid-stream`));
          else body.end();
        },
        (error: unknown) => {
          if (answered) body.destroy(error instanceof Error ? error : new Error(String(error)));
          else reject(error);
        },
      );
    });
}
