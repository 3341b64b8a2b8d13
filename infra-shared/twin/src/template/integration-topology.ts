/**
 * API Gateway integrations from a template, alike for HTTP APIs and REST APIs: VPC links, where a private
 * integration lands (load balancer and listener), Lambda targets, and a REST integration's templates.
 */
import type { MockIntegrationConfig } from '../dataplane/gateway/types.js';
import { num, type Props, str, strList, type TemplateContext } from './context.js';
import { invocationQualifier } from './lambda-alias-topology.js';
import type { IntegrationSpec, IntegrationTarget, LoadBalancerSpec, VpcLinkSpec } from './topology.js';

export const V1_LINK = 'AWS::ApiGateway::VpcLink';
export const V2_LINK = 'AWS::ApiGatewayV2::VpcLink';
const LB = 'AWS::ElasticLoadBalancingV2::LoadBalancer';
const LISTENER = 'AWS::ElasticLoadBalancingV2::Listener';
export const FUNCTION = 'AWS::Lambda::Function';

/** API Gateway's integration timeout when the template sets none (REST 29 s, HTTP API 30 s). */
const DEFAULT_TIMEOUT_MS = { rest: 29_000, http: 30_000 } as const;

export function buildVpcLinks(ctx: TemplateContext): VpcLinkSpec[] {
  const v1 = ctx.ofType(V1_LINK).map(([id, p]): VpcLinkSpec => {
    ctx.consumed.add(id);
    return {
      id,
      version: 'v1',
      targetLoadBalancerIds: strList(p.TargetArns)
        .map((arn) => ctx.referencedId(arn, LB))
        .filter((x): x is string => !!x),
    };
  });
  const v2 = ctx.ofType(V2_LINK).map(([id]): VpcLinkSpec => {
    ctx.consumed.add(id);
    return { id, version: 'v2', targetLoadBalancerIds: [] };
  });
  return [...v1, ...v2];
}

/** Finds where a private integration lands: the load balancer and listener, from a URI or ARNs. */
function privateTarget(
  ctx: TemplateContext,
  loadBalancers: readonly LoadBalancerSpec[],
  connectionId: unknown,
  uri: string,
  integrationTarget: unknown,
): IntegrationTarget | undefined {
  const vpcLinkId = ctx.referencedId(connectionId, V1_LINK) ?? ctx.referencedId(connectionId, V2_LINK);
  if (!vpcLinkId) return undefined;
  const linkVersion = ctx.resources.get(vpcLinkId)?.Type === V1_LINK ? 'v1' : 'v2';
  const listenerId = ctx.referencedId(uri, LISTENER);
  if (listenerId && uri.startsWith('arn:')) {
    const lb = loadBalancers.find((l) => l.listeners.some((x) => x.id === listenerId));
    const listener = lb?.listeners.find((x) => x.id === listenerId);
    if (lb && listener) {
      return {
        kind: 'vpc-link',
        linkVersion,
        vpcLinkId,
        loadBalancerId: lb.id,
        listenerId,
        port: listener.port,
      };
    }
  }
  let url: URL | undefined;
  try {
    url = new URL(uri.replace(/\{[^}]*\}/g, 'x'));
  } catch {
    url = undefined;
  }
  const lbId =
    ctx.referencedId(integrationTarget, LB) ??
    (url ? loadBalancers.find((l) => l.dnsName.toLowerCase() === url.hostname.toLowerCase())?.id : undefined);
  const lb = loadBalancers.find((l) => l.id === lbId);
  if (!lb) return undefined;
  const port = url?.port ? Number(url.port) : url?.protocol === 'https:' ? 443 : 80;
  const listener = lb.listeners.find((l) => l.port === port);
  if (!listener) return undefined;
  return { kind: 'vpc-link', linkVersion, vpcLinkId, loadBalancerId: lb.id, listenerId: listener.id, port };
}

function lambdaTarget(ctx: TemplateContext, uri: string): IntegrationTarget | undefined {
  const functionId = ctx.referencedId(uri, FUNCTION);
  if (!functionId) return undefined;
  const qualifier = invocationQualifier(ctx, functionId, uri);
  return { kind: 'lambda', functionId, ...(qualifier ? { qualifier } : {}) };
}

export function integrationOf(
  ctx: TemplateContext,
  loadBalancers: readonly LoadBalancerSpec[],
  id: string,
  p: Props,
  flavour: 'http' | 'rest',
): IntegrationSpec {
  const type = String(p.IntegrationType ?? p.Type ?? 'HTTP_PROXY');
  const uri = String(p.IntegrationUri ?? p.Uri ?? '');
  const target =
    (p.ConnectionType === 'VPC_LINK'
      ? privateTarget(ctx, loadBalancers, p.ConnectionId, uri, p.IntegrationTarget)
      : type === 'AWS_PROXY'
        ? lambdaTarget(ctx, uri)
        : undefined) ?? ({ kind: 'http', url: uri } as const);
  const payload = str(p.PayloadFormatVersion);
  return {
    id,
    type,
    subtype: str(p.IntegrationSubtype),
    mock: type === 'MOCK' ? mockOf(p) : undefined,
    credentials: type === 'AWS' ? str(p.Credentials) : undefined,
    mapping: type === 'HTTP' || type === 'AWS' ? mockOf(p) : undefined,
    target,
    uri,
    method: String(p.IntegrationMethod ?? p.IntegrationHttpMethod ?? 'ANY'),
    payloadFormatVersion: payload === '1.0' || payload === '2.0' ? payload : undefined,
    timeoutMs: num(p.TimeoutInMillis, DEFAULT_TIMEOUT_MS[flavour]),
    responseTransferMode: flavour === 'rest' && p.ResponseTransferMode === 'STREAM' ? 'STREAM' : undefined,
    requestParameters: strMap(p.RequestParameters),
  };
}

/** String-valued map properties (`RequestTemplates`, `ResponseParameters`, ...) as written. */
export function strMap(value: unknown): Record<string, string> {
  return Object.fromEntries(Object.entries((value ?? {}) as Props).map(([k, v]) => [k, String(v)]));
}

/** A REST non-proxy integration's templates and integration responses (`AWS::ApiGateway::Method` `Integration`). */
function mockOf(p: Props): MockIntegrationConfig {
  const passthrough = str(p.PassthroughBehavior);
  return {
    requestTemplates: strMap(p.RequestTemplates),
    passthroughBehavior:
      passthrough === 'NEVER' || passthrough === 'WHEN_NO_TEMPLATES' ? passthrough : 'WHEN_NO_MATCH',
    integrationResponses: ((p.IntegrationResponses ?? []) as Props[]).map((r) => ({
      statusCode: String(r.StatusCode ?? ''),
      selectionPattern: str(r.SelectionPattern),
      responseParameters: strMap(r.ResponseParameters),
      responseTemplates: strMap(r.ResponseTemplates),
    })),
  };
}
