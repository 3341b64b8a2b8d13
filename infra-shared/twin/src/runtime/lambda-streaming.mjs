// Response streaming in a Node.js execution environment: the `awslambda` global Lambda's Node.js runtimes
// provide (Lambda developer guide, "Writing response streaming-enabled Lambda functions"):
// `streamifyResponse(handler)` marks a handler as streaming (it is then called as
// `(event, responseStream, context)`), and `HttpResponseStream.from(stream, prelude)` writes the JSON
// prelude (status, headers, cookies) and the 8-byte NUL delimiter an API Gateway integration reads before
// the body (API Gateway developer guide, response-transfer-mode-lambda). Written here because the runtime
// interface client that provides them runs only inside Lambda's own images.
import { Writable } from 'node:stream';

/** The mark `streamifyResponse` puts on a handler (the runtime interface client's symbol and value). */
const HANDLER_STREAMING = Symbol.for('aws.lambda.runtime.handler.streaming');
const STREAM_RESPONSE = 'response';
const DELIMITER = Buffer.alloc(8);
const PRELUDE_CONTENT_TYPE = 'application/vnd.awslambda.http-integration-response';

/** Defines `globalThis.awslambda` before the handler loads (a bundle may read it at module scope). */
export function installAwsLambdaGlobal() {
  if (globalThis.awslambda) return;
  globalThis.awslambda = {
    streamifyResponse(handler) {
      handler[HANDLER_STREAMING] = STREAM_RESPONSE;
      return handler;
    },
    HttpResponseStream: {
      from(stream, prelude) {
        stream.setContentType?.(PRELUDE_CONTENT_TYPE);
        stream.write(JSON.stringify(prelude ?? {}));
        stream.write(DELIMITER);
        return stream;
      },
    },
  };
}

export const isStreamingHandler = (handler) => handler?.[HANDLER_STREAMING] === STREAM_RESPONSE;

/**
 * Runs a streaming handler. Invoked for a stream (`message.streaming`), each write leaves at once as a
 * `chunk` message and the result is null; invoked plainly, the bytes are collected and returned as the
 * payload, as a buffered Invoke of a streaming function returns what it wrote.
 */
export async function runStreamingHandler(handler, message, context, send) {
  const collected = [];
  const responseStream = new Writable({
    write(chunk, _encoding, done) {
      const bytes = Buffer.from(chunk);
      if (message.streaming) send({ type: 'chunk', id: message.id, data: bytes.toString('base64') });
      else collected.push(bytes);
      done();
    },
  });
  responseStream.setContentType = (type) => {
    responseStream.contentType = type;
  };
  await handler(message.event, responseStream, context);
  // Lambda closes the response when the handler settles, ended by the handler or not.
  if (!responseStream.writableEnded) responseStream.end();
  return message.streaming ? null : Buffer.concat(collected).toString('utf8');
}
