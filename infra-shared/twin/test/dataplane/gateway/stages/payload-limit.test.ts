import { describe, expect, it } from 'vitest';
import { payloadLimitStage } from '../../../../src/dataplane/gateway/stages/payload-limit.js';
import { requestContext } from '../request-context.js';

describe('payload limit stage', () => {
  const stage = payloadLimitStage(10);

  it('refuses a declared length over the limit before the body is read', () => {
    const { context } = requestContext({ method: 'POST', headers: { 'content-length': '11' } });
    expect(stage.run(context)?.error).toBe('payloadTooLarge');
  });

  it('lets a body of exactly the limit, or one without a declared length, through', () => {
    expect(stage.run(requestContext({ method: 'POST', body: '0123456789' }).context)).toBeUndefined();
    expect(stage.run(requestContext().context)).toBeUndefined();
  });
});
