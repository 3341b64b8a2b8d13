/**
 * Public custom domain names from the template: `AWS::ApiGateway::DomainName` (REGIONAL or EDGE) with its
 * base path mappings, `AWS::ApiGatewayV2::DomainName` with its API mappings, and the REST routing rules
 * (`AWS::ApiGatewayV2::RoutingRule`) of a domain whose routing mode allows them. Private custom domains
 * are read by `private-api-topology.ts`.
 */
import { num, type Props, str, strList, type TemplateContext } from './context.js';
import type { CustomDomainSpec, DomainMappingSpec, DomainRoutingMode, DomainRuleSpec } from './topology.js';

const REST_DOMAIN = 'AWS::ApiGateway::DomainName';
const HTTP_DOMAIN = 'AWS::ApiGatewayV2::DomainName';
const BASE_PATH_MAPPING = 'AWS::ApiGateway::BasePathMapping';
const API_MAPPING = 'AWS::ApiGatewayV2::ApiMapping';
const ROUTING_RULE = 'AWS::ApiGatewayV2::RoutingRule';
const REST_API = 'AWS::ApiGateway::RestApi';
const HTTP_API = 'AWS::ApiGatewayV2::Api';

/**
 * The routing mode as CloudFormation writes it on either resource type (`apigateway` says BASE_PATH_MAPPING
 * where `apigatewayv2` says API_MAPPING; set-routing-mode.html). Absent means mappings only.
 */
function routingMode(value: unknown): DomainRoutingMode {
  const mode = str(value) ?? 'API_MAPPING_ONLY';
  if (mode === 'ROUTING_RULE_ONLY') return 'rules-only';
  if (mode.startsWith('ROUTING_RULE_THEN_')) return 'rules-then-mappings';
  return 'mappings-only';
}

function isPrivate(p: Props): boolean {
  return strList(((p.EndpointConfiguration ?? {}) as Props).Types).includes('PRIVATE');
}

/** `(none)` and '' map the domain's root; slashes around a base path do not count. */
function basePathOf(value: unknown): string {
  return (str(value) ?? '').replace(/^\/+|\/+$/g, '').replace(/^\(none\)$/, '');
}

function domainIdOf(ctx: TemplateContext, p: Props, ids: ReadonlySet<string>): string | undefined {
  const id = ctx.referencedId(p.DomainNameArn) ?? ctx.referencedId(p.DomainName);
  if (id && ids.has(id)) return id;
  const name = str(p.DomainName);
  return [...ids].find((d) => str(ctx.props(d).DomainName) === name);
}

function restMappings(ctx: TemplateContext, domainId: string, ids: ReadonlySet<string>): DomainMappingSpec[] {
  return ctx.ofType(BASE_PATH_MAPPING).flatMap(([id, p]) => {
    const apiId = ctx.referencedId(p.RestApiId, REST_API);
    if (domainIdOf(ctx, p, ids) !== domainId || !apiId) return [];
    ctx.consumed.add(id);
    // Without a stage the mapping serves every stage: the first path segment names it (the twin serves one).
    return [{ id, basePath: basePathOf(p.BasePath), apiId, stage: str(p.Stage) ?? '' }];
  });
}

function httpMappings(ctx: TemplateContext, domainId: string, ids: ReadonlySet<string>): DomainMappingSpec[] {
  return ctx.ofType(API_MAPPING).flatMap(([id, p]) => {
    const apiId = ctx.referencedId(p.ApiId, HTTP_API) ?? ctx.referencedId(p.ApiId, REST_API);
    if (domainIdOf(ctx, p, ids) !== domainId || !apiId) return [];
    ctx.consumed.add(id);
    return [{ id, basePath: basePathOf(p.ApiMappingKey), apiId, stage: str(p.Stage) ?? '$default' }];
  });
}

function rulesOf(ctx: TemplateContext, domainId: string, ids: ReadonlySet<string>): DomainRuleSpec[] {
  return ctx.ofType(ROUTING_RULE).flatMap(([id, p]) => {
    if (domainIdOf(ctx, p, ids) !== domainId) return [];
    const action = ((Array.isArray(p.Actions) ? p.Actions[0] : undefined) as Props | undefined)?.InvokeApi as
      | Props
      | undefined;
    const apiId = ctx.referencedId(action?.ApiId, REST_API);
    if (!action || !apiId) return [];
    ctx.consumed.add(id);
    const conditions = (Array.isArray(p.Conditions) ? p.Conditions : []) as Props[];
    const headers = conditions.flatMap((c) => {
      const anyOf = ((c.MatchHeaders ?? {}) as Props).AnyOf;
      return (Array.isArray(anyOf) ? anyOf : []).map((h) => ({
        name: String((h as Props).Header ?? ''),
        valueGlob: String((h as Props).ValueGlob ?? ''),
      }));
    });
    const basePaths = conditions.flatMap((c) => strList(((c.MatchBasePaths ?? {}) as Props).AnyOf));
    return [
      {
        id,
        priority: num(p.Priority, Number.MAX_SAFE_INTEGER),
        headers,
        basePaths: basePaths.map(basePathOf),
        apiId,
        stage: str(action.Stage) ?? '',
        stripBasePath: action.StripBasePath === true || action.StripBasePath === 'true',
      },
    ];
  });
}

/** Every public custom domain name of the stack with its mappings and rules (rules sorted by priority). */
export function buildCustomDomains(ctx: TemplateContext): CustomDomainSpec[] {
  const domains = [...ctx.ofType(REST_DOMAIN).filter(([, p]) => !isPrivate(p)), ...ctx.ofType(HTTP_DOMAIN)];
  const ids = new Set(domains.map(([id]) => id));
  return domains.map(([id, p]) => {
    ctx.consumed.add(id);
    const mode = routingMode(p.RoutingMode);
    const mappings = [...restMappings(ctx, id, ids), ...httpMappings(ctx, id, ids)];
    const rules = rulesOf(ctx, id, ids).sort((a, b) => a.priority - b.priority);
    return {
      id,
      domainName: (str(p.DomainName) ?? id).toLowerCase(),
      routingMode: mode,
      mappings: mode === 'rules-only' ? [] : mappings,
      rules: mode === 'mappings-only' ? [] : rules,
      unused: (mode === 'rules-only' ? mappings : mode === 'mappings-only' ? rules : []).map((x) => x.id),
    };
  });
}
