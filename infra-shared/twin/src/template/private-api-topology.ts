/**
 * A private REST API's way in, from the template: the interface VPC endpoints for `execute-api`, the custom
 * domain names for private APIs (`AWS::ApiGateway::DomainNameV2`, or a `DomainName` of endpoint type
 * PRIVATE) with their base path mappings and domain name access associations, and the load balancer
 * targets that are the endpoints' addresses (registered from the custom resource that looks them up).
 */
import { type Props, str, strList, type TemplateContext } from './context.js';
import type { ExecuteApiEndpointSpec, PrivateAccessSpec, PrivateDomainSpec } from './topology.js';

const ENDPOINT = 'AWS::EC2::VPCEndpoint';
const DOMAIN_TYPES = ['AWS::ApiGateway::DomainNameV2', 'AWS::ApiGateway::DomainName'];
const MAPPING_TYPES = ['AWS::ApiGateway::BasePathMappingV2', 'AWS::ApiGateway::BasePathMapping'];
const ASSOCIATION = 'AWS::ApiGateway::DomainNameAccessAssociation';

function isExecuteApiEndpoint(p: Props): boolean {
  const service = str(p.ServiceName) ?? '';
  return (str(p.VpcEndpointType) ?? 'Gateway') === 'Interface' && service.endsWith('.execute-api');
}

function executeApiEndpoints(ctx: TemplateContext): ExecuteApiEndpointSpec[] {
  return ctx.ofType(ENDPOINT).flatMap(([id, p]) => {
    if (!isExecuteApiEndpoint(p)) return [];
    ctx.consumed.add(id);
    return [{ id, endpointId: String(ctx.resolver.ref(id)), vpcId: str(p.VpcId) ?? 'vpc-unknown' }];
  });
}

function isPrivateDomain(p: Props): boolean {
  const types = strList(((p.EndpointConfiguration ?? {}) as Props).Types);
  return types.includes('PRIVATE');
}

/** The domain a mapping or association names: by `DomainNameArn` (V2) or `DomainName` (V1). */
function domainOf(ctx: TemplateContext, p: Props, domainIds: readonly string[]): string | undefined {
  const id = ctx.referencedId(p.DomainNameArn) ?? ctx.referencedId(p.DomainName);
  if (id && domainIds.includes(id)) return id;
  const name = str(p.DomainName);
  return domainIds.find((d) => str(ctx.props(d).DomainName) === name);
}

function privateDomains(
  ctx: TemplateContext,
  apiId: string,
  endpoints: readonly ExecuteApiEndpointSpec[],
): PrivateDomainSpec[] {
  const domainIds = DOMAIN_TYPES.flatMap((type) => ctx.ofType(type))
    .filter(([, p]) => isPrivateDomain(p))
    .map(([id]) => id);
  const associations = ctx.ofType(ASSOCIATION).map(([id, p]) => {
    ctx.consumed.add(id);
    const source = str(p.AccessAssociationSource);
    const endpoint = endpoints.find((e) => e.endpointId === source || e.id === ctx.referencedId(source));
    return { domainId: domainOf(ctx, p, domainIds), endpointId: endpoint?.id };
  });
  return MAPPING_TYPES.flatMap((type) => ctx.ofType(type)).flatMap(([id, p]) => {
    const domainId = domainOf(ctx, p, domainIds);
    if (!domainId || ctx.referencedId(p.RestApiId, 'AWS::ApiGateway::RestApi') !== apiId) return [];
    ctx.consumed.add(id);
    ctx.consumed.add(domainId);
    const endpointIds = associations.flatMap((a) =>
      a.domainId === domainId && a.endpointId ? [a.endpointId] : [],
    );
    return [
      {
        id: domainId,
        domainName: str(ctx.props(domainId).DomainName) ?? domainId,
        basePath: (str(p.BasePath) ?? '').replace(/^\/+|\/+$/g, '').replace(/^\(none\)$/, ''),
        apiId,
        stage: str(p.Stage) ?? '',
        endpointIds,
      },
    ];
  });
}

/** The private API's endpoints and domains, or undefined when the stack has no execute-api endpoint. */
export function buildPrivateAccess(ctx: TemplateContext, apiId: string): PrivateAccessSpec | undefined {
  const endpoints = executeApiEndpoints(ctx);
  if (endpoints.length === 0) return undefined;
  return { endpoints, domains: privateDomains(ctx, apiId, endpoints) };
}

/**
 * The execute-api endpoints whose addresses a target group registers: IP targets whose `Id` is an
 * attribute of a custom resource that looks up that endpoint's network interfaces. In the twin the
 * targets resolve to the endpoint's local listener.
 */
export function endpointTargets(ctx: TemplateContext, registered: readonly Props[]): string[] {
  const endpoints = ctx.ofType(ENDPOINT).filter(([, p]) => isExecuteApiEndpoint(p));
  const ids = new Set<string>();
  for (const target of registered) {
    const lookup = ctx.referencedId(target.Id);
    const resource = lookup ? ctx.resources.get(lookup) : undefined;
    if (!resource || !/^Custom::|^AWS::CloudFormation::CustomResource$/.test(resource.Type)) continue;
    // The call as written (its endpoint interface ids resolve only at deploy time): which endpoint it names.
    const call = JSON.stringify([resource.Properties?.Create, resource.Properties?.Update]);
    for (const [id] of endpoints) if (call.includes(`"${id}"`)) ids.add(id);
  }
  return [...ids];
}
