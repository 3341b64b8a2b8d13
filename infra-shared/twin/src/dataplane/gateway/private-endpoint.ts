import type { IncomingMessage } from 'node:http';
import { PIK_HEADERS } from '@pik/contracts/headers';
import type { ConditionContext } from '../auth/iam-conditions.js';
import type { GatewayContext } from './context.js';

/** A private API's execute-api endpoints: the stamp's token and the VPC of each endpoint id. */
export interface PrivateEndpoints {
  /** Shared with the twin's endpoints (`ExecuteApiEndpointConfig.stampToken`); a stamp without it is ignored. */
  readonly token: string;
  readonly vpcByEndpoint: ReadonlyMap<string, string>;
}

/**
 * The endpoint id a request was stamped with by one of the API's endpoints, or undefined (the request did
 * not come through one). The stamp is removed either way, so no integration sees it.
 */
export function endpointOf(req: IncomingMessage, endpoints: PrivateEndpoints): string | undefined {
  const stamp = req.headers[PIK_HEADERS.sourceVpce];
  delete req.headers[PIK_HEADERS.sourceVpce];
  if (typeof stamp !== 'string' || !stamp.startsWith(`${endpoints.token}:`)) return undefined;
  const id = stamp.slice(endpoints.token.length + 1);
  return endpoints.vpcByEndpoint.has(id) ? id : undefined;
}

/** The resource policy's keys for a request through an endpoint: `aws:SourceVpce` and `aws:SourceVpc`. */
export function endpointKeys(endpoints: PrivateEndpoints): (context: GatewayContext) => ConditionContext {
  return (context) => {
    const id = context.sourceVpce;
    const vpc = id === undefined ? undefined : endpoints.vpcByEndpoint.get(id);
    if (id === undefined || vpc === undefined) return new Map();
    return new Map([
      ['aws:sourcevpce', id],
      ['aws:sourcevpc', vpc],
    ]);
  };
}
