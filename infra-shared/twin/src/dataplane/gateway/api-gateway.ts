import { createServer, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import { QUOTAS } from '@pik/limits';
import { type Authorizer, createAuthorizer } from '../auth/authorizers.js';
import { monotonicClock } from '../clock.js';
import { closeServer, HOP_BY_HOP, listen, readBody } from '../http-util.js';
import { TokenBucket, takeFromAll } from '../token-bucket.js';
import { appendTrace, incomingTrace } from '../trace.js';
import {
  type AccountThrottle,
  type ApiGatewayConfig,
  type ApiGatewayDeps,
  type GatewayRequest,
  type IntegrationConfig,
  type IntegrationResponse,
  type RunningApiGateway,
  TRACE_HEADER,
} from '../types.js';
import { type GatewayErrorKind, gatewayError } from './gateway-responses.js';
import { httpRequestId, restRequestId } from './request-id.js';
import { type CompiledRoute, RouteTable } from './route-table.js';
import { UsagePlans } from './usage-plans.js';

/** Per-route state computed once at start. */
interface RouteRuntime {
  readonly route: CompiledRoute;
  readonly integration: IntegrationConfig;
  /** Route/method bucket then account bucket (the non-client levels). */
  readonly buckets: readonly AccountThrottle[];
  readonly authorizer: Authorizer | undefined;
  readonly scopes: readonly string[] | undefined;
  readonly apiKeyRequired: boolean;
  /** `/resource/path/METHOD`, the usage-plan per-method throttle key (`ANY` methods also match `/path/*`). */
  readonly methodKey: string;
  readonly methodKeyWildcard: string | undefined;
  readonly timeoutMs: number;
}

const TIMED_OUT = Symbol('timed out');

/**
 * API Gateway front on 127.0.0.1: stage prefix, route selection, authorizer, API key, throttling
 * (per-client usage plan -> route/method -> account, all-or-nothing), payload limit, integration timeout,
 * and AWS's own error answers. Integrations are reached through `deps.forward`.
 */
export async function createApiGateway(
  config: ApiGatewayConfig,
  deps: ApiGatewayDeps,
): Promise<RunningApiGateway> {
  const kind = config.kind;
  const clock = deps.clock ?? monotonicClock;
  const host = config.host ?? '127.0.0.1';
  const stageInPath = config.stageInPath ?? (kind === 'rest' || config.stageName !== '$default');
  const stagePrefix = stageInPath ? `/${config.stageName}` : '';
  const maxPayload = config.maxPayloadBytes ?? QUOTAS.payloadBytes.value;
  const traceSegment = config.traceSegment ?? `gateway:${kind}`;
  const requestIdHeader = kind === 'rest' ? 'x-amzn-RequestId' : 'apigw-requestid';
  const nextRequestId = kind === 'rest' ? restRequestId : httpRequestId;
  const defaultTimeoutMs =
    config.integrationTimeoutMs ??
    (kind === 'rest' ? QUOTAS.restIntegrationTimeoutMaxMs.value : QUOTAS.httpIntegrationTimeoutMaxMs.value);

  const table = new RouteTable(kind, config.routes);
  const account =
    deps.accountBucket ??
    (config.throttle?.account ? new TokenBucket(config.throttle.account, clock) : undefined);
  const stageDefault = config.throttle?.stageDefault;
  const authorizers = new Map((config.authorizers ?? []).map((a) => [a.id, createAuthorizer(a)]));
  const usagePlans =
    kind === 'rest'
      ? new UsagePlans(config.apiId, config.stageName, config.usagePlans ?? [], config.apiKeys ?? [], clock)
      : undefined;

  const runtimes: RouteRuntime[] = [];
  for (const route of table.all) {
    const c = route.config;
    const throttle = c.throttle ?? stageDefault;
    const buckets: AccountThrottle[] = [];
    if (throttle) buckets.push(new TokenBucket(throttle, clock));
    if (account) buckets.push(account);
    let authorizer: Authorizer | undefined;
    if (c.authorization) {
      authorizer = authorizers.get(c.authorization.authorizerId);
      if (!authorizer) {
        throw new Error(
          `route '${c.routeKey}' names authorizer '${c.authorization.authorizerId}', which is not configured`,
        );
      }
    }
    if (c.apiKeyRequired && kind !== 'rest')
      throw new Error(`route '${c.routeKey}': API keys exist on REST APIs only`);
    runtimes[route.index] = {
      route,
      integration: c.integration,
      buckets,
      authorizer,
      scopes: c.authorization?.scopes,
      apiKeyRequired: c.apiKeyRequired === true,
      methodKey: `${route.resourcePath === '/' ? '' : route.resourcePath}/${route.method}`,
      methodKeyWildcard:
        route.method === 'ANY' ? `${route.resourcePath === '/' ? '' : route.resourcePath}/*` : undefined,
      timeoutMs: c.integration.timeoutMs ?? defaultTimeoutMs,
    };
  }

  function sendError(
    res: ServerResponse,
    error: GatewayErrorKind,
    requestId: string,
    trace: string,
    extra?: readonly string[],
  ): void {
    const shape = gatewayError(kind, error);
    const headers: string[] = [
      'content-type',
      'application/json',
      'content-length',
      String(Buffer.byteLength(shape.body)),
      requestIdHeader,
      requestId,
      TRACE_HEADER,
      trace,
    ];
    if (shape.errorType) headers.push('x-amzn-ErrorType', shape.errorType);
    if (kind === 'rest') headers.push('x-amz-apigw-id', httpRequestId());
    if (extra) headers.push(...extra);
    if (error === 'payloadTooLarge') headers.push('connection', 'close');
    res.writeHead(shape.status, headers);
    res.end(shape.body);
  }

  function sendIntegrationResponse(
    res: ServerResponse,
    result: IntegrationResponse,
    requestId: string,
    trace: string,
  ): void {
    const out: string[] = [];
    const headers: OutgoingHttpHeaders = result.headers;
    let traced = false;
    for (const name in headers) {
      const value = headers[name];
      if (value === undefined) continue;
      const lower = name.toLowerCase();
      if (HOP_BY_HOP.has(lower)) continue;
      if (lower === TRACE_HEADER) traced = true;
      if (Array.isArray(value)) for (const v of value) out.push(name, v);
      else out.push(name, String(value));
    }
    if (!traced) out.push(TRACE_HEADER, trace);
    const body = result.body;
    out.push(requestIdHeader, requestId, 'content-length', String(Buffer.byteLength(body)));
    // REST answers also carry the extended request id.
    if (kind === 'rest') out.push('x-amz-apigw-id', httpRequestId());
    res.writeHead(result.statusCode, out);
    res.end(body);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const requestId = nextRequestId();
    const requestTimeEpoch = Date.now();
    const trace = appendTrace(incomingTrace(req.headers), traceSegment);
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const rawPath = q < 0 ? url : url.slice(0, q);
    const rawQueryString = q < 0 ? '' : url.slice(q + 1);
    let path = rawPath;
    if (stagePrefix !== '') {
      if (rawPath === stagePrefix) path = '/';
      else if (rawPath.startsWith(stagePrefix) && rawPath.charCodeAt(stagePrefix.length) === 47 /* / */) {
        path = rawPath.slice(stagePrefix.length);
      } else return sendError(res, 'wrongStage', requestId, trace);
    }
    const method = req.method ?? 'GET';
    const match = table.match(method, path);
    if (!match) return sendError(res, 'noRoute', requestId, trace);
    const rt = runtimes[match.route.index] as RouteRuntime;

    const declared = req.headers['content-length'];
    if (declared !== undefined && Number(declared) > maxPayload) {
      return sendError(res, 'payloadTooLarge', requestId, trace);
    }

    let authorizer: GatewayRequest['authorizer'];
    if (rt.authorizer) {
      const outcome = await rt.authorizer.authorize(req.headers, rawQueryString, rt.scopes);
      if (!outcome.ok) {
        const challenge =
          kind === 'http'
            ? [
                'www-authenticate',
                `Bearer scope="${outcome.error === 'insufficientScope' ? (rt.scopes ?? []).join(' ') : ''}" error="${
                  outcome.error === 'insufficientScope' ? 'insufficient_scope' : 'invalid_token'
                }" error_description="${outcome.description}"`,
              ]
            : undefined;
        return sendError(res, outcome.error, requestId, trace, challenge);
      }
      authorizer = { claims: outcome.claims, scopes: outcome.scopes };
    }

    let buckets = rt.buckets;
    let apiKeyId: string | undefined;
    if (rt.apiKeyRequired && usagePlans) {
      const presented = req.headers['x-api-key'];
      const grant = usagePlans.grantFor(typeof presented === 'string' ? presented : undefined);
      if (!grant) return sendError(res, 'invalidApiKey', requestId, trace);
      apiKeyId = grant.keyId;
      if (grant.quota && !grant.quota.hasRoom()) return sendError(res, 'quotaExceeded', requestId, trace);
      const clientBuckets: AccountThrottle[] = [];
      const methodBucket =
        grant.methodBuckets.get(rt.methodKey) ??
        (rt.methodKeyWildcard === undefined ? undefined : grant.methodBuckets.get(rt.methodKeyWildcard));
      if (methodBucket) clientBuckets.push(methodBucket);
      if (grant.planBucket) clientBuckets.push(grant.planBucket);
      if (clientBuckets.length > 0) buckets = [...clientBuckets, ...rt.buckets];
      if (buckets.length > 0 && takeFromAll(buckets, clock()) !== -1) {
        return sendError(res, 'throttled', requestId, trace);
      }
      grant.quota?.count();
    } else if (buckets.length > 0 && takeFromAll(buckets, clock()) !== -1) {
      return sendError(res, 'throttled', requestId, trace);
    }

    const body = await readBody(req, maxPayload);
    if (body === undefined) return sendError(res, 'payloadTooLarge', requestId, trace);

    req.headers[TRACE_HEADER] = trace;
    const controller = new AbortController();
    const request: GatewayRequest = {
      apiKind: kind,
      apiId: config.apiId,
      stage: config.stageName,
      requestId,
      method,
      rawPath,
      path,
      rawQueryString,
      headers: req.headers,
      body,
      routeKey: match.route.routeKey,
      resourcePath: match.route.resourcePath,
      pathParameters: match.pathParameters,
      trace,
      sourceIp: req.socket.remoteAddress ?? '127.0.0.1',
      requestTimeEpoch,
      authorizer,
      apiKeyId,
      signal: controller.signal,
    };

    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<typeof TIMED_OUT>((resolve) => {
      timer = setTimeout(resolve, rt.timeoutMs, TIMED_OUT);
    });
    let result: IntegrationResponse | typeof TIMED_OUT;
    try {
      result = await Promise.race([deps.forward(request, rt.integration), timedOut]);
    } catch {
      clearTimeout(timer);
      return sendError(res, 'integrationFailure', requestId, trace);
    }
    clearTimeout(timer);
    if (result === TIMED_OUT) {
      controller.abort();
      return sendError(res, 'integrationTimeout', requestId, trace);
    }
    sendIntegrationResponse(res, result, requestId, trace);
  }

  const server = createServer({ keepAliveTimeout: 65_000 }, (req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) sendError(res, 'integrationFailure', 'error', traceSegment);
      else res.destroy();
    });
  });
  const port = await listen(server, host, config.port ?? 0);
  return {
    host,
    port,
    baseUrl: `http://${host}:${port}${stagePrefix}`,
    close: () => closeServer(server),
  };
}
