/** Load balancers, listeners, listener rules and target groups (ELBv2) from a template. */
import { num, type Props, str, strList, type TemplateContext } from './context.js';
import { endpointTargets } from './private-api-topology.js';
import type {
  HealthCheckSpec,
  ListenerAction,
  ListenerRuleSpec,
  ListenerSpec,
  LoadBalancerSpec,
  RuleCondition,
  TargetGroupSpec,
  TargetGroupTargets,
} from './topology.js';

const LB = 'AWS::ElasticLoadBalancingV2::LoadBalancer';
const LISTENER = 'AWS::ElasticLoadBalancingV2::Listener';
const RULE = 'AWS::ElasticLoadBalancingV2::ListenerRule';
const TG = 'AWS::ElasticLoadBalancingV2::TargetGroup';

function parseAction(ctx: TemplateContext, actions: unknown): ListenerAction {
  const list = (Array.isArray(actions) ? actions : []) as Props[];
  const sorted = [...list].sort((a, b) => num(a.Order, 0) - num(b.Order, 0));
  const final = sorted.find((a) => a.Type === 'forward' || a.Type === 'fixed-response') ?? sorted[0];
  if (final?.Type === 'fixed-response') {
    const config = (final.FixedResponseConfig ?? {}) as Props;
    return {
      kind: 'fixed-response',
      statusCode: num(config.StatusCode, 503),
      contentType: str(config.ContentType),
      body: str(config.MessageBody),
    };
  }
  if (final?.Type === 'forward') {
    const forward = (final.ForwardConfig ?? {}) as Props;
    const groups = Array.isArray(forward.TargetGroups) ? (forward.TargetGroups as Props[]) : [];
    const targetGroups = groups.length
      ? groups.map((g) => ({ id: ctx.referencedId(g.TargetGroupArn, TG) ?? '', weight: num(g.Weight, 1) }))
      : [{ id: ctx.referencedId(final.TargetGroupArn, TG) ?? '', weight: 1 }];
    return { kind: 'forward', targetGroups: targetGroups.filter((g) => g.id) };
  }
  return {
    kind: 'fixed-response',
    statusCode: 503,
    body: `listener action ${String(final?.Type ?? 'none')} not emulated`,
  };
}

function parseConditions(conditions: unknown): RuleCondition[] {
  const list = (Array.isArray(conditions) ? conditions : []) as Props[];
  return list.map((c) => {
    const field = String(c.Field ?? '');
    const configValues = (key: string) => strList(((c[key] ?? {}) as Props).Values);
    switch (field) {
      case 'path-pattern':
        return { field, values: [...configValues('PathPatternConfig'), ...strList(c.Values)] };
      case 'host-header':
        return { field, values: [...configValues('HostHeaderConfig'), ...strList(c.Values)] };
      case 'http-request-method':
        return { field, values: configValues('HttpRequestMethodConfig') };
      case 'http-header': {
        const config = (c.HttpHeaderConfig ?? {}) as Props;
        return { field, values: strList(config.Values), headerName: str(config.HttpHeaderName) };
      }
      case 'query-string': {
        const pairs = (((c.QueryStringConfig ?? {}) as Props).Values ?? []) as Props[];
        return { field, values: pairs.map((p) => `${str(p.Key) ?? ''}=${str(p.Value) ?? ''}`) };
      }
      default:
        return { field, values: strList(c.Values) };
    }
  });
}

/** The rewrites of a rule's `url-rewrite` transform; `host-header-rewrite` is not emulated. */
/** Transform types other than `url-rewrite`: read, not applied, and listed at start-up. */
function unappliedTransforms(transforms: unknown): string[] {
  const list = (Array.isArray(transforms) ? transforms : []) as Props[];
  return list.map((t) => str(t.Type) ?? 'unknown').filter((type) => type !== 'url-rewrite');
}

function parseUrlRewrites(transforms: unknown): NonNullable<ListenerRuleSpec['urlRewrites']> {
  const list = (Array.isArray(transforms) ? transforms : []) as Props[];
  const url = list.find((t) => t.Type === 'url-rewrite');
  const rewrites = (((url?.UrlRewriteConfig ?? {}) as Props).Rewrites ?? []) as Props[];
  return rewrites.map((r) => ({ regex: str(r.Regex) ?? '', replace: str(r.Replace) ?? '' }));
}

