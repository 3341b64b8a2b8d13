import { mappingProblem } from '../gateway/mapping/index.js';
import type { IntegrationMappingConfig } from '../gateway/types.js';
import { serviceActionProblem } from './service-action.js';

/**
 * Why the twin does not run this REST `Type: AWS` integration (every request answers 500), or `undefined`:
 * an action it does not emulate, or templates and integration responses the mapping engine cannot compile.
 */
export function awsIntegrationProblem(integration: {
  readonly uri?: string;
  readonly mapping?: IntegrationMappingConfig;
}): string | undefined {
  const action = serviceActionProblem(integration.uri);
  if (action) return action;
  const mapping = mappingProblem(integration.mapping ?? {});
  return mapping ? `AWS integration not evaluated: ${mapping}` : undefined;
}
