/**
 * Which integrations the twin runs, per API flavour; the one answer both the start-up listing and the
 * gateway's route pipeline use, so a route is never run as something other than what its template says.
 *
 * REST: `HTTP_PROXY`, `AWS_PROXY` (Lambda proxy), `MOCK` (`mock-integration.ts`) and `HTTP` (non-proxy:
 * mapping templates, `mapping/`), unless their mapping cannot be compiled. `AWS`: the service actions of
 * `aws-services/service-action.ts` (Kinesis, DynamoDB), against local emulators.
 * HTTP API: `HTTP_PROXY` and `AWS_PROXY` to Lambda; `AWS_PROXY` with an `IntegrationSubtype` is an AWS
 * service integration (not emulated); `HTTP`, `AWS` and `MOCK` exist on WebSocket APIs only.
 */
import { awsIntegrationProblem } from '../aws-services/aws-integration-problem.js';
import { mappingProblem } from './mapping/index.js';
import { mockProblem } from './mock-integration.js';
import type { ApiKind, IntegrationMappingConfig, MockIntegrationConfig } from './types.js';

export interface IntegrationKind {
  readonly type: string;
  readonly subtype?: string;
  readonly mock?: MockIntegrationConfig;
  readonly uri?: string;
  readonly mapping?: IntegrationMappingConfig;
  readonly requestParameters?: Readonly<Record<string, string>>;
}

/** Why the twin does not run this integration (a request reaching it answers 500), or `undefined`. */
export function integrationProblem(kind: ApiKind, integration: IntegrationKind): string | undefined {
  const { type, subtype } = integration;
  if (kind === 'http') {
    if (type === 'AWS_PROXY' && subtype) return `AWS service integration ${subtype} is not emulated`;
    if (type === 'HTTP_PROXY' || type === 'AWS_PROXY') return undefined;
    return `${type} integrations exist on WebSocket APIs only, not on HTTP APIs`;
  }
  switch (type) {
    case 'HTTP_PROXY':
    case 'AWS_PROXY':
      return undefined;
    case 'MOCK': {
      const problem = mockProblem(integration.mock ?? {});
      return problem ? `MOCK integration not evaluated: ${problem}` : undefined;
    }
    case 'HTTP': {
      const problem = mappingProblem(integration.mapping ?? {}, integration.requestParameters);
      return problem ? `HTTP (non-proxy) integration not evaluated: ${problem}` : undefined;
    }
    case 'AWS':
      return awsIntegrationProblem(integration);
    default:
      return `${type} integrations are not emulated`;
  }
}
