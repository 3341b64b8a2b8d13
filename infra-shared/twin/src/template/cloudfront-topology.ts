/**
 * CloudFront distributions of a template whose origin is the stack's API (`AWS::CloudFront::Distribution`
 * with its cache and origin request policies), as the twin's CloudFront listener runs them: per behaviour
 * the path pattern, allowed and cached methods, TTLs and cache key, the headers and query strings sent to
 * the origin, and the origin's custom headers.
 */
import { num, type Props, str, strList, type TemplateContext } from './context.js';
import type { CloudFrontBehaviourSpec, DistributionSpec } from './topology.js';

type Selection = CloudFrontBehaviourSpec['keyQueryStrings'];

function selection(config: Props | undefined, behaviourKey: string, listKey: string): Selection {
  const behaviour = str(config?.[behaviourKey]) ?? 'none';
  if (behaviour === 'all' || behaviour === 'allViewer') return 'all';
  if (behaviour === 'whitelist') return strList(config?.[listKey]).map((h) => h.toLowerCase());
  return [];
}

function behaviourOf(
  ctx: TemplateContext,
  b: Props,
  pathPattern: string | undefined,
): CloudFrontBehaviourSpec {
  const cachePolicy = ctx.props(str(b.CachePolicyId) ?? '')?.CachePolicyConfig as Props | undefined;
  const keyConfig = cachePolicy?.ParametersInCacheKeyAndForwardedToOrigin as Props | undefined;
  const originPolicy = ctx.props(str(b.OriginRequestPolicyId) ?? '')?.OriginRequestPolicyConfig as
    | Props
    | undefined;
  for (const id of [str(b.CachePolicyId), str(b.OriginRequestPolicyId)]) if (id) ctx.consumed.add(id);
  return {
    ...(pathPattern ? { pathPattern } : {}),
    allowedMethods: strList(b.AllowedMethods ?? ['GET', 'HEAD']),
    cachedMethods: strList(b.CachedMethods ?? ['GET', 'HEAD']),
    minTtlSeconds: num(cachePolicy?.MinTTL) ?? 0,
    defaultTtlSeconds: num(cachePolicy?.DefaultTTL) ?? 86_400,
    maxTtlSeconds: num(cachePolicy?.MaxTTL) ?? 31_536_000,
    keyHeaders: selection(keyConfig?.HeadersConfig as Props, 'HeaderBehavior', 'Headers'),
    keyQueryStrings: selection(keyConfig?.QueryStringsConfig as Props, 'QueryStringBehavior', 'QueryStrings'),
    forwardHeaders: selection(originPolicy?.HeadersConfig as Props, 'HeaderBehavior', 'Headers'),
    forwardQueryStrings: selection(
      originPolicy?.QueryStringsConfig as Props,
      'QueryStringBehavior',
      'QueryStrings',
    ),
  };
}

export function buildDistributions(ctx: TemplateContext): DistributionSpec[] {
  return ctx.ofType('AWS::CloudFront::Distribution').map(([id, p]) => {
    ctx.consumed.add(id);
    const config = p.DistributionConfig as Props;
    const origin = ((config.Origins as Props[] | undefined) ?? [])[0] ?? {};
    const headers = (origin.OriginCustomHeaders as Props[] | undefined) ?? [];
    return {
      id,
      originPath: str(origin.OriginPath) ?? '',
      originHeaders: Object.fromEntries(
        headers.map((h) => [String(h.HeaderName).toLowerCase(), String(h.HeaderValue)]),
      ),
      behaviours: [
        ...((config.CacheBehaviors as Props[] | undefined) ?? []).map((b) =>
          behaviourOf(ctx, b, str(b.PathPattern)),
        ),
        behaviourOf(ctx, config.DefaultCacheBehavior as Props, undefined),
      ],
      webAcl: config.WebACLId !== undefined,
    };
  });
}
