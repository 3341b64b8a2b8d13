import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { Agent, errors } from 'undici';
import { localAwarePool, originOf } from '../http-forwarder.js';
import { closeServer, listen, readBody } from '../http-util.js';
import { listenLocalSocket } from '../local-sockets.js';
import { appendTrace, incomingTrace } from '../trace.js';
import {
  type AlbActionConfig,
  type AlbConfig,
  type AlbDeps,
  type AlbListenerConfig,
  ELB_HEALTH_CHECK_USER_AGENT,
  type RunningAlb,
  type TargetConfig,
  type TargetGroupConfig,
  TRACE_HEADER,
} from '../types.js';
import { ALB_LAMBDA_RESPONSE_LIMIT, albLambdaEvent, readAlbLambdaResult } from './alb-lambda.js';
import { type CompiledRule, compileRules } from './alb-rules.js';
import { TargetGroupHealth } from './target-health.js';

/**
 * Application Load Balancer: an HTTP server per listener on 127.0.0.1, listener rules by priority, then the
 * default action; `forward` to target groups (weighted when several), round robin over routable targets;
 * `fixed-response`. `ip`/`instance` targets are proxied over keep-alive connections (bodies streamed);
 * `lambda` targets get an ALB event through `deps.invoke`.
 *
 * Error answers are ELB's own HTML pages with `server: awselb/2.0`: 502 when the target refuses, resets or
 * answers something malformed (Lambda: error, bad shape, > 1 MB), 503 when the target group has no routable
 * target, 504 when the target does not answer within `targetTimeoutMs`.
 *
 * Trace: `x-pik-trace` = incoming trace > `alb` > the target's segment (`traceSegment`, default
 * `ip:<port>` / `lambda:<functionId>`); sent to the target and returned to the caller.
 */
const HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'te',
  'trailer',
  'upgrade',
  'transfer-encoding',
]);

function elbPage(status: number, text: string): string {
  return `<html>\r\n<head><title>${status} ${text}</title></head>\r\n<body>\r\n<center><h1>${status} ${text}</h1></center>\r\n</body>\r\n</html>\r\n`;
}
const PAGES: Record<number, string> = {
  502: elbPage(502, 'Bad Gateway'),
  503: elbPage(503, 'Service Temporarily Unavailable'),
  504: elbPage(504, 'Gateway Time-out'),
  413: elbPage(413, 'Request Entity Too Large'),
};

function sendElbError(res: ServerResponse, status: 502 | 503 | 504 | 413, trace: string): void {
  if (res.writableEnded) return;
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const body = PAGES[status] as string;
  res.writeHead(status, [
    'server',
    'awselb/2.0',
    'content-type',
    'text/html',
    'content-length',
    String(body.length),
    TRACE_HEADER,
    trace,
  ]);
  res.end(body);
}

interface GroupRuntime {
  readonly config: TargetGroupConfig;
  readonly health: TargetGroupHealth;
  readonly arn: string;
  next: number;
}

let traceCounter = 0;
/** `X-Amzn-Trace-Id` as ALB adds it when the request has none. */
function amznTraceId(): string {
  traceCounter = (traceCounter + 1) & 0xffffff;
  const epoch = Math.floor(Date.now() / 1000).toString(16);
  return `Root=1-${epoch}-${process.pid.toString(16).padStart(8, '0')}${traceCounter.toString(16).padStart(16, '0')}`;
}

