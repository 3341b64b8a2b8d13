import { refusal, type SyncGatewayStage } from '../context.js';

/**
 * Refuses a request whose declared `content-length` exceeds the payload limit before anything else reads
 * it (the integration stage enforces the same limit on bodies sent without a length).
 */
export function payloadLimitStage(maxPayloadBytes: number): SyncGatewayStage {
  const tooLarge = refusal('payloadTooLarge');
  return {
    name: 'payload-limit',
    run(context) {
      const declared = context.req.headers['content-length'];
      return declared !== undefined && Number(declared) > maxPayloadBytes ? tooLarge : undefined;
    },
  };
}
