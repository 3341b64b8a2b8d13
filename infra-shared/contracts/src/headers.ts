/**
 * The `x-pik-*` header names, one home for every package that writes or reads them: the services (runtime
 * headers), the twin (hop trace and Lambda cold-start headers), k6, artillery and the result normalizer.
 * Dependency-free so a Lambda bundle can import it without pulling anything else in.
 */
export const PIK_HEADERS = {
  /** Hop trace: every L7 hop of the twin appends its segment (`gateway:rest > vpclink:… > alb > …`). */
  trace: 'x-pik-trace',
  /** `true` on the first response of a process or Lambda execution environment. */
  cold: 'x-pik-cold',
  /** Milliseconds from process start until the app was ready (cold responses). */
  initMs: 'x-pik-init-ms',
  /** Identifies the process or execution environment that answered. */
  instance: 'x-pik-instance',
  /** REST patterns with the Lambda authorizer: the caller's `sub`, set by API Gateway from the authorizer context. */
  authSub: 'x-pik-auth-sub',
  /** REST patterns with the Lambda authorizer: the caller's scopes (space-separated), from the authorizer context. */
  authScope: 'x-pik-auth-scope',
  /**
   * The twin's execute-api endpoint stamps each request it forwards to a private API (`<token>:<vpce id>`);
   * the gateway reads `aws:SourceVpce` from it and removes it.
   */
  sourceVpce: 'x-pik-source-vpce',
  /**
   * `edge-buffered-writes`: the secret CloudFront adds to every request it sends the API; the stage's WAF
   * blocks requests without it, so the API answers CloudFront only.
   */
  originVerify: 'x-pik-origin-verify',
} as const;

/**
 * Segments the twin's API cache stage appends to the hop trace (`x-pik-trace`): the answer came from the stage
 * cache, or the cache was asked and the request went on. API Gateway itself has no such header.
 */
export const CACHE_TRACE_SEGMENTS = { hit: 'cache:hit', miss: 'cache:miss' } as const;

/**
 * CloudFront's own cache header (AWS sends it; the twin's CloudFront listener too): `X-Cache: Hit from
 * cloudfront` or `Miss from cloudfront` (`Error from cloudfront` when the edge answered itself).
 */
export const EDGE_CACHE_HEADER = {
  name: 'x-cache',
  hit: 'Hit from cloudfront',
  miss: 'Miss from cloudfront',
  error: 'Error from cloudfront',
} as const;

export type PikHeaderName = (typeof PIK_HEADERS)[keyof typeof PIK_HEADERS];