export async function createAlb(config: AlbConfig, deps: AlbDeps = {}): Promise<RunningAlb> {
  const host = config.host ?? '127.0.0.1';
  const segment = config.traceSegment ?? 'alb';
  const targetTimeoutMs = config.targetTimeoutMs ?? 60_000;
  // undici client to the targets (see http-forwarder.ts for why not node:http).
  const agent = new Agent({ connections: 256, keepAliveTimeout: 4_000, factory: localAwarePool });
  const groups = new Map<string, GroupRuntime>();
  for (const tg of config.targetGroups) {
    if (tg.targetType === 'lambda' && !deps.invoke) {
      throw new Error(
        `ALB ${config.name}: target group ${tg.name} is of type lambda but no invoke was given`,
      );
    }
    const health = new TargetGroupHealth(tg, '200');
    groups.set(tg.name, {
      config: tg,
      health,
      arn: `arn:aws:elasticloadbalancing:us-east-1:000000000000:targetgroup/${tg.name}/twin`,
      next: 0,
    });
  }
  const groupFor = (name: string): GroupRuntime => {
    const g = groups.get(name);
    if (!g) throw new Error(`ALB ${config.name}: action forwards to unknown target group '${name}'`);
    return g;
  };
  // Validate every action up front.
  for (const l of config.listeners) {
    for (const a of [l.defaultAction, ...(l.rules ?? []).map((r) => r.action)]) {
      if (a.type === 'forward') for (const t of a.targetGroups) groupFor(t.name);
    }
  }

  function chooseGroup(action: Extract<AlbActionConfig, { type: 'forward' }>): GroupRuntime {
    const tgs = action.targetGroups;
    if (tgs.length === 1) return groupFor((tgs[0] as { name: string }).name);
    const total = tgs.reduce((sum, t) => sum + (t.weight ?? 1), 0);
    let r = Math.random() * total;
    for (const t of tgs) {
      r -= t.weight ?? 1;
      if (r < 0) return groupFor(t.name);
    }
    return groupFor((tgs[tgs.length - 1] as { name: string }).name);
  }

  function pickTarget(group: GroupRuntime): TargetConfig | undefined {
    const targets = group.health.routable();
    if (targets.length === 0) return undefined;
    group.next = (group.next + 1) % 1_000_000_007;
    return targets[group.next % targets.length];
  }

  function forwardToIp(
    req: IncomingMessage,
    res: ServerResponse,
    target: TargetConfig,
    trace: string,
    listenerPort: number,
  ): void {
    const headers: Record<string, string | string[]> = {};
    const incoming = req.headers;
    for (const name in incoming) {
      if (HOP.has(name)) continue;
      const value = incoming[name];
      if (value !== undefined) headers[name] = value;
    }
    headers[TRACE_HEADER] = trace;
    const xff = incoming['x-forwarded-for'];
    const client = req.socket.remoteAddress ?? '127.0.0.1';
    headers['x-forwarded-for'] = xff ? `${xff}, ${client}` : client;
    headers['x-forwarded-proto'] = 'http';
    headers['x-forwarded-port'] = String(listenerPort);
    if (incoming['x-amzn-trace-id'] === undefined) headers['x-amzn-trace-id'] = amznTraceId();
    const length = incoming['content-length'];
    const hasBody = (length !== undefined && length !== '0') || incoming['transfer-encoding'] !== undefined;

    // The target must answer within the timeout (ALB's idle timeout, simplified to a deadline for the
    // response head); undici's own timers are too coarse for short test timeouts.
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, targetTimeoutMs);
    agent
      .request({
        origin: originOf(target.host ?? '127.0.0.1', target.port as number),
        path: req.url ?? '/',
        method: (req.method ?? 'GET') as 'GET',
        headers,
        body: hasBody ? req : null,
        signal: controller.signal,
      })
      .then(
        async (upstream) => {
          clearTimeout(timer);
          const out: string[] = [];
          let traced = false;
          let sized = false;
          const upstreamHeaders = upstream.headers;
          for (const name in upstreamHeaders) {
            if (HOP.has(name)) continue;
            const value = upstreamHeaders[name];
            if (value === undefined) continue;
            if (name === TRACE_HEADER) traced = true;
            else if (name === 'content-length') sized = true;
            if (Array.isArray(value)) for (const v of value) out.push(name, v);
            else out.push(name, value);
          }
          if (!traced) out.push(TRACE_HEADER, trace);
          if (sized) {
            // Known size (the usual JSON answer): one write is cheaper than a stream pipe.
            const body = Buffer.from(await upstream.body.arrayBuffer());
            res.writeHead(upstream.statusCode, out);
            res.end(body);
            return;
          }
          res.writeHead(upstream.statusCode, out);
          upstream.body.pipe(res);
          upstream.body.on('error', () => res.destroy());
          res.on('close', () => upstream.body.destroy());
        },
        (error: unknown) => {
          clearTimeout(timer);
          const timeout =
            timedOut ||
            error instanceof errors.HeadersTimeoutError ||
            error instanceof errors.BodyTimeoutError;
          sendElbError(res, timeout ? 504 : 502, trace);
        },
      )
      .catch(() => sendElbError(res, 502, trace));
  }

  async function forwardToLambda(
    req: IncomingMessage,
    res: ServerResponse,
    group: GroupRuntime,
    target: TargetConfig,
    trace: string,
  ): Promise<void> {
    // ALB limits a request body to a Lambda target to 1 MB.
    const body = await readBody(req, ALB_LAMBDA_RESPONSE_LIMIT);
    if (body === undefined) return sendElbError(res, 413, trace);
    req.headers[TRACE_HEADER] = trace;
    const event = albLambdaEvent(req, body, group.arn, group.config.multiValueHeaders === true);
    const functionId = target.functionId as string;
    let result: Awaited<ReturnType<NonNullable<AlbDeps['invoke']>>>;
    try {
      // ELB forwards an NLB's health check like any request; the runtime is told what it is.
      const healthCheck = req.headers['user-agent'] === ELB_HEALTH_CHECK_USER_AGENT;
      result = await (deps.invoke as NonNullable<AlbDeps['invoke']>)(functionId, event, { healthCheck });
    } catch {
      return sendElbError(res, 502, trace);
    }
    const answer = result.functionError ? undefined : readAlbLambdaResult(result.payload);
    if (!answer) return sendElbError(res, 502, trace);
    const headers = answer.headers;
    if (result.extraHeaders) for (const k in result.extraHeaders) headers[k] = result.extraHeaders[k];
    if (headers[TRACE_HEADER] === undefined) headers[TRACE_HEADER] = trace;
    headers['content-length'] = answer.body.length;
    delete headers['transfer-encoding'];
    if (answer.statusMessage) res.writeHead(answer.statusCode, answer.statusMessage, headers);
    else res.writeHead(answer.statusCode, headers);
    res.end(answer.body);
  }

  function handlerFor(listener: AlbListenerConfig, portRef: { port: number }) {
    const rules: CompiledRule[] = compileRules(listener.rules ?? []);
    return (req: IncomingMessage, res: ServerResponse): void => {
      const url = req.url ?? '/';
      const q = url.indexOf('?');
      const path = q < 0 ? url : url.slice(0, q);
      const query = q < 0 ? '' : url.slice(q + 1);
      let action = listener.defaultAction;
      for (const rule of rules) {
        if (rule.matches(req, path, query)) {
          action = rule.rule.action;
          break;
        }
      }
      const before = appendTrace(incomingTrace(req.headers), segment);
      if (action.type === 'fixed-response') {
        const body = action.messageBody ?? '';
        res.writeHead(action.statusCode, [
          'server',
          'awselb/2.0',
          'content-type',
          action.contentType ?? 'text/plain; charset=utf-8',
          'content-length',
          String(Buffer.byteLength(body)),
          TRACE_HEADER,
          before,
        ]);
        res.end(body);
        return;
      }
      const group = chooseGroup(action);
      const target = pickTarget(group);
      if (!target) {
        sendElbError(res, 503, before);
        return;
      }
      if (group.config.targetType === 'lambda') {
        const trace = appendTrace(before, target.traceSegment ?? `lambda:${target.functionId}`);
        forwardToLambda(req, res, group, target, trace).catch(() => sendElbError(res, 502, trace));
        return;
      }
      const trace = appendTrace(before, target.traceSegment ?? `ip:${target.port}`);
      forwardToIp(req, res, target, trace, listener.templatePort ?? portRef.port);
    };
  }

  const servers: Server[] = [];
  const localClosers: (() => Promise<void>)[] = [];
  const listeners: { port: number; templatePort?: number }[] = [];
  try {
    for (const listener of config.listeners) {
      const portRef = { port: 0 };
      const handler = handlerFor(listener, portRef);
      const server = createServer({ keepAliveTimeout: 60_000 }, handler);
      servers.push(server);
      portRef.port = await listen(server, host, listener.port ?? 0);
      listeners.push({ port: portRef.port, templatePort: listener.templatePort });
      // The same listener on a Unix socket, for the twin's own callers (see local-sockets.ts).
      if (host === '127.0.0.1') {
        localClosers.push(
          await listenLocalSocket(createServer({ keepAliveTimeout: 60_000 }, handler), portRef.port),
        );
      }
    }
  } catch (error) {
    await Promise.all(localClosers.map((close) => close()));
    await Promise.all(servers.filter((s) => s.listening).map((s) => closeServer(s)));
    throw error;
  }
  for (const g of groups.values()) g.health.start();

  return {
    listeners,
    health: (name) => groups.get(name)?.health.health() ?? [],
    ready: () => Promise.all([...groups.values()].map((g) => g.health.settled())).then(() => undefined),
    close: async () => {
      for (const g of groups.values()) g.health.stop();
      await Promise.all([...servers.map((s) => closeServer(s)), ...localClosers.map((close) => close())]);
      await agent.close();
    },
  };
}
