/**
 * What stages, routes and methods of either API flavour say about themselves in a template: throttles,
 * access logs, who may call a route, and the paths of REST method settings.
 */
import type { Throttle } from '@pik/contracts';
import { num, type Props, str, strList, type TemplateContext } from './context.js';
import type { ApiSpec, RouteSpec } from './topology.js';

export function throttleOf(rate: unknown, burst: unknown): Throttle | undefined {
  const rateLimit = num(rate);
  const burstLimit = num(burst);
  if (rateLimit === undefined && burstLimit === undefined) return undefined;
  // Unset halves become 0, as API Gateway does (and as the aws-facts pitfall notes).
  return { rateLimit: rateLimit ?? 0, burstLimit: burstLimit ?? 0 };
}

/** The throttle of a stage, route or method settings entry (`ThrottlingRateLimit`/`ThrottlingBurstLimit`). */
export function settingsThrottle(settings: Props | undefined): Throttle | undefined {
  return settings ? throttleOf(settings.ThrottlingRateLimit, settings.ThrottlingBurstLimit) : undefined;
}

/** A stage's access log settings (HTTP `AccessLogSettings`, REST `AccessLogSetting`: same two fields). */
export function accessLogOf(settings: unknown): ApiSpec['stage']['accessLog'] {
  const log = settings as Props | undefined;
  return log
    ? { destination: String(log.DestinationArn ?? ''), format: String(log.Format ?? '') }
    : undefined;
}

/**
 * MethodSettings `ResourcePath`: a `/` followed by the resource path with every `/` written `~1`
 * (`/~1orders~1{proxy+}` is `/orders/{proxy+}`; `/~1` alone is the root resource).
 */
export function unescapeResourcePath(path: string): string {
  const body = path.startsWith('/') ? path.slice(1) : path;
  return body.replace(/~1/g, '/') || '/';
}

/** What a route or method says about its callers, alike in both flavours, and its own throttle. */
export function routeAccess(
  ctx: TemplateContext,
  p: Props,
  authorizerType: string,
  settings: Props | undefined,
): Pick<RouteSpec, 'authorizerId' | 'authorizationType' | 'scopes' | 'apiKeyRequired' | 'throttle'> {
  return {
    authorizerId: ctx.referencedId(p.AuthorizerId, authorizerType),
    authorizationType: str(p.AuthorizationType) ?? 'NONE',
    scopes: strList(p.AuthorizationScopes),
    apiKeyRequired: p.ApiKeyRequired === true,
    throttle: settingsThrottle(settings),
  };
}
