import { describe, expect, it } from 'vitest';
import { notEmulatedStage } from '../../../../src/dataplane/gateway/stages/not-emulated.js';
import { sendGatewayError } from '../../../../src/dataplane/gateway/stages/response.js';
import { requestContext } from '../request-context.js';

function answer(kind: 'rest' | 'http') {
  const lines: string[] = [];
  const { context, written } = requestContext();
  const stage = notEmulatedStage(
    'POST /queue',
    'QueueIntegration',
    'AWS service integrations are not emulated',
    (l) => lines.push(l),
  );
  const refused = stage.run(context);
  if (refused) sendGatewayError(written.asResponse(), kind, refused, 'req-1', `gateway:${kind}`);
  return { written, lines };
}

describe('not-emulated stage', () => {
  it("REST: API Gateway's 500 for a failed integration, and a log line naming the feature and the route", () => {
    const { written, lines } = answer('rest');
    expect([written.status, written.body]).toEqual([500, '{"message": "Internal server error"}']);
    expect(written.header('x-amzn-errortype')).toBe('InternalServerErrorException');
    expect(lines).toEqual([
      'POST /queue (integration QueueIntegration): AWS service integrations are not emulated; answered 500',
    ]);
  });

  it('HTTP API: its own 500 body, without x-amzn-ErrorType', () => {
    const { written } = answer('http');
    expect([written.status, written.body]).toEqual([500, '{"message":"Internal Server Error"}']);
    expect(written.header('x-amzn-errortype')).toBeUndefined();
  });
});
