import { pipeline } from 'node:stream/promises';
import type { Context } from 'aws-lambda';

/** What @fastify/aws-lambda answers with `payloadAsStream`: the status and headers, then the body. */
export interface StreamedAnswer {
  readonly meta: { statusCode: number; headers?: Record<string, unknown>; cookies?: string[] };
  readonly stream: NodeJS.ReadableStream;
}

/** The response stream Lambda's Node.js runtime hands a streaming handler. */
export type ResponseStream = NodeJS.WritableStream;

/**
 * The part of Lambda's Node.js runtime global `awslambda` that response streaming uses (Lambda developer
 * guide, "Response streaming for Lambda functions"): `streamifyResponse` marks a handler as streaming,
 * `HttpResponseStream.from` writes the status and headers (the JSON prelude and its 8-byte NUL delimiter an
 * API Gateway or function URL reads first) and returns the stream for the body.
 */
export interface AwsLambdaStreaming {
  streamifyResponse(
    handler: (event: unknown, stream: ResponseStream, context: Context) => Promise<void>,
  ): unknown;
  readonly HttpResponseStream: { from(stream: ResponseStream, prelude: object): ResponseStream };
}

export type StreamingLambdaHandler = unknown;

function runtimeStreaming(): AwsLambdaStreaming | undefined {
  return (globalThis as { awslambda?: AwsLambdaStreaming }).awslambda;
}

/**
 * A streaming handler over `answer` (the streaming proxy): it writes the answer's status and headers
 * through `HttpResponseStream.from`, then pipes the body chunk by chunk as the app writes it. Built with
 * the runtime's `streamifyResponse`; where the runtime has none (plain Node, tests without the global), the
 * returned handler throws on use, saying so, instead of answering buffered under a streaming name.
 */
export function streamingLambdaHandler(
  answer: (event: never, context: Context) => Promise<StreamedAnswer>,
  streaming: AwsLambdaStreaming | undefined = runtimeStreaming(),
): StreamingLambdaHandler {
  if (typeof streaming?.streamifyResponse !== 'function') {
    return async () => {
      throw new Error(
        'streamingHandler needs the Lambda Node.js runtime (global awslambda.streamifyResponse)',
      );
    };
  }
  const runtime = streaming as AwsLambdaStreaming;
  return runtime.streamifyResponse(async (event, responseStream, context) => {
    const { meta, stream } = await answer(event as never, context);
    const prelude = {
      statusCode: meta.statusCode,
      headers: meta.headers ?? {},
      ...(meta.cookies ? { cookies: meta.cookies } : {}),
    };
    await pipeline(stream, runtime.HttpResponseStream.from(responseStream, prelude));
  });
}
