import { refusal, type SyncGatewayStage } from '../context.js';

/**
 * In place of the integration stage for an integration the twin does not emulate (`integration-support.ts`):
 * every request gets API Gateway's 500 for a failed integration, and `log` names the missing feature and the
 * route, so the answer is never mistaken for the backend's.
 */
export function notEmulatedStage(
  routeKey: string,
  integrationId: string,
  missing: string,
  log: (line: string) => void,
): SyncGatewayStage {
  const error = refusal('integrationError');
  const line = `${routeKey} (integration ${integrationId}): ${missing}; answered 500`;
  return {
    name: 'not-emulated',
    run() {
      log(line);
      return error;
    },
  };
}
