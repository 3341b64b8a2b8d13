import type { ExecuteApiEndpointConfig } from '../../dataplane/gateway/execute-api-endpoint.js';
import type { PrivateEndpoints } from '../../dataplane/gateway/private-endpoint.js';
import type { ExecuteApiEndpointSpec, PatternTopology, PrivateAccessSpec } from '../../template/topology.js';
import { endpointTargetGroups, segment } from '../chain.js';

/** The port an execute-api endpoint listens on (HTTPS); the key of its local port in `listenerPorts`. */
export const EXECUTE_API_ENDPOINT_PORT = 443;

/** The gateway's private mode: the stamp's token and each endpoint's VPC (`aws:SourceVpc`). */
export function privateEndpointsConfig(access: PrivateAccessSpec, token: string): PrivateEndpoints {
  return { token, vpcByEndpoint: new Map(access.endpoints.map((e) => [e.endpointId, e.vpcId])) };
}

/** One execute-api endpoint: the private API's gateway port and the domains associated with the endpoint. */
export function executeApiEndpointConfig(
  topology: PatternTopology,
  endpoint: ExecuteApiEndpointSpec,
  gatewayPort: number,
  token: string,
): ExecuteApiEndpointConfig {
  const domains = (topology.privateAccess?.domains ?? []).filter((d) => d.endpointIds.includes(endpoint.id));
  return {
    endpointId: endpoint.endpointId,
    apis: [{ apiId: topology.api.id, port: gatewayPort }],
    domains: domains.map(({ domainName, basePath, apiId, stage }) => ({
      domainName,
      basePath,
      apiId,
      stage,
    })),
    stampToken: token,
    traceSegment: segment.executeApiEndpoint(),
  };
}

/**
 * What a client sends to reach the private API from outside: the `Host` and the path prefix. A private
 * custom domain associated with the endpoint the public ALB targets (else any endpoint) when there is one,
 * else the API's own execute-api host name with its stage.
 */
export function privateEntryRequest(
  topology: PatternTopology,
  region = 'us-east-1',
): { readonly host: string; readonly pathPrefix: string } {
  const access = topology.privateAccess;
  const fronted = new Set(
    endpointTargetGroups(topology).flatMap((g) =>
      g.targets.kind === 'ip' ? (g.targets.executeApiEndpointIds ?? []) : [],
    ),
  );
  const domains = access?.domains ?? [];
  const domain =
    domains.find((d) => d.endpointIds.some((id) => fronted.has(id))) ??
    domains.find((d) => d.endpointIds.length > 0);
  if (domain) return { host: domain.domainName, pathPrefix: domain.basePath ? `/${domain.basePath}` : '' };
  return {
    host: `${topology.api.id.toLowerCase()}.execute-api.${region}.amazonaws.com`,
    pathPrefix: `/${topology.api.stage.name}`,
  };
}