export function buildLoadBalancers(ctx: TemplateContext): LoadBalancerSpec[] {
  const rules = ctx.ofType(RULE).map(([id, p]) => {
    ctx.consumed.add(id);
    const rule: ListenerRuleSpec & { listenerId: string | undefined } = {
      id,
      listenerId: ctx.referencedId(p.ListenerArn, LISTENER),
      priority: num(p.Priority, 50000),
      conditions: parseConditions(p.Conditions),
      action: parseAction(ctx, p.Actions),
      urlRewrites: parseUrlRewrites(p.Transforms),
      unappliedTransforms: unappliedTransforms(p.Transforms),
    };
    return rule;
  });
  const listeners = ctx.ofType(LISTENER).map(([id, p]): ListenerSpec => {
    ctx.consumed.add(id);
    const loadBalancerId = ctx.referencedId(p.LoadBalancerArn, LB) ?? '';
    return {
      id,
      loadBalancerId,
      port: num(p.Port, 80),
      protocol: str(p.Protocol) ?? 'HTTP',
      defaultAction: parseAction(ctx, p.DefaultActions),
      rules: rules
        .filter((r) => r.listenerId === id)
        .sort((a, b) => a.priority - b.priority)
        .map(({ listenerId: _, ...rule }) => rule),
    };
  });
  return ctx.ofType(LB).map(([id, p]) => {
    ctx.consumed.add(id);
    return {
      id,
      kind: p.Type === 'network' ? 'network' : 'application',
      dnsName: String(ctx.resolver.getAtt(id, 'DNSName')),
      listeners: listeners.filter((l) => l.loadBalancerId === id).sort((a, b) => a.port - b.port),
    };
  });
}

/** Health-check defaults AWS applies per target type and protocol when the template leaves them out. */
function healthCheck(p: Props, targetType: string, protocol: string | undefined): HealthCheckSpec {
  const isLambda = targetType === 'lambda';
  const hcProtocol = str(p.HealthCheckProtocol) ?? (isLambda ? 'HTTP' : protocol === 'TCP' ? 'TCP' : 'HTTP');
  const http = hcProtocol === 'HTTP' || hcProtocol === 'HTTPS';
  const matcher = (p.Matcher ?? {}) as Props;
  return {
    enabled: p.HealthCheckEnabled === undefined ? !isLambda : p.HealthCheckEnabled === true,
    protocol: hcProtocol,
    path: http ? (str(p.HealthCheckPath) ?? '/') : undefined,
    port: str(p.HealthCheckPort) ?? String(num(p.HealthCheckPort) ?? 'traffic-port'),
    intervalSeconds: num(p.HealthCheckIntervalSeconds, isLambda ? 35 : 30),
    timeoutSeconds: num(p.HealthCheckTimeoutSeconds, isLambda ? 30 : http ? 5 : 10),
    healthyThreshold: num(p.HealthyThresholdCount, 5),
    unhealthyThreshold: num(p.UnhealthyThresholdCount, 2),
    matcher: http ? (str(matcher.HttpCode) ?? '200') : undefined,
  };
}

/** IP targets that are an execute-api endpoint's addresses (`PublicAlbToEndpoint`), when there are any. */
function executeApiTargets(ctx: TemplateContext, registered: readonly Props[]) {
  const ids = endpointTargets(ctx, registered);
  return ids.length ? { executeApiEndpointIds: ids } : {};
}

export function buildTargetGroups(ctx: TemplateContext): TargetGroupSpec[] {
  const ecsServices = ctx.ofType('AWS::ECS::Service');
  return ctx.ofType(TG).map(([id, p]) => {
    ctx.consumed.add(id);
    const targetType = str(p.TargetType) ?? 'instance';
    const attributes = new Map(
      ((Array.isArray(p.TargetGroupAttributes) ? p.TargetGroupAttributes : []) as Props[]).map((a) => [
        String(a.Key),
        String(a.Value),
      ]),
    );
    const registered = (Array.isArray(p.Targets) ? p.Targets : []) as Props[];
    const port = num(p.Port, 80);
    let targets: TargetGroupTargets;
    if (targetType === 'lambda') {
      targets = {
        kind: 'lambda',
        functionIds: registered
          .map((t) => ctx.referencedId(t.Id, 'AWS::Lambda::Function'))
          .filter((x): x is string => !!x),
        multiValueHeaders: attributes.get('lambda.multi_value_headers.enabled') === 'true',
      };
    } else if (targetType === 'alb') {
      targets = {
        kind: 'alb',
        loadBalancerIds: registered.map((t) => ctx.referencedId(t.Id, LB)).filter((x): x is string => !!x),
        port: num(registered[0]?.Port, port),
      };
    } else {
      targets = {
        kind: 'ip',
        containerServiceIds: ecsServices
          .filter(([, s]) =>
            ((Array.isArray(s.LoadBalancers) ? s.LoadBalancers : []) as Props[]).some(
              (lb) => ctx.referencedId(lb.TargetGroupArn, TG) === id,
            ),
          )
          .map(([serviceId]) => serviceId),
        port,
        ...executeApiTargets(ctx, registered),
      };
    }
    return {
      id,
      protocol: str(p.Protocol),
      port: num(p.Port),
      targets,
      healthCheck: healthCheck(p, targetType, str(p.Protocol)),
      deregistrationDelaySeconds: num(attributes.get('deregistration_delay.timeout_seconds'), 300),
    };
  });
}
