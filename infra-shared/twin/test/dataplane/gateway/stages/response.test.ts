import { describe, expect, it } from 'vitest';
import { responseStage, sendGatewayError } from '../../../../src/dataplane/gateway/stages/response.js';
import { requestContext } from '../request-context.js';

describe('response stage', () => {
  it("writes the integration's answer without hop-by-hop headers, with request id, trace and length", () => {
    const { context, written } = requestContext();
    context.result = {
      statusCode: 202,
      headers: {
        'content-type': 'application/json',
        connection: 'keep-alive',
        'Transfer-Encoding': 'chunked',
        'set-cookie': ['a=1', 'b=2'],
      },
      body: '{"ok":"é"}',
    };
    expect(responseStage('http').run(context)).toBeUndefined();
    expect(written.status).toBe(202);
    expect(written.header('content-type')).toBe('application/json');
    expect(written.headers.get('set-cookie')).toEqual(['a=1', 'b=2']);
    expect(written.header('connection')).toBeUndefined();
    expect(written.header('transfer-encoding')).toBeUndefined();
    expect(written.header('apigw-requestid')).toBe('req-1');
    expect(written.header('x-pik-trace')).toBe('gateway:rest');
    expect(written.header('content-length')).toBe(String(Buffer.byteLength('{"ok":"é"}')));
    expect(written.header('x-amz-apigw-id')).toBeUndefined();
    expect(written.body).toBe('{"ok":"é"}');
  });

  it('REST: x-amzn-RequestId and x-amz-apigw-id; a trace from further down is kept', () => {
    const { context, written } = requestContext();
    context.result = {
      statusCode: 200,
      headers: { 'X-Pik-Trace': 'gateway:rest > alb > lambda:orders' },
      body: '',
    };
    responseStage('rest').run(context);
    expect(written.header('x-amzn-requestid')).toBe('req-1');
    expect(written.header('x-amz-apigw-id')).toMatch(/^[A-Za-z0-9+/]{14}[A-Za-z0-9+/=]{2}$/);
    expect(written.headers.get('x-pik-trace')).toEqual(['gateway:rest > alb > lambda:orders']);
  });
});

describe('gateway error answers', () => {
  it("REST: AWS's body and error type, request ids, the trace so far and a refusal's extra headers", () => {
    const { written } = requestContext();
    sendGatewayError(
      written.asResponse(),
      'rest',
      { error: 'throttled', headers: ['retry-after', '1'] },
      'id-9',
      'gateway:rest',
    );
    expect(written.status).toBe(429);
    expect(JSON.parse(written.body ?? '')).toEqual({ message: 'Too Many Requests' });
    expect(written.header('x-amzn-errortype')).toBe('TooManyRequestsException');
    expect(written.header('x-amzn-requestid')).toBe('id-9');
    expect(written.header('x-amz-apigw-id')).toBeDefined();
    expect(written.header('x-pik-trace')).toBe('gateway:rest');
    expect(written.header('retry-after')).toBe('1');
    expect(written.header('connection')).toBeUndefined();
  });

  it('HTTP API: a 413 closes the connection (the rest of the body is not read)', () => {
    const { written } = requestContext();
    sendGatewayError(written.asResponse(), 'http', { error: 'payloadTooLarge' }, 'id-1', 'gateway:http');
    expect(written.status).toBe(413);
    expect(written.header('apigw-requestid')).toBe('id-1');
    expect(written.header('x-amzn-errortype')).toBeUndefined();
    expect(written.header('connection')).toBe('close');
    expect(written.header('content-length')).toBe(String(Buffer.byteLength(written.body ?? '')));
  });
});
