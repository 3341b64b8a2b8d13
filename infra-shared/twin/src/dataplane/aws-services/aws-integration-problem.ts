import type { AwsIntegrationConfig } from '../gateway/types.js';
import { responseTemplateProblem } from './integration-responses.js';
import { serviceActionProblem } from './service-action.js';

/**
 * Why the twin does not run this REST `Type: AWS` integration (every request answers 500), or `undefined`:
 * an action it does not emulate, or integration responses it cannot evaluate.
 */
export function awsIntegrationProblem(integration: {
  readonly uri?: string;
  readonly aws?: AwsIntegrationConfig;
}): string | undefined {
  const action = serviceActionProblem(integration.uri);
  if (action) return action;
  const responses = responseTemplateProblem(integration.aws?.integrationResponses);
  return responses ? `AWS integration not evaluated: ${responses}` : undefined;
}
